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

/** A search the syntax does not allow; the message says what is wrong. */
export class SearchSyntaxError extends Error {}

/** Parts of a search: a quoted phrase, a parenthesis, or a run of other characters: `"a b"`, `(`, `ladd*`. */
const PART = /"(?<phrase>[^"]*)"?|(?<paren>[()])|(?<word>[^\s()"]+)/gu;
/** A prefix search: `ladd*`. */
const PREFIX = /^(?<stem>[\p{L}\p{N}]+)\*$/u;
const OPERATORS = new Set(["OR", "NOT", "AND"]);

/**
 * Translates a search into an FTS5 query over the `forms` and `phrase` columns, and the forms and
 * prefixes to highlight. Throws {@link SearchSyntaxError} for a search that has no words, starts or
 * ends with an operator, or has unbalanced parentheses.
 * @example toFtsQuery("laddplats OR ombud*").match // '(forms : "laddplat") OR forms : "ombud"*'
 */
export function toFtsQuery(search: string): SearchQuery {
  const out: string[] = [];
  const forms = new Set<string>();
  const prefixes: string[] = [];
  let depth = 0;
  let expectOperand = true;
  const operand = (text: string): void => {
    if (!expectOperand) out.push("AND");
    out.push(text);
    expectOperand = false;
  };
  for (const m of search.matchAll(PART)) {
    const g = m.groups ?? {};
    if (g["phrase"] !== undefined) {
      const words = phraseForms(g["phrase"]);
      if (words.length === 0) continue;
      words.forEach((w) => forms.add(w));
      operand(`phrase : "${words.join(" ")}"`);
    } else if (g["paren"] === "(") {
      if (!expectOperand) out.push("AND");
      out.push("(");
      depth++;
      expectOperand = true;
    } else if (g["paren"] === ")") {
      if (expectOperand) throw new SearchSyntaxError(`")" after an operator or "(": nothing to close`);
      if (--depth < 0) throw new SearchSyntaxError(`")" without "("`);
      out.push(")");
    } else if (g["word"] && OPERATORS.has(g["word"])) {
      if (expectOperand) throw new SearchSyntaxError(`"${g["word"]}" needs a word before it (write "motion NOT återremiss", not "NOT återremiss")`);
      out.push(g["word"]);
      expectOperand = true;
    } else if (g["word"]) {
      const prefix = PREFIX.exec(g["word"])?.groups?.["stem"];
      if (prefix) {
        prefixes.push(prefix.toLowerCase());
        operand(`forms : "${prefix.toLowerCase()}"*`);
        continue;
      }
      const words = tokens(g["word"]);
      if (words.length === 0) continue;
      for (const t of words) t.forms.forEach((f) => forms.add(f));
      // "Rinkeby-Kista" is two words next to each other: a phrase.
      if (words.length > 1) operand(`phrase : "${words.map((t) => t.forms[t.forms.length - 1]).join(" ")}"`);
      else operand(`(${words[0]!.forms.map((f) => `forms : "${f}"`).join(" OR ")})`);
    }
  }
  if (out.length === 0) throw new SearchSyntaxError("no words to search for");
  if (expectOperand) throw new SearchSyntaxError(`the search ends with an operator or "("`);
  if (depth > 0) throw new SearchSyntaxError(`"(" without ")"`);
  return { match: out.join(" "), forms, prefixes };
}
