import { phraseForms, tokens } from "./stem.ts";

/**
 * A search the user types, as FTS5 sees it. The syntax (README, `diarium search --help`):
 *   laddplats              every form of the word: laddplats, laddplatsen, laddplatser, laddplatserna
 *   personligt ombud       both words, anywhere in the section
 *   "personligt ombud"     the words next to each other, in any of their forms
 *   ladd*                  words that begin with "ladd" (laddplats, laddstolpe, laddinfrastruktur)
 *   bifall OR avslag       either word
 *   motion NOT återremiss  the first without the second
 *   (bifall OR avslag) motion   parentheses group
 */
export type SearchQuery = { match: string; forms: Set<string>; prefixes: string[] };

/**
 * One operand of a search, engine-neutral: a word (matched by any of its forms), a phrase (the
 * shortest form of each word, in order; a stop word of PostgreSQL's Swedish configuration keeps
 * its place by `word`) or a prefix.
 */
export type SearchOperand =
  | { kind: "word"; word: string; forms: string[] }
  | { kind: "phrase"; words: { word: string; form: string }[] }
  | { kind: "prefix"; prefix: string };
/** A search as a flat list in the order typed, implicit ANDs made explicit: `ombud AND ( a OR b )`. */
export type SearchPart = SearchOperand | "AND" | "OR" | "NOT" | "(" | ")";
export type ParsedSearch = { parts: SearchPart[]; forms: Set<string>; prefixes: string[] };

/** A search the syntax does not allow; the message says what is wrong. */
export class SearchSyntaxError extends Error {}

/** Parts of a search: a quoted phrase, a parenthesis, or a run of other characters: `"a b"`, `(`, `ladd*`. */
const PART = /"(?<phrase>[^"]*)"?|(?<paren>[()])|(?<word>[^\s()"]+)/gu;
/** A prefix search: `ladd*`. */
const PREFIX = /^(?<stem>[\p{L}\p{N}]+)\*$/u;
const OPERATORS = new Set(["OR", "NOT", "AND"]);

/**
 * Reads a search in diarium's syntax into operands and operators, and the forms and prefixes to
 * highlight. Throws {@link SearchSyntaxError} for a search that has no words, starts or ends with
 * an operator, or has unbalanced parentheses.
 * @example parseSearch("laddplats OR ombud*").parts // [{ kind: "word", word: "laddplats", forms: ["laddplat"] }, "OR", { kind: "prefix", prefix: "ombud" }]
 */
export function parseSearch(search: string): ParsedSearch {
  const parts: SearchPart[] = [];
  const forms = new Set<string>();
  const prefixes: string[] = [];
  let depth = 0;
  let expectOperand = true;
  const operand = (o: SearchOperand): void => {
    if (!expectOperand) parts.push("AND");
    parts.push(o);
    expectOperand = false;
  };
  for (const m of search.matchAll(PART)) {
    const g = m.groups ?? {};
    if (g["phrase"] !== undefined) {
      const words = tokens(g["phrase"]);
      if (words.length === 0) continue;
      const shortest = phraseForms(g["phrase"]);
      shortest.forEach((w) => forms.add(w));
      operand({ kind: "phrase", words: words.map((t, i) => ({ word: t.word.toLowerCase(), form: shortest[i]! })) });
    } else if (g["paren"] === "(") {
      if (!expectOperand) parts.push("AND");
      parts.push("(");
      depth++;
      expectOperand = true;
    } else if (g["paren"] === ")") {
      if (expectOperand) throw new SearchSyntaxError(`")" after an operator or "(": nothing to close`);
      if (--depth < 0) throw new SearchSyntaxError(`")" without "("`);
      parts.push(")");
    } else if (g["word"] && OPERATORS.has(g["word"])) {
      if (expectOperand) throw new SearchSyntaxError(`"${g["word"]}" needs a word before it (write "motion NOT återremiss", not "NOT återremiss")`);
      parts.push(g["word"] as "AND" | "OR" | "NOT");
      expectOperand = true;
    } else if (g["word"]) {
      const prefix = PREFIX.exec(g["word"])?.groups?.["stem"];
      if (prefix) {
        prefixes.push(prefix.toLowerCase());
        operand({ kind: "prefix", prefix: prefix.toLowerCase() });
        continue;
      }
      const words = tokens(g["word"]);
      if (words.length === 0) continue;
      for (const t of words) t.forms.forEach((f) => forms.add(f));
      // "Rinkeby-Kista" is two words next to each other: a phrase.
      if (words.length > 1) operand({ kind: "phrase", words: words.map((t) => ({ word: t.word.toLowerCase(), form: t.forms[t.forms.length - 1]! })) });
      else operand({ kind: "word", word: words[0]!.word.toLowerCase(), forms: words[0]!.forms });
    }
  }
  if (parts.length === 0) throw new SearchSyntaxError("no words to search for");
  if (expectOperand) throw new SearchSyntaxError(`the search ends with an operator or "("`);
  if (depth > 0) throw new SearchSyntaxError(`"(" without ")"`);
  return { parts, forms, prefixes };
}

/**
 * Translates a search into an FTS5 query over the `forms` and `phrase` columns (SQLite), and the
 * forms and prefixes to highlight. Throws {@link SearchSyntaxError} as {@link parseSearch} does.
 * @example toFtsQuery("laddplats OR ombud*").match // '(forms : "laddplat") OR forms : "ombud"*'
 */
export function toFtsQuery(search: string): SearchQuery {
  const { parts, forms, prefixes } = parseSearch(search);
  const match = parts.map((p) => {
    if (typeof p === "string") return p;
    if (p.kind === "phrase") return `phrase : "${p.words.map((w) => w.form).join(" ")}"`;
    if (p.kind === "prefix") return `forms : "${p.prefix}"*`;
    return `(${p.forms.map((f) => `forms : "${f}"`).join(" OR ")})`;
  });
  return { match: match.join(" "), forms, prefixes };
}
