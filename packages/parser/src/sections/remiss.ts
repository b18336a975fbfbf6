import type { NormalizedDocument } from "../document.ts";
import { BODY_ENDINGS, BODY_FIELD_WORDS, PLURAL_BODY_ENDINGS } from "../lexicon/bodies.ts";
import { LIST_JOINS } from "../lexicon/grammar.ts";
import { alternation, formsOf } from "../lexicon/match.ts";
import {
  BODY_PREFIXES,
  COLLECTIVE_BODIES,
  COUNCIL_CHAIN,
  OTHER_BODY_ENDINGS,
  REMISS_ANSWERED_FROM,
  REMISS_DECLINED,
  REMISS_INVITED,
  REMISS_LIST_ENDS,
  REMISS_OBJECTS,
  REMISS_SENT,
  SHARED_HEADS,
} from "../lexicon/remiss.ts";
import { sentencesOf, type Sentence, type Span } from "../clauses/sentences.ts";
import { matchesOf, regex } from "../text/regex.ts";
import { singleSpaced } from "../text/spaces.ts";
import { NOT_AFTER_LETTER, letterOr } from "../text/boundaries.ts";
import { CAPITAL_FIRST, LETTER } from "../text/letters.ts";

/**
 * The remiss sentence, read in one place: the bodies a matter was sent to for comment ("Ärendet har
 * remitterats till stadsledningskontoret, socialnämnden, Farsta stadsdelsnämnd … och Convictus"),
 * those invited to answer ("… och Tempohus Kungsbacka AB har fått möjlighet att yttra sig"), those
 * whose answers were collected ("Yttranden har inhämtats från …") and those that did not answer.
 * Also the one way to name and compare bodies: `bodyKey`, `bodyStem`, `splitBodies`.
 */

export type RemissBody = { name: string; start: number; end: number };
/** How the paper names a body in the remiss round. */
export type RemissRole = "asked" | "invited" | "answered" | "declined";
export type RemissMention = RemissBody & { key: string; role: RemissRole };

const L = String.raw`\p{L}`;
const NOT_IN_WORD = String.raw`(?<![\p{L}\p{N}])`;
// "remitterades därför av kommunstyrelsens arbetsutskott till", "remitterade motionen till", "har remitterats till"
const SENT = regex(
  String.raw`${NOT_IN_WORD}${alternation(formsOf(REMISS_SENT))}(?:\s+${alternation(formsOf(REMISS_OBJECTS))})*(?:\s+av\s+[^.]{2,80}?)?\s+till\s+`,
  "giu",
);
// "Yttranden har inhämtats från "
const ANSWERED_FROM = regex(String.raw`${NOT_IN_WORD}${alternation(formsOf(REMISS_ANSWERED_FROM))}\s+`, "giu");
// " har fått möjlighet att yttra sig", found from the last white space before the words: a search led
// by one white-space character and the words' first letters skips through a paper, one led by a run
// of white space tries each (its match starts where the run does: see afterSpace).
const INVITED = regex(String.raw`\s${alternation(formsOf(REMISS_INVITED))}`, "giu");
// " har avstått från att svara", " har inte inkommit"
const DECLINED = regex(String.raw`\s${alternation(formsOf(REMISS_DECLINED))}`, "giu");
const SPACE = /\s/u;
// What ends a list after "till": its purpose ("för beredning"), a date ("den 25 oktober 2021"), a full stop.
const LIST_END = regex(String.raw`\s+${alternation(formsOf(REMISS_LIST_ENDS))}(?![${L}])|\s+den\s+\d|\.(?:\s|$)|\n\s*\n`, "iu");
/** No list of bodies runs longer than this. */
const MAX_LIST = 600;

/**
 * Every body the remiss round names, in text order, with its role.
 * @example remissMentions(doc).map((m) => [m.name, m.role]) // [["stadsledningskontoret", "asked"], …, ["Convictus", "declined"]]
 */
export function remissMentions(doc: Pick<NormalizedDocument, "text"> & Partial<Pick<NormalizedDocument, "sentences">>): RemissMention[] {
  const text = doc.text;
  const out: RemissMention[] = [];
  const listAfter = (from: number, role: RemissRole) => {
    const rest = text.slice(from, from + MAX_LIST);
    const end = rest.search(LIST_END);
    if (end <= 0) return;
    for (const piece of splitBodies(rest.slice(0, end))) out.push(mention(piece, from, role));
  };
  for (const m of text.matchAll(SENT)) listAfter((m.index ?? 0) + m[0].length, "asked");
  for (const m of text.matchAll(ANSWERED_FROM)) listAfter((m.index ?? 0) + m[0].length, "answered");
  // the clause layer of the paper, or of a snippet read on its own
  // (each pattern runs once over the text: its matches also say whether the sentences are wanted)
  const found = [[afterSpace(text, INVITED), "invited"], [afterSpace(text, DECLINED), "declined"]] as const;
  const sentences = found.some(([matches]) => matches.length > 0) ? (doc.sentences ?? sentencesOf(text)) : [];
  for (const [matches, role] of found) {
    for (const at of matches) {
      const start = subjectStart(text, sentences, at);
      for (const piece of splitBodies(text.slice(start, at))) out.push(mention(piece, start, role));
    }
  }
  return out.filter((m) => isBodyName(m.name) || m.role !== "asked" || CAPITAL_FIRST.test(m.name)).sort((a, b) => a.start - b.start);
}

/**
 * Where `\s+(?:words)` matches, run after run, as matchAll would give them: each match of
 * `\s(?:words)` (the words open with a letter) taken back to the start of its run of white space,
 * no further than the end of the match before it.
 * @example afterSpace("Convictus  har inte inkommit", DECLINED) // [9]
 */
function afterSpace(text: string, pattern: RegExp): number[] {
  const out: number[] = [];
  let end = 0;
  for (const m of text.matchAll(pattern)) {
    let at = m.index;
    while (at > end && SPACE.test(text[at - 1] ?? "")) at--;
    out.push(at);
    end = m.index + m[0].length;
  }
  return out;
}

// A sentence that ends with its own punctuation: "… avstyrker motionen."
const CLOSED = /[.!?:;]["”’)]?$/u;

/**
 * Where the subject that ends at `at` begins: its sentence's start, or an earlier line of the same
 * paragraph when that line only wraps a list of bodies ("Nämnden för Gymnasium & Arbetsmarknad och
 * Tempohus" / "Kungsbacka AB har fått möjlighet att yttra sig").
 * @example subjectStart(text, sentencesOf(text), text.indexOf(" har fått"))
 */
export function subjectStart(text: string, sentences: readonly Sentence[], at: number): number {
  let i = sentenceIndexAt(sentences, at);
  if (i < 0) return Math.max(0, at - MAX_LIST);
  let start = (sentences[i] as Sentence).start;
  while (i > 0) {
    const prev = sentences[i - 1] as Sentence;
    if (at - prev.start > MAX_LIST || prev.paragraph !== (sentences[i] as Sentence).paragraph || CLOSED.test(text.slice(prev.start, prev.end))) break;
    const pieces = splitBodies(text.slice(prev.start, at));
    if (pieces.length < 2 || !pieces.every((p) => isBodyName(p.name))) break;
    start = prev.start;
    i--;
  }
  return start;
}

/** The index of the sentence holding `at` (sentences are in text order), or -1; by halving, so a long paper stays linear. */
function sentenceIndexAt(sentences: readonly Sentence[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((sentences[mid] as Sentence).start <= at) lo = mid;
    else hi = mid - 1;
  }
  const s = sentences[lo];
  return s && s.start <= at && at <= s.end ? lo : -1;
}

function mention(piece: BodyPiece, base: number, role: RemissRole): RemissMention {
  return { name: piece.name, key: bodyKey(piece.name), start: base + piece.start, end: base + piece.end, role };
}

/**
 * The bodies asked or invited to answer, in order, each once (the section rules read answering
 * bodies' headings by them).
 * @example remissBodies(doc).map((b) => b.name) // ["stadsledningskontoret", "socialnämnden", "Farsta stadsdelsnämnd", …]
 */
export function remissBodies(doc: Pick<NormalizedDocument, "text"> & Partial<Pick<NormalizedDocument, "sentences">>, mentions: readonly RemissMention[] = remissMentions(doc)): RemissBody[] {
  const seen = new Set<string>();
  const out: RemissBody[] = [];
  for (const m of mentions) {
    if (m.role === "declined" || seen.has(m.key)) continue;
    seen.add(m.key);
    out.push({ name: m.name, start: m.start, end: m.end });
  }
  return out;
}

/** A member of a list of bodies: its name (a shared head restored) and its span in the list. */
export type BodyPiece = { name: string } & Span;

const COLLECTIVE = regex(String.raw`${NOT_IN_WORD}${alternation(formsOf(COLLECTIVE_BODIES))}\s`, "iu");
// "och"/"samt" between two members; not the "och" of "Vård- och omsorgsnämnden".
const LAST_JOIN = regex(String.raw`(?<!-)\s+${alternation(formsOf(LIST_JOINS))}\s+(?=\S)`, "gu");
const SHARED_HEAD = regex(String.raw`^${alternation(SHARED_HEADS.map((h) => h.plural))}\s+`, "iu");

/**
 * Splits a list of bodies at its commas (outside brackets) and its last member at its last "och" or
 * "samt": names hold "och" themselves ("Riksförbundet för Social och Mental Hälsa", "Vård- och
 * omsorgsnämnden"), lists join only their last two with it; a collective ("samtliga nämnder och
 * bolag") stays whole, and a shared plural head is given to each member.
 * @example splitBodies("nämnderna för Vård & Omsorg, Miljö & Hälsoskydd samt byggnadsnämnden").map((p) => p.name)
 * // ["Nämnden för Vård & Omsorg", "Nämnden för Miljö & Hälsoskydd", "byggnadsnämnden"]
 */
export function splitBodies(list: string): BodyPiece[] {
  const parts: Span[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < list.length; i++) {
    const ch = list[i];
    if (ch === "(") depth++;
    else if (ch === ")") depth = Math.max(0, depth - 1);
    else if (ch === "," && depth === 0) {
      parts.push({ start: from, end: i });
      from = i + 1;
    }
  }
  const last = { start: from, end: list.length };
  const lastText = list.slice(last.start, last.end);
  const joins = COLLECTIVE.test(lastText) ? [] : [...matchesOf(LAST_JOIN, lastText)];
  const join = joins[joins.length - 1];
  if (join) {
    parts.push({ start: last.start, end: last.start + (join.index ?? 0) });
    parts.push({ start: last.start + (join.index ?? 0) + join[0].length, end: last.end });
  } else parts.push(last);
  const out: BodyPiece[] = [];
  let head: string | null = null;
  for (const p of parts) {
    let start = p.start;
    let end = p.end;
    while (start < end && /\s/u.test(list[start] ?? "")) start++;
    while (end > start && /\s/u.test(list[end - 1] ?? "")) end--;
    let name = singleSpaced(list.slice(start, end));
    if (!LETTER.test(name) || name.length < 3) continue;
    const shared = SHARED_HEAD.exec(name);
    if (shared) {
      head = SHARED_HEADS[0].singular;
      name = `${head} ${name.slice(shared[0].length)}`;
    } else if (head && !isBodyName(name)) name = `${head} ${name}`;
    else head = null;
    out.push({ name, start, end });
  }
  return out;
}

const ENDING_FORMS = [...formsOf(BODY_ENDINGS), ...formsOf(OTHER_BODY_ENDINGS)];
// A name ending in a body word: "Farsta stadsdelsnämnd", "Stadsledningskontoret", "Tempohus Kungsbacka AB".
const BODY_END = regex(String.raw`${alternation(ENDING_FORMS)}(?::s)?$`, "iu");
// A name written "Nämnden för …": "Nämnden för Gymnasium & Arbetsmarknad".
const BODY_PREFIX = regex(String.raw`^${alternation(formsOf(BODY_PREFIXES))}\s+\p{Lu}`, "iu");
/** No body's name is longer than this ("Riksförbundet för Social och Mental Hälsa Stockholms läns distrikt (RSMH)"). */
const MAX_NAME = 90;

/**
 * True when a phrase reads as the name of a body: it ends in a body word or is written "Nämnden för …".
 * @example isBodyName("Nämnden för Miljö & Hälsoskydd") // true
 * @example isBodyName("motionärerna") // false
 */
export function isBodyName(name: string): boolean {
  const n = name.replace(/\s*\([^()]*\)$/u, "").trim();
  if (n.length < 3 || n.length > MAX_NAME || /\d/u.test(n)) return false;
  return BODY_END.test(n) || BODY_PREFIX.test(n);
}

const POLITICAL_END = regex(String.raw`(?:${alternation(BODY_ENDINGS.filter((r) => r.role === "political").flatMap((r) => [...r.forms]))}|${alternation(formsOf(PLURAL_BODY_ENDINGS))}(?:\s+och\s+\p{L}+)?)$`, "iu");
// "Nämnden för Vård & Omsorg", "Styrelsen för …": a body named by its kind first
const POLITICAL_PREFIX = regex(String.raw`^${alternation(BODY_ENDINGS.filter((r) => r.role === "political").map((r) => r.forms[1] ?? r.forms[0]))}\s+${alternation(formsOf(BODY_FIELD_WORDS))}\s+\p{Lu}`, "iu");

/**
 * True for a body whose members are elected (a nämnd, a styrelse, a fullmäktige), not an office of
 * officials ("Stadsledningskontoret", "Kultur- och utbildningsförvaltningen") or a company.
 * @example isPoliticalBody("Nämnden för Vård & Omsorg") // true
 * @example isPoliticalBody("Kommunledningskontoret") // false
 */
export function isPoliticalBody(name: string): boolean {
  const n = name.replace(/\s*\([^()]*\)$/u, "").trim();
  return isBodyName(n) && (POLITICAL_END.test(n) || POLITICAL_PREFIX.test(n));
}

const CHAIN = regex(String.raw`${alternation(COUNCIL_CHAIN.flatMap((c) => [...c.stems]))}$`, "iu");

/**
 * True for the bodies that prepare or take the council's own decision (fullmäktige, the
 * kommunstyrelse, their utskott), which never answer its remiss.
 * @example isCouncilChain("Kommunstyrelsens arbetsutskott") // true
 * @example isCouncilChain("Vård- och omsorgsnämnden") // false
 */
export function isCouncilChain(name: string): boolean {
  return CHAIN.test(name.trim());
}

const CHAIN_WORD = regex(String.raw`${NOT_AFTER_LETTER}${alternation(COUNCIL_CHAIN.flatMap((c) => [...c.stems]))}(?!\p{L})`, "iu");

/**
 * True for a body of the council's chain or an office named after one: "Kommunstyrelsens förvaltning".
 * @example servesCouncilChain("Kommunstyrelsens förvaltning") // true
 */
export function servesCouncilChain(name: string): boolean {
  return isCouncilChain(name) || CHAIN_WORD.test(name);
}

// The forms of body words with what each folds to ("nämndens" → "nämnd"), by their last letter,
// longest first: a name's words are folded one by one, and a word is tried only against the forms
// that can end it.
const FOLD = new Map<string, (readonly [string, string])[]>();
for (const [form, base] of BODY_ENDINGS.flatMap((row) => row.forms.map((f) => [f, row.forms[0]] as const)).sort((a, b) => b[0].length - a[0].length)) {
  const last = form.slice(-1);
  FOLD.set(last, [...(FOLD.get(last) ?? []), [form, base]]);
}
// A word of a body's name after lower-casing: a run of letters, digits and "&" (`[\p{L}\d&]+`, Latin-1 first).
const KEY_WORD = regex(`${letterOr(String.raw`\d&`)}+`, "gu");

/**
 * A comparable form of a body's name: lower case, brackets dropped, body words folded to their base
 * form and a genitive s dropped ("Norrmalms stadsdelsnämnd" ~ "norrmalm stadsdelsnämnd",
 * "Socialnämndens" ~ "socialnämnd", "Tempohus Kungsbacka AB:s" ~ "tempohus kungsbacka ab").
 * @example bodyKey("Kultur- och fritidsnämndens") // "kultur och fritidsnämnd"
 */
export function bodyKey(name: string): string {
  // Every line of a paper is asked whether it names a body, so the steps that cannot apply are skipped.
  let n = name.toLowerCase();
  if (n.includes("(")) n = n.replace(/\([^()]*\)/gu, " ");
  if (n.includes(":s")) n = n.replace(/:s\b/gu, "");
  // (match, not matchAll: matchAll clones the pattern on every call, and bodyKey runs on every short line)
  let key = "";
  for (const w of n.match(KEY_WORD) ?? []) key += (key ? " " : "") + foldWord(w);
  return key;
}

/**
 * The first word of `bodyKey(name)`, read without folding the rest of the name; null for a name
 * with brackets or a ":s", whose key only bodyKey itself gives. A name whose key's first word is no
 * body key's first word names none of those bodies (each line of a paper is asked).
 * @example bodyKeyHead("Farsta stadsdelsnämnd") // "farsta"
 */
export function bodyKeyHead(name: string): string | null {
  const n = name.toLowerCase();
  if (n.includes("(") || n.includes(":s")) return null;
  KEY_WORD.lastIndex = 0;
  const first = KEY_WORD.exec(n);
  KEY_WORD.lastIndex = 0;
  return first ? foldWord(first[0]) : "";
}

/** A word with its body word folded to the base form, or else a genitive s dropped: "nämndens" → "nämnd". */
function foldWord(w: string): string {
  for (const [form, base] of FOLD.get(w.slice(-1)) ?? []) if (w.endsWith(form)) return w.slice(0, w.length - form.length) + base;
  return w.length > 3 && w.endsWith("s") ? w.slice(0, -1) : w;
}

const PREFIX_WORDS = regex(String.raw`^${alternation(formsOf(BODY_PREFIXES).map((f) => bodyKey(f)))}\s+`, "iu");
const BASE_ENDING = regex(String.raw`(?:${BODY_ENDINGS.map((r) => r.forms[0]).join("|")})$`, "u");

/**
 * The distinctive part of a body's name, shared by a nämnd and its förvaltning: "Nämnden för
 * Gymnasium & Arbetsmarknad" and "Förvaltningen för Gymnasium & Arbetsmarknads" → "gymnasium &
 * arbetsmarknad"; "Utbildningsnämnden" and "Utbildningsförvaltningens" → "utbildnings".
 * @example bodyStem("Skolförvaltningens") // "skol"
 */
export function bodyStem(name: string): string {
  const key = bodyKey(name).replace(PREFIX_WORDS, "");
  return key.replace(BASE_ENDING, "").replace(/s$/u, "").trim();
}
