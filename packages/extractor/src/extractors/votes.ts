import { NAME, evidence, type NormalizedDocument } from "@diarium/parser";
import { partyCode, type Ballot, type DocumentMeta, type Vote } from "@diarium/schema";

/**
 * Omröstningar: the tally in its several forms, the roll-call table and what "ja" meant.
 * No vote is reported unless the paper holds an omröstning.
 */

// "Omröstning begärs och verkställs" and the heading "Omröstning".
const HAS_VOTE = /\bomröstning\b/iu;
// "6 ja-röster mot 5 nej-röster", "med 6 ja-röster mot 5 nej-röster och 1 som avstod"
const TALLY_JA_NEJ = /(\d{1,3})\s+ja-röster\s+mot\s+(\d{1,3})\s+nej-röster(?:[,\s]+(?:och\s+)?(\d{1,3})\s+(?:avstod|avstår|ledamöter\s+avstod|som\s+avstod|avstående|röster\s+avstående))?/iu;
// "med 7 röster mot 5", "med 7 röster mot 5, 1 avstod"
const TALLY_ROSTER = /med\s+(\d{1,3})\s+röster\s+mot\s+(\d{1,3})(?:[,\s]+(?:och\s+)?(\d{1,3})\s+(?:avstod|avstår|avstående|ledamöter\s+avstod))?/iu;
// "Ja-röst för förvaltningens förslag"
const QUESTION = /\bja[-\s]?röst\s+(?:för|innebär)\s+([^\n.;,]+)/iu;
// A roll-call line: "Anna Andersson (S)    Ja", "Per Berg (M) X" is not read; "Avstår" is.
const BALLOT_LINE = new RegExp(String.raw`^(${NAME})\s*(?:\((\p{L}{1,3}|-)\))?[\t ]+(Ja|Nej|Avstår|Avstod)\s*$`, "gmu");

function ballotsIn(text: string): Ballot[] {
  const out: Ballot[] = [];
  for (const m of text.matchAll(BALLOT_LINE)) {
    const word = (m[3] ?? "").toLowerCase();
    const vote: Ballot["vote"] = word === "ja" ? "ja" : word === "nej" ? "nej" : "avstar";
    const mark = m[2];
    out.push({ name: m[1] ?? "", party: mark && mark !== "-" ? partyCode(mark) : null, vote });
  }
  return out;
}

/**
 * The votes of a paper.
 * @example extractVotes(plainDocument("Omröstning … med 6 ja-röster mot 5 nej-röster"), meta)[0] // { yes: 6, no: 5, abstain: 0, … }
 */
export function extractVotes(doc: NormalizedDocument, meta: Pick<DocumentMeta, "issuer">): Vote[] {
  const text = doc.text;
  const vote = HAS_VOTE.exec(text);
  if (!vote) return [];
  const after = text.slice(vote.index);
  const ballots = ballotsIn(after);
  const tally = TALLY_JA_NEJ.exec(after) ?? TALLY_ROSTER.exec(after);
  const question = QUESTION.exec(after)?.[1]?.trim() ?? "";
  const forum = meta.issuer ?? "okänt forum";
  if (tally) {
    const start = vote.index + tally.index;
    return [{
      forum,
      question,
      yes: Number(tally[1]),
      no: Number(tally[2]),
      abstain: Number(tally[3] ?? 0),
      ballots,
      evidence: evidence(doc, start, start + tally[0].length),
    }];
  }
  if (ballots.length) {
    const count = (v: Ballot["vote"]): number => ballots.filter((b) => b.vote === v).length;
    return [{ forum, question, yes: count("ja"), no: count("nej"), abstain: count("avstar"), ballots, evidence: evidence(doc, vote.index, vote.index + vote[0].length) }];
  }
  return [];
}
