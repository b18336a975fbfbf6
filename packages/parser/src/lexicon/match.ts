/**
 * The matcher factory: every rule that looks for Swedish words builds its pattern here, from a
 * table of this lexicon, so no other module spells a word list out.
 */
import { regex } from "../text/regex.ts";

/** Escapes a word for use inside a regular expression. */
export function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}

/**
 * A non-capturing alternation of the words, longest first so that "reserverade sig" wins over
 * "reserverade"; spaces in a word match any run of white space (a wrapped line).
 * @example new RegExp(alternation(["yrkar", "yrkade"])).test("Anna Berg (S) yrkade bifall") // true
 */
export function alternation(words: readonly string[]): string {
  // ties in length by code unit (a fixed order; ICU's localeCompare cost ~10 ms per process here)
  const unique = [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return `(?:${unique.map((w) => escapeRegExp(w).replace(/ /gu, String.raw`\s+`)).join("|")})`;
}

/**
 * A pattern that finds any of the words as whole words (Unicode letter boundaries).
 * @example wordsRegex(["nämnd", "nämnden"], "iu").exec("Skolnämnden har")?.[0] // null: "nämnden" is inside a word here
 */
export function wordsRegex(words: readonly string[], flags = "iu"): RegExp {
  return regex(String.raw`(?<![\p{L}\p{N}])${alternation(words)}(?![\p{L}\p{N}])`, flags);
}

/** Every form of every row of a table of `{ forms }` rows. */
export function formsOf<T extends { readonly forms: readonly string[] }>(rows: readonly T[]): string[] {
  return rows.flatMap((r) => [...r.forms]);
}

/**
 * The forms of the rows of a table whose `key` field has the value given.
 * @example formsWhere(DOCUMENT_KINDS, "kind", "motion") // ["motion"]
 */
export function formsWhere<K extends string, T extends { readonly forms: readonly string[] } & Record<K, unknown>>(rows: readonly T[], key: K, value: T[K]): string[] {
  return formsOf(rows.filter((row) => row[key] === value));
}

/**
 * The words with a capital first letter, for a rule that reads them where a line or a sentence opens.
 * @example capitalized(["reservation", "särskilt uttalande"]) // ["Reservation", "Särskilt uttalande"]
 */
export function capitalized(words: readonly string[]): string[] {
  return words.map((w) => w.charAt(0).toUpperCase() + w.slice(1));
}
