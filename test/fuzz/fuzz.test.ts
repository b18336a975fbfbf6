import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkInput, corpusSamples } from "./check.ts";
import { fuzzText, mutatedPdf } from "./papers.ts";

/**
 * The short fuzz run CI makes (the long one is `pnpm fuzz`): mutated corpus papers and paper-like
 * noise never throw and always give a valid analysis or one clean error. FUZZ_RUNS sets the number
 * of inputs, FUZZ_SEED replays a run (fast-check prints the seed and path of any failure).
 */

const { papers, pdfs } = corpusSamples();
const runs = Number(process.env.FUZZ_RUNS ?? 150);
const seed = process.env.FUZZ_SEED === undefined ? {} : { seed: Number(process.env.FUZZ_SEED) };
const encoder = new TextEncoder();

describe("fuzzing the analysis", () => {
  it(`mutated papers and noise (${runs} inputs): no throw, valid analysis, quotes equal their slices, within the time budget`, async () => {
    await fc.assert(
      fc.asyncProperty(fuzzText(papers), async (text) => {
        expect((await checkInput(encoder.encode(text), "text")).problems).toEqual([]);
      }),
      { numRuns: runs, ...seed },
    );
  }, 600_000);

  it("mutated PDFs: an analysis or one clean error, never a throw", async () => {
    await fc.assert(
      fc.asyncProperty(mutatedPdf(pdfs), async (bytes) => {
        expect((await checkInput(bytes, "pdf")).problems).toEqual([]);
      }),
      { numRuns: Math.max(4, Math.round(runs / 15)), ...seed },
    );
  }, 600_000);
});
