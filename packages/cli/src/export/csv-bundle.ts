import { renderRows } from "../render.ts";
import type { ExportRows } from "./rows.ts";

/** One column of a table in the bundle: its name, type and meaning (the data dictionary). */
type Column = { name: string; type: "integer" | "text" | "date"; description: string };

/** The tables of the bundle and their columns, in order; `paper_id`, `vote_id` and `paper_id` + `item` join them. */
export const BUNDLE: Record<keyof Omit<ExportRows, "parties">, Column[]> = {
  papers: [
    { name: "paper_id", type: "integer", description: "The paper's id in this bundle (joins positions, votes and people)" },
    { name: "paper", type: "text", description: "Path of the source paper as it was analysed" },
    { name: "municipality", type: "text", description: "Municipality: the paper's dateline place, its own 'X kommun', or diarium index --municipality; empty when unknown" },
    { name: "kind", type: "text", description: "utlatande, tjansteutlatande, motion, skrivelse, protokollsutdrag, remissvar or other" },
    { name: "number", type: "text", description: "The paper's number as printed ('2013:125', '§ 166')" },
    { name: "dnr", type: "text", description: "Diarienummer, comma-separated" },
    { name: "title", type: "text", description: "Title" },
    { name: "date", type: "date", description: "Date the paper was signed or the meeting held (YYYY-MM-DD); empty when the paper states none" },
    { name: "issuer", type: "text", description: "The body that issued the paper" },
    { name: "proposal", type: "text", description: "What the issuer proposes, as written" },
    { name: "proposal_outcome", type: "text", description: "The proposal's stance toward the matter (bifall, avslag, besvarad, …)" },
    { name: "copies", type: "text", description: "Other readings of the same paper (same kind, number, Dnr and date), '; '-separated; they are not repeated in the bundle" },
  ],
  items: [
    { name: "paper_id", type: "integer", description: "The whole protocol (papers.paper_id) the paragraph is part of; papers about one matter have no rows here" },
    { name: "item", type: "text", description: "The paragraph's number as printed ('§ 114'); with paper_id it joins positions.item and votes.item" },
    { name: "title", type: "text", description: "The paragraph's title (its matter)" },
    { name: "dnr", type: "text", description: "The paragraph's diarienummer, comma-separated" },
    { name: "decision", type: "text", description: "The decision (beslut) as written" },
    { name: "proposal_outcome", type: "text", description: "The stance toward the matter of the proposal put to the meeting (bifall, avslag, besvarad, …); empty when none" },
    { name: "start", type: "integer", description: "Offset of the paragraph's start in the analysis text" },
    { name: "end", type: "integer", description: "Offset of the paragraph's end in the analysis text" },
    { name: "page", type: "integer", description: "Page the paragraph starts on (PDF papers); empty for text" },
  ],
  positions: [
    { name: "position_id", type: "integer", description: "The position's id; a position of several parties has one row per party" },
    { name: "paper_id", type: "integer", description: "The paper (papers.paper_id)" },
    { name: "item", type: "text", description: "The paragraph of a whole protocol ('§ 114', items.item); empty in a paper about one matter" },
    { name: "forum", type: "text", description: "Where the position was taken ('Kommunstyrelsen', 'Norrmalms stadsdelsnämnd')" },
    { name: "party", type: "text", description: "Party code (S, M, MP, …)" },
    { name: "stance", type: "text", description: "bifall, delvis_bifall, avslag, besvarad, aterremiss, ingen_stallning; empty when the paper gives no direction" },
    { name: "kind", type: "text", description: "reservation, sarskilt_uttalande, forslag, yrkande, beslut, remissvar or votering" },
    { name: "people", type: "text", description: "People named with the position, '; '-separated" },
    { name: "page", type: "integer", description: "Page of the quote (PDF papers); empty for text" },
    { name: "quote", type: "text", description: "The paper's own words the position is read from" },
  ],
  votes: [
    { name: "vote_id", type: "integer", description: "The vote's id (joins ballots)" },
    { name: "paper_id", type: "integer", description: "The paper (papers.paper_id)" },
    { name: "item", type: "text", description: "The paragraph of a whole protocol ('§ 114', items.item); empty in a paper about one matter" },
    { name: "municipality", type: "text", description: "Municipality of the paper" },
    { name: "date", type: "date", description: "Date of the paper (YYYY-MM-DD)" },
    { name: "number", type: "text", description: "The paper's number" },
    { name: "forum", type: "text", description: "The body that voted" },
    { name: "question", type: "text", description: "What a ja-vote meant, as written" },
    { name: "yes", type: "integer", description: "Ja-votes, as the paper states" },
    { name: "no", type: "integer", description: "Nej-votes, as the paper states" },
    { name: "abstain", type: "integer", description: "Abstentions (avstår), as the paper states" },
    { name: "ballots_listed", type: "integer", description: "Ballots the paper lists by name (ballots table); 0 when it gives only the counts" },
    { name: "page", type: "integer", description: "Page of the vote (PDF papers)" },
    { name: "quote", type: "text", description: "The paper's words for the vote" },
  ],
  ballots: [
    { name: "vote_id", type: "integer", description: "The vote (votes.vote_id)" },
    { name: "name", type: "text", description: "The voter" },
    { name: "party", type: "text", description: "The voter's party code" },
    { name: "vote", type: "text", description: "ja, nej or avstar" },
  ],
  people: [
    { name: "paper_id", type: "integer", description: "The paper (papers.paper_id) that names the person" },
    { name: "name", type: "text", description: "Full name as the paper writes it" },
    { name: "party", type: "text", description: "Party code, when the paper gives one" },
    { name: "roles", type: "text", description: "Roles the paper gives the person (borgarråd, ordförande, …), '; '-separated" },
  ],
};

/**
 * The CSV bundle: one file per table (RFC 4180, UTF-8, CRLF, a header row always) and
 * `dictionary.csv` (table, column, type, description), ready for R's read.csv and pandas.read_csv.
 * @example Object.keys(csvBundle(exportRows(db))) // ["papers.csv", "items.csv", "positions.csv", "votes.csv", "ballots.csv", "people.csv", "dictionary.csv"]
 */
export function csvBundle(rows: ExportRows): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [table, columns] of Object.entries(BUNDLE) as [keyof typeof BUNDLE, Column[]][]) {
    files[`${table}.csv`] = renderRows(rows[table], columns.map((c) => c.name), "csv");
  }
  const dictionary = Object.entries(BUNDLE).flatMap(([table, columns]) => columns.map((c) => ({ table: `${table}.csv`, column: c.name, type: c.type, description: c.description })));
  files["dictionary.csv"] = renderRows(dictionary, ["table", "column", "type", "description"], "csv");
  return files;
}
