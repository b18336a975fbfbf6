import type { NormalizedDocument, TextLine } from "../document.ts";
import { ALTERNATIVE_JOINS, HEADING_NEVER_ENDS, LINE_CONTINUATIONS, LIST_JOINS, PROSE_OPENINGS } from "../lexicon/grammar.ts";
import { STATEMENT_NAMES } from "../lexicon/headings.ts";
import { alternation, capitalized, formsOf } from "../lexicon/match.ts";
import { regex } from "../text/regex.ts";
import { wordsAtMost } from "../text/spaces.ts";
import { CAPITAL_FIRST, LOWER, WORD_OPENING } from "../text/letters.ts";

/**
 * Heading candidates by shape and place: a short line (or a two-line paragraph) of its own that does
 * not end a sentence, that body text follows, and that is not a signature, dateline or list item.
 * PDF layout cues (bold, larger type) make a line a heading where its words alone would not.
 */

export type HeadingLine = { start: number; end: number; text: string; lines: number; strong: boolean };

/** Longest heading of known family, and of unknown family (characters, words). */
const MAX_FAMILY_CHARS = 160;
const MAX_PLAIN_CHARS = 70;
const MAX_PLAIN_WORDS = 8;
/** The share of a full line of prose (typicalWidth) from which a heading's line may wrap onto the next. */
const WRAPS_FROM = 0.5;

// A list item or bullet: "1. att bifalla motionen", "• att", "- punkt", "a) text".
const LIST_ITEM = /^(?:\d{1,2}[.)]\s|[a-zåäö][.)]\s|[•\-–*▪■]\s?)/u;
// Text that ends a sentence or a clause: "…i utlåtandet.", "…följande,", "…beslutar;".
const CLAUSE_END = /[.,;]$/;
// What closes the line before a heading: "…följande:", "…(S)".
const CLAUSE_CLOSE = /[.:!?;)]/;
const SPACE = /\s/;
// A dateline: "Stockholm den 18 september 2013".
const DATELINE = regex(String.raw`^\p{Lu}\p{L}+ den \d{1,2} \p{L}+ \d{4}$`, "u");
// A sentence in the first person or with a pronoun subject: "Vi stödjer förslaget …", "Jag föreslår …".
const PRONOUN_START = regex(String.raw`^${alternation(formsOf(PROSE_OPENINGS))}\s`, "i");
// A heading never ends on a function word; a wrapped line of prose often does ("… ombuden inom").
const FUNCTION_WORD_END = regex(
  String.raw`\s${alternation([...formsOf(LIST_JOINS), ...formsOf(ALTERNATIVE_JOINS), ...formsOf(LINE_CONTINUATIONS), ...formsOf(HEADING_NEVER_ENDS)])}$`,
  "iu",
);
// The opening of a statement paragraph, which the statement rules handle: "Reservation anfördes av …".
const STATEMENT_START = regex(`^${alternation(capitalized(formsOf(STATEMENT_NAMES)))}`, "u");
// What the line after a heading opens with: "Ärendet …", "1 Bakgrund", "• …", "- Godkänner avsägelserna.".
const BODY_OPENING = regex(String.raw`^[\p{Lu}\d"”(•▪■–-]`, "u");
// Four capitalised words: two names side by side ("Stefan Nilsson Jonas Eklund").
const FOUR_NAMES = regex(String.raw`^(?:\p{Lu}\p{Ll}+\s){3}\p{Lu}\p{Ll}+$`, "u");
// A name-like line: two to four capitalised words ("Anna König Jerlmyr", "Sten Nordin").
const NAME_LIKE = regex(String.raw`^\p{Lu}[\p{Ll}'-]+(?:\s\p{Lu}[\p{Ll}'-]+){1,3}$`, "u");

function textOf(doc: NormalizedDocument, line: TextLine): string {
  return doc.text.slice(line.start, line.end);
}

/** The body font size of a PDF: the most common size over its lines. */
function bodySize(lines: readonly TextLine[]): number | null {
  const counts = new Map<number, number>();
  for (const l of lines) if (l.cues) counts.set(Math.round(l.cues.size), (counts.get(Math.round(l.cues.size)) ?? 0) + (l.end - l.start));
  let best: number | null = null;
  for (const [size, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = size;
  return best;
}

/**
 * Finds heading candidates in a normalised document. `isFamily` tells whether a text names a known
 * heading family (those may be longer and need no layout cue).
 * @example headingCandidates(doc, isFamily).map((h) => h.text) // ["Ärendet", "Beredning", "Mina synpunkter", …]
 */
export function headingCandidates(doc: NormalizedDocument, isNamedFamily: (text: string) => boolean): HeadingLine[] {
  // A line is asked up to three times (alone, joined with the next, as the heading taken).
  const known = new Map<string, boolean>();
  const isFamily = (text: string) => {
    let family = known.get(text);
    if (family === undefined) known.set(text, (family = isNamedFamily(text)));
    return family;
  };
  const lines = doc.lines;
  const body = bodySize(lines);
  const fullWidth = typicalWidth(doc);
  const out: HeadingLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as TextLine;
    const prev = lines[i - 1];
    const next = lines[i + 1];
    const text = textOf(doc, line).trim();
    // No heading is longer than a family's longest (what would follow the line only makes it longer).
    if (text === "" || text.includes("\t") || text.length > MAX_FAMILY_CHARS) continue;
    // A one-line heading of a known family needs no sentence end before it ("…avlopp 2025" + "Beslut").
    const shortFamily = wordsAtMost(text, 6) && isFamily(text) && (!next || next.paragraphStart || BODY_OPENING.test(textOf(doc, next).trim()));
    const afterSentence = shortFamily || !prev || line.paragraphStart || endsClauseOrOneWord(textOf(doc, prev).trim()) || isHeadingText(textOf(doc, prev).trim());
    if (!afterSentence) continue;
    // A heading may wrap: a paragraph of up to three short lines ("Riksförbundet … distrikt" + "(RSMH)").
    let full = text;
    let end = line.end;
    let count = 1;
    // Only a line that reaches across the page wraps: after a short one, the next line is no part of it.
    if (line.paragraphStart && mayWrap(text.length, fullWidth)) {
      let k = i + 1;
      let joined = text;
      while (k < lines.length && k - i < 3 && !(lines[k] as TextLine).paragraphStart) {
        const t = textOf(doc, lines[k] as TextLine).trim();
        if (LIST_ITEM.test(t)) break;
        joined = `${joined} ${t}`;
        k++;
      }
      const closed = k >= lines.length || (lines[k] as TextLine).paragraphStart;
      // Only a family or body name runs over lines; a plain heading is one line.
      if (k > i + 1 && closed && joined.length <= MAX_FAMILY_CHARS && !CLAUSE_END.test(joined) && isFamily(joined)) {
        full = joined;
        end = (lines[k - 1] as TextLine).end;
        count = k - i;
      }
    }
    // Too long, or the end of a sentence or clause: no heading, of a family or not.
    if (full.length > MAX_FAMILY_CHARS || CLAUSE_END.test(full)) continue;
    const strong = body !== null && !!line.cues && (line.cues.bold || line.cues.size >= body + 1.5);
    const family = isFamily(full) || isFamily(text);
    if (family && count === 2 && !isFamily(full)) {
      full = text;
      end = line.end;
      count = 1;
    }
    const following = lines[i + count];
    if (!family && !strong) {
      if (!plainHeadingShape(full) || NAME_LIKE.test(text)) continue;
      // What follows a lead-in ("På kommunstyrelsens vägnar:") is its content, not a heading.
      if (prev && textOf(doc, prev).trim().endsWith(":")) continue;
      // A line as long as the paragraph lines around it, run on by the next, is wrapped prose.
      if (following && !following.paragraphStart && full.length >= fullWidth * 0.75 && !WORD_OPENING.test(textOf(doc, following).trim())) continue;
      // Body text must follow: a new paragraph or a line that starts a sentence, not a list.
      if (!following) continue;
      const followText = textOf(doc, following).trim();
      if (!following.paragraphStart && !BODY_OPENING.test(followText)) continue;
    } else if (full.length > MAX_FAMILY_CHARS || CLAUSE_END.test(full)) continue;
    // Bold type alone does not make a heading of a sentence, a name, a dateline or a list item.
    else if (!family && !strongHeadingShape(full)) continue;
    out.push({ start: line.start, end, text: doc.text.slice(line.start, end), lines: count, strong });
    i += count - 1;
  }
  return out;
}

/**
 * True when a line of `chars` characters may run on onto the next: a line that reaches across the
 * page (at least WRAPS_FROM of a full line of prose, `fullWidth`). After a short line the next is
 * no part of it: "Budget 2018, plan 2019-2020" ends its title.
 * @example mayWrap(27, 80) // false
 */
export function mayWrap(chars: number, fullWidth: number): boolean {
  return chars >= fullWidth * WRAPS_FROM;
}

/** The width of a full line of prose: the 80th percentile of line lengths. */
export function typicalWidth(doc: NormalizedDocument): number {
  // (a typed array sorts numbers by value without a comparator call per comparison)
  const lengths = Int32Array.from(doc.lines, (l) => l.end - l.start).sort();
  return lengths[Math.floor(lengths.length * 0.8)] ?? 80;
}

/** True for a line that ends a clause or is one word ("…beslutar följande:", "Ärendet"): its last character and a look for a space, not a pattern ending in `$` tried at each position. */
function endsClauseOrOneWord(text: string): boolean {
  return CLAUSE_CLOSE.test(text.slice(-1)) || (text !== "" && !SPACE.test(text));
}

function isHeadingText(text: string): boolean {
  return text.length <= MAX_PLAIN_CHARS && !CLAUSE_END.test(text) && CAPITAL_FIRST.test(text) && wordsAtMost(text, 4);
}

/** What bold or large type may still not be: a sentence, a name or signature line, a dateline, a list item. */
function strongHeadingShape(text: string): boolean {
  if (LIST_ITEM.test(text) || DATELINE.test(text) || PRONOUN_START.test(text) || STATEMENT_START.test(text)) return false;
  if (FUNCTION_WORD_END.test(text) || /\?$/.test(text)) return false;
  // A series line or dateline in bold ("Utlåtande 2013:125 RVII (Dnr …)") is metadata, as in text.
  if (/\d{4}/.test(text)) return false;
  // Two names in bold side by side are signatures ("Stefan Nilsson Jonas Eklund").
  if (NAME_LIKE.test(text) || FOUR_NAMES.test(text)) return false;
  return true;
}

/** The shape of a heading no family names: short, capitalised, not a sentence, name or dateline. */
function plainHeadingShape(text: string): boolean {
  if (text.length > MAX_PLAIN_CHARS || !wordsAtMost(text, MAX_PLAIN_WORDS)) return false;
  // A question is a line of prose or a bullet ("Vad fungerade bra?"), not a part of the paper.
  if (!CAPITAL_FIRST.test(text) || CLAUSE_END.test(text) || /[:)?]$/.test(text)) return false;
  // Capitals only is a list of abbreviations ("KS, KF") or a letterhead, not a part of the paper.
  if (!LOWER.test(text)) return false;
  if (LIST_ITEM.test(text) || DATELINE.test(text) || PRONOUN_START.test(text)) return false;
  if (FUNCTION_WORD_END.test(text) || STATEMENT_START.test(text)) return false;
  if (text.split("\n").some((l) => NAME_LIKE.test(l.trim()))) return false;
  // Digits of a date, year or number belong to list items and datelines, not to headings.
  if (/\d{4}/.test(text)) return false;
  // A heading closes what it opens; "RSMH (Riksförbundet för Social och Mental" runs on.
  if ((text.match(/\(/g)?.length ?? 0) !== (text.match(/\)/g)?.length ?? 0)) return false;
  return true;
}
