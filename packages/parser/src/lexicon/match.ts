/**
 * The matcher factory: every rule that looks for Swedish words builds its pattern here, from a
 * table of this lexicon, so no other module spells a word list out.
 */
import { pastFirst } from "../text/boundaries.ts";
import { regex } from "../text/regex.ts";

/** Escapes a word for use inside a regular expression. */
export function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}

/**
 * A non-capturing alternation of the words, longest first so that "reserverade sig" wins over
 * "reserverade"; spaces in a word match any run of white space (a wrapped line). With a `boundary`
 * (`\b`, NOT_AFTER_WORD …) the match starts only where the boundary holds, as with the boundary
 * written before the alternation, but the pattern opens with the words' first letters (pastFirst).
 * @example new RegExp(alternation(["yrkar", "yrkade"])).test("Anna Berg (S) yrkade bifall") // true
 * @example regex(alternation(["yrkar", "yrkade"], NOT_AFTER_WORD), "u").test("återyrkade") // false
 */
export function alternation(words: readonly string[], boundary?: string): string {
  // ties in length by code unit (a fixed order; ICU's localeCompare cost ~10 ms per process here)
  const unique = [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  if (boundary === undefined) return `(?:${unique.map(spelled).join("|")})`;
  return `(?:${byFirstCharacter(unique).map(([first, rests]) => `${spelled(first)}${pastFirst(boundary)}${rests.length === 1 ? spelled(rests[0] ?? "") : `(?:${rests.map(spelled).join("|")})`}`).join("|")})`;
}

/** A word (or its rest) as a pattern: escaped, a space as any run of white space. */
function spelled(word: string): string {
  return escapeRegExp(word).replace(/ /gu, String.raw`\s+`);
}

/**
 * The words (in their order) grouped by their first character, each with the rests of its words,
 * the groups in the order of their first words: "yrkar|avslår|yrkade" → y: rkar|rkade, a: vslår.
 * Two groups never open with characters one letter may match in a case-blind pattern ("a" and
 * "A", "k" and "K" the Kelvin sign): there each word is a group of its own, in its place. So at any
 * place the words that can match are tried in the same order as in the flat list.
 */
function byFirstCharacter(words: readonly string[]): [string, string[]][] {
  for (const w of words) {
    // the boundary goes after the first character, which must be one code unit and not white space
    if (!/^[^\s\ud800-\udfff]/.test(w)) throw new Error(`alternation: a word that opens with no letter: ${w}`);
  }
  const firsts = [...new Set(words.map((w) => w.charAt(0)))];
  const folds = new Set(firsts.flatMap((c) => [`l${c.toLowerCase()}`, `u${c.toUpperCase()}`]));
  if (folds.size < 2 * firsts.length) return words.map((w) => [w.charAt(0), [w.slice(1)]]);
  const groups = new Map<string, string[]>();
  for (const w of words) {
    const rests = groups.get(w.charAt(0));
    if (rests) rests.push(w.slice(1));
    else groups.set(w.charAt(0), [w.slice(1)]);
  }
  return [...groups];
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

/**
 * The words as papers case a label: as written, capitalised and in capitals, for a pattern whose
 * other parts must keep their case ("Dnr KS 2020/00123", not "om 2020/00123").
 * @example cased(["dnr"]) // ["dnr", "Dnr", "DNR"]
 */
export function cased(words: readonly string[]): string[] {
  return words.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1), w.toUpperCase()]);
}
