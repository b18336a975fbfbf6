import { SUSPENSION_JOINS } from "../lexicon/grammar.ts";
import { alternation, formsOf } from "../lexicon/match.ts";
import { regex } from "../text/regex.ts";
import { LOWER, UPPER } from "../text/letters.ts";
/**
 * Words split by a hyphen at a line end. "funk-" + "tionsnedsättning" is one word; "Rinkeby-" +
 * "Kista" keeps its hyphen; "bygg-" + "och miljönämnden" is a suspended compound and stays apart;
 * "VA-" + "taxan" keeps the hyphen of an abbreviation; "2-" + "3 månader" is a range.
 */

// A line ending in a word broken by a hyphen: "funk-", "Hägersten-Lilje-", "2-".
const BROKEN_END = regex(String.raw`([\p{L}\d])[-–]$`, "u");
// The abbreviation before a hyphen: "VA-", "PO-", "RSMH-" (two or more capitals or digits).
const ABBREVIATION_END = regex(String.raw`(?:^|[^\p{L}])[\p{Lu}\d]{2,}-$`, "u");
// Words after which a hyphen is a suspended compound: "bygg- och miljönämnden", "drift- eller".
const SUSPENSION_WORD = regex(String.raw`^${alternation(formsOf(SUSPENSION_JOINS))}\s`, "u");

export type LineJoin = "break" | "drop-hyphen" | "keep-hyphen";

/**
 * How the line `next` joins the text before it.
 * @example joinAcrossLines("personer med psykisk funk-", "tionsnedsättning") // "drop-hyphen"
 * @example joinAcrossLines("Hässelby-Vällingby, Rinkeby-", "Kista och Bromma") // "keep-hyphen"
 */
export function joinAcrossLines(before: string, next: string): LineJoin {
  const end = BROKEN_END.exec(before);
  if (!end) return "break";
  const first = next[0] ?? "";
  if (/\d/.test(end[1] as string)) return /^\d/.test(next) ? "keep-hyphen" : "break";
  // An en dash between words is a dash, not a split word ("Hässelby –" stays apart).
  if (before.endsWith("–")) return "break";
  if (SUSPENSION_WORD.test(next)) return "break";
  // the case of the first letter on the next line: "för-\nvaltning" joins, "Stockholms-\nHem" keeps its hyphen
  if (LOWER.test(first)) return ABBREVIATION_END.test(before) ? "keep-hyphen" : "drop-hyphen";
  if (UPPER.test(first)) return "keep-hyphen";
  return "break";
}
