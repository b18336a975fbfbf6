import {
  BALLOT_WORDS,
  COUNTED_SIDE_WORDS,
  MEMBER_COUNT_NOUNS,
  PROCEDURE_WORDS,
  RELATIVES,
  SIDE_MEANING_VERBS,
  SIDE_NAMES,
  TALLY_STEMS,
  TALLY_WORDS,
  VOTE_WORDS,
  VOTING_VERBS,
  WANTING_VERBS,
  alternation,
  evidence,
  formsOf,
  type NormalizedDocument,
  type Sentence,
  type Span,
  regex,
  NOT_AFTER_LETTER,
  NOT_AFTER_WORD,
} from "@diarium/parser";
import { isKnownParty, partyCode, type Ballot, type Vote } from "@diarium/schema";
import { parseSwedishNumberWord } from "../swedish/numbers.ts";
import { ballotBlocks, type BallotBlock } from "./ballots.ts";
import { claimsOf, type Claim } from "./object.ts";
import { CODE_LIST, CODE_SEPARATOR } from "./actors.ts";

/**
 * Omröstningar: every tally of a paragraph in the forms councils write it ("med 6 ja-röster mot 5
 * nej-röster", "Med 7 Ja-röster, 53 Nej-röster och 1 frånvarande ledamot", "sex ja-röster mot fyra
 * nej-röster; en ledamot avstod", "Med 41 röster mot 38 …, 2 ledamöter avstod"), what Ja and Nej
 * meant (the propositionsordning before it), and the roll call that adds up to it. Several votes
 * in one paragraph (återremiss first, then the matter) are read in order.
 */

/** The roll calls of a whole paper and which of them a vote has taken: a roll call may stand after a page
 * break, past the start of the next paragraph of a whole protocol. */
export type RollCalls = { blocks: BallotBlock[]; used: Set<number> };

/** The roll calls of a paper, none taken yet. */
export function rollCallsOf(text: string): RollCalls {
  return { blocks: ballotBlocks(text), used: new Set() };
}

/**
 * A vote with the claims its two sides make, for the positions of its voters; `sides`: the parties a
 * tally names for each side, where it names no members ("6 ja-röster (M, KD, L, C)").
 */
export type VoteReading = { vote: Vote; yes: Claim[]; no: Claim[]; procedural: boolean; sides: PartySide[] };
export type PartySide = { party: string; vote: Ballot["vote"] };

const NUM = String.raw`(\d{1,3}|[\p{L}]{2,12})`;
// "30 ja-röster", "7 Ja-röster", "41 ja", "sex ja-röster", "8 ledamöter röstar ja", "Ja: 8"
const MEMBERS = String.raw`(?:${alternation(formsOf(MEMBER_COUNT_NOUNS))}\s+)?`;
const VOTING = String.raw`(?:${alternation(formsOf(VOTING_VERBS))}\s+)?`;
/** A count before or after a side's word: "30 ja-röster", "8 ledamöter röstar ja", "Ja: 8". */
const counted = (side: "ja" | "nej"): RegExp => {
  const word = alternation(BALLOT_WORDS.filter((r) => r.vote === side).flatMap((r) => [...r.forms]));
  return regex(String.raw`${NOT_AFTER_WORD}${NUM}\s+${MEMBERS}${VOTING}${word}(?![\p{L}])|${NOT_AFTER_LETTER}${word}\s*[:=]?\s*(\d{1,3})(?!\d)`, "iu");
};
const YES = counted("ja");
const NO = counted("nej");
// The words of a tally in prose: "röster mot", "röstsiffrorna".
const tallyWords = (tally: "for-against" | "figures"): string => alternation(TALLY_WORDS.filter((r) => r.tally === tally).flatMap((r) => [...r.forms]));
// "med röstsiffrorna 63–5", "röstsiffrorna 40-20-3"
const FIGURES = regex(String.raw`${tallyWords("figures")}\s+(\d{1,3})\s*[–-]\s*(\d{1,3})(?:\s*[–-]\s*(\d{1,3}))?`, "iu");
// "… röstar Ja (7)", "röstar Nej (5)", "avstår (1)"
const countedSide = (vote: "ja" | "nej" | "avstar"): RegExp =>
  regex(String.raw`\b${alternation(COUNTED_SIDE_WORDS.filter((r) => r.vote === vote).flatMap((r) => [...r.forms]))}\s*\((\d{1,3})\)`, "iu");
const COUNTED_YES = countedSide("ja");
const COUNTED_NO = countedSide("nej");
const COUNTED_ABSTAIN = countedSide("avstar");
// "med 41 röster mot 38"
const FOR_AGAINST = regex(String.raw`${NOT_AFTER_WORD}${NUM}\s+${tallyWords("for-against")}\s+${NUM}(?![\p{L}\d])`, "iu");
// "10 ledamöter avstod", "3 ledamöter som avstår att rösta", "en ledamot avstod", "och 8 som avstår", "2 avstår"
const ABSTAINING = alternation(BALLOT_WORDS.filter((r) => r.vote === "avstar").flatMap((r) => [...r.forms]));
const ABSTAIN = regex(String.raw`${NOT_AFTER_WORD}${NUM}\s+${MEMBERS}(?:${alternation(formsOf(RELATIVES))}\s+)?${ABSTAINING}(?![\p{L}])|${NOT_AFTER_LETTER}${ABSTAINING}\s*[:=]?\s*(\d{1,3})(?!\d)`, "iu");
// A side of a vote's question and the verb that says what it means: "Ja-röst innebär", "Nej för".
const sideOpening = (side: "ja" | "nej"): string =>
  String.raw`${alternation(SIDE_NAMES.filter((r) => r.vote === side).flatMap((r) => [...r.forms]))}\s+${alternation(formsOf(SIDE_MEANING_VERBS))}`;
// "Ja-röst för förvaltningens förslag", "Ja för regionstyrelsens förslag", "Ja-röst innebär bifall till liggande förslag"
// (a side runs to the other side, a semicolon or the line's end: "Fredrik Hanssons (C) m.fl. yrkande" keeps its "m.fl.")
const YES_SIDE = regex(String.raw`${NOT_AFTER_LETTER}${sideOpening("ja")}\s+([^\n;]+?)\.?(?=[,;]?\s*(?:−|-)?\s*${sideOpening("nej")}|;|\n|$)`, "iu");
// "Den som vill bifalla kommunstyrelsens förslag röstar ja, den som vill bifalla Anna Bergs yrkande röstar nej."
const wants = (side: "ja" | "nej"): RegExp =>
  regex(String.raw`${NOT_AFTER_LETTER}(?:den|de)\s+${alternation(formsOf(RELATIVES))}\s+${alternation(formsOf(WANTING_VERBS))}\s+(?:att\s+)?([^\n;]+?)\s+${alternation(formsOf(VOTING_VERBS))}\s+${side}(?!\p{L})`, "iu");
const WHO_WANTS_YES = wants("ja");
const WHO_WANTS_NO = wants("nej");
const NO_SIDE = regex(String.raw`${NOT_AFTER_LETTER}${sideOpening("nej")}\s+([^\n;]+?)\.?(?=;|\n|$)`, "iu");
const VOTE_WORD = regex(String.raw`${NOT_AFTER_LETTER}${alternation(formsOf(VOTE_WORDS))}(?![\p{L}])`, "iu");
// Most sentences hold no vote: every question above has "ja" at a word's start ("Ja-röst för …", "… röstar
// ja"), and every tally "nej" or "röst" ("6 ja-röster mot 5 nej-röster", "röstsiffrorna", "41 röster
// mot 38"), so a sentence without them is not tried against each pattern.
const MAYBE_QUESTION = regex(String.raw`${NOT_AFTER_LETTER}ja`, "iu");
const MAYBE_TALLY = regex(alternation(formsOf(TALLY_STEMS)), "iu");
/** A side's count alone on a line is no longer than this: "Ja-röster: 7". */
const STACKED_LINE = 24;
const PROCEDURE = regex(String.raw`${NOT_AFTER_LETTER}${alternation(formsOf(PROCEDURE_WORDS))}(?![\p{L}])`, "iu");

/**
 * A count in figures or words, or null: "2", "två".
 * @example count("sex") // 6
 */
export function count(word: string | undefined): number | null {
  if (!word) return null;
  if (/^\d+$/u.test(word)) return Number(word);
  const n = parseSwedishNumberWord(word);
  return n !== null && Number.isInteger(n) && n >= 0 && n < 1000 ? n : null;
}

type Tally = { yes: number; no: number; abstain: number; start: number; end: number };

function tallyIn(body: string, at: number): Tally | null {
  const figures = FIGURES.exec(body);
  if (figures) return { yes: Number(figures[1]), no: Number(figures[2]), abstain: Number(figures[3] ?? 0), start: at + figures.index, end: at + figures.index + figures[0].length };
  const cy = COUNTED_YES.exec(body);
  const cn = COUNTED_NO.exec(body);
  if (cy && cn) {
    const ca = COUNTED_ABSTAIN.exec(body);
    const all = [cy, cn, ...(ca ? [ca] : [])];
    return { yes: Number(cy[1]), no: Number(cn[1]), abstain: Number(ca?.[1] ?? 0), start: at + Math.min(...all.map((m) => m.index)), end: at + Math.max(...all.map((m) => m.index + m[0].length)) };
  }
  const yes = YES.exec(body);
  const no = NO.exec(body);
  const abstain = ABSTAIN.exec(body);
  let y: number | null = null;
  let n: number | null = null;
  let span: [number, number] = [0, 0];
  if (yes && no) {
    y = count(yes[1] ?? yes[2]);
    n = count(no[1] ?? no[2]);
    span = [Math.min(yes.index, no.index), Math.max(yes.index + yes[0].length, no.index + no[0].length)];
  } else {
    const fa = FOR_AGAINST.exec(body);
    if (!fa) return null;
    y = count(fa[1]);
    n = count(fa[2]);
    span = [fa.index, fa.index + fa[0].length];
  }
  if (y === null || n === null) return null;
  const a = abstain ? count(abstain[1] ?? abstain[2]) : 0;
  if (abstain) span = [Math.min(span[0], abstain.index), Math.max(span[1], abstain.index + abstain[0].length)];
  return { yes: y, no: n, abstain: a ?? 0, start: at + span[0], end: at + span[1] };
}

// The parties of a side in parentheses after its count: "3 nej-röster (S, V)", "2 avstår (SD)".
const SIDE_PARTIES = regex(String.raw`\(\s*(${CODE_LIST})\s*\)`, "gu");
const SEPARATOR = regex(CODE_SEPARATOR, "u");
const BALLOT_WORD = BALLOT_WORDS.map((row) => ({ vote: row.vote, pattern: regex(String.raw`${NOT_AFTER_LETTER}${alternation(row.forms)}(?![\p{L}])[^(),;]{0,24}$`, "iu") }));

/**
 * The parties a tally gives each side, each party on one side only; [] where a party is on two
 * sides or a parenthesis follows no side word.
 * `end`: where the last parenthesis closes.
 * @example sidesIn("6 ja-röster (M, KD, L, C), 3 nej-röster (S, V), 2 avstår (SD)").sides // M … C ja, S and V nej, SD avstar
 */
function sidesIn(tally: string): { sides: PartySide[]; end: number } {
  const out: PartySide[] = [];
  let from = 0;
  for (const m of tally.matchAll(SIDE_PARTIES)) {
    const before = tally.slice(from, m.index);
    from = m.index + m[0].length;
    const side = BALLOT_WORD.find((w) => w.pattern.test(before));
    const codes = (m[1] ?? "").split(SEPARATOR).filter(isKnownParty);
    if (!side || !codes.length) return { sides: [], end: 0 };
    for (const code of codes) out.push({ party: partyCode(code), vote: side.vote });
  }
  return new Set(out.map((x) => x.party)).size === out.length ? { sides: out, end: from } : { sides: [], end: 0 };
}

// One side's count alone on its line: "Ja: 7", "Nej-röster 2", "Avstår: 0".
const SIDE_COUNT = BALLOT_WORDS.map((row) => ({ vote: row.vote, pattern: regex(String.raw`^\s*${alternation(row.forms)}\s*[:=]?\s*(\d{1,3})\s*$`, "iu") }));

/**
 * A tally stacked one side a line, Ja first, each line a sentence of its own; null unless Ja and Nej both stand there.
 * @example stackedTally("Ja: 7\nNej: 2\nAvstår: 2", sentencesOf(…)) // { yes: 7, no: 2, abstain: 2, … }
 */
function stackedTally(text: string, lines: readonly Sentence[]): Tally | null {
  const counts = new Map<Ballot["vote"], number>();
  let end = 0;
  for (const line of lines) {
    if (line.end - line.start > STACKED_LINE) break;
    const body = text.slice(line.start, line.end);
    const side = SIDE_COUNT.find((x) => x.pattern.test(body));
    if (!side || counts.has(side.vote) || (counts.size === 0 && side.vote !== "ja")) break;
    counts.set(side.vote, Number(side.pattern.exec(body)?.[1]));
    end = line.end;
  }
  const yes = counts.get("ja");
  const no = counts.get("nej");
  if (yes === undefined || no === undefined) return null;
  return { yes, no, abstain: counts.get("avstar") ?? 0, start: lines[0]?.start ?? 0, end };
}

const tallyOf = (ballots: Ballot[]): [number, number, number] => [
  ballots.filter((b) => b.vote === "ja").length,
  ballots.filter((b) => b.vote === "nej").length,
  ballots.filter((b) => b.vote === "avstar").length,
];

/** The blocks, from `from` on, that together add up to the tally (a roll call a page break cut in two). */
function rollCallFor(t: Tally, blocks: BallotBlock[], used: Set<number>, from: number): Ballot[] {
  for (let i = 0; i < blocks.length; i++) {
    if (used.has(i) || (blocks[i]?.start ?? 0) < from) continue;
    const take: Ballot[] = [];
    for (let j = i; j < Math.min(blocks.length, i + 3); j++) {
      if (used.has(j)) break;
      take.push(...(blocks[j]?.ballots ?? []));
      const [y, n, a] = tallyOf(take);
      if (y === t.yes && n === t.no && (a === t.abstain || t.abstain === 0)) {
        for (let k = i; k <= j; k++) used.add(k);
        return take;
      }
    }
  }
  return [];
}

/** A vote with the first-hand claims of its two sides, and whether it is on a procedure. */
function reading(vote: Vote, question: { yes: string; no: string } | null, sides: PartySide[] = []): VoteReading {
  const claims = (side: string): Claim[] => claimsOf(side).filter((c) => c.rank === 1);
  return { vote, yes: question ? claims(question.yes) : [], no: question ? claims(question.no) : [], procedural: question ? PROCEDURE.test(`${question.yes} ${question.no}`) : false, sides };
}

/**
 * The votes of a paper, each with what its sides claim.
 * @example readVotes(doc, sentencesOf(doc.text), "Kommunfullmäktige")[0]?.vote // { yes: 30, no: 9, abstain: 10, question: "Ja-röst för att avgöra ärendet i dag, Nej-röst för återremiss", … }
 */
export function readVotes(
  doc: NormalizedDocument,
  sentences: readonly Sentence[],
  forum: string | null,
  span: Span = { start: 0, end: doc.text.length },
  item: string | null = null,
  rollCalls: RollCalls = rollCallsOf(doc.text),
): VoteReading[] {
  const text = doc.text;
  if (!VOTE_WORD.test(text.slice(span.start, span.end))) return [];
  const { blocks, used } = rollCalls;
  const out: VoteReading[] = [];
  let question: { text: string; yes: string; no: string; at: number } | null = null;
  let after = span.start;
  for (const [k, s] of sentences.entries()) {
    const body = text.slice(s.start, s.end);
    const asks = MAYBE_QUESTION.test(body);
    const tallies = MAYBE_TALLY.test(body);
    if (!asks && !tallies) continue;
    const wants = asks ? WHO_WANTS_YES.exec(body) : null;
    if (wants) {
      const rest = body.slice(wants.index + wants[0].length);
      const no = WHO_WANTS_NO.exec(rest) ?? WHO_WANTS_NO.exec(text.slice(s.end, s.end + 300));
      question = { text: `${wants[0].trim()}${no ? `, ${no[0].trim()}` : ""}`, yes: wants[1] ?? "", no: no?.[1] ?? "", at: s.start };
      continue;
    }
    const side = asks ? YES_SIDE.exec(body) : null;
    if (side) {
      const no = NO_SIDE.exec(body) ?? NO_SIDE.exec(text.slice(s.end, s.end + 300));
      const clean = (t: string): string => t.trim().replace(/[.,\s]+$/u, "");
      question = { text: `${clean(side[0])}${no ? `, ${clean(no[0])}` : ""}`, yes: side[1] ?? "", no: no?.[1] ?? "", at: s.start };
      continue;
    }
    let t = tallies ? tallyIn(body, s.start) : null;
    // a tally stacked one side a line: "Ja: 7" / "Nej: 2" / "Avstår: 2"
    if (!t && asks && body.length <= STACKED_LINE) t = stackedTally(text, sentences.slice(k, k + 3));
    if (!t) continue;
    // "Omröstningen utfaller med 41 ja-röster mot 38 nej-röster. 2 ledamöter avstår."
    if (!ABSTAIN.test(body)) {
      const next = sentences[k + 1];
      const following = next ? text.slice(next.start, next.end) : "";
      const abstain = ABSTAIN.exec(following);
      if (next && abstain && abstain.index < 3) {
        t.abstain = count(abstain[1] ?? abstain[2]) ?? 0;
        t.end = next.start + abstain.index + abstain[0].length;
      }
    }
    const ballots = rollCallFor(t, blocks, used, question?.at ?? after);
    after = t.end;
    const q = question;
    question = null;
    // (the last side's parties may follow its count past the tally: "…, 2 avstår (SD)."; the evidence takes them in)
    const { sides, end } = ballots.length ? { sides: [], end: 0 } : sidesIn(text.slice(t.start, Math.max(t.end, s.end)));
    t.end = Math.max(t.end, t.start + end);
    out.push(reading({ forum: forum ?? "", item, question: q?.text ?? "", yes: t.yes, no: t.no, abstain: t.abstain, ballots, evidence: evidence(doc, t.start, t.end) }, q, sides));
  }
  // a roll call with no tally in words: its own counts
  blocks.forEach((b, i) => {
    if (used.has(i) || out.length || b.start < span.start || b.start >= span.end) return;
    const [y, n, a] = tallyOf(b.ballots);
    out.push(reading({ forum: forum ?? "", item, question: question?.text ?? "", yes: y, no: n, abstain: a, ballots: b.ballots, evidence: evidence(doc, b.start, b.end) }, question));
  });
  return out;
}
