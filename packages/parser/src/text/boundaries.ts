/**
 * Word boundaries for the patterns the rules run over a whole paper or every sentence, written so
 * that V8 rules out most positions with a small class before it tries a spelled-out property class.
 *
 * Why: a paper with a dash or a curly quote is a two-byte string, and on those V8 tests a class of
 * hundreds of ranges (`\p{L}`, `\p{Lu}` as regex() spells them) at ~20 ns a position, against ~1 ns
 * for a class of a few. A pattern that opens with `(?<!\p{L})` pays that at every position of the
 * text: the lookbehind on Latin-1's letters first (each of them a `\p{L}`) turns away every
 * position inside a Swedish word, and the full class decides only the rest. The pair matches
 * exactly where the full lookbehind alone does; `GROUP_NOUN` over the 40 papers of bench:text runs
 * 2.6× faster so.
 */

/** The letters of Latin-1 (`\p{L}` below U+0100): A–Z, a–z, ª, µ, º, À–Ö, Ø–ö, ø–ÿ. */
export const LATIN1_LETTERS = String.raw`A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff`;

/**
 * Not after a letter or one of `extra` (class syntax): `(?<![\p{L}${extra}])`, Latin-1's letters tried first.
 * @example regex(`${notAfterLetterOr(String.raw`\d.,`)}\d+`, "gu") // "12" in "sida 12", not the "5" of "2,5"
 */
export function notAfterLetterOr(extra: string): string {
  return String.raw`(?<![${LATIN1_LETTERS}${extra}])(?<![\p{L}${extra}])`;
}

/** Not after a letter: `(?<!\p{L})`, Latin-1's letters tried first. */
export const NOT_AFTER_LETTER = notAfterLetterOr("");

/** Not after a letter or a digit: `(?<![\p{L}\d])`, Latin-1's letters tried first. */
export const NOT_AFTER_WORD = notAfterLetterOr(String.raw`\d`);

/** Not after a letter, digit or hyphen: `(?<![\p{L}\d-])`, Latin-1's letters tried first. */
export const NOT_AFTER_WORD_OR_HYPHEN = notAfterLetterOr(String.raw`\d-`);

/**
 * A boundary that opens a pattern (`\b`, or the lookbehinds of notAfterLetterOr such as
 * NOT_AFTER_WORD), written to stand after the pattern's first character: it asks the same of the
 * character before that one.
 *
 * Why: V8 tries a pattern that opens with a lookbehind at every position of the text, and runs its
 * words' alternation at every word; a pattern that opens with its words' first letters lets V8
 * search for those and skip the rest. alternation(words, boundary) writes it so.
 * @example regex(`m${pastFirst(NOT_AFTER_LETTER)}otion`, "u") // as regex(`${NOT_AFTER_LETTER}motion`, "u"): "en motion", not "medborgarmotion"
 */
export function pastFirst(boundary: string): string {
  if (boundary === String.raw`\b`) return String.raw`(?<=\b[^])`;
  if (!/^(?:\(\?<!\[[^\]]*\]\))+$/u.test(boundary)) throw new Error(`pastFirst: not a boundary it can move: ${boundary}`);
  return boundary.replace(/\(\?<!(\[[^\]]*\])\)/gu, "(?<!$1[^])");
}

/**
 * One letter or one of `extra` (class syntax, characters that are no letters): `[\p{L}${extra}]`,
 * Latin-1's letters tried first and the full class only past Latin-1, so that the two never both
 * match a character (a repeated alternation of overlapping classes backtracks exponentially).
 * @example regex(`${letterOr(String.raw`\d&`)}+`, "gu") // the words of "gymnasium & arbetsmarknad 2"
 */
export function letterOr(extra: string): string {
  return String.raw`(?:[${LATIN1_LETTERS}${extra}]|(?=[\u0100-\uffff])\p{L})`;
}

/**
 * Before a capital: every `\p{Lu}` is one of Latin-1's capitals or a character past Latin-1, so
 * this lookahead lets the small letters, digits and spaces go before `\p{Lu}` is tried.
 * @example regex(String.raw`${CAPITAL_AHEAD}\p{Lu}\p{Ll}+`, "gu") // finds "Anna" in "av Anna Berg"
 */
export const CAPITAL_AHEAD = String.raw`(?=[A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\uffff])`;
