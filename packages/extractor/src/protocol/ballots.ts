import { BALLOT_STEMS, BALLOT_WORDS, NAME, PARTY_COLUMN_WORDS, alternation, formsOf, regex } from "@diarium/parser";
import { partyCode, type Ballot } from "@diarium/schema";

/**
 * Roll calls (voteringslistor) in the three shapes papers give them: a table whose columns are
 * Ja / Nej / Avstår with a mark in one ("| Anna Berg (S) | X | | |"), a list under vote words
 * ("Ja  Henrik Malmqvist (M), ordförande" and the names below), and a line with the vote at its
 * end ("Anna Andersson (S)\tJa"). Each run of ballots is one block, in the order of the text.
 */
export type BallotBlock = { ballots: Ballot[]; start: number; end: number };

const VOTE_OF = new Map<string, Ballot["vote"]>(BALLOT_WORDS.flatMap((row) => row.forms.map((f) => [f, row.vote] as [string, Ballot["vote"]])));
// A member with a party mark: "Monica Neptun (L) 1:e vice<br>ordförande", "Boris Jernskiegg (-)".
const MEMBER = regex(String.raw`(${NAME})\s*\((\p{L}{1,3}|-)\)`, "u");
// A cell that marks a vote: "X", "x", "1".
const MARK = /^\s*(?:[xX✓1])\s*$/u;
// A party column's cell that may be a party code: "S", "MP", "SD".
const PARTY_CELL = regex(String.raw`^\p{L}{1,4}$`, "u");
// The header of a party column: "Parti".
const PARTY_HEADER = regex(String.raw`^${alternation(formsOf(PARTY_COLUMN_WORDS))}$`, "iu");
// A line with the vote at its end: "Anna Andersson (S)\tJa".
const VOTE_AT_END = regex(String.raw`[\t ](${alternation(formsOf(BALLOT_WORDS))})\s*$`, "iu");
// The ASCII characters a vote word can end with, as VOTE_AT_END reads them (case folded): a line
// that ends with another ASCII character (most lines: a full stop, a comma, a digit, most letters)
// is no such line, and the pattern need not try each of its spaces.
const VOTE_WORD_END = regex(`^${alternation(formsOf(BALLOT_WORDS).map((form) => form.slice(-1)))}$`, "iu");
const VOTE_WORD_ENDS = new Set(Array.from({ length: 128 }, (_, code) => code).filter((code) => VOTE_WORD_END.test(String.fromCharCode(code))));
const VOTE_WORD = regex(String.raw`^(${alternation(formsOf(BALLOT_WORDS))})(?:\s|$)`, "iu");

// A vote word written another way, by the stem it opens with: "Ja-röster", "Avstår från att rösta".
const VOTE_STEMS = BALLOT_STEMS.map((row) => ({ vote: row.vote, opens: regex(`^${alternation(row.forms)}`, "iu") }));

function voteOf(word: string): Ballot["vote"] | null {
  return VOTE_OF.get(word.toLowerCase().replace(/<br>/gu, " ").replace(/\s+/gu, " ").trim()) ?? VOTE_STEMS.find((stem) => stem.opens.test(word))?.vote ?? null;
}

function member(cell: string): { name: string; party: string | null } | null {
  // most lines hold no bracket at all, and MEMBER tries every capital of a line before it finds none
  if (!cell.includes("(")) return null;
  const m = MEMBER.exec(cell);
  if (!m) return null;
  return { name: (m[1] ?? "").trim(), party: m[2] === "-" ? null : partyCode(m[2] ?? "") };
}

// A cell that is only a name: "Conny Loftander".
const NAME_CELL = regex(String.raw`^\s*(${NAME})\s*$`, "u");

/** A table's member cell without a party mark: "Conny Loftander". */
function unmarked(cell: string): { name: string; party: null } | null {
  const m = NAME_CELL.exec(cell);
  return m ? { name: m[1] ?? "", party: null } : null;
}

/**
 * The roll-call blocks of a text.
 * @example ballotBlocks("| Ledamot | Ja | Nej | Avstår |\n| --- | --- | --- | --- |\n| Anna Berg (S) | X | | |")[0]?.ballots // [{ name: "Anna Berg", party: "S", vote: "ja" }]
 */
export function ballotBlocks(text: string): BallotBlock[] {
  const blocks: BallotBlock[] = [];
  let current: BallotBlock | null = null;
  let columns: (Ballot["vote"] | null)[] | null = null;
  // a column of its own for the party: "| Ledamot | Parti | Ja | Nej | Avstår |"
  let partyColumn = -1;
  let listVote: Ballot["vote"] | null = null;
  const close = (): void => {
    if (current?.ballots.length) blocks.push(current);
    current = null;
  };
  const add = (b: Ballot, start: number, end: number): void => {
    if (!current) current = { ballots: [], start, end };
    current.ballots.push(b);
    current.end = end;
  };
  let offset = 0;
  for (const line of text.split("\n")) {
    const start = offset;
    const end = offset + line.length;
    offset = end + 1;
    const trimmed = line.trim();
    if (trimmed.startsWith("|")) {
      const cells = trimmed.replace(/^\||\|$/gu, "").split("|");
      if (cells.every((c) => /^\s*:?-{3,}:?\s*$/u.test(c))) continue;
      const who = member(cells[0] ?? "") ?? (columns ? unmarked(cells[0] ?? "") : null);
      const votes = cells.map((c) => voteOf(c.trim()));
      if (!who && votes.some(Boolean)) {
        // a header: which column means what
        close();
        columns = votes;
        partyColumn = cells.findIndex((c) => PARTY_HEADER.test(c.trim()));
        continue;
      }
      if (!who) continue;
      const marked = cells.findIndex((c, k) => k > 0 && k !== partyColumn && MARK.test(c));
      const vote = marked > 0 ? (columns?.[marked] ?? ([null, "ja", "nej", "avstar"] as const)[marked] ?? null) : null;
      const written = partyColumn > 0 ? (cells[partyColumn] ?? "").trim() : "";
      const party = who.party ?? (PARTY_CELL.test(written) ? partyCode(written) : null);
      if (vote) add({ name: who.name, party, vote }, start, end);
      continue;
    }
    if (!trimmed) {
      listVote = null;
      continue;
    }
    // a list under a vote word: "Ja        Henrik Malmqvist (M), ordförande" and the names below it
    const word = VOTE_WORD.exec(trimmed);
    const rest = word ? trimmed.slice(word[0].length).trim() : "";
    const listed = word ? member(rest) : null;
    if (word && listed && rest.startsWith(listed.name)) {
      listVote = voteOf(word[1] ?? "");
      if (listVote) add({ ...listed, vote: listVote }, start, end);
      continue;
    }
    // a line with the vote at its end: "Anna Andersson (S)\tJa"
    const last = trimmed.charCodeAt(trimmed.length - 1);
    const tail = last >= 128 || VOTE_WORD_ENDS.has(last) ? VOTE_AT_END.exec(trimmed) : null;
    // the member is read only for a line that may be a ballot (most lines are prose)
    const who = tail || listVote ? member(trimmed) : null;
    if (who && tail && trimmed.startsWith(who.name)) {
      add({ ...who, vote: voteOf(tail[1] ?? "") ?? "avstar" }, start, end);
      continue;
    }
    if (listVote && who && trimmed.startsWith(who.name) && trimmed.length < who.name.length + 50) {
      add({ ...who, vote: listVote }, start, end);
      continue;
    }
    listVote = null;
    close();
  }
  close();
  return blocks;
}
