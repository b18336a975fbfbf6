import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * Where tests find papers: the project's own corpus (the demo papers), and the real papers of the
 * workplace in ../shared/corpus, read in place and never copied into the project. A clone without
 * ../shared (a user's) skips the tests on those papers and says so in one line.
 */
export const PROJECT_CORPUS = fileURLToPath(new URL("../corpus/", import.meta.url));
export const SHARED_CORPUS = fileURLToPath(new URL("../../shared/corpus/", import.meta.url));

/** True when ../shared/corpus is beside this clone. */
export const hasShared = existsSync(SHARED_CORPUS);

/**
 * The path of a paper by its corpus name: "real/…", "dev/…" and "dev-protocols/…" are read from
 * ../shared/corpus, any other name from the project's corpus/.
 * @example paperPath("real/molndal-kf-2024-10-16-166-brukningsavgift-va.txt")
 */
export function paperPath(name: string): string {
  return /^(?:real|dev|dev-protocols|pdfjs)\//u.test(name) ? `${SHARED_CORPUS}${name}` : `${PROJECT_CORPUS}${name}`;
}

/** True for a paper that only ../shared holds. */
export function isSharedPaper(name: string): boolean {
  return paperPath(name).startsWith(SHARED_CORPUS);
}

/** Prints, once per test file, the one line that says what is skipped without ../shared. */
export function noteSkipped(what: string): void {
  if (!hasShared) console.log(`${what}: ../shared/corpus is absent; the tests on its real papers are skipped`);
}
