/**
 * Every word the lexicon's tables spell, for a reader that needs to know whether a word is
 * Swedish council writing (the OCR repairs): the tables stay the one word list.
 */
import * as tables from "./index.ts";
import { regex } from "../text/regex.ts";

/** A word of a table: letters and inner hyphens, three characters at least. */
const TABLE_WORD = regex(String.raw`^\p{L}[\p{L}-]{2,}$`, "u");

/**
 * The words of the lexicon's tables, in lower case (examples left out: they quote papers).
 * @example lexiconWords().has("kommunfullmäktige") // true
 */
export function lexiconWords(): Set<string> {
  const words = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === "string") {
      for (const w of value.toLowerCase().split(/[\s/]+/u)) if (TABLE_WORD.test(w)) words.add(w);
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) if (k !== "example") visit(v);
  };
  for (const table of Object.values(tables)) if (typeof table !== "function") visit(table);
  return words;
}
