import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeInput } from "@diarium/extractor";
import { problemsOf } from "./invariants.ts";
import { fuzzText, mutatedPdf } from "./papers.ts";

/**
 * The short fuzz run CI makes (the long one is `pnpm fuzz`): mutated corpus papers and paper-like
 * noise never throw and always give a valid analysis or one clean error. FUZZ_RUNS sets the number
 * of inputs, FUZZ_SEED replays a run (fast-check prints the seed and path of any failure).
 */

const corpusDir = new URL("../../corpus/", import.meta.url).pathname;
const files = [...readdirSync(corpusDir).map((f) => f), ...readdirSync(join(corpusDir, "real")).map((f) => `real/${f}`)];
const papers = files.filter((f) => f.endsWith(".txt")).map((f) => readFileSync(join(corpusDir, f), "utf8"));
const pdfs = files.filter((f) => f.endsWith(".pdf")).map((f) => new Uint8Array(readFileSync(join(corpusDir, f))));
const runs = Number(process.env.FUZZ_RUNS ?? 150);
const seed = process.env.FUZZ_SEED === undefined ? {} : { seed: Number(process.env.FUZZ_SEED) };

const encoder = new TextEncoder();
const SHA = "0".repeat(64);

/**
 * A catastrophic regular expression turns milliseconds into minutes. Not a speed test: the
 * budget is some 30 times what the slowest normal paper needs per kB, so only a blow-up trips it.
 */
const budgetMs = (bytes: number) => 2000 + 30 * (bytes / 1000);

describe("fuzzing the analysis", () => {
  it(`mutated papers and noise (${runs} inputs): no throw, valid analysis, quotes equal their slices, within the time budget`, async () => {
    await fc.assert(
      fc.asyncProperty(fuzzText(papers), async (text) => {
        const bytes = encoder.encode(text);
        const started = performance.now();
        const result = await analyzeInput({ path: "fuzz.txt", bytes, sha256: SHA, format: "text" });
        const ms = performance.now() - started;
        expect(problemsOf(result)).toEqual([]);
        expect(ms).toBeLessThan(budgetMs(bytes.length));
      }),
      { numRuns: runs, ...seed },
    );
  }, 600_000);

  it("mutated PDFs: an analysis or one clean error, never a throw", async () => {
    await fc.assert(
      fc.asyncProperty(mutatedPdf(pdfs), async (bytes) => {
        const result = await analyzeInput({ path: "fuzz.pdf", bytes, sha256: SHA, format: "pdf" }, { timeoutMs: 30_000 });
        expect(problemsOf(result)).toEqual([]);
      }),
      { numRuns: Math.max(4, Math.round(runs / 15)), ...seed },
    );
  }, 600_000);
});
