import { NAME, evidence, type NormalizedDocument } from "@diarium/parser";
import { partyCode, type Ballot, type DocumentMeta, type Position, type Stance, type Vote } from "@diarium/schema";
import { resolveCue, stanceCue } from "../swedish/stance.ts";

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
// "Omröstningsresultat: 41 ja, 20 nej och 2 avstår"
const TALLY_LIST = /(\d{1,3})\s+ja(?:-röster)?,\s*(\d{1,3})\s+nej(?:-röster)?(?:,?\s+(?:och\s+)?(\d{1,3})\s+(?:avstår|avstod|avstående|som\s+avstod))?/iu;
// "med röstsiffrorna 63–5", "röstsiffrorna 40-20-3"
const TALLY_FIGURES = /röstsiffrorna\s+(\d{1,3})\s*[–-]\s*(\d{1,3})(?:\s*[–-]\s*(\d{1,3}))?/iu;
// "Ja-röst för förvaltningens förslag"
const QUESTION = /\bja[-\s]?röst\s+(?:för|innebär)\s+([^\n.;,]+)/iu;
// "nej-röst för Eva Bergs förslag"
const NO_MEANS = /\bnej[-\s]?röst\s+(?:för|innebär)\s+([^\n.;,]+)/iu;
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
  const tally = TALLY_JA_NEJ.exec(after) ?? TALLY_ROSTER.exec(after) ?? TALLY_LIST.exec(after) ?? TALLY_FIGURES.exec(after);
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

/** The stance a side of a vote stands for: a ja for återremiss is aterremiss, a ja for a proposal is that proposal's stance. */
function sideStance(side: string, proposalOutcome: Stance | null): Stance | null {
  if (!side) return null;
  const cue = stanceCue(side);
  if (cue && "stance" in cue) return cue.stance;
  // "kommunstyrelsens förslag", "förvaltningens förslag": the proposal before the meeting
  if (/\b(?:styrelsens|nämndens|förvaltningens|utskottets|kontorets)\s+förslag/iu.test(side)) return resolveCue({ proposal: true, start: 0, end: 0 }, proposalOutcome);
  return null;
}

/**
 * Each party's vote as a position of kind "votering", where all its members voted alike.
 * A vote on a procedure gives "aterremiss" to those for it and no stance to the rest.
 * @example votePositions(votes, "besvarad", doc) // [{ kind: "votering", parties: ["S"], stance: "besvarad", … }]
 */
export function votePositions(votes: Vote[], proposalOutcome: Stance | null, doc: NormalizedDocument): Position[] {
  const out: Position[] = [];
  for (const v of votes) {
    const procedural = /återremiss|bordlägg/iu.test(v.question);
    const yes = sideStance(v.question, proposalOutcome);
    const after = doc.text.slice(v.evidence.start - 2000 < 0 ? 0 : v.evidence.start - 2000, v.evidence.end + 2000);
    const no = procedural ? null : sideStance(NO_MEANS.exec(after)?.[1] ?? "", proposalOutcome);
    const byParty = new Map<string, Ballot[]>();
    for (const b of v.ballots) {
      if (!b.party) continue;
      const list = byParty.get(b.party);
      if (list) list.push(b);
      else byParty.set(b.party, [b]);
    }
    for (const [party, ballots] of byParty) {
      const kinds = new Set(ballots.map((b) => b.vote));
      if (kinds.size !== 1) continue;
      const vote = ballots[0]?.vote;
      const stance = vote === "ja" ? yes : vote === "nej" ? no : "ingen_stallning";
      out.push({
        kind: "votering",
        forum: v.forum,
        parties: [party],
        people: ballots.map((b) => ({ name: b.name, party: b.party, role: null })),
        stance,
        evidence: v.evidence,
      });
    }
  }
  return out;
}
