/**
 * Which pages of a PDF need OCR. Under `--ocr auto`: a page without a text layer, and a page whose
 * text layer is garbage, measured: a font without a usable ToUnicode map gives symbols, control
 * characters or U+FFFD ("\uFFFD\uFFFD\uFFFD \uFFFD\uFFFD"), or letters that spell no word
 * ("Wkh nrppxqh" for a shifted map). A page of names, figures or a table still holds letters and
 * digits and a few known words ("ledamot", "och", "kronor"), and is kept.
 */
import type { KnownWords } from "./repair.ts";
import { isKnownWord } from "./repair.ts";

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
};

/** Fewer characters than this is an empty text layer (a scan with a stamped page number). */
export const MIN_CHARS = 20;
/** A text layer is garbage below this share of letters and digits (Swedish prose ~0.85, a table of figures ~0.75)… */
export const MIN_WORD_CHARS = 0.5;
/** …or above this share of unmapped glyphs… */
export const MAX_UNMAPPED = 0.1;
/** …or, with at least MIN_WORDS words, below this share of known words (prose 0.6–0.9 with the word list, a name list 0.1). */
export const MIN_KNOWN = 0.05;
export const MIN_WORDS = 30;

const NON_SPACE = /\S/gu;
const WORD_CHAR = /[\p{L}\p{N}]/gu;
const UNMAPPED = /[\uFFFD\p{Cc}\p{Co}]/gu;
const LETTER_WORD = /\p{L}{2,}/gu;

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/**
 * The measures of a page's text.
 * @example textLayerQuality("Tekniska nämnden fick den 29 september 2025 motionen", known)
 * // { chars: 45, wordChars: 1, unmapped: 0, words: 7, known: 1 }
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
  };
}

/**
 * Why a page's text layer is not read as it is: "empty", "garbage", or null for a usable layer.
 * @example textLayerVerdict({ chars: 0, … }) // "empty"
 */
export function textLayerVerdict(q: TextLayerQuality): "empty" | "garbage" | null {
  if (q.chars < MIN_CHARS) return "empty";
  if (q.wordChars < MIN_WORD_CHARS || q.unmapped > MAX_UNMAPPED) return "garbage";
  if (q.words >= MIN_WORDS && q.known < MIN_KNOWN) return "garbage";
  return null;
}

/**
 * The pages (1-based) to read by OCR, from each page's text layer.
 * @example pagesToOcr(["", "Tekniska nämnden fick …"], "auto", known) // [1]
 */
export function pagesToOcr(pageTexts: readonly string[], mode: OcrMode, known: KnownWords): number[] {
  if (mode === "never") return [];
  return pageTexts.flatMap((text, k) => (mode === "always" || textLayerVerdict(textLayerQuality(text, known)) !== null ? [k + 1] : []));
}
