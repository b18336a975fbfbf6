import { MONTH_NAMES } from "../lexicon/months.ts";
import { NAME_PARTICLES } from "../lexicon/names.ts";
import { alternation, formsOf } from "../lexicon/match.ts";
import { regex } from "../text/regex.ts";

/** Shared pieces of the metadata rules: dates and person names. */

/** The month names in order (the lexicon's table), kept for the callers that index into them. */
export const MONTHS: readonly string[] = MONTH_NAMES;

// A Swedish long date: "18 september 2013", "1 december\n2012".
export const LONG_DATE = regex(String.raw`(\d{1,2})\s+(${alternation(MONTH_NAMES)})\s+(\d{4})`, "iu");
// An ISO date: "2023-12-06".
export const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/u;

/** "YYYY-MM-DD" from a long or ISO date match, or null when the day does not exist. */
export function isoFrom(text: string): string | null {
  const long = LONG_DATE.exec(text);
  let y: number, m: number, d: number;
  if (long) {
    y = Number(long[3]);
    m = MONTHS.indexOf((long[2] as string).toLowerCase()) + 1;
    d = Number(long[1]);
  } else {
    const iso = ISO_DATE.exec(text);
    if (!iso) return null;
    [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  }
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

// A person's name as a paper writes it: "Anna König Jerlmyr", "Eva-Lotta Pamp", "Ann-Lie Tulokas Olsson",
// with a middle initial: "Adam F Laurén", "Jens C. Berlin".
export const NAME = String.raw`\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?(?:\s\p{Lu}\.?(?=\s\p{Lu}))?(?:\s(?:${alternation(formsOf(NAME_PARTICLES))}\s)?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?){1,3}`;
// A line that is only a name, maybe with a party or a title after a comma: "Linda Espeving (M)",
// "Maria Nordin, nämndsekreterare".
export const NAME_LINE = regex(String.raw`^(${NAME})(?:\s\(([\p{L}-]{1,3})\))?(?:,\s+\p{Ll}[\p{Ll} ]{2,40})?$`, "u");
