import { ABBREVIATIONS } from "../lexicon/abbreviations.ts";
import { ALTERNATIVE_JOINS, LINE_CONTINUATIONS, LIST_JOINS } from "../lexicon/grammar.ts";
import { alternation, formsOf } from "../lexicon/match.ts";
import { regex } from "../text/regex.ts";
import { LOWER } from "../text/letters.ts";

/**
 * The clause layer: the normalised text as paragraphs and sentences with offsets, computed once per
 * paper. Extractors visit these spans instead of searching the string again; evidence is taken from
 * the span that matched.
 */

/** A span of `text`: start inclusive, end exclusive. */
export type Span = { start: number; end: number };
/** A sentence, with the paragraph it belongs to. */
export type Sentence = Span & { paragraph: number };

// An abbreviation right before a full stop's position: "m.fl", "bl.a", "kl".
const ABBREVIATION_END = regex(
  String.raw`(?<![\p{L}\p{N}])${alternation(ABBREVIATIONS.flatMap((a) => [...a.forms]).map((f) => f.replace(/\.$/u, "")))}$`,
  "iu",
);
// A sentence end: a full stop, question or exclamation mark (maybe closed by a quote or bracket),
// or a colon, followed by white space: "… avslår motionen. Reservation …". Sticky: it is tried only at
// the mark's own place (a global pattern would search on through the text from every mark that is
// not a sentence end, quadratic on "2013:2013:…").
const END_MARK = /[.!?:]["”’)]?(?=\s)/uy;
// A line that reads as a heading of its own: short, no final punctuation ("Beslut", "Ledamöternas förslag till beslut").
const HEADING_LINE = /^[^\n.;,]{1,60}$/u;
// Line ends that continue a sentence: a comma, a conjunction, a preposition or "av"/"till".
const CONTINUES = regex(String.raw`(?:[,(–-]|\b${alternation([...formsOf(LIST_JOINS), ...formsOf(ALTERNATIVE_JOINS), ...formsOf(LINE_CONTINUATIONS)])})$`, "iu");

// What the next sentence may open with, one character each (compiled once: esbuild makes a \p
// literal inside a function a `new RegExp` per call, and these run at every line end and full stop).
// After a blank line, a small letter or a bracket goes on with the sentence: "…Rane-Andersson\n\n(S) och …".
const GOES_ON = regex(String.raw`[\p{Ll}(]`, "u");
// After a short line, a capital, digit or bullet opens a new one: "Beslut\nKommunfullmäktige …".
const OPENS_AFTER_LINE = regex(String.raw`[\p{Lu}\d§•-]`, "u");
// After a colon, a capital, bullet or quote: "Beslut: Kommunfullmäktige …", not "yrkar: att …".
const OPENS_AFTER_COLON = regex(String.raw`[\p{Lu}•”"-]`, "u");
// An initial before the full stop: "Jens C. Berlin".
const INITIAL = regex(String.raw`(?:^|\s)\p{Lu}$`, "u");
const SPACE = /\s/u;

/**
 * The sentences of a text. A sentence ends at a full stop, question or exclamation mark or colon
 * before white space (not after an abbreviation, a number or an initial), at a blank line, and at
 * the end of a line that stands as a heading of its own before a line opening with a capital.
 * @example sentencesOf("Beslut\nKommunfullmäktige avslår motionen. Anna Berg (S) m.fl. yrkade bifall.").length // 3
 */
export function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let start = skipSpace(text, 0);
  const push = (end: number): void => {
    let e = end;
    while (e > start && SPACE.test(text[e - 1] ?? "")) e--;
    if (e > start) out.push({ start, end: e, paragraph });
  };
  let lineStart = 0;
  // only line ends and the marks that may end a sentence do anything: the loop goes from one to the next
  const stopAt = stops(text);
  for (let i = stopAt(0); i < text.length; i = stopAt(i + 1)) {
    const c = text[i];
    if (c === "\n") {
      const line = text.slice(lineStart, i).trim();
      const next = skipSpace(text, i + 1);
      // a blank line ends a sentence, unless what follows it continues one: a page break in mid-sentence
      // ("… med instämmande av Maj-Britt Rane-Andersson\n\n(S) och Åsa Andersson (S), yrkar …")
      const blank = text.slice(i + 1, next).includes("\n") && !GOES_ON.test(text[next] ?? "");
      const nextCap = OPENS_AFTER_LINE.test(text[next] ?? "");
      if (blank || (nextCap && HEADING_LINE.test(line) && !CONTINUES.test(line))) {
        push(i);
        if (blank) paragraph++;
        start = next;
      }
      lineStart = i + 1;
      continue;
    }
    if (c === "." || c === "!" || c === "?" || c === ":") {
      END_MARK.lastIndex = i;
      const m = END_MARK.exec(text);
      if (!m || m.index !== i) continue;
      if (c === "." && isAbbreviationOrNumber(text, start, i)) continue;
      const end = i + m[0].length;
      const next = skipSpace(text, end);
      // a sentence goes on after a colon that opens a list or a quote in lower case ("yrkar: att …")
      if (c === ":" && !OPENS_AFTER_COLON.test(text[next] ?? "")) continue;
      // "Eva Berg (C): Bifall till motionen." is one sentence: a member, a colon and the proposal on the same line
      if (c === ":" && text[i - 1] === ")" && text[i + 1] === " ") continue;
      if (c !== ":" && LOWER.test(text[next] ?? "")) continue;
      push(end);
      if (text.slice(end, next).includes("\n\n")) paragraph++;
      start = next;
      // the line the next sentence starts on (searched back only over the space just skipped: linear in the text)
      for (let k = next - 1; k >= end; k--) {
        if (text[k] === "\n") {
          lineStart = k + 1;
          break;
        }
      }
      i = next - 1;
    }
  }
  push(text.length);
  return out;
}

/** The characters at which the sentence loop acts. */
const STOPS = ["\n", ".", "!", "?", ":"] as const;

/**
 * The offset of the first line end or sentence mark at or after `from` (the text's length when
 * none is left), for offsets that only grow: each mark's next place is found by indexOf and kept
 * until the loop passes it, so the text is searched once for each mark, not a character at a time.
 */
function stops(text: string): (from: number) => number {
  const next: number[] = STOPS.map(() => -1);
  return (from) => {
    let first = text.length;
    for (let k = 0; k < STOPS.length; k++) {
      let at = next[k] as number;
      if (at < from) {
        at = text.indexOf(STOPS[k] as string, from);
        next[k] = at < 0 ? text.length : at;
        at = next[k] as number;
      }
      if (at < first) first = at;
    }
    return first;
  };
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && SPACE.test(text[i] ?? "")) i++;
  return i;
}

/** A full stop after an abbreviation ("m.fl."), a single initial ("A. Berg") or inside a number ("18.00"). */
function isAbbreviationOrNumber(text: string, from: number, at: number): boolean {
  const before = text.slice(Math.max(from, at - 12), at);
  if (ABBREVIATION_END.test(before)) return true;
  if (INITIAL.test(before)) return true; // an initial: "Jens C. Berlin"
  if (/\d$/u.test(before) && /\d/u.test(text[at + 1] ?? "")) return true;
  // "§ 9." or "1." opening a numbered list item is no sentence
  if (/(?:^|\n)\s*\d{1,2}$/u.test(before)) return true;
  return false;
}

/**
 * The sentence that holds an offset, by binary search.
 * @example sentenceAt(sentencesOf(text), 120)
 */
export function sentenceAt(sentences: readonly Sentence[], at: number): Sentence | null {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid] as Sentence;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return null;
}
