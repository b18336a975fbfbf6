/**
 * The long fuzz run: `pnpm fuzz [--runs 100000] [--seed S] [--jobs J] [--pdf-share 0.01]`.
 * Mutated corpus papers (and a share of mutated corpus PDFs) through the whole analysis on every
 * core, each checked against the invariants of ./invariants.ts and a time budget per kB. Prints the
 * seed first, figures at the end, and for a failure the counterexample and the command that
 * replays it. A worker silent for HANG_MS is a hang: reported, with its seed, and the run fails.
 */
import { writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import fc from "fast-check";
import type { AnalyzeResult } from "@diarium/extractor";
import { isStrayPdfJsRejection } from "@diarium/parser";
import { checkInput, corpusSamples } from "./check.ts";
import { fuzzText, mutatedPdf } from "./papers.ts";

const HANG_MS = 120_000;

type Job = { seed: number; textRuns: number; pdfRuns: number };
type Figures = { inputs: number; bytes: number; ms: number; maxMs: number; maxMsBytes: number; maxMsPerKb: number; times: number[]; outcomes: Record<string, number> };
type Report = { kind: "progress"; done: number } | { kind: "done"; text: Figures; pdf: Figures; failure: string | null };

function emptyFigures(): Figures {
  return { inputs: 0, bytes: 0, ms: 0, maxMs: 0, maxMsBytes: 0, maxMsPerKb: 0, times: [], outcomes: {} };
}

function record(f: Figures, bytes: number, ms: number, result: AnalyzeResult): void {
  f.inputs++;
  f.bytes += bytes;
  f.ms += ms;
  f.times.push(ms);
  if (ms > f.maxMs) [f.maxMs, f.maxMsBytes] = [ms, bytes];
  if (bytes >= 1000) f.maxMsPerKb = Math.max(f.maxMsPerKb, ms / (bytes / 1000));
  const key = result.ok ? (result.analysis.warnings.length > 0 ? "analysis with warnings" : "analysis") : result.code;
  f.outcomes[key] = (f.outcomes[key] ?? 0) + 1;
}

async function work(job: Job): Promise<void> {
  const port = parentPort!;
  const { papers, pdfs } = corpusSamples();
  const text = emptyFigures();
  const pdf = emptyFigures();
  let done = 0;
  const tick = () => {
    if (++done % 50 === 0) port.postMessage({ kind: "progress", done } satisfies Report);
  };

  // pdf.js may reject a promise nobody awaits: that is a failure of the input being analysed.
  let current: { bytes: Uint8Array; format: "text" | "pdf" } | null = null;
  let strays = 0;
  process.on("unhandledRejection", (reason) => {
    if (isStrayPdfJsRejection(reason)) return void strays++; // contained by the PDF reader (load.ts)
    const saved = join(tmpdir(), `diarium-fuzz-${job.seed}-unhandled.${current?.format === "pdf" ? "pdf" : "txt"}`);
    if (current) writeFileSync(saved, current.bytes);
    const failure = `unhandled rejection (${reason instanceof Error ? reason.message : String(reason)}) while analysing the input saved in ${saved}`;
    port.postMessage({ kind: "done", text, pdf, failure } satisfies Report);
  });

  const check = async (figures: Figures, bytes: Uint8Array, format: "text" | "pdf") => {
    current = { bytes, format };
    const { result, ms, problems } = await checkInput(bytes, format);
    record(figures, bytes.length, ms, result);
    tick();
    if (problems.length > 0) throw new Error(problems.join("; "));
  };

  const encoder = new TextEncoder();
  const runs: [string, fc.IAsyncProperty<[string]> | fc.IAsyncProperty<[Uint8Array]>, number][] = [
    ["text", fc.asyncProperty(fuzzText(papers), (t) => check(text, encoder.encode(t), "text")), job.textRuns],
    ["pdf", fc.asyncProperty(mutatedPdf(pdfs), (b) => check(pdf, b, "pdf")), job.pdfRuns],
  ];
  let failure: string | null = null;
  for (const [name, property, numRuns] of runs) {
    if (numRuns === 0 || failure) continue;
    const details = await fc.check(property as fc.IAsyncProperty<[unknown]>, { numRuns, seed: job.seed });
    if (details.failed) {
      const input = details.counterexample?.[0] as string | Uint8Array | undefined;
      const saved = join(tmpdir(), `diarium-fuzz-${details.seed}.${name === "pdf" ? "pdf" : "txt"}`);
      if (input !== undefined) writeFileSync(saved, input);
      const reason = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
      failure = `${name} input failed (seed ${details.seed}, path ${details.counterexamplePath}): ${reason}\n  the smallest failing input is in ${saved}`;
    }
  }
  pdf.outcomes["stray pdf.js rejections contained"] = strays;
  port.postMessage({ kind: "done", text, pdf, failure } satisfies Report);
}

function argument(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} needs a number`);
  return value;
}

function merge(all: Figures[]): Figures {
  const out = emptyFigures();
  for (const f of all) {
    out.inputs += f.inputs;
    out.bytes += f.bytes;
    out.ms += f.ms;
    out.times.push(...f.times);
    if (f.maxMs > out.maxMs) [out.maxMs, out.maxMsBytes] = [f.maxMs, f.maxMsBytes];
    out.maxMsPerKb = Math.max(out.maxMsPerKb, f.maxMsPerKb);
    for (const [k, n] of Object.entries(f.outcomes)) out.outcomes[k] = (out.outcomes[k] ?? 0) + n;
  }
  return out;
}

function describe(name: string, f: Figures): string {
  if (f.inputs === 0) return `${name}: no inputs`;
  const sorted = [...f.times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(1);
  const outcomes = Object.entries(f.outcomes).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(", ");
  return [
    `${name}: ${f.inputs} inputs, ${(f.bytes / 1e6).toFixed(1)} MB, ${(f.ms / 1000).toFixed(1)} s of analysis`,
    `  per input: median ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${f.maxMs.toFixed(0)} ms (on ${(f.maxMsBytes / 1000).toFixed(1)} kB)`,
    `  mean ${(f.ms / Math.max(1, f.bytes / 1000)).toFixed(2)} ms/kB, worst ${f.maxMsPerKb.toFixed(2)} ms/kB (inputs of 1 kB and more)`,
    `  outcomes: ${outcomes}`,
  ].join("\n");
}

async function main(): Promise<number> {
  const runs = argument("runs", 100_000);
  const seed = argument("seed", Date.now() % 2 ** 31);
  const jobs = Math.max(1, Math.min(argument("jobs", availableParallelism()), runs || 1));
  const pdfShare = argument("pdf-share", 0.01);
  console.log(`diarium fuzz: ${runs} inputs, seed ${seed}, ${jobs} workers (worker k runs seed ${seed}+k)`);
  const started = performance.now();
  const results = await Promise.all(
    Array.from({ length: jobs }, (_, k) => {
      const share = Math.floor(runs / jobs) + (k < runs % jobs ? 1 : 0);
      const pdfRuns = Math.round(share * pdfShare);
      const job: Job = { seed: seed + k, textRuns: share - pdfRuns, pdfRuns };
      return new Promise<Extract<Report, { kind: "done" }>>((resolve) => {
        const worker = new Worker(new URL("./worker.mjs", import.meta.url), { workerData: job });
        const replay = `pnpm fuzz --runs ${share} --seed ${job.seed} --jobs 1 --pdf-share ${pdfShare}`;
        let watchdog: NodeJS.Timeout;
        const fail = (failure: string) => resolve({ kind: "done", text: emptyFigures(), pdf: emptyFigures(), failure: `${failure}\n  replay: ${replay}` });
        const arm = () => {
          clearTimeout(watchdog);
          watchdog = setTimeout(() => {
            void worker.terminate();
            fail(`worker ${k} hung: no input finished in ${HANG_MS / 1000} s`);
          }, HANG_MS);
        };
        arm();
        let last = 0;
        worker.on("message", (report: Report) => {
          arm();
          if (report.kind === "progress") {
            if (process.stdout.isTTY || report.done - last >= 5000) {
              console.log(`  worker ${k}: ${report.done}/${share}`);
              last = report.done;
            }
            return;
          }
          clearTimeout(watchdog);
          void worker.terminate();
          resolve(report.failure ? { ...report, failure: `${report.failure}\n  replay: ${replay}` } : report);
        });
        worker.on("error", (error) => {
          clearTimeout(watchdog);
          fail(`worker ${k} crashed: ${error.message}`);
        });
      });
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  console.log(describe("text", merge(results.map((r) => r.text))));
  console.log(describe("pdf", merge(results.map((r) => r.pdf))));
  console.log(`wall ${seconds.toFixed(1)} s, ${(runs / seconds).toFixed(0)} inputs/s, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  const failures = results.flatMap((r) => (r.failure ? [r.failure] : []));
  for (const f of failures) console.log(`FAIL ${f}`);
  console.log(failures.length === 0 ? "no crash, no hang, no invalid output" : `${failures.length} worker(s) failed`);
  return failures.length === 0 ? 0 : 1;
}

if (isMainThread) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`diarium fuzz: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(2);
    },
  );
} else {
  void work(workerData as Job);
}
