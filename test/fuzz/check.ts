import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeInput, type AnalyzeResult } from "@diarium/extractor";
import { problemsOf } from "./invariants.ts";
import { PROJECT_CORPUS, SHARED_CORPUS, hasShared, paperPath } from "../shared.ts";

/** What both fuzz runs (the CI test and `pnpm fuzz`) start from and check against. */

/** The corpus papers as text and the corpus PDFs as bytes: the seeds of every mutation. */
export function corpusSamples(): { papers: string[]; pdfs: Uint8Array[] } {
  // the project's demo papers, and the real papers of ../shared where it is beside the clone
  const files = [...readdirSync(PROJECT_CORPUS), ...(hasShared ? readdirSync(join(SHARED_CORPUS, "real")).map((f) => `real/${f}`) : [])];
  return {
    papers: files.filter((f) => f.endsWith(".txt")).map((f) => readFileSync(paperPath(f), "utf8")),
    pdfs: files.filter((f) => f.endsWith(".pdf")).map((f) => new Uint8Array(readFileSync(paperPath(f)))),
  };
}

/**
 * A catastrophic regular expression turns milliseconds into minutes. Not a speed test: the
 * budget is some 30 times what the slowest normal paper needs per kB, so only a blow-up trips it.
 */
export const budgetMs = (bytes: number) => 2000 + 30 * (bytes / 1000);

/**
 * Analyses one fuzz input and lists what is wrong with the outcome (nothing: an empty list),
 * a text over its time budget included.
 * @example (await checkInput(new TextEncoder().encode("Ärendet\n\nText."), "text")).problems // []
 */
export async function checkInput(bytes: Uint8Array, format: "text" | "pdf"): Promise<{ result: AnalyzeResult; ms: number; problems: string[] }> {
  const started = performance.now();
  const result = await analyzeInput({ path: `fuzz.${format === "pdf" ? "pdf" : "txt"}`, bytes, sha256: "0".repeat(64), format }, { timeoutMs: 60_000 });
  const ms = performance.now() - started;
  const problems = problemsOf(result);
  if (format === "text" && ms > budgetMs(bytes.length)) problems.push(`took ${Math.round(ms)} ms for ${bytes.length} bytes (budget ${Math.round(budgetMs(bytes.length))} ms)`);
  return { result, ms, problems };
}
