import { warning, type Check, type Figure, type Warning } from "@diarium/schema";
import {
  alternation,
  APPROXIMATORS,
  evidence,
  formsOf,
  LAST_PART_WORDS,
  PART_JOINS,
  PART_OPENERS,
  PHRASE_PREPOSITIONS,
  TOTAL_AFTER_WORDS,
  SUM_WORDS,
  TOTAL_WORDS,
  type NormalizedDocument,
  regex,
} from "@diarium/parser";

const ABOUT = String.raw`(?:${alternation(formsOf(APPROXIMATORS))}\s+)?`;
const TOTALLY = String.raw`(?:${alternation(TOTAL_WORDS[1].forms)}\s+)?`;

// "63 klienter\nvarav 25 män och 38 kvinnor": the total's own noun, then "varav"
const VARAV_AFTER_TOTAL = regex(String.raw`^[\s,]*(?:\p{L}+[\s,]+){0,3}?${alternation(formsOf(PART_OPENERS))}\s`, "u");

// "… och 38", "…, 12", "samt ca 40", "och grundskolan 434,5": how the next part of an enumeration is joined
// to the one before; a preposition in between ("…, i 12 klasser") starts something else
const PART_JOIN = regex(
  String.raw`(?:,|\s${alternation(formsOf(PART_JOINS))})\s+(?:(?!${alternation(formsOf(PHRASE_PREPOSITIONS))}\s)\p{L}+\s+){0,2}${ABOUT}$`,
  "u",
);

// "uppgick till\n766 778 kronor", "totalt 120 barn": words that say a figure is a total
// ("summan av kostnaderna är" has a noun inside it, so its words stand around it)
const SUM = String.raw`${alternation(SUM_WORDS.map((r) => r.opening))}\s+(?:av\s+\p{L}+\s+)?${alternation(SUM_WORDS.map((r) => r.closing))}`;
const TOTAL_BEFORE = regex(String.raw`(?:${alternation(formsOf(TOTAL_WORDS))}|${SUM})\s+${ABOUT}$`, "iu");

// "ytterligare totalt 237 578 kronor": the last part of a total stated above
const LAST_PART_BEFORE = regex(String.raw`${alternation(formsOf(LAST_PART_WORDS))}\s+${TOTALLY}${ABOUT}$`, "iu");

// "800 mnkr till förskola och 434,5 mnkr till skola, totalt 1 234,5 mnkr": a total after its parts
const TOTAL_AFTER_PARTS = regex(String.raw`[,(–—-]\s*${alternation(formsOf(TOTAL_AFTER_WORDS))}\s*:?\s*${ABOUT}$`, "iu");

// a sentence ends at ". " before a capital, or a paragraph ends at a blank line
const SENTENCE_END = regex(String.raw`[.;!?](?=\s+[\p{Lu}\d])|\n\s*\n`, "u");
const SENTENCE_ENDS = regex(SENTENCE_END.source, "gu");

/** Amounts and counts add up; percentages, durations and ranges do not make sums here. */
const summable = (f: Figure): boolean => f.max === null && (f.unit === "SEK" || f.unit === "count");

/** Whether `total` equals the sum of `parts`, allowing rounding in the last shown digit. */
function adds(total: number, parts: number[]): boolean {
  const sum = parts.reduce((a, b) => a + b, 0);
  return Math.abs(sum - total) <= 1e-6 * Math.max(1, Math.abs(total));
}

/** A check over figure indices, with evidence from the total to the last part and a warning when it fails. */
function sumCheck(doc: NormalizedDocument, figures: Figure[], total: number, parts: number[], warnings: Warning[]): Check | null {
  const t = figures[total];
  const last = figures[parts[parts.length - 1] ?? -1];
  if (!t || !last) return null;
  const holds = adds(t.value, parts.map((i) => figures[i]?.value ?? 0));
  const ev = evidence(doc, t.evidence.start, last.evidence.end);
  if (!holds) {
    const sum = parts.reduce((a, i) => a + (figures[i]?.value ?? 0), 0);
    warnings.push(warning("W_SUM_MISMATCH", `the parts add up to ${sum}, not to the stated total ${t.value} ("${t.text}")`, ev));
  }
  return { kind: "sum", total, parts, holds, evidence: ev };
}

/** The same check when the parts come first: evidence from the first part to the total. */
function sumCheckBefore(doc: NormalizedDocument, figures: Figure[], total: number, parts: number[], warnings: Warning[]): Check | null {
  const first = figures[parts[0] ?? -1];
  const t = figures[total];
  const check = sumCheck(doc, figures, total, parts, warnings);
  if (!check || !first || !t) return check;
  const ev = evidence(doc, first.evidence.start, t.evidence.end);
  const last = warnings[warnings.length - 1];
  if (!check.holds && last) last.evidence = ev;
  return { ...check, evidence: ev };
}

/** Figures of the total's unit after it, up to the end of its sentence: the parts after "varav". */
function partsInSentence(doc: NormalizedDocument, figures: Figure[], total: number): number[] {
  const t = figures[total];
  if (!t) return [];
  const rest = doc.text.slice(t.evidence.end, t.evidence.end + 600); // a sentence, not the rest of the paper
  const stop = SENTENCE_END.exec(rest);
  const sentenceEnd = t.evidence.end + (stop ? stop.index : rest.length);
  const parts: number[] = [];
  for (let i = total + 1; i < figures.length; i++) {
    const f = figures[i];
    if (!f || f.evidence.start >= sentenceEnd) break;
    if (!summable(f) || f.unit !== t.unit) continue;
    // "varav 170 flickor, i 12 klasser": a figure not joined as the next item ends the enumeration
    if (!PART_JOIN.test(doc.text.slice(Math.max(0, f.evidence.start - 60), f.evidence.start))) break;
    parts.push(i);
  }
  return parts;
}

/** After a stated total, same-unit figures in its paragraph up to the one marked "ytterligare". */
function partsUpToYtterligare(doc: NormalizedDocument, figures: Figure[], total: number): number[] {
  const t = figures[total];
  if (!t) return [];
  const parts: number[] = [];
  for (let i = total + 1; i < figures.length; i++) {
    const f = figures[i];
    if (!f) break;
    if (f.evidence.start - t.evidence.end > 600) break;
    if (/\n\s*\n/.test(doc.text.slice(t.evidence.end, f.evidence.start))) break;
    if (!summable(f) || f.unit !== t.unit) continue;
    parts.push(i);
    if (LAST_PART_BEFORE.test(doc.text.slice(Math.max(0, f.evidence.start - 40), f.evidence.start))) return parts.length >= 2 ? parts : [];
  }
  return [];
}

/** Before a total that follows its parts: the same-unit figures of its sentence joined as one enumeration. */
function partsBefore(doc: NormalizedDocument, figures: Figure[], total: number): number[] {
  const t = figures[total];
  if (!t) return [];
  const from = Math.max(0, t.evidence.start - 600);
  const head = doc.text.slice(from, t.evidence.start);
  let sentenceStart = from;
  for (const m of head.matchAll(SENTENCE_ENDS)) sentenceStart = from + m.index + m[0].length;
  const parts: number[] = [];
  for (let i = total - 1; i >= 0; i--) {
    const f = figures[i];
    if (!f || f.evidence.start < sentenceStart) break;
    if (!summable(f) || f.unit !== t.unit) continue;
    parts.unshift(i);
    // the enumeration goes on leftwards only while this part is joined to one before it
    if (!PART_JOIN.test(doc.text.slice(Math.max(0, f.evidence.start - 60), f.evidence.start))) break;
  }
  return parts;
}

/**
 * The sums a paper states, each checked: a total and the parts the text marks as its parts ("varav … och …",
 * "uppgick till X … Y … ytterligare Z"). Parts are never guessed from figures that merely add up.
 * A sum that does not hold is also a "sum-mismatch" warning.
 * @example
 * // Hägersten-Liljeholmen tjänsteutlåtande 2009
 * const doc = plainDocument("haft kontakt med 63 klienter\nvarav 25 män och 38 kvinnor.");
 * checkSums(doc, extractFigures(doc).figures)
 * // { checks: [{ kind: "sum", total: 0, parts: [1, 2], holds: true, … }], warnings: [] }
 */
export function checkSums(doc: NormalizedDocument, figures: Figure[]): { checks: Check[]; warnings: Warning[] } {
  const checks: Check[] = [];
  const warnings: Warning[] = [];
  const used = new Set<number>();
  figures.forEach((t, total) => {
    if (!summable(t) || used.has(total)) return;
    const after = doc.text.slice(t.evidence.end, t.evidence.end + 60);
    const before = doc.text.slice(Math.max(0, t.evidence.start - 40), t.evidence.start);
    let parts: number[] = [];
    if (VARAV_AFTER_TOTAL.test(after)) parts = partsInSentence(doc, figures, total);
    else if (TOTAL_AFTER_PARTS.test(before)) parts = partsBefore(doc, figures, total).filter((p) => !used.has(p));
    else if (TOTAL_BEFORE.test(before)) parts = partsUpToYtterligare(doc, figures, total);
    if (parts.length < 2) return;
    const check = parts[0] !== undefined && parts[0] < total
      ? sumCheckBefore(doc, figures, total, parts, warnings)
      : sumCheck(doc, figures, total, parts, warnings);
    if (!check) return;
    checks.push(check);
    parts.forEach((p) => used.add(p));
  });
  return { checks, warnings };
}
