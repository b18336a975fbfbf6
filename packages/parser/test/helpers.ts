import { readFileSync } from "node:fs";
import { paperPath } from "../../../test/shared.ts";
import { isReadError, linesOfText, normalize, readText, type NormalizedDocument } from "../src/index.ts";

export { hasShared, noteSkipped } from "../../../test/shared.ts";

/** The paper at `path`: the repo's corpus/, or ../shared/corpus for "real/…", as bytes. */
export function corpusBytes(path: string): Uint8Array {
  return new Uint8Array(readFileSync(paperPath(path)));
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
