import type { IndexDb } from "../db/load.ts";
import { PAPERS } from "../db/queries.ts";

/**
 * The archive's facts as flat rows, one paper per Dnr + number (see PAPERS): what both exports
 * (Popolo and the CSV bundle) are made from.
 */
export type PaperRow = {
  paper_id: number; paper: string; municipality: string | null; kind: string; number: string | null; dnr: string; title: string | null;
  date: string | null; issuer: string | null; proposal: string | null; proposal_outcome: string | null; copies: string;
};
/** A paragraph (§) of a whole protocol. */
export type ItemRow = {
  paper_id: number; item: string; title: string | null; dnr: string; decision: string | null; proposal_outcome: string | null;
  start: number; end: number; page: number | null;
};
export type PositionRow = {
  position_id: number; paper_id: number; item: string | null; forum: string; party: string; stance: string | null; kind: string; people: string; page: number | null; quote: string;
};
export type VoteRow = {
  vote_id: number; paper_id: number; item: string | null; municipality: string | null; date: string | null; number: string | null; forum: string; question: string;
  yes: number; no: number; abstain: number; ballots_listed: number; page: number | null; quote: string;
};
export type BallotRow = { vote_id: number; name: string; party: string | null; vote: "ja" | "nej" | "avstar" };
export type PersonRow = { paper_id: number; name: string; party: string | null; roles: string };
export type PartyRow = { code: string; name: string };

/** Every table of the export, read once. */
export type ExportRows = { papers: PaperRow[]; items: ItemRow[]; positions: PositionRow[]; votes: VoteRow[]; ballots: BallotRow[]; people: PersonRow[]; parties: PartyRow[] };

/**
 * Reads the archive's facts as flat rows (one paper per Dnr + number; its other readings in `copies`).
 * @example exportRows(db).votes[0] // { vote_id: 1, forum: "Kommunstyrelsen", yes: 9, no: 6, abstain: 0, ballots_listed: 15, … }
 */
export function exportRows(db: IndexDb): ExportRows {
  const papers = db
    .prepare<[], PaperRow>(
      `${PAPERS} SELECT d.id AS paper_id, d.source_path AS paper, d.municipality, d.kind, d.number, d.diarienummer AS dnr, d.title, d.date, d.issuer,
         d.proposal, d.proposal_outcome, d.copies FROM papers d ORDER BY d.date, d.number, d.source_path`,
    )
    .all()
    .map((p) => ({ ...p, dnr: (JSON.parse(p.dnr) as string[]).join(", ") }));
  const items = db
    .prepare<[], ItemRow>(
      `${PAPERS} SELECT d.id AS paper_id, i.number AS item, i.title, i.diarienummer AS dnr, i.decision, i.proposal_outcome, i.start, i."end" AS "end", i.page
       FROM items i JOIN papers d ON d.id = i.document_id ORDER BY d.id, i.start, i.id`,
    )
    .all()
    .map((i) => ({ ...i, dnr: (JSON.parse(i.dnr) as string[]).join(", ") }));
  const positions = db
    .prepare<[], PositionRow>(
      `${PAPERS} SELECT p.id AS position_id, d.id AS paper_id, p.item, p.forum, j.value AS party, p.stance, p.kind,
         (SELECT coalesce(group_concat(json_extract(x.value, '$.name'), '; '), '') FROM json_each(p.people) x) AS people, p.page, p.quote
       FROM positions p JOIN papers d ON d.id = p.document_id, json_each(p.parties) j ORDER BY d.id, p.id, j.key`,
    )
    .all();
  const voteRows = db
    .prepare<[], Omit<VoteRow, "ballots_listed"> & { ballots: string }>(
      `${PAPERS} SELECT v.id AS vote_id, d.id AS paper_id, v.item, d.municipality, d.date, d.number, v.forum, v.question, v.yes, v.no, v.abstain, v.ballots, v.page, v.quote
       FROM votes v JOIN papers d ON d.id = v.document_id ORDER BY d.id, v.id`,
    )
    .all();
  const ballots: BallotRow[] = [];
  const votes: VoteRow[] = voteRows.map(({ ballots: json, ...v }) => {
    const listed = JSON.parse(json) as Omit<BallotRow, "vote_id">[];
    for (const b of listed) ballots.push({ vote_id: v.vote_id, name: b.name, party: b.party, vote: b.vote });
    return { ...v, ballots_listed: listed.length };
  });
  const people = db
    .prepare<[], PersonRow>(`${PAPERS} SELECT d.id AS paper_id, p.name, p.party, p.roles FROM people p JOIN papers d ON d.id = p.document_id ORDER BY d.id, p.id`)
    .all()
    .map((p) => ({ ...p, roles: (JSON.parse(p.roles) as string[]).join("; ") }));
  const parties = db.prepare<[], PartyRow>("SELECT code, min(name) AS name FROM parties GROUP BY code ORDER BY code").all();
  return { papers, items, positions, votes, ballots, people, parties };
}
