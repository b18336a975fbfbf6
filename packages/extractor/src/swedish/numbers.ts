/**
 * Swedish numbers as clerks write them: digit groups separated by spaces ("300 000", also with a
 * non-breaking or thin space), a decimal comma ("14,5"), and number words ("tjugofem", "två miljoner").
 * Pure and dependency-free.
 */

/** Characters that separate thousands groups: space, no-break space, thin space, narrow no-break space. */
export const GROUP_SEPARATORS = " \u00a0\u2009\u202f";

/** A digit number with optional thousands groups and a decimal comma, e.g. "766 778" or "34,79". */
export const DIGIT_NUMBER_SOURCE = "\\d{1,3}(?:[ \\u00a0\\u2009\\u202f]\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?";

// "300 000", "1 831", "14,5", "0,6"
const digitNumber = new RegExp(`^(?:${DIGIT_NUMBER_SOURCE})$`);

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

const UNITS: Record<string, number> = {
  noll: 0, en: 1, ett: 1, två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, åtta: 8, nio: 9, tio: 10,
  elva: 11, tolv: 12, tretton: 13, fjorton: 14, femton: 15, sexton: 16, sjutton: 17, arton: 18, aderton: 18,
  nitton: 19, tjugo: 20, tjugu: 20, trettio: 30, fyrtio: 40, femtio: 50, sextio: 60, sjuttio: 70, åttio: 80, nittio: 90,
};

/** Number words in longest-first order, so that "tjugo" is tried before "tju…"-free prefixes like "tio". */
const UNIT_WORDS = Object.keys(UNITS).sort((a, b) => b.length - a.length);
/** How every number word begins; most words of a paper fail here, before any parsing. */
const NUMBER_WORD_START = new RegExp(`^(?:${[...UNIT_WORDS, "hundra", "tusen"].join("|")})`, "u");

/** Below 1000: "tvåhundrafemtio", "tjugofem", "hundra". */
function parseBelowThousand(word: string): number | null {
  if (word === "") return 0;
  let rest = word;
  let value = 0;
  const hundra = rest.indexOf("hundra");
  if (hundra >= 0) {
    const head = rest.slice(0, hundra);
    const multiplier = head === "" ? 1 : UNITS[head];
    if (multiplier === undefined || multiplier < 1 || multiplier > 9) return null;
    value = multiplier * 100;
    rest = rest.slice(hundra + "hundra".length);
  }
  // tens then units: "tjugofem" = tjugo + fem
  let consumedTens = false;
  for (const w of UNIT_WORDS) {
    const v = UNITS[w] ?? 0;
    if (v >= 20 && rest.startsWith(w)) {
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
  const tusen = word.indexOf("tusen");
  if (tusen >= 0) {
    const head = word.slice(0, tusen);
    const thousands = head === "" ? 1 : parseBelowThousand(head);
    const rest = parseBelowThousand(word.slice(tusen + "tusen".length));
    if (thousands === null || thousands === 0 || rest === null) return null;
    return thousands * 1000 + rest;
  }
  const value = parseBelowThousand(word);
  return value === null || (value === 0 && word !== "noll") ? null : value;
}

/** Multipliers written as words after a number: "1,2 miljoner", "2 miljarder". */
export const SCALE_WORDS: Record<string, number> = {
  tusen: 1e3, miljon: 1e6, miljoner: 1e6, miljard: 1e9, miljarder: 1e9,
};

/**
 * A number written with digits or words, with an optional scale word: "två miljoner", "1,2 miljoner".
 * @example parseSwedishNumber("300 000") // 300000, "ett statsbidrag på 300 000 kr" (Stockholm utlåtande 2013:125)
 */
export function parseSwedishNumber(text: string): number | null {
  const t = text.trim().toLowerCase();
  const scaled = /^(.*?)\s+(tusen|miljoner|miljon|miljarder|miljard)$/.exec(t);
  if (scaled) {
    const base = parseSwedishNumber(scaled[1] ?? "");
    const scale = SCALE_WORDS[scaled[2] ?? ""];
    return base === null || scale === undefined ? null : round(base * scale);
  }
  return parseSwedishDigits(t) ?? parseSwedishNumberWord(t);
}

/** Rounds away binary noise from decimal scaling: 14,5 × 1 000 000 is 14500000, not 14499999.999. */
export function round(value: number): number {
  return Number(value.toPrecision(15));
}

/**
 * Writes an integer the Swedish way with `separator` between thousands groups (for tests and messages).
 * @example formatSwedishInteger(766778) // "766 778"
 */
export function formatSwedishInteger(value: number, separator = " "): string {
  return String(Math.trunc(value)).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}
