import { warning, type DateFact, type Warning } from "@diarium/schema";
import { alternation, DNR_MARKS, evidence, formsOf, PERIOD_JOINS, PERIOD_WORDS, type NormalizedDocument, regex, NOT_AFTER_LETTER } from "@diarium/parser";
import { isoDate, monthNumber, MONTH_SOURCE } from "../swedish/dates.ts";
import { anyFlagged } from "../offsets.ts";

/** A date found in the text before ranges are joined; `year` null when the text gives none. */
type DateHit = { start: number; end: number; year: number | null; month: number; day: number | null; endHit?: DateHit };

// "1–3 mars 2013": two days of one month
const DAY_RANGE = regex(`(?<![\\d.,:/§-])(\\d{1,2})\\s*[–—-]\\s*(\\d{1,2})\\s+(${MONTH_SOURCE})(?!\\p{L})\\.?\\s+(\\d{4})(?![\\d:/-])`, "giu");

// "den 18 december 2012", "18 dec. 2012", "den 18 december\n2012", "den 27 november" (no year)
const DAY_MONTH = regex(`(?<![\\d.,:/§-])(\\d{1,2})(?::e|:a)?\\s+(${MONTH_SOURCE})(?!\\p{L})\\.?(?:\\s+(\\d{4})(?![\\d:/-]))?`, "giu");

// "2012-12-18" (not "KS 2023-00135", not a part of "325-1328/2012")
const ISO_DAY = /(?<![\d/.-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g;

// "18/12 2012"
const SLASH_DAY = /(?<![\d/.,-])(\d{1,2})\/(\d{1,2})[\s-]+(\d{4})(?![\d:/-])/g;

// "december 2012", "i juni 2025" (sticky: tried only where a month's name before a year stands, see YEAR_AFTER_MONTH)
const MONTH_YEAR = regex(`${NOT_AFTER_LETTER}(${MONTH_SOURCE})(?!\\p{L})\\.?\\s+(\\d{4})(?![\\d:/-])`, "iuy");

// "åren 1995-1998", "perioden 2027-2030": a range of years only after a word that says so. The
// search opens with the first year's digits, which V8 scans for, and looks back for the word from
// there: opening with the word's lookbehind, it was tried in full at every position of the paper.
// It matches where the word-first pattern did, at the first year (no other range starts inside one).
const YEAR_RANGE = regex(String.raw`(\d{4})(?<=${NOT_AFTER_LETTER}${alternation(formsOf(PERIOD_WORDS))}\s+\d{4})\s*[–—-]\s*(\d{4})(?![\d:/-])`, "giu");

// what joins the ends of a period: "–", "till", "till och med", "t.o.m." ("januari–mars", "1 juli till den 31 december")
const PERIOD_JOIN = String.raw`(?:[–—-]|${alternation(formsOf(PERIOD_JOINS))})`;
// between the months of a period: "januari–mars", "januari till mars"
const MONTH_JOIN = String.raw`\s*${PERIOD_JOIN}\s*`;

// "januari–mars 2024": a period of months (sticky, as MONTH_YEAR)
const MONTH_RANGE = regex(`${NOT_AFTER_LETTER}(${MONTH_SOURCE})(?!\\p{L})\\.?${MONTH_JOIN}(${MONTH_SOURCE})(?!\\p{L})\\.?\\s+(\\d{4})(?![\\d:/-])`, "iuy");

// A year after a month's name, "december 2012", or after two joined, "januari–mars 2024": where
// MONTH_YEAR (at group 2) and MONTH_RANGE (at group 1, else group 2) can start, as both end in a
// month's name and a year. Found from the year's digits, which V8 scans for: a search for the
// names themselves, behind a lookbehind, was tried at every position of the paper. The d flag
// gives the groups' places.
const YEAR_AFTER_MONTH = regex(
  `\\d{4}(?<=(?:${NOT_AFTER_LETTER}(${MONTH_SOURCE})(?!\\p{L})\\.?${MONTH_JOIN})?(${MONTH_SOURCE})(?!\\p{L})\\.?\\s+\\d{4})`,
  "dgiu",
);

/**
 * Where MONTH_RANGE and MONTH_YEAR can start, in order: each month's name a year follows, and the
 * first of two joined. Each name found is the only one that fits there, as no month's name ends
 * another's (dates.test.ts; the second of two may follow a letter, "tillmars"), so every place
 * either pattern matches is among these.
 */
function monthsBeforeYears(text: string): number[] {
  const starts: number[] = [];
  for (const m of text.matchAll(YEAR_AFTER_MONTH)) {
    const [first, second] = [m.indices?.[1], m.indices?.[2]];
    if (first) starts.push(first[0]);
    if (second) starts.push(second[0]);
  }
  return starts;
}

/**
 * The matches a global search with `sticky`'s source would give, when each must start at one of
 * `starts` (in order): the pattern is tried at those places only, each after the last match's end.
 */
function* matchesAt(text: string, starts: readonly number[], sticky: RegExp): Generator<RegExpExecArray> {
  let end = 0;
  for (const at of starts) {
    if (at < end) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (!m) continue;
    end = at + m[0].length;
    yield m;
  }
}

// "2010–2012": two plausible years joined by a dash, not a part of "325-1328/2012" or "KS 2023-00135"
const BARE_YEAR_RANGE = /(?<![\d/.:–—-])((?:19|20)\d{2})\s?[–—-]\s?((?:19|20)\d{2})(?![\d/:–—-]|\.\d)/gu;

// A diarienummer's mark before what looks like a range of years: "(KS 2023-00811)", "Dnr 2019-2020".
const DNR_MARK_BEFORE = regex(String.raw`(?:${alternation(formsOf(DNR_MARKS))}|§)\s*$`, "iu");

// what stands between two dates of a period: "–", "till (och med) den", "t.o.m."
const RANGE_JOIN = regex(String.raw`^\s*${PERIOD_JOIN}\s*(?:den\s+)?$`, "i");

/** The spans the patterns above claim, first pattern first; later patterns skip claimed text. */
function collectHits(text: string): { hits: DateHit[]; yearRanges: { start: number; end: number; from: number; to: number }[] } {
  const hits: DateHit[] = [];
  const yearRanges: { start: number; end: number; from: number; to: number }[] = [];
  // one flag per character: linear where a list of claimed spans would be quadratic on a long paper
  const taken = new Uint8Array(text.length + 1);
  const free = (s: number, e: number): boolean => !anyFlagged(taken, s, e);
  const take = (s: number, e: number): void => void taken.fill(1, s, e);
  const claim = (hit: DateHit): void => {
    if (!free(hit.start, hit.end)) return;
    take(hit.start, hit.end);
    hits.push(hit);
  };
  for (const m of text.matchAll(DAY_RANGE)) {
    const month = monthNumber(m[3] ?? "") ?? 0;
    const year = Number(m[4]);
    const start = m.index;
    const end = start + m[0].length;
    const last: DateHit = { start, end, year, month, day: Number(m[2]) };
    claim({ start, end, year, month, day: Number(m[1]), endHit: last });
  }
  for (const m of text.matchAll(DAY_MONTH)) {
    const month = monthNumber(m[2] ?? "") ?? 0;
    claim({ start: m.index, end: m.index + m[0].length, year: m[3] ? Number(m[3]) : null, month, day: Number(m[1]) });
  }
  for (const m of text.matchAll(ISO_DAY)) {
    claim({ start: m.index, end: m.index + m[0].length, year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
  }
  for (const m of text.matchAll(SLASH_DAY)) {
    claim({ start: m.index, end: m.index + m[0].length, year: Number(m[3]), month: Number(m[2]), day: Number(m[1]) });
  }
  const months = monthsBeforeYears(text);
  for (const m of matchesAt(text, months, MONTH_RANGE)) {
    const year = Number(m[3]);
    const start = m.index;
    const end = start + m[0].length;
    const last: DateHit = { start, end, year, month: monthNumber(m[2] ?? "") ?? 0, day: null };
    const first = monthNumber(m[1] ?? "") ?? 0;
    if (first < last.month) claim({ start, end, year, month: first, day: null, endHit: last });
  }
  for (const m of matchesAt(text, months, MONTH_YEAR)) {
    claim({ start: m.index, end: m.index + m[0].length, year: Number(m[2]), month: monthNumber(m[1] ?? "") ?? 0, day: null });
  }
  for (const re of [YEAR_RANGE, BARE_YEAR_RANGE]) {
    for (const m of text.matchAll(re)) {
      const from = Number(m[1]);
      const to = Number(m[2]);
      const start = m.index; // both open with the first year
      const end = start + m[0].length;
      const before = text.slice(Math.max(0, start - 12), start);
      if (DNR_MARK_BEFORE.test(before)) continue; // "KS 2019-2020" would be a diarienummer
      if (to > from && to - from <= 50 && free(start, end)) {
        take(start, end);
        yearRanges.push({ start, end, from, to });
      }
    }
  }
  hits.sort((a, b) => a.start - b.start);
  return { hits, yearRanges };
}

/** The paper's own date: the first full date in its opening lines, used to place a day without a year. */
function paperDate(hits: DateHit[]): DateHit | null {
  const first = hits.find((h) => h.year !== null && h.day !== null);
  return first && first.start < 600 ? first : null;
}

/**
 * The dates a paper states, each with its evidence; a period gives `value` and `end`.
 * A day and month without a year get the paper's year only when they fall before the paper's own date
 * in that year, and then a warning says the year was inferred.
 * @example extractDates(plainDocument("Samråd pågick under perioden 6 mars till 28 mars 2020."))
 * // { dates: [{ value: "2020-03-06", end: "2020-03-28", text: "6 mars till 28 mars 2020", … }], warnings: [] }
 */
export function extractDates(doc: NormalizedDocument): { dates: DateFact[]; warnings: Warning[] } {
  const text = doc.text;
  const { hits, yearRanges } = collectHits(text);
  const warnings: Warning[] = [];
  const dates: DateFact[] = [];
  // join "6 mars till 28 mars 2020" and "1 september 2009 – 31 juli 2011" into periods
  const joined: DateHit[] = [];
  for (let i = 0; i < hits.length; i++) {
    const a = hits[i];
    const b = hits[i + 1];
    if (!a) continue;
    if (b && !a.endHit && a.day !== null && b.day !== null && b.year !== null && RANGE_JOIN.test(text.slice(a.end, b.start))) {
      joined.push({ ...a, year: a.year ?? (a.month <= b.month ? b.year : b.year - 1), end: b.end, endHit: b });
      i++;
    } else joined.push(a);
  }
  const own = paperDate(joined);
  let previousYear: { year: number; end: number } | null = null;
  for (const hit of joined) {
    // another year stated earlier in the same paragraph makes the paper's year a guess
    const rival = previousYear && previousYear.year !== own?.year && !/\n\s*\n/.test(text.slice(previousYear.end, hit.start));
    if (hit.year !== null) previousYear = { year: hit.endHit?.year ?? hit.year, end: hit.end };
    let year = hit.year;
    const ev = evidence(doc, hit.start, hit.end);
    if (year === null) {
      const ownDay = own?.day ?? null;
      if (!rival && own && own.year !== null && ownDay !== null && (hit.month < own.month || (hit.month === own.month && (hit.day ?? 0) <= ownDay))) {
        year = own.year;
        warnings.push(warning("W_DATE_YEAR_INFERRED", `"${ev.quote}" has no year; took ${year} from the paper's date`, ev));
      } else {
        warnings.push(warning("W_DATE_WITHOUT_YEAR", `"${ev.quote}" has no year and its context gives none for certain`, ev));
        continue;
      }
    }
    const value = isoDate(year, hit.month, hit.day ?? undefined);
    if (value === null) continue;
    const endHit = hit.endHit;
    const end = endHit ? isoDate(endHit.year ?? year, endHit.month, endHit.day ?? undefined) : null;
    dates.push({ value, end, text: ev.quote.replace(/\s+/g, " "), evidence: ev });
  }
  for (const r of yearRanges) {
    const ev = evidence(doc, r.start, r.end);
    dates.push({ value: String(r.from), end: String(r.to), text: ev.quote, evidence: ev });
  }
  dates.sort((a, b) => a.evidence.start - b.evidence.start);
  return { dates, warnings };
}
