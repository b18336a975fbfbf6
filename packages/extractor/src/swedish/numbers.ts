/**
 * Swedish numbers as clerks write them: digit groups separated by spaces ("300 000", also with a
 * non-breaking or thin space), a decimal comma ("14,5"), and number words ("tjugofem", "två miljoner").
 * The words are the lexicon's (`NUMBER_WORDS`, `NUMBER_MULTIPLIERS`, `NUMBER_SCALES`).
 */
import { alternation, formsOf, NUMBER_MULTIPLIERS, NUMBER_SCALES, NUMBER_WORDS, regex } from "@diarium/parser";

/** A digit number with optional thousands groups and a decimal comma, e.g. "766 778" or "34,79". */
export const DIGIT_NUMBER_SOURCE = "\\d{1,3}(?:[ \\u00a0\\u2009\\u202f]\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?";

// "300 000", "1 831", "14,5", "0,6"
const digitNumber = regex(`^(?:${DIGIT_NUMBER_SOURCE})$`);

/**
 * The value of a number written with digits the Swedish way, or null.
 * @example parseSwedishDigits("766 778") // 766778
 * @example parseSwedishDigits("34,79") // 34.79
 */
export function parseSwedishDigits(text: string): number | null {
  const t = text.trim();
  if (!digitNumber.test(t)) return null;
  const value = Number(t.replace(/[ \u00a0\u2009\u202f]/g, "").replace(",", "."));
  return Number.isFinite(value) ? value : null;
}

const UNITS: Record<string, number> = Object.fromEntries(NUMBER_WORDS.flatMap((r) => r.forms.map((f) => [f, r.value] as const)));
const [HUNDRA, TUSEN] = NUMBER_MULTIPLIERS.map((r) => r.forms[0]) as [string, string];

/** Number words in longest-first order, so that "tjugo" is tried before "tju…"-free prefixes like "tio". */
const UNIT_WORDS = Object.keys(UNITS).sort((a, b) => b.length - a.length);
/** The tens ("tjugo" … "nittio") with their values, in UNIT_WORDS' order: what may open the rest of a word below 1000. */
const TENS = UNIT_WORDS.flatMap((w) => ((UNITS[w] ?? 0) >= 20 ? [[w, UNITS[w] ?? 0] as const] : []));
/** The words a number word begins with, longest first: "tjugo", "hundra", "fem", … */
const NUMBER_WORD_PREFIX = [...UNIT_WORDS, HUNDRA, TUSEN].join("|");
/** How every number word begins; most words of a paper fail here, before any parsing. */
const NUMBER_WORD_START = regex(`^(?:${NUMBER_WORD_PREFIX})`, "u");
/**
 * A pattern source for a word made of number words, in any case ("Tjugofem", "FEM", "tvåhundra"):
 * parseSwedishNumberWord reads a word only when it is one (it takes it apart into these words), so
 * a text search that matches no other word leaves out the words that merely begin like one
 * ("enligt", "enskilde", "sjukhus"), which it matched and then parsed. At most 20 of them: each has
 * two letters or more, and the search wants a word of 40 at most; the cap keeps a long run of
 * letters from making the engine try every way of splitting it ("femtio" or "fem" and "tio").
 */
export const NUMBER_WORD_SOURCE = `(?:${[...UNIT_WORDS, HUNDRA, TUSEN].map(anyCase).join("|")}){1,20}`;

/**
 * A word as a pattern that matches every spelling whose toLowerCase() is the word ("Fem", "FEM");
 * written out letter by letter, since the i flag would also make \p{Ll} match capitals.
 * @example anyCase("två") // "[tT][vV][åÅ\u212b]"
 */
function anyCase(word: string): string {
  // the Angstrom sign lower-cases to "å" too
  return [...word].map((ch) => `[${ch}${ch.toUpperCase()}${ch === "å" ? "\\u212b" : ""}]`).join("");
}

/** Below 1000: "tvåhundrafemtio", "tjugofem", "hundra". */
function parseBelowThousand(word: string): number | null {
  if (word === "") return 0;
  let rest = word;
  let value = 0;
  const hundra = rest.indexOf(HUNDRA);
  if (hundra >= 0) {
    const head = rest.slice(0, hundra);
    const multiplier = head === "" ? 1 : UNITS[head];
    if (multiplier === undefined || multiplier < 1 || multiplier > 9) return null;
    value = multiplier * 100;
    rest = rest.slice(hundra + HUNDRA.length);
  }
  // tens then units: "tjugofem" = tjugo + fem
  let consumedTens = false;
  for (const [w, v] of TENS) {
    if (rest.startsWith(w)) {
      value += v;
      rest = rest.slice(w.length);
      consumedTens = true;
      break;
    }
  }
  if (rest === "") return value;
  const last = UNITS[rest];
  if (last === undefined || (consumedTens && last >= 10) || (value > 0 && last === 0)) return null;
  return value + last;
}

/**
 * The value of a Swedish number word or compound, or null when it is not one.
 * @example parseSwedishNumberWord("fyra") // 4, from "fyra år" in the Kungsbacka tjänsteskrivelse
 * @example parseSwedishNumberWord("tvåtusenfemhundra") // 2500
 */
export function parseSwedishNumberWord(text: string): number | null {
  const word = text.trim().toLowerCase().replace(/[\s-]+/g, "");
  if (!NUMBER_WORD_START.test(word)) return null;
  const tusen = word.indexOf(TUSEN);
  if (tusen >= 0) {
    const head = word.slice(0, tusen);
    const thousands = head === "" ? 1 : parseBelowThousand(head);
    const rest = parseBelowThousand(word.slice(tusen + TUSEN.length));
    if (thousands === null || thousands === 0 || rest === null) return null;
    return thousands * 1000 + rest;
  }
  const value = parseBelowThousand(word);
  return value === null || (value === 0 && word !== "noll") ? null : value;
}

const SCALE_FACTOR = new Map<string, number>(NUMBER_SCALES.flatMap((r) => r.forms.map((f) => [f, r.factor] as const)));
// "1,2 miljoner", "två miljarder": a number, then its scale word
const SCALED = regex(`^(.*?)\\s+(${alternation(formsOf(NUMBER_SCALES))})$`, "u");

/**
 * A number written with digits or words, with an optional scale word: "två miljoner", "1,2 miljoner".
 * @example parseSwedishNumber("300 000") // 300000, "ett statsbidrag på 300 000 kr" (Stockholm utlåtande 2013:125)
 */
export function parseSwedishNumber(text: string): number | null {
  const t = text.trim().toLowerCase();
  const scaled = SCALED.exec(t);
  if (scaled) {
    const base = parseSwedishNumber(scaled[1] ?? "");
    const scale = SCALE_FACTOR.get(scaled[2] ?? "");
    return base === null || scale === undefined ? null : round(base * scale);
  }
  return parseSwedishDigits(t) ?? parseSwedishNumberWord(t);
}

/** Rounds away binary noise from decimal scaling: 14,5 × 1 000 000 is 14500000, not 14499999.999. */
export function round(value: number): number {
  // an integer of at most 15 digits, as most figures are, is its own rounding (toPrecision would
  // write it out and read it back); 0 goes the long way, which makes -0 a 0
  if (Number.isInteger(value) && value !== 0 && Math.abs(value) < 1e15) return value;
  return Number(value.toPrecision(15));
}

/**
 * Writes an integer the Swedish way with `separator` between thousands groups (for tests and messages).
 * @example formatSwedishInteger(766778) // "766 778"
 */
export function formatSwedishInteger(value: number, separator = " "): string {
  return String(Math.trunc(value)).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}
