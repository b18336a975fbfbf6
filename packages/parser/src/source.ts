import type { WarningCode } from "@diarium/schema";
/**
 * What a reader (text or PDF) hands to normalisation: the raw text it produced and that text cut
 * into lines, each with its place in the raw text, its page and, for PDFs, its layout.
 */

/** Layout of one line as a PDF lays it out; absent for plain text. */
export type LineCues = {
  /** Font size in points (the line's dominant item). */
  size: number;
  /** True when the line's dominant font is bold (from the font name: "Arial-BoldMT"). */
  bold: boolean;
  /** Left edge in points from the page's left side. */
  x: number;
  /** Vertical gap to the previous line on the page, in multiples of this line's size (0 for the first). */
  gapBefore: number;
};

export type SourceLine = {
  /** The line's characters, without the line end. */
  text: string;
  /** Offset of `text[0]` in `RawDocument.raw`. */
  start: number;
  /** 1-based page, or null when the input has no pages. */
  page: number | null;
  cues?: LineCues;
  /** Set by a reader that already knows the line is page furniture (header, footer, page number). */
  furniture?: boolean;
};

export type RawDocument = {
  format: "pdf" | "text";
  /** The text exactly as read (decoded bytes, or the PDF's lines joined with "\n"). */
  raw: string;
  lines: SourceLine[];
  /** Number of pages, or null for text without page breaks. */
  pages: number | null;
  /** Problems met while reading that did not stop it ("recovered from a damaged xref"). */
  notes: { code: WarningCode; message: string }[];
};
