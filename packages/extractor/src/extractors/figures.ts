import type { Figure, FigureUnit, Warning } from "@diarium/schema";
import { evidence, type NormalizedDocument } from "@diarium/parser";
import { DIGIT_NUMBER_SOURCE, parseSwedishDigits, parseSwedishNumberWord, round } from "../swedish/numbers.ts";
import { extractDates } from "./dates.ts";

// "300 000", "34,79", "2-\n3": a number not glued to a word, an identifier or a decimal point
const NUMBER = new RegExp(`(?<![\\p{L}\\d.,:/§-])(${DIGIT_NUMBER_SOURCE})(?:\\s*[–—-]\\s*(${DIGIT_NUMBER_SOURCE}))?(?![\\d\\p{L}]|[.,:/][\\d\\p{L}]|\\s*[–—-]\\s*\\d)`, "gu");

// "50 och 80 procent" after "mellan": the words that make two numbers one range
const BETWEEN = new RegExp(`^(?:${DIGIT_NUMBER_SOURCE})\\s+och\\s+(${DIGIT_NUMBER_SOURCE})(?![\\d\\p{L}])`, "u");

// "tio procent", "fyra år", "sex avdelningar": a number word only counts before a unit or a noun
const WORD_FIGURE = /(?<!\p{L})(\p{L}{2,40})[ \t\n]+(?=\p{Ll})/gu;

// " kr", " tkr", " miljoner kronor", " %", " procent", " gånger", " timmar", "3 månader"
const UNIT = /^\s*(?:(tusen|miljoner|miljon|miljarder|miljard)\s+)?(kronor|kr(?!\p{L})\.?|sek(?!\p{L})|tkr|tsek|mnkr|mkr|msek|mdkr|mdr\s*kr|miljoner kronor|procent|%|gånger|ggr|timmar|timme|tim(?!\p{L})|dagar|dygn|dag(?!\p{L})|veckor|vecka(?!\p{L})|månader|månad(?!\p{L})|år(?!\p{L})|st(?!\p{L})\.?)/iu;

// "1,2 miljoner invånare": a scale word without a currency
const SCALE_ONLY = /^\s*(tusen|miljoner|miljon|miljarder|miljard)(?!\p{L})/iu;

// what stands before an identifier: "§ 9", "4 kap. 2 §", "Sida 2 (12)", "bilaga 3", "nr 2", "kl. 18"
const IDENTIFIER_BEFORE = /(?:§|(?<!\p{L})(?:kap\.?|sida|sid\.?|s\.|bilaga|bilagor|bilagorna|sidor|sidorna|paragrafer|ärende|ärendepunkt|nr|nummer|punkt|punkterna|paragraf|motion|utlåtande|dnr|diarienummer|sfs|lag|förordning|kl\.?|klockan|version|box|typhus|taxebilaga|sammanträde|tabell|figur|diagram|avsnitt|kapitel|alternativ|etapp|fas|steg|vecka|kvartal|artikel|tel\.?|telefon|fax|mobil|bankgiro|plusgiro|bg|pg|org\.?\s*nr|organisationsnummer|sida\s+\d+\s+av))\s*$/iu;

// "Storgatan 37", "Nolhaga allé 4": street numbers
const STREET_BEFORE = /\p{L}(?:gatan|vägen|väg|gränd|torget|torg|backe|backen|stigen|leden|plan|allé|gata)\s+$/iu;

// "§" or "kap." after the number: "2 §", "4 kap."; "(4)" after a page number: "1 (4)"; ":e" ordinal
const IDENTIFIER_AFTER = /^\s*(?:§|kap\.|\(\d+\)|:e(?!\p{L})|:a(?!\p{L})|\)|st\.?\s*\d)/u;

// "105 35 Stockholm", "434 81 Kungsbacka": postal codes
const POSTAL_CODE = /(?<!\d)\d{3}[ \u00a0]\d{2}(?!\d)\s+\p{Lu}/gu;

// "0300-83 40 00", "08-508 000 00", "+46 31 365 00 00": phone numbers
const PHONE = /(?<![\d-])0\d{1,3}\s?[–-]\s?\d{2,3}(?:[ \u00a0]?\d{2,3}){1,3}(?!\d)|\+\d{2}(?:[ \u00a0-]?\(?\d{1,4}\)?){2,6}/gu;

// "1. ", "2) " opening a line: list numbering
const LIST_NUMBER = /(?:^|\n)[ \t•\-–]*$/u;

// the counted noun after a count: "63 klienter", "25 personliga ombud"
// (a first word ending like a plural adjective, "personliga", "nya", is kept with its noun; "klienterna" is a noun)
const NOUN_AFTER = /^\s*((?:\p{Ll}{1,40}(?:iga|ska|ade|ande|ende|tna|dna|ta|da|ra|la|nya)\s+){0,2}\p{Ll}{2,40})/u;

// "529 200 kronor i statsbidrag": the paid noun after an amount
const PAID_AFTER = /^\s+(?:i|som|för)\s+(\p{Ll}{4,40})/u;

// the paid noun before an amount: "ett statsbidrag på 300 000 kr"
const NOUN_BEFORE = /(\p{L}{3,40})\s+(?:på|om|av)\s+(?:ca\.?\s+|cirka\s+|drygt\s+|knappt\s+|närmare\s+|totalt\s+)?$/u;

const NOT_SUBJECTS = new Set(["och", "av", "i", "till", "per", "som", "är", "var", "att", "för", "på", "med", "om", "eller", "år", "st", "från", "under", "den", "det", "de", "respektive", "inom", "mot", "vid"]);

/** Unit and multiplier of a unit word. */
function unitOf(word: string, scale: string | undefined): { unit: FigureUnit; factor: number } | null {
  const w = word.toLowerCase().replace(/\s+/g, " ").replace(/\.$/, "");
  const scaleFactor = scale ? (/^tusen/i.test(scale) ? 1e3 : /^miljard/i.test(scale) ? 1e9 : 1e6) : 1;
  if (w === "kronor" || w === "kr" || w === "sek") return { unit: "SEK", factor: scaleFactor };
  if (w === "tkr" || w === "tsek") return { unit: "SEK", factor: 1e3 };
  if (w === "mnkr" || w === "mkr" || w === "msek" || w === "miljoner kronor") return { unit: "SEK", factor: 1e6 };
  if (w === "mdkr" || /^mdr ?kr$/.test(w)) return { unit: "SEK", factor: 1e9 };
  if (scale) return null;
  if (w === "procent" || w === "%") return { unit: "percent", factor: 1 };
  if (w === "gånger" || w === "ggr") return { unit: "times", factor: 1 };
  if (/^tim/.test(w)) return { unit: "hours", factor: 1 };
  if (/^(?:dag|dygn)/.test(w)) return { unit: "days", factor: 1 };
  if (/^veck/.test(w)) return { unit: "weeks", factor: 1 };
  if (/^månad/.test(w)) return { unit: "months", factor: 1 };
  if (w === "år") return { unit: "years", factor: 1 };
  if (w === "st") return { unit: "count", factor: 1 };
  return null;
}

/** Characters no figure may come from (dates, postal codes, phone numbers), one flag each. */
function blockedChars(doc: NormalizedDocument): Uint8Array {
  const blocked = new Uint8Array(doc.text.length + 1);
  const { dates, warnings } = extractDates(doc);
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
  const before = NOUN_BEFORE.exec(text.slice(Math.max(0, start - 60), start))?.[1];
  if (before && !NOT_SUBJECTS.has(before.toLowerCase())) return before;
  const paid = unit === "SEK" ? PAID_AFTER.exec(text.slice(unitEnd, unitEnd + 60))?.[1] : undefined;
  return paid && !NOT_SUBJECTS.has(paid) && !/^(?:varje|alla|samtliga|dessa|denna|detta)$/.test(paid) ? paid : null;
}

/**
 * The figures a paper states: amounts, percentages, counts and durations, with range ends and subjects.
 * Years, dates, identifiers, page and list numbers, postal codes and phone numbers are left out.
 * @example extractFigures(plainDocument("Eftersom det utgår ett statsbidrag på 300 000 kr för varje personligt ombud"))
 * // { figures: [{ value: 300000, max: null, unit: "SEK", subject: "statsbidrag", text: "300 000 kr", … }], warnings: [] }
 */
export function extractFigures(doc: NormalizedDocument): { figures: Figure[]; warnings: Warning[] } {
  const text = doc.text;
  const blocked = blockedChars(doc);
  const isBlocked = (s: number, e: number): boolean => blocked.subarray(s, e).some((x) => x === 1);
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
    const before = text.slice(Math.max(0, start - 30), start);
    if (IDENTIFIER_BEFORE.test(before) || STREET_BEFORE.test(before)) continue;
    const after = text.slice(numEnd, numEnd + 40);
    if (IDENTIFIER_AFTER.test(after)) continue;
    let value = parseSwedishDigits(m[1] ?? "");
    let max = m[2] ? parseSwedishDigits(m[2]) : null;
    if (value === null) continue;
    if (max !== null && max <= value) continue; // "325-1328" is caught above; "9-5" is no range
    const between = max === null && /mellan\s+$/iu.test(before) ? BETWEEN.exec(text.slice(start, start + 60)) : null;
    const upper = between ? parseSwedishDigits(between[1] ?? "") : null;
    if (between && upper !== null && upper > value) {
      max = upper;
      numEnd = start + between[0].length;
    }
    const unitMatch = UNIT.exec(text.slice(numEnd, numEnd + 40));
    const unitInfo = unitMatch ? unitOf(unitMatch[2] ?? "", unitMatch[1]) : null;
    const unit: FigureUnit = unitInfo?.unit ?? "count";
    const scaleMatch = unitInfo ? null : SCALE_ONLY.exec(text.slice(numEnd, numEnd + 20));
    const scale = scaleMatch ? (/^tusen/i.test(scaleMatch[1] ?? "") ? 1e3 : /^miljard/i.test(scaleMatch[1] ?? "") ? 1e9 : 1e6) : 1;
    const end = unitInfo && unitMatch ? numEnd + unitMatch[0].length : scaleMatch ? numEnd + scaleMatch[0].length : numEnd;
    const plain = !/[\s\u00a0\u2009\u202f,]/.test(m[1] ?? "");
    if (unit !== "SEK" && unit !== "percent" && plain && value >= 1900 && value <= 2099) continue; // a year
    if (unit === "count" && !unitInfo) {
      if (/^\s+[-–]\s+\p{Lu}/u.test(after)) continue; // "antagande 2 - Detaljplan": a numbered title
      if (/^[ \t]+\p{Lu}/u.test(after) && /(?:^|\n)[ \t]*$/.test(before)) continue; // "1 Socialstyrelsen 2006.": a footnote
      // "Storgatan 37,", "kvarteret Björken 3": a number after a name, counting nothing, names a place
      if (/\p{Lu}\p{Ll}+\s+$/u.test(before) && subjectOf(text, start, numEnd, "count", numEnd) === null) continue;
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
    if (isBlocked(start, end)) continue;
    push(start, end, value * (unitInfo?.factor ?? 1), null, unitInfo?.unit ?? "count", end);
  }
  figures.sort((a, b) => a.evidence.start - b.evidence.start);
  return { figures, warnings: [] };
}
