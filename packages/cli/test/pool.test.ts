// The worker pool's time limit for a worker busy past it (a rule running away in its analysis, a
// step of pdf.js that never returns): the worker is stopped, its task reported as E_TIMEOUT, and
// the next task gets a fresh worker. Here the worker never answers at all, so the test does not
// depend on how fast this machine analyses.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { WorkerPool } from "../src/batch/pool.ts";
import type { Task } from "../src/batch/worker.ts";
import { tempDir } from "./helpers.ts";

const task = (id: number): Task => ({ id, file: `/arkiv/${id}.txt`, display: `${id}.txt`, format: "text", outFile: null, pretty: false, summary: false, timeoutMs: 1000, maxBytes: 1_000_000, annotations: "include" });

describe("the worker pool's time limit", () => {
  it("stops a worker that does not answer, reports E_TIMEOUT, and gives the next task a fresh worker", async () => {
    const entry = join(tempDir("silent-worker"), "silent.mjs");
    writeFileSync(entry, "setInterval(() => {}, 1000); // takes every task and answers none\n");
    const pool = new WorkerPool({ entry: pathToFileURL(entry), jobs: 1, timeoutMs: 1000, memoryMb: 128 });
    try {
      const started = Date.now();
      const results = await Promise.all([pool.run(task(0)), pool.run(task(1))]);
      expect(results).toEqual([0, 1].map((id) => ({ id, ok: false, code: "E_TIMEOUT", message: "took longer than 1 s (--timeout)" })));
      // one limit (and its second of grace) after the other: the second task ran in a worker of its own
      expect(Date.now() - started).toBeGreaterThanOrEqual(4000);
    } finally {
      await pool.close();
    }
  }, 30_000);
});
