/**
 * Swedish calendar words: month names and abbreviations, weekday prefixes, and small date helpers.
 * The month names are the lexicon's (`MONTHS_SV`).
 */
import { MONTHS_SV } from "@diarium/parser";

const MONTH_BY_NAME = new Map<string, number>(MONTHS_SV.flatMap((m) => m.forms.map((name) => [name, m.month] as const)));

/** Month names, longest first so that "september" wins over "sep": "december", "dec". */
export const MONTH_SOURCE = [...MONTH_BY_NAME.keys()].sort((a, b) => b.length - a.length).join("|");

/**
 * The month number of a Swedish month name or abbreviation ("dec." too), or null.
 * @example monthNumber("december") // 12, from "den 18 december 2012" (Stockholm utlåtande 2013:125)
 */
export function monthNumber(name: string): number | null {
  return MONTH_BY_NAME.get(name.toLowerCase().replace(/\.$/, "")) ?? null;
}

/** Two digits: 5 → "05". */
const pad = (n: number): string => String(n).padStart(2, "0");

/** Whether year/month/day name a real calendar day. */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

/** A year that plausibly appears in a municipal paper, not a count or an identifier. */
export function isPlausibleYear(year: number): boolean {
  return year >= 1900 && year <= 2099;
}

/**
 * The ISO value of a day, a month or a year: YYYY-MM-DD, YYYY-MM or YYYY; null when not a real date.
 * @example isoDate(2012, 12, 18) // "2012-12-18"
 * @example isoDate(2012, 12) // "2012-12"
 */
export function isoDate(year: number, month?: number, day?: number): string | null {
  if (!isPlausibleYear(year)) return null;
  if (month === undefined) return String(year);
  if (month < 1 || month > 12) return null;
  if (day === undefined) return `${year}-${pad(month)}`;
  return isCalendarDay(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : null;
}
