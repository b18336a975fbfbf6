import type { DateFact, Figure, FigureUnit, Warning } from "@diarium/schema";
import { ADJECTIVE_ENDINGS, LIST_JOINS, regex, NOT_AFTER_LETTER, NOT_AFTER_WORD_OR_HYPHEN, notAfterLetterOr } from "@diarium/parser";
import {
  alternation,
  AMOUNT_PREPOSITIONS,
  APPROXIMATORS,
  BARE_AMOUNT_FOLLOWERS,
  CHAPTER_AFTER_WORDS,
  evidence,
  FIGURE_UNITS,
  formsOf,
  formsWhere,
  IDENTIFIER_WORDS,
  MEASURE_UNITS,
  MONEY_NOUNS,
  NOT_FIGURE_SUBJECTS,
  NUMBER_SCALES,
  PAGE_COUNT_WORDS,
  PAGE_WORDS,
  PROPERTY_WORDS,
  RANGE_WORDS,
  STREET_ENDINGS,
  TOTAL_WORDS,
  type NormalizedDocument,
} from "@diarium/parser";
import { DIGIT_NUMBER_SOURCE, NUMBER_WORD_SOURCE, parseSwedishDigits, parseSwedishNumberWord, round } from "../swedish/numbers.ts";
import { anyFlagged } from "../offsets.ts";
import { extractDates } from "./dates.ts";

/**
 * A pattern of what the text before a number ends with, as a sticky lookbehind that endsWith asks
 * at the end of that text. Why: written `source$`, V8 tries it from each of the 40 characters
 * before every number; the lookbehind reads back from the end once, and matches where `source$`
 * does (both ask whether some stretch that ends there is `source`). PROPERTY_BEFORE stays forward:
 * its run of capitalised words is slower read backwards.
 */
function atEnd(source: string, flags: string): RegExp {
  return regex(`(?<=${source})`, `${flags}y`);
}

/** Whether `text` ends with what `pattern` (from atEnd) describes. */
function endsWith(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = text.length;
  return pattern.test(text);
}

/** The match of `pattern` (from atEnd) at the end of `text`, with its groups, or null. */
function matchAtEnd(pattern: RegExp, text: string): RegExpExecArray | null {
  pattern.lastIndex = text.length;
  return pattern.exec(text);
}

// "300 000", "34,79", "2-\n3": a number not glued to a word, an identifier or a decimal point
const NUMBER = regex(`${notAfterLetterOr(String.raw`\d.,:/§-`)}(${DIGIT_NUMBER_SOURCE})(?:\\s*[–—-]\\s*(${DIGIT_NUMBER_SOURCE}))?(?![\\d\\p{L}]|[.,:/][\\d\\p{L}]|\\s*[–—-]\\s*\\d)`, "gu");

// "50 och 80 procent" after "mellan": the words that make two numbers one range
const BETWEEN = regex(String.raw`^(?:${DIGIT_NUMBER_SOURCE})\s+${alternation(RANGE_WORDS[1].forms)}\s+(${DIGIT_NUMBER_SOURCE})(?![\d\p{L}])`, "u");

// "tio procent", "fyra år", "sex avdelningar": a number word only counts before a unit or a noun.
// Only words made of number words are matched (in any case, as the parser lower-cases them), of
// 40 letters at most: matching every word of the paper and parsing each cost more than all the
// digit figures together.
const WORD_FIGURE = regex(String.raw`${NOT_AFTER_LETTER}(${NUMBER_WORD_SOURCE})(?<!\p{L}{41})[ \t\n]+(?=\p{Ll})`, "gu");

const SCALES = alternation(formsOf(NUMBER_SCALES));
// " kr", " tkr", " miljoner kronor", " %", " procent", " gånger", " timmar", "3 månader": a scale, then a unit
const UNIT = regex(String.raw`^\s*(?:(${SCALES})\s+)?(${alternation(formsOf(FIGURE_UNITS))})(?!\p{L})`, "iu");

// "1,2 miljoner invånare": a scale word without a currency
const SCALE_ONLY = regex(String.raw`^\s*(${SCALES})(?!\p{L})`, "iu");

const IDENTIFIER_WORD = String.raw`(?:§+|${NOT_AFTER_LETTER}${alternation(formsOf(IDENTIFIER_WORDS))})`;
// what stands before an identifier: "§ 9", "4 kap. 2 §", "Sida 2 (12)", "bilaga 3", "nr 2", "kl. 18", "stycke 3", "Sida 1 av"
// (a Swedish page mark: "Sida 1 av 2")
const PAGE_OF = String.raw`${alternation(PAGE_WORDS.filter((r) => r.language === "sv" && !r.abbreviation).flatMap((r) => [...r.forms]))}\s+\d+\s+${alternation(formsWhere(PAGE_COUNT_WORDS, "language", "sv"))}`;
const IDENTIFIER_BEFORE = atEnd(String.raw`(?:${IDENTIFIER_WORD}|${NOT_AFTER_LETTER}${PAGE_OF})\s*`, "iu");
// the later members of a list of identifiers: "bilaga 4 och 5", "§§ 3, 4 och 5"
const JOIN = alternation(formsOf(LIST_JOINS));
const IDENTIFIER_LIST_BEFORE = atEnd(String.raw`${IDENTIFIER_WORD}\s*\d+(?:\s*(?:,|${JOIN}|[–-])\s*\d+)*\s*(?:,|${JOIN}|[–-]|till)\s*`, "iu");
// a property or block and its designation: "kvarteret Kristina 7", "inom kvarter 22"
const PROPERTY_BEFORE = regex(String.raw`${NOT_AFTER_LETTER}${alternation(formsOf(PROPERTY_WORDS))}(?:\s+\p{Lu}[\p{L}-]*){0,2}\s+$`, "iu");
// a code in capitals before its number: "OPF-KR 26", "SFS 2017" (party marks, one or two letters, are not codes)
const CODE_BEFORE = atEnd(String.raw`${NOT_AFTER_WORD_OR_HYPHEN}(?:\p{Lu}{3,}|\p{Lu}+(?:-\p{Lu}+)+)\s+`, "u");
// a unit of measure the contract has no unit for: "fem kilometer", "651 000 kWh"
const MEASURE_AFTER = regex(String.raw`^\s*${alternation(formsOf(MEASURE_UNITS))}(?!\p{L})`, "iu");
// a word of money in the sentence before a bare scale: "Kostnaderna … var totalt knappt 2 miljoner"
const MONEY_WORD = regex(String.raw`${NOT_AFTER_LETTER}${alternation(formsOf(MONEY_NOUNS))}(?!\p{L})`, "iu");
// what may follow a bare scale that is an amount: the end of a clause, "år 2023", "per år", "i statsbidrag"
const AFTER_BARE_AMOUNT = regex(String.raw`^\s*(?:$|[.,;:)]|${alternation(FIGURE_UNITS.find((r) => r.unit === "years")?.forms ?? [])}\s+\d{4}|${alternation(formsOf(BARE_AMOUNT_FOLLOWERS))}\s)`, "u");
const RANGE_OPENS = regex(String.raw`${NOT_AFTER_LETTER}${alternation(RANGE_WORDS[0].forms)}\s+$`, "iu");
const RANGE_JOINS = alternation(RANGE_WORDS[1].forms);
// the second end of "mellan 20 000 kronor och 1,1 miljoner kronor"
const BETWEEN_UNITS = regex(String.raw`^\s+${RANGE_JOINS}\s+(${DIGIT_NUMBER_SOURCE})(?![\d\p{L}])`, "u");

// "Storgatan 37", "Nolhaga allé 4": street numbers
const STREET_BEFORE = atEnd(String.raw`\p{L}${alternation(formsOf(STREET_ENDINGS))}\s+`, "iu");

// "§" or "kap." after the number: "2 §", "4 kap.", "2 kap 5 §"; "(4)" after a page number: "1 (4)"; ":e" ordinal
const IDENTIFIER_AFTER = regex(String.raw`^\s*(?:§|${alternation(formsOf(CHAPTER_AFTER_WORDS))}(?:\.|(?!\p{L}))|\(\d+\)|:e(?!\p{L})|:a(?!\p{L})|\)|st\.?\s*\d)`, "u");

// "105 35 Stockholm", "434 81 Kungsbacka": postal codes
const POSTAL_CODE = regex(String.raw`(?<!\d)\d{3}[ \u00a0]\d{2}(?!\d)\s+\p{Lu}`, "gu");

// "0300-83 40 00", "08-508 000 00", "+46 31 365 00 00": phone numbers
const PHONE = /(?<![\d-])0\d{1,3}\s?[–-]\s?\d{2,3}(?:[ \u00a0]?\d{2,3}){1,3}(?!\d)|\+\d{2}(?:[ \u00a0-]?\(?\d{1,4}\)?){2,6}/gu;

// "antagande 2 - Detaljplan": a numbered title after the number
const TITLE_AFTER = regex(String.raw`^\s+[-–]\s+\p{Lu}`, "u");
// "1 Socialstyrelsen 2006.": a capitalised word after a footnote's number
const CAPITAL_AFTER = regex(String.raw`^[ \t]+\p{Lu}`, "u");
// "Storgatan 37", "kvarteret Björken 3": a name right before the number
const NAME_BEFORE = atEnd(String.raw`\p{Lu}\p{Ll}+\s+`, "u");

// "1. ", "2) " opening a line: list numbering
const LIST_NUMBER = /(?:^|\n)[ \t•\-–]*$/u;

// the counted noun after a count: "63 klienter", "25 personliga ombud"
// (a first word ending like a plural adjective, "personliga", "nya", is kept with its noun; "klienterna" is a noun)
const NOUN_AFTER = regex(String.raw`^\s*((?:\p{Ll}{1,40}${alternation(formsOf(ADJECTIVE_ENDINGS))}\s+){0,2}\p{Ll}{2,40})`, "u");

// "529 200 kronor i statsbidrag": the paid noun after an amount
const PAID_AFTER = regex(String.raw`^\s+${alternation(AMOUNT_PREPOSITIONS[1].forms)}\s+(\p{Ll}{4,40})`, "u");

// the paid noun before an amount: "ett statsbidrag på 300 000 kr"
// (read backwards, as atEnd does, the group takes the longest run of letters and the approximator
// is tried first: the leftmost match forwards took the same)
const NOUN_BEFORE = atEnd(String.raw`(\p{L}{3,40})\s+${alternation(AMOUNT_PREPOSITIONS[0].forms)}\s+(?:${alternation([...formsOf(APPROXIMATORS), ...TOTAL_WORDS[1].forms])}\s+)?`, "u");

const NOT_SUBJECTS = new Set<string>(formsOf(NOT_FIGURE_SUBJECTS));

const SCALE_OF = new Map<string, number>(NUMBER_SCALES.flatMap((r) => r.forms.map((f) => [f, r.factor] as const)));
const UNIT_OF = new Map<string, { unit: FigureUnit; factor: number }>(FIGURE_UNITS.flatMap((r) => r.forms.map((f) => [f, { unit: r.unit, factor: r.factor }] as const)));

/** The factor of a scale word: "miljoner" → 1 000 000. */
function scaleOf(word: string | undefined): number {
  return word ? (SCALE_OF.get(word.toLowerCase()) ?? 1) : 1;
}

/** Unit and multiplier of a unit word, after an optional scale word ("miljoner kronor"). */
function unitOf(word: string, scale: string | undefined): { unit: FigureUnit; factor: number } | null {
  const w = word.toLowerCase().replace(/\s+/g, " ");
  const row = UNIT_OF.get(w) ?? UNIT_OF.get(w.replace(/\.$/, ""));
  if (!row) return null;
  if (!scale) return row;
  // a scale before a unit multiplies kronor only: "1,1 miljoner kronor"; "miljoner år" is no amount
  return row.unit === "SEK" ? { unit: "SEK", factor: row.factor === 1 ? scaleOf(scale) : row.factor } : null;
}

/** True when the sentence before `at` speaks of money ("Kostnaderna för att tillhandahålla tolk var totalt knappt"). */
function moneyBefore(text: string, at: number): boolean {
  const window = text.slice(Math.max(0, at - 200), at);
  const cut = Math.max(window.lastIndexOf(". "), window.lastIndexOf(".\n"), window.lastIndexOf("\n\n"));
  return MONEY_WORD.test(cut < 0 ? window : window.slice(cut + 1));
}

/** Characters no figure may come from (dates, postal codes, phone numbers), one flag each. */
function blockedChars(doc: NormalizedDocument, read: { dates: DateFact[]; warnings: Warning[] }): Uint8Array {
  const blocked = new Uint8Array(doc.text.length + 1);
  const { dates, warnings } = read;
  // a day without a year ("den 27 november") is no date fact, but its day is no figure either
  for (const e of [...dates.map((d) => d.evidence), ...warnings.map((w) => w.evidence)]) if (e) blocked.fill(1, e.start, e.end);
  for (const re of [POSTAL_CODE, PHONE]) for (const m of doc.text.matchAll(re)) blocked.fill(1, m.index, m.index + m[0].length);
  return blocked;
}

/** The subject a figure is about: the noun after a count, the noun before an amount ("statsbidrag på"). */
function subjectOf(text: string, start: number, end: number, unit: FigureUnit, unitEnd: number): string | null {
  if (unit === "count" && unitEnd === end) {
    const noun = NOUN_AFTER.exec(text.slice(end, end + 80))?.[1]?.replace(/\s+/g, " ");
    if (noun && !NOT_SUBJECTS.has(noun.split(" ")[0] ?? "")) return noun;
    return null;
  }
  const before = matchAtEnd(NOUN_BEFORE, text.slice(Math.max(0, start - 60), start))?.[1];
  if (before && !NOT_SUBJECTS.has(before.toLowerCase())) return before;
  const paid = unit === "SEK" ? PAID_AFTER.exec(text.slice(unitEnd, unitEnd + 60))?.[1] : undefined;
  return paid && !NOT_SUBJECTS.has(paid) ? paid : null;
}

/**
 * The figures a paper states: amounts, percentages, counts and durations, with range ends and subjects.
 * Years, dates, identifiers, page and list numbers, postal codes and phone numbers are left out.
 * @example extractFigures(plainDocument("Eftersom det utgår ett statsbidrag på 300 000 kr för varje personligt ombud"))
 * // { figures: [{ value: 300000, max: null, unit: "SEK", subject: "statsbidrag", text: "300 000 kr", … }], warnings: [] }
 */
export function extractFigures(
  doc: NormalizedDocument,
  // the paper's dates, read once by the analysis and handed on (a snippet on its own reads them here)
  dates: { dates: DateFact[]; warnings: Warning[] } = extractDates(doc),
): { figures: Figure[]; warnings: Warning[] } {
  const text = doc.text;
  const blocked = blockedChars(doc, dates);
  const isBlocked = (s: number, e: number): boolean => anyFlagged(blocked, s, e);
  const figures: Figure[] = [];
  const push = (start: number, end: number, value: number, max: number | null, unit: FigureUnit, unitEnd: number): void => {
    const ev = evidence(doc, start, end);
    figures.push({ value: round(value), max: max === null ? null : round(max), unit, subject: subjectOf(text, start, unitEnd, unit, end), text: ev.quote.replace(/\s+/g, " "), evidence: ev });
  };
  let lastEnd = 0;
  for (const m of text.matchAll(NUMBER)) {
    const start = m.index;
    if (start < lastEnd) continue; // the "80" of "mellan 50 och 80 procent"
    let numEnd = start + m[0].length;
    if (isBlocked(start, numEnd)) continue;
    const before = text.slice(Math.max(0, start - 40), start);
    if (endsWith(IDENTIFIER_BEFORE, before) || endsWith(STREET_BEFORE, before) || endsWith(IDENTIFIER_LIST_BEFORE, before) || PROPERTY_BEFORE.test(before)) continue;
    const after = text.slice(numEnd, numEnd + 40);
    if (IDENTIFIER_AFTER.test(after)) continue;
    let value = parseSwedishDigits(m[1] ?? "");
    let max = m[2] ? parseSwedishDigits(m[2]) : null;
    if (value === null) continue;
    if (max !== null && max <= value) continue; // "325-1328" is caught above; "9-5" is no range
    const between = max === null && RANGE_OPENS.test(before) ? BETWEEN.exec(text.slice(start, start + 60)) : null;
    const upper = between ? parseSwedishDigits(between[1] ?? "") : null;
    if (between && upper !== null && upper > value) {
      max = upper;
      numEnd = start + between[0].length;
    }
    const unitMatch = UNIT.exec(text.slice(numEnd, numEnd + 40));
    let unitInfo = unitMatch ? unitOf(unitMatch[2] ?? "", unitMatch[1]) : null;
    const scaleMatch = unitInfo ? null : SCALE_ONLY.exec(text.slice(numEnd, numEnd + 20));
    const scale = scaleOf(scaleMatch?.[1]);
    const end = unitInfo && unitMatch ? numEnd + unitMatch[0].length : scaleMatch ? numEnd + scaleMatch[0].length : numEnd;
    // "knappt 2 miljoner" in a sentence about costs: kronor by context
    if (scaleMatch && AFTER_BARE_AMOUNT.test(text.slice(end, end + 20)) && moneyBefore(text, start)) unitInfo = { unit: "SEK", factor: scale };
    const unit: FigureUnit = unitInfo?.unit ?? "count";
    if (unit === "count" && MEASURE_AFTER.test(text.slice(numEnd, numEnd + 30))) continue; // "fem kilometer": a measure
    // "mellan 20 000 kronor och 1,1 miljoner kronor": one range, each end with its own unit
    const second = unitInfo && max === null && RANGE_OPENS.test(before) ? BETWEEN_UNITS.exec(text.slice(end, end + 60)) : null;
    if (second && unitInfo) {
      const secondEnd = end + second[0].length;
      const secondUnit = UNIT.exec(text.slice(secondEnd, secondEnd + 40));
      const secondInfo = secondUnit ? unitOf(secondUnit[2] ?? "", secondUnit[1]) : null;
      const upper = parseSwedishDigits(second[1] ?? "");
      if (secondUnit && secondInfo?.unit === unitInfo.unit && upper !== null && upper * secondInfo.factor > value * unitInfo.factor) {
        lastEnd = secondEnd + secondUnit[0].length;
        push(start, lastEnd, value * unitInfo.factor, upper * secondInfo.factor, unitInfo.unit, lastEnd);
        continue;
      }
    }
    const plain = !/[\s\u00a0\u2009\u202f,]/.test(m[1] ?? "");
    if (unit !== "SEK" && unit !== "percent" && plain && value >= 1900 && value <= 2099) continue; // a year
    if (unit === "count" && !unitInfo) {
      if (endsWith(CODE_BEFORE, before)) continue; // "OPF-KR 26"; a heading in capitals before an amount ("TOTALT 500 000 kr") is no code
      if (TITLE_AFTER.test(after)) continue; // "antagande 2 - Detaljplan": a numbered title
      if (CAPITAL_AFTER.test(after) && /(?:^|\n)[ \t]*$/.test(before)) continue; // "1 Socialstyrelsen 2006.": a footnote
      // "Storgatan 37,", "kvarteret Björken 3": a number after a name, counting nothing, names a place
      if (endsWith(NAME_BEFORE, before) && subjectOf(text, start, numEnd, "count", numEnd) === null) continue;
      if (LIST_NUMBER.test(text.slice(Math.max(0, start - 10), start)) && /^[.)]/.test(after)) continue;
      if (/^\s*(?:\n|$)/.test(after) && /(?:^|\n)\s*$/.test(before)) continue; // a lone number on its line: page or footnote
      if (/^\s*[.)]\s/.test(after) && /(?:^|\n)\s*$/.test(before)) continue;
      if (/^[ \t]+av[ \t]+\d+[ \t]*(?:\n|$)/.test(after) && /(?:^|\n)[ \t]*$/.test(before)) continue; // "3 av 7": a page
      if (/^[ \t]*(?:\n|$)/.test(after) && /(?:^|\n)[ \t]*\d+[ \t]+av[ \t]+$/.test(before)) continue;
    }
    const factor = unitInfo?.factor ?? scale;
    lastEnd = end;
    push(start, end, value * factor, max === null ? null : max * factor, unit, end);
  }
  for (const m of text.matchAll(WORD_FIGURE)) {
    const value = parseSwedishNumberWord(m[1] ?? "");
    if (value === null || value === 0) continue;
    const start = m.index;
    const numEnd = start + m[0].length;
    const unitMatch = UNIT.exec(text.slice(numEnd - 1, numEnd + 40));
    const unitInfo = unitMatch ? unitOf(unitMatch[2] ?? "", unitMatch[1]) : null;
    // "en", "ett" are articles far more often than counts: only with a unit
    if (!unitInfo && (value < 2 || subjectOf(text, start, numEnd, "count", numEnd) === null)) continue;
    const end = unitInfo && unitMatch ? numEnd - 1 + unitMatch[0].length : numEnd;
    if (isBlocked(start, end) || (!unitInfo && MEASURE_AFTER.test(text.slice(numEnd - 1, numEnd + 30)))) continue;
    push(start, end, value * (unitInfo?.factor ?? 1), null, unitInfo?.unit ?? "count", end);
  }
  figures.sort((a, b) => a.evidence.start - b.evidence.start);
  return { figures, warnings: [] };
}
