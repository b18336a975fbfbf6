/**
 * Which pages of a PDF need OCR. Under `--ocr auto`: a page without a text layer, and a page whose
 * text layer is garbage, measured: a font without a usable ToUnicode map gives symbols, control
 * characters or U+FFFD ("\uFFFD\uFFFD\uFFFD \uFFFD\uFFFD"), or letters that spell no word
 * ("Wkh nrppxqh" for a shifted map). A page of names, figures or a table still holds letters and
 * digits and a few known words ("ledamot", "och", "kronor"), and is kept.
 */
import type { KnownWords } from "./repair.ts";
import { isKnownWord } from "./repair.ts";
import { regex } from "../text/regex.ts";

/** When OCR runs: on pages that need it (auto), on every page (always), or never. */
export type OcrMode = "auto" | "always" | "never";

/** What a page's text layer holds, measured. */
export type TextLayerQuality = {
  /** Characters other than white space. */
  chars: number;
  /** Share of those that are letters or digits. */
  wordChars: number;
  /** Share of those that are U+FFFD, control or private-use characters: glyphs mapped to nothing. */
  unmapped: number;
  /** Words of two letters or more. */
  words: number;
  /** Share of those words that are known (lexicon, word list, compounds of them). */
  known: number;
  /** Latin letters, and the share of them that are vowels (Swedish and English prose ~0.37). */
  latin: number;
  vowels: number;
};

/** Fewer characters than this is an empty text layer (a scan with a stamped page number). */
export const MIN_CHARS = 20;
/** A text layer is garbage below this share of letters and digits (Swedish prose ~0.85, a table of figures ~0.75)… */
const MIN_WORD_CHARS = 0.5;
/** …or above this share of unmapped glyphs… */
const MAX_UNMAPPED = 0.1;
/**
 * …or, with at least MIN_WORDS words and MIN_LATIN Latin letters, below this share of known words
 * (Swedish prose 0.4–0.5 with the lexicon alone, a name list 0.1) with a share of vowels no prose
 * has: a shifted character map turns Swedish's 37 % vowels into ~20 %. An English or Japanese
 * page knows no Swedish word but is real text, and is kept.
 */
const MIN_KNOWN = 0.05;
const MIN_WORDS = 30;
const MIN_LATIN = 100;
const VOWEL_SHARES = [0.27, 0.55] as const;

const NON_SPACE = /\S/gu;
const WORD_CHAR = regex(String.raw`[\p{L}\p{N}]`, "gu");
const UNMAPPED = /[\uFFFD\p{Cc}\p{Co}]/gu;
const LETTER_WORD = regex(String.raw`\p{L}{2,}`, "gu");
const LATIN_LETTER = /[a-zà-öø-ÿ]/giu;
const LATIN_VOWEL = /[aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüý]/giu;

/** How many times the (global, never empty) pattern matches: test() builds no array of the matches, which match() did for every page. */
function count(text: string, pattern: RegExp): number {
  let n = 0;
  pattern.lastIndex = 0;
  while (pattern.test(text)) n++;
  return n;
}

/**
 * The measures of a page's text.
 * @example textLayerQuality("Tekniska nämnden fick den 29 september 2025 motionen", known)
 * // { chars: 45, wordChars: 1, unmapped: 0, words: 6, known: 0.833, latin: 39, vowels: 0.359 }
 */
export function textLayerQuality(text: string, known: KnownWords): TextLayerQuality {
  const chars = count(text.replace(/\s+/gu, ""), NON_SPACE);
  const words = text.match(LETTER_WORD) ?? [];
  const share = (n: number, of: number) => (of === 0 ? 0 : Math.round((n / of) * 1000) / 1000);
  return {
    chars,
    wordChars: share(count(text, WORD_CHAR), chars),
    unmapped: share(count(text, UNMAPPED), chars),
    words: words.length,
    known: share(words.filter((w) => isKnownWord(w, known)).length, words.length),
    latin: count(text, LATIN_LETTER),
    vowels: share(count(text, LATIN_VOWEL), count(text, LATIN_LETTER)),
  };
}

/**
 * Why a page's text layer is not read as it is: "empty", "garbage", or null for a usable layer.
 * @example textLayerVerdict({ chars: 0, … }) // "empty"
 */
export function textLayerVerdict(q: TextLayerQuality): "empty" | "garbage" | null {
  if (q.chars < MIN_CHARS) return "empty";
  if (q.wordChars < MIN_WORD_CHARS || q.unmapped > MAX_UNMAPPED) return "garbage";
  const [fewest, most] = VOWEL_SHARES;
  if (q.words >= MIN_WORDS && q.known < MIN_KNOWN && q.latin >= MIN_LATIN && (q.vowels < fewest || q.vowels > most)) return "garbage";
  return null;
}

/**
 * The pages (1-based) to read by OCR, from each page's text layer and whether it paints an image:
 * under "auto", an empty layer is read only over an image (a blank page, or a page whose few
 * words are its whole text, "Bilaga 1", is not a scan); a garbage layer always.
 * @example pagesToOcr(["", "", "Tekniska nämnden fick …"], "auto", known, [true, false, false]) // [1]
 */
export function pagesToOcr(pageTexts: readonly string[], mode: OcrMode, known: KnownWords, images: readonly boolean[] = []): number[] {
  if (mode === "never") return [];
  return pageTexts.flatMap((text, k) => {
    if (mode === "always") return [k + 1];
    const verdict = textLayerVerdict(textLayerQuality(text, known));
    return verdict === "garbage" || (verdict === "empty" && images[k] !== false) ? [k + 1] : [];
  });
}
