import type { Stance } from "@diarium/schema";
import type { NormalizedDocument } from "../document.ts";
import { sentencesOf } from "../clauses/sentences.ts";
import { BODY_ENDINGS } from "../lexicon/bodies.ts";
import { DOCUMENT_KINDS } from "../lexicon/documents.ts";
import { alternation, formsOf, formsWhere, wordsRegex } from "../lexicon/match.ts";
import { ANSWER_OPENING_VERBS, CONTRAST_CLAUSE_OPENINGS, DATED_WORDS, DECISION_PAPERS, PAPERS_FROM, REMISS_ANSWER_STANCES, REMISS_LIST_ENDS, REMISS_TREATED, STATEMENT_PAPER_WORDS, STATEMENT_PAPERS } from "../lexicon/remiss.ts";
import { PROPOSAL_STEMS } from "../lexicon/stances.ts";
import { isoFrom } from "../metadata/patterns.ts";
import { bodyKey, isBodyName, isCouncilChain, remissMentions, splitBodies, subjectStart, type RemissMention } from "./remiss.ts";
import { regex } from "../text/regex.ts";

/**
 * What a paper says of a body's answer, wherever it says it:
 * - in prose: "Vård- och omsorgsnämnden har berett ärendet och avstyrker motionen", "Kultur- och
 *   utbildningsnämnden har behandlat ärendet den 22 april 2026, § 48 och nämnden tillstyrker motionen";
 * - as a decision in a list (Beslutsunderlag, "Ärendets behandling"): "Nämnden för Vård & Omsorg
 *   2024-06-12, § 88", "Kultur- och fritidsnämndens protokoll 2022-03-16, § 24";
 * - as the paper that holds it: "Förvaltningen för Vård & Omsorgs tjänsteskrivelse, 2024-05-22",
 *   "Utbildningsnämndens yttrande daterat 9 januari 2024".
 */

export type RemissAnswerKind = "prose" | "decision" | "statement";
export type RemissAnswer = {
  /** The body as the paper names it, without a genitive s. */
  name: string;
  key: string;
  /** The name's span in the text. */
  start: number;
  end: number;
  kind: RemissAnswerKind;
  /** The date the sentence or line gives: the meeting for a decision, the paper's date for a statement. */
  date: string | null;
  /** A stance toward the matter stated in prose ("avstyrker motionen"), or null. */
  stance: Stance | null;
  /** True for a decision line that names a meeting paragraph ("… 2024-06-12, § 88"). */
  paragraph: boolean;
  /** True for fullmäktige, the kommunstyrelse and their utskott (see `isCouncilChain`). */
  chain: boolean;
};

// "daterad ", "daterat "
const DATED = String.raw`(?:${alternation(formsOf(DATED_WORDS))}\s+)?`;
const DATE = String.raw`(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s+\p{L}+\s+\d{4})`;
// A decision in a list: "Nämnden för Gymnasium & Arbetsmarknad, 2024-06-12, § 79", "Hälso- och sjukvårdsnämndens protokoll 2023-02-02, § 14".
const DECISION_LINE = regex(
  String.raw`^(?<body>[^,\n§]{3,90}?)(?::s|s)?(?:\s+${alternation(formsOf(DECISION_PAPERS))})?\s*,?\s+(?<date>\d{4}-\d{2}-\d{2})\s*,?\s*§\s*\d+`,
  "u",
);
// A statement paper: "Förvaltningen för Vård & Omsorgs tjänsteskrivelse, 2024-05-22", "Utbildningsnämndens yttrande daterat 9 januari 2024".
const STATEMENT_LINE = regex(
  String.raw`^(?<body>[^,\n§]{3,90}?)(?::s|s)?\s+${alternation(formsOf(STATEMENT_PAPERS))}(?:\s+över\s+[^,\n]{0,200}?)?\s*,?\s+${DATED}(?:den\s+)?(?<date>${DATE})`,
  "u",
);
// The paper words alone: a line without any is no statement line, and STATEMENT_LINE need not try each length of its body.
const HAS_STATEMENT_PAPER = regex(alternation(formsOf(STATEMENT_PAPERS)), "u");
const STATEMENT_PAPER_G = regex(HAS_STATEMENT_PAPER.source, "gu");
// A paper named before its body: "Protokollsutdrag från socialnämnden 2025-03-12, § 31", "Yttrande från Tempohus AB, 2023-08-19".
const FROM_LINE = regex(
  String.raw`^(?<paper>${alternation(formsOf(PAPERS_FROM))})\s+(?<body>[^,\n§]{3,90}?)\s*,?\s+${DATED}(?:den\s+)?(?<date>${DATE})(?<paragraph>\s*,?\s*§\s*\d+)?`,
  "iu",
);
// The subject of a sentence, up to its verb: "Skolnämnden och utbildningsnämnden har båda avstyrkt motionen."
const SUBJECT_VERBS = alternation([...formsOf(ANSWER_OPENING_VERBS), ...formsOf(REMISS_ANSWER_STANCES)]);
const SUBJECT = regex(String.raw`^(?<subject>[^.;:]{3,160}?)\s*,?\s+(?=${SUBJECT_VERBS}(?![\p{L}]))`, "u");
// The verbs alone: most sentences hold none, and a search for them rejects a sentence faster than SUBJECT does.
const HAS_SUBJECT_VERB = regex(SUBJECT_VERBS, "u");
const SUBJECT_VERB_G = regex(SUBJECT_VERBS, "gu");
// "Yttrande från …", "Remissvar från …": a statement, not a decision
const STATEMENT_PAPER = regex(String.raw`^${alternation(formsOf(STATEMENT_PAPER_WORDS))}`, "iu");
const STANCE_WORD = wordsRegex(formsOf(REMISS_ANSWER_STANCES));
const TREATED = wordsRegex(formsOf(REMISS_TREATED));
// A stance word whose object is another proposal, not the matter: "tillstyrker förvaltningens förslag".
const TOWARD_PROPOSAL = regex(String.raw`^\s+(?!${alternation(formsWhere(DOCUMENT_KINDS, "kind", "motion"))})[\p{L}\s]{0,40}?${alternation(formsOf(PROPOSAL_STEMS))}`, "iu");
// The opening of a clause set against the one before: ", medan ", " men ".
const CONTRAST = regex(String.raw`,?\s(?:${alternation(formsOf(CONTRAST_CLAUSE_OPENINGS))})\s+`, "giu");
const CONTRAST_AT = regex(CONTRAST.source, "iu");
/** No sentence that tells an answer is longer than this; a longer run of text is read no further (it keeps a long paper linear). */
const MAX_SENTENCE = 800;
/** A subject and its verb stand within this many characters of the sentence's start. */
const MAX_SUBJECT = 200;
/** How far after "behandlat ärendet" its date may stand: " den 22 april 2026". */
const DATE_AFTER_VERB = 40;
// A relative clause after the last body a remiss names: "… till kultur- och utbildningsnämnden som i beslut den 22 april 2026 tillstyrker motionen".
const RELATIVE = regex(String.raw`^\s*,?\s+${alternation(REMISS_LIST_ENDS[1].forms)}\s`, "iu");
// A bare body word standing for a body named before: "Nämnden yttrade sig den 16 mars 2022".
const GENERIC = regex(String.raw`^${alternation(formsOf(BODY_ENDINGS))}$`, "iu");

/** Whether a plain pattern matches inside `text.slice(from, to)`. */
type WindowTest = (from: number, to: number) => boolean;

/**
 * `alone.test(text.slice(from, to))` for windows that move forward through the text (every line's
 * next 400 characters, every sentence), by one search of the whole text instead of one per window:
 * the first match at or after a window's start is found once and kept while the windows pass it.
 * `anywhere` is `alone` with the g flag; both are plain alternations (no anchor, lookaround or
 * boundary), so a match that lies inside the window is a match of the window and back.
 */
function windowTest(text: string, anywhere: RegExp, alone: RegExp): WindowTest {
  let searchedFrom = -1;
  let next: RegExpExecArray | null = null;
  return (from, to) => {
    // a window behind the search (a subject that starts before its sentence) is tested on its own
    if (from < searchedFrom) return alone.test(text.slice(from, to));
    if (searchedFrom < 0 || (next !== null && next.index < from)) {
      anywhere.lastIndex = from;
      next = anywhere.exec(text);
      searchedFrom = from;
    }
    if (next === null || next.index >= to) return false;
    // a match that runs past the window's end: a shorter one may still fit inside
    return next.index + next[0].length <= to || alone.test(text.slice(from, to));
  };
}

function stanceOf(word: string): Stance | null {
  const w = word.toLowerCase();
  return REMISS_ANSWER_STANCES.find((r) => (r.forms as readonly string[]).includes(w))?.stance ?? null;
}

/**
 * Every answer of a body the paper reports, in text order.
 * @example remissAnswers(plainDocument("Vård- och omsorgsnämnden har berett ärendet och avstyrker motionen."))
 * // [{ name: "Vård- och omsorgsnämnden", kind: "prose", stance: "avslag", date: null, … }]
 */
export function remissAnswers(
  doc: Pick<NormalizedDocument, "text"> & Partial<Pick<NormalizedDocument, "sentences">>,
  mentions: readonly RemissMention[] = remissMentions(doc),
): RemissAnswer[] {
  const text = doc.text;
  const out: RemissAnswer[] = [];
  // every line start, in order (each once: an array, not a set)
  const starts: number[] = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  // the clause layer of the paper, or of a snippet read on its own
  const sentences = doc.sentences ?? sentencesOf(text);
  const hasVerb = windowTest(text, SUBJECT_VERB_G, HAS_SUBJECT_VERB);
  for (const s of sentences) {
    const found = proseAnswers(text, s.start, s.end, hasVerb);
    // a subject the splitter cut at a line end ("Nämnden för … och Tempohus" / "Kungsbacka AB har …")
    const head = found.length === 0 ? subjectOf(text, s.start, Math.min(s.end, s.start + MAX_SUBJECT), hasVerb) : null;
    const from = head ? subjectStart(text, sentences, s.start + head[0].length) : s.start;
    if (from < s.start) found.push(...proseAnswers(text, from, s.end, hasVerb));
    // a subject that opens a line inside what the splitter took for one sentence (a list line above it)
    const own = found.length === 0 ? text.slice(s.start, s.end) : "";
    for (let i = own.indexOf("\n"); found.length === 0 && i >= 0; i = own.indexOf("\n", i + 1)) found.push(...proseAnswers(text, s.start + i + 1, s.end, hasVerb));
    // a clause set against the first with a body of its own: "… tillstyrker motionen medan trafiknämnden avstyrker den"
    if (found.length > 0) {
      const sentence = text.slice(s.start, Math.min(s.end, s.start + MAX_SENTENCE));
      for (const m of sentence.matchAll(CONTRAST)) found.push(...proseAnswers(text, s.start + m.index + m[0].length, s.end, hasVerb));
    }
    out.push(...found);
  }
  for (const m of mentions) {
    const after = m.role === "asked" ? text.slice(m.end, m.end + MAX_SENTENCE) : "";
    if (!RELATIVE.test(after)) continue;
    const stop = after.search(/\.(?:\s|$)/u);
    const told = clauseAnswer(after.slice(0, stop < 0 ? after.length : stop));
    if (told) out.push(answer(m.name, m.start, "prose", told.date, told.stance, false));
  }
  const hasPaper = windowTest(text, STATEMENT_PAPER_G, HAS_STATEMENT_PAPER);
  for (const at of starts) {
    const line = text.slice(at, at + 400);
    const from = FROM_LINE.exec(line);
    if (from?.groups && isBodyName(from.groups.body ?? "")) {
      const decided = Boolean(from.groups.paragraph) && !STATEMENT_PAPER.test(from.groups.paper ?? "");
      out.push(answer(from.groups.body ?? "", at + line.indexOf(from.groups.body ?? ""), decided ? "decision" : "statement", isoFrom(from.groups.date ?? ""), null, decided));
      continue;
    }
    // a decision line names its paragraph ("§ 79"); most lines have no "§"
    const decision = line.includes("§") ? DECISION_LINE.exec(line) : null;
    if (decision?.groups && isBodyName(decision.groups.body ?? "")) {
      out.push(answer(decision.groups.body ?? "", at, "decision", isoFrom(decision.groups.date ?? ""), null, true));
      continue;
    }
    const statement = hasPaper(at, at + line.length) ? STATEMENT_LINE.exec(line) : null;
    if (statement?.groups && isBodyName(statement.groups.body ?? "")) {
      out.push(answer(statement.groups.body ?? "", at, "statement", isoFrom(statement.groups.date ?? ""), null, false));
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The answers a sentence from `from` to `end` tells, when its subject is a list of bodies. */
function proseAnswers(text: string, from: number, end: number, hasVerb: WindowTest): RemissAnswer[] {
  const to = Math.min(end, from + MAX_SENTENCE);
  const sentence = text.slice(from, to);
  const subject = subjectOf(text, from, to, hasVerb)?.groups?.subject;
  if (!subject) return [];
  const pieces = splitBodies(subject);
  if (pieces.length === 0 || !pieces.every((p) => isBodyName(p.name) && !GENERIC.test(p.name))) return [];
  // the clause runs to one set against it ("… har yttrat sig men trafiknämnden avstyrker …" tells no stance of the first body)
  const rest = ownClause(sentence.slice(subject.length));
  const told = clauseAnswer(rest);
  return told ? pieces.map((p) => answer(p.name, from + p.start, "prose", told.date, told.stance, /§\s*\d/u.test(rest))) : [];
}

/**
 * The words up to a clause set against them, which has a subject of its own.
 * @example ownClause(" har yttrat sig men trafiknämnden avstyrker motionen.") // " har yttrat sig"
 */
export function ownClause(words: string): string {
  const at = words.search(CONTRAST_AT);
  return at < 0 ? words : words.slice(0, at);
}

/** The subject of the sentence `text.slice(from, to)` up to an answering verb, or null. */
function subjectOf(text: string, from: number, to: number, hasVerb: WindowTest): RegExpExecArray | null {
  return hasVerb(from, to) ? SUBJECT.exec(text.slice(from, to)) : null;
}

/** What the words after a body's name tell of its answer: a stance toward the matter, the date of its decision. */
function clauseAnswer(rest: string): { stance: Stance | null; date: string | null } | null {
  const stanceAt = STANCE_WORD.exec(rest);
  const stance = stanceAt && !TOWARD_PROPOSAL.test(rest.slice(stanceAt.index + stanceAt[0].length)) ? stanceOf(stanceAt[0]) : null;
  const treated = TREATED.exec(rest);
  if (!stanceAt && !treated) return null;
  // the meeting's date stands by the verb that tells it: "har den 29 april 2026, § 52 behandlat
  // ärendet", "behandlat ärendet den 22 april 2026, § 48"; a later date in the sentence is another's
  const date = treated ? isoFrom(rest.slice(0, treated.index + treated[0].length + DATE_AFTER_VERB)) : null;
  return { stance, date };
}

function answer(written: string, start: number, kind: RemissAnswerKind, date: string | null, stance: Stance | null, paragraph: boolean): RemissAnswer {
  const name = written.replace(/\s+/gu, " ").trim();
  const lead = written.length - written.trimStart().length;
  return { name, key: bodyKey(name), start: start + lead, end: start + lead + written.trim().length, kind, date, stance, paragraph, chain: isCouncilChain(name) };
}
