/**
 * How wide a character is, roughly, as a share of the font size: Helvetica's advance widths
 * (from its AFM). pdf.js gives a text item's width but not its glyphs'; spreading an item's width
 * over its characters by these widths rather than evenly puts a quote that starts inside a long
 * item ("…till stadsledningskontoret, socialnämnden…") within a letter of where it is printed.
 */

/** Widths in 1/1000 em of the printable ASCII characters " " (32) to "~" (126). */
const ASCII_WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space to /
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 to ?
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ to O
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P to _
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` to o
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p to ~
];

/** Characters beyond ASCII that papers print often. */
const OTHER_WIDTHS: Readonly<Record<string, number>> = {
  "”": 333, "“": 333, "’": 222, "‘": 222, "–": 556, "—": 1000, "•": 350, "§": 556, "…": 1000, "\u00a0": 278, "\uFFFD": 556,
};

const cache = new Map<string, number>();

/**
 * A character's width as a share of the font size; a letter with a mark as its base letter
 * ("å" as "a"); anything unknown as a digit's.
 * @example glyphWidth("m") // 0.833; glyphWidth("i") // 0.222; glyphWidth("Ö") // 0.778
 */
export function glyphWidth(ch: string): number {
  const code = ch.charCodeAt(0);
  if (code >= 32 && code <= 126) return (ASCII_WIDTHS[code - 32] as number) / 1000;
  const known = cache.get(ch);
  if (known !== undefined) return known;
  const base = ch.normalize("NFD").charCodeAt(0);
  const width = (OTHER_WIDTHS[ch] ?? (base >= 32 && base <= 126 ? (ASCII_WIDTHS[base - 32] as number) : 556)) / 1000;
  cache.set(ch, width);
  return width;
}

/**
 * The share of `text`'s width taken by its first `n` characters.
 * @example widthShare("Kommunstyrelsen", 13) // ≈ 0.85 ("Kommunstyrels" of "Kommunstyrelsen")
 */
export function widthShare(text: string, n: number): number {
  let before = 0;
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const w = glyphWidth(text[i] as string);
    if (i < n) before += w;
    total += w;
  }
  return total > 0 ? before / total : 0;
}
