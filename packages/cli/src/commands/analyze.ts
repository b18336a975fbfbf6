import { createHash } from "node:crypto";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { collectInputs, outputPath, type InputFile } from "../batch/inputs.ts";
import { failureLine, inInputOrder, messageOf, type Failure } from "../batch/failure.ts";
import { existingAnalysis, sweepStaleTemps, writeAtomic } from "../batch/output.ts";
import { Progress } from "../batch/progress.ts";
import { WorkerPool } from "../batch/pool.ts";
import type { Task, TaskResult } from "../batch/worker.ts";
import type { Prestarted } from "../batch/spawn.ts";
import { MAX_BYTES, type AnnotationMode } from "@diarium/parser";
import { DIARIUM_VERSION } from "../version.ts";
import type { OcrSettings } from "../ocr/tesseract.ts";

/** The most workers whose PDFs this thread analyses (see analyzeCommand). */
const MAX_READERS_FOR_THIS_THREAD = 2;
/** Tasks queued or running per worker, and one more: a worker never waits for its next task. */
const IN_FLIGHT_PER_JOB = 2;

export type AnalyzeFlags = {
  out?: string;
  pretty: boolean;
  jobs: number;
  force: boolean;
  quiet: boolean;
  format: "json" | "summary";
  timeoutSec: number;
  /** One limit for every format; by default the parser's MAX_BYTES per format. */
  maxSizeMb?: number;
  maxMemoryMb: number;
  /** --annotations: read a PDF's form-field and annotation text (default "include"). */
  annotations?: AnnotationMode;
  /** --ocr, --ocr-lang, --ocr-dpi: OCR of PDF pages without a usable text layer (default auto, swe, 300). */
  ocr?: OcrSettings;
};

export type CommandIo = {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  stdin: NodeJS.ReadStream;
  workerEntry: URL;
  /** A worker the bin started for this command (batch/prestart.ts), for the pool to take. */
  prestarted?: Prestarted;
};

/**
 * `diarium analyze`: every input through the worker pool. With --out, one `<stem>.json` per input
 * under OUT (mirroring folders, resumable, atomic) and `failures.ndjson`; without it, JSON on
 * stdout (one object for one input, one object per line for several). Returns the exit code.
 * @example await analyzeCommand(["corpus"], { out: "OUT", jobs: 2, … }, io) // 0
 */
export async function analyzeCommand(operands: string[], flags: AnalyzeFlags, io: CommandIo): Promise<number> {
  const started = Date.now();
  const maxBytes = flags.maxSizeMb === undefined ? MAX_BYTES : { text: flags.maxSizeMb * 1_000_000, pdf: flags.maxSizeMb * 1_000_000 };
  const { inputs, failures: collected, failureAt } = collectInputs(operands, { maxBytes });
  const total = inputs.length + collected.length;
  const progress = new Progress(io.stderr, total, flags.quiet);
  for (const f of collected) progress.line(failureLine(f));
  // each input's failure by its id: printed as it comes, summed up in input order at the end
  const failed = new Map<number, Failure>();

  const stdinBytes = inputs.some((i) => i.file === "-") ? await readAll(io.stdin) : undefined;
  let written = 0;
  let skipped = 0;
  const tasks: Task[] = [];
  for (const [id, input] of inputs.entries()) {
    let outFile: string | null = null;
    if (flags.out) {
      try {
        outFile = outputPath(flags.out, input.outRel);
      } catch (error) {
        const failure = { path: input.display, code: "E_IO", message: messageOf(error) };
        failed.set(id, failure);
        progress.line(failureLine(failure));
        continue;
      }
      if (!flags.force && isUpToDate(input, outFile)) {
        skipped++;
        progress.tick("skipped");
        continue;
      }
    }
    const format = input.file === "-" && stdinBytes && isPdf(stdinBytes) ? "pdf" : input.format;
    tasks.push({
      id,
      file: input.file,
      ...(input.file === "-" && stdinBytes ? { bytes: stdinBytes } : {}),
      display: input.display,
      format,
      outFile,
      pretty: flags.pretty,
      summary: flags.format === "summary",
      timeoutMs: flags.timeoutSec * 1000,
      maxBytes: maxBytes[format],
      annotations: flags.annotations ?? "include",
      ...(flags.ocr ? { ocr: flags.ocr } : {}),
      memoryMb: flags.maxMemoryMb,
    });
  }

  const printer = new OrderedPrinter(io.stdout, tasks.map((t) => t.id));
  if (tasks.length > 0) {
    const workers = (): WorkerPool =>
      new WorkerPool({
        entry: io.workerEntry,
        jobs: Math.min(flags.jobs, tasks.length),
        timeoutMs: flags.timeoutSec * 1000,
        memoryMb: flags.maxMemoryMb,
        onPages: (report) => progress.pages(report.id, report.done, report.total),
        ...(io.prestarted ? { prestarted: io.prestarted } : {}),
      });
    // A lone text paper is read in this thread: starting a worker would double its start-up time. A
    // lone PDF is read in a worker (pdf.js under the time and memory limits) and analysed here, and
    // so are the PDFs of a batch read by one or two workers: reading a PDF takes two to three times
    // its analysis, so this thread keeps up with two (with more it would fall behind, and each
    // worker analyses its own).
    const lone = tasks.length === 1 ? tasks[0]!.format : null;
    const pdfsHere = lone === "pdf" || (lone === null && Math.min(flags.jobs, tasks.length) <= MAX_READERS_FOR_THIS_THREAD && tasks.some((t) => t.format === "pdf"));
    // With one worker this thread has a core of its own while it reads, for the warm-up; with two it would take it from them.
    const warmUpPaper = Math.min(flags.jobs, tasks.length) === 1 ? new URL("./warm-up.txt", io.workerEntry) : undefined;
    const pool = lone === "text" ? await inThisThread() : pdfsHere ? await loadPdfRunner(workers(), warmUpPaper) : workers();
    const settle = (task: Task, result: TaskResult): void => {
      if (result.ok) {
        written++;
        progress.tick("written", task.id);
        printer.put(task.id, result.output);
      } else {
        const failure = { path: task.display, code: result.code, message: result.message };
        failed.set(task.id, failure);
        progress.line(failureLine(failure));
        progress.tick("failed", task.id);
        printer.put(task.id, null);
      }
    };
    // A few tasks in flight at a time, taken in input order: each worker has its next task waiting,
    // and an archive of 100 000 files is not 100 000 pending promises and queue entries at once.
    let next = 0;
    const lane = async (): Promise<void> => {
      while (next < tasks.length) {
        const task = tasks[next++]!;
        const running = pool.run(task);
        // every task is queued: a worker left with none stops while the others still work
        if (next === tasks.length) pool.drain();
        settle(task, await running);
      }
    };
    try {
      await Promise.all(Array.from({ length: Math.min(tasks.length, IN_FLIGHT_PER_JOB * flags.jobs + 1) }, lane));
    } finally {
      await pool.close();
    }
  }
  progress.end();

  // input order, so that two runs with --jobs 2 write the same summary and failures.ndjson
  const failures = inInputOrder(collected, failureAt, failed);
  if (flags.out) {
    writeFailures(flags.out, failures);
    sweepStaleTemps(flags.out);
  }
  if (!flags.quiet && (total > 1 || flags.out || failures.length > 0)) {
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    io.stderr.write(`diarium: ${total} inputs: ${written} written, ${skipped} skipped (unchanged), ${failures.length} failed in ${seconds} s\n`);
    if (failures.length > 0) io.stderr.write(`failures:\n${failures.map((f) => `  ${failureLine(f)}`).join("\n")}\n`);
  }
  return failures.length > 0 ? 1 : 0;
}

/** Runs tasks in the calling thread, with the worker's own code (its time limit is the library's). */
async function inThisThread(): Promise<Pick<WorkerPool, "run" | "drain" | "close">> {
  const { runTask } = await import("../batch/run.ts");
  return { run: runTask, drain: () => undefined, close: async () => undefined };
}

/**
 * Loads the analysis code and gives batch/run.ts's runner that reads PDFs in `pool`'s workers and
 * analyses them in this thread (the pool is started first, so that its workers start while the
 * analysis loads), which warms up on `warmUpPaper` (next to the bundle), if given, meanwhile.
 */
async function loadPdfRunner(pool: WorkerPool, warmUpPaper: URL | undefined): Promise<Pick<WorkerPool, "run" | "drain" | "close">> {
  return (await import("../batch/run.ts")).readInWorkers(pool, warmUpPaper);
}

/** True when OUT already holds an analysis of these exact bytes by this diarium version. */
function isUpToDate(input: InputFile, outFile: string): boolean {
  // a pipe is read once, by its task: reading it here would take its bytes or wait for them
  if (input.file === "-" || input.pipe) return false;
  const existing = existingAnalysis(outFile);
  if (!existing || existing.version !== DIARIUM_VERSION) return false;
  try {
    return createHash("sha256").update(readFileSync(input.file)).digest("hex") === existing.sha256;
  } catch {
    return false;
  }
}

/** `failures.ndjson` in OUT: one `{path, code, message}` per line; removed when a run has none. */
function writeFailures(out: string, failures: Failure[]): void {
  const file = join(out, "failures.ndjson");
  if (failures.length === 0) rmSync(file, { force: true });
  else writeAtomic(file, failures.map((f) => JSON.stringify(f)).join("\n") + "\n");
}

/** Stdin has no name to go by: a PDF is known by its "%PDF-" header. */
function isPdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 5)).toString("latin1") === "%PDF-";
}

async function readAll(stream: NodeJS.ReadStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks);
}

/** Prints results in input order as they complete (a finished later file waits for earlier ones). */
class OrderedPrinter {
  private readonly ready = new Map<number, string | null>();
  private next = 0;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly order: number[],
  ) {}

  put(id: number, output: string | null): void {
    this.ready.set(id, output);
    while (this.next < this.order.length && this.ready.has(this.order[this.next]!)) {
      const key = this.order[this.next]!;
      const text = this.ready.get(key);
      this.ready.delete(key);
      if (text) this.stream.write(text + "\n");
      this.next++;
    }
  }
}
