import { formsOf, KEPT_ENDINGS } from "../db/stem.ts";
import type { SearchOperand, SearchPart } from "../db/search-syntax.ts";

/**
 * diarium's search syntax as a PostgreSQL tsquery over `to_tsvector('swedish', …)`.
 *
 * The section texts are indexed with PostgreSQL's Swedish configuration: one lexeme per word, its
 * Snowball stem (the stemmer diarium uses too; they agree on every word of the corpora). diarium
 * finds a word by its forms (db/stem.ts formsOf: "laddplats" and "laddplatser" meet on "laddplat"),
 * which one stem per word cannot do; so each word of a search becomes the OR of every stem whose
 * forms meet the word's: the same papers as SQLite's FTS5. `websearch_to_tsquery` knows neither
 * word forms, parentheses nor prefixes, so the query is built here and read with
 * `to_tsquery('simple', …)` (lexemes as given: they are stems already).
 *
 * Stop words of the Swedish configuration ("och", "om") are not in the index: a word that is one
 * drops out of the search as `websearch_to_tsquery` drops it, and inside a phrase it keeps its
 * place ("förslag till beslut" → förslag <2> beslut).
 */

/** A search as a tree, with NOT binding tighter than AND, and AND tighter than OR (as in FTS5). */
type Node = { op: "AND" | "OR" | "NOT"; left: Node; right: Node } | { leaf: SearchOperand };

/**
 * The tsquery text of a parsed search, or null when nothing is left to search for (only stop words).
 * @example toTsQuery(parseSearch("laddplats OR ombud*").parts, new Set()) // "( 'laddplat' | 'laddplats' ) | 'ombud':*"
 */
export function toTsQuery(parts: SearchPart[], stopWords: ReadonlySet<string>): string | null {
  let at = 0;
  const peek = (): SearchPart | undefined => parts[at];
  const primary = (): Node => {
    const p = parts[at++]!;
    if (p === "(") {
      const inner = or();
      at++; // ")"
      return inner;
    }
    return { leaf: p as SearchOperand };
  };
  const not = (): Node => {
    let left = primary();
    while (peek() === "NOT") at++, (left = { op: "NOT", left, right: primary() });
    return left;
  };
  const and = (): Node => {
    let left = not();
    while (peek() === "AND") at++, (left = { op: "AND", left, right: not() });
    return left;
  };
  const or = (): Node => {
    let left = and();
    while (peek() === "OR") at++, (left = { op: "OR", left, right: and() });
    return left;
  };
  return render(or(), stopWords);
}

function render(node: Node, stopWords: ReadonlySet<string>): string | null {
  if ("leaf" in node) return operand(node.leaf, stopWords);
  const left = render(node.left, stopWords);
  const right = render(node.right, stopWords);
  // A side of stop words only is left out, as websearch_to_tsquery leaves it out.
  if (left === null || right === null) return node.op === "NOT" ? left : (left ?? right);
  if (node.op === "NOT") return `( ${left} & !( ${right} ) )`;
  return `( ${left} ${node.op === "AND" ? "&" : "|"} ${right} )`;
}

function operand(o: SearchOperand, stopWords: ReadonlySet<string>): string | null {
  if (o.kind === "prefix") return `${lexeme(o.prefix)}:*`;
  if (o.kind === "word") return stopWords.has(o.word) ? null : anyOf(stemsMeeting(o.forms));
  let out = "";
  let gap = 1;
  for (const w of o.words) {
    if (stopWords.has(w.word)) {
      if (out) gap++;
      continue;
    }
    const group = anyOf(stemsWithShortestForm(w.form));
    out = out ? `${out} <${gap}> ${group}` : group;
    gap = 1;
  }
  return out ? `( ${out} )` : null;
}

/** Stems whose forms meet `forms`: the forms themselves and each form with a kept ending ("laddplat" → "laddplats"). */
function stemsMeeting(forms: readonly string[]): string[] {
  const out = new Set(forms);
  for (const f of forms) for (const e of KEPT_ENDINGS) if (formsOf(f + e)[1] === f) out.add(f + e);
  return [...out];
}

/** Stems whose shortest form is `form` (what a phrase matches word by word). */
function stemsWithShortestForm(form: string): string[] {
  const out: string[] = [];
  if (formsOf(form).at(-1) === form) out.push(form);
  for (const e of KEPT_ENDINGS) if (formsOf(form + e).at(-1) === form) out.push(form + e);
  return out.length ? out : [form];
}

function anyOf(stems: string[]): string {
  return stems.length === 1 ? lexeme(stems[0]!) : `( ${stems.map(lexeme).join(" | ")} )`;
}

/** A lexeme quoted for tsquery text: 'laddplat' (a quote inside doubled). */
function lexeme(text: string): string {
  return `'${text.replace(/['\\]/g, (c) => c + c)}'`;
}
