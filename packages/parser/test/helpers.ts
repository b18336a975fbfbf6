import { readFileSync } from "node:fs";
import { isReadError, linesOfText, normalize, readText, type NormalizedDocument } from "../src/index.ts";

/** The corpus file at `path` (relative to the repo's corpus/), as bytes. */
export function corpusBytes(path: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../../../corpus/${path}`, import.meta.url)));
}

/** A corpus text paper read and normalised. */
export function corpusDocument(path: string): NormalizedDocument {
  const raw = readText(corpusBytes(path));
  if (isReadError(raw)) throw new Error(`${path}: ${raw.message}`);
  return normalize(raw);
}

/** A snippet normalised as if it were a whole text paper. */
export function normalized(text: string): NormalizedDocument {
  return normalize(linesOfText(text));
}
