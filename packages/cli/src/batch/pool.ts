import type { Worker } from "node:worker_threads";
import { messageOf } from "./failure.ts";
import { REPORT_EVERY_MS, startWorker, stopWorker, takePrestarted, type Prestarted } from "./spawn.ts";
import { isMemoryReport, isPageReport, type PageReport, type Task, type TaskResult, type WorkerMessage } from "./worker.ts";

export type PoolOptions = {
  /** The module the workers run: the CLI bundle itself. */
  entry: URL;
  jobs: number;
  /** Per-file wall-clock limit; a worker that runs over is terminated and replaced. */
  timeoutMs: number;
  /**
   * What one worker may hold, in MB: its JavaScript heap and the memory outside it (array
   * buffers and other external memory, where pdf.js keeps decoded streams and images).
   */
  memoryMb: number;
  /**
   * A worker is replaced by a fresh one after this many files (default: never by count; a worker
   * whose memory grows is replaced, see GROWTH_FACTOR).
   */
  recycleAfter?: number;
  /** Called with each worker's OCR progress (pages read of a task's pages to read), for the progress bar. */
  onPages?: (report: PageReport) => void;
  /** A worker the bin started already (spawn.ts): the first slot's, when it was started for these limits. */
  prestarted?: Prestarted;
};

type Slot = {
  worker: Worker;
  task: Task | null;
  timer: NodeJS.Timeout | null;
  done: ((r: TaskResult) => void) | null;
  /** What the worker last said it holds (bytes), and when (ms since the epoch). */
  held: number;
  heardAt: number;
  files: number;
  /** What the worker held after its first file (bytes): the level its growth is measured from. */
  settled: number | null;
  /** Stopped for good once the pool drained (see drain): takes no task. */
  retired: boolean;
};

/** MB a worker holds beyond its heap and external memory (code, stacks, the isolate), allowed per job in the bound. */
const WORKER_OVERHEAD_MB = 150;
/** MB the main thread and the process hold, allowed once in the bound. */
const PROCESS_OVERHEAD_MB = 250;
/** A worker that still holds this share of its budget after a file is replaced. */
const RECYCLE_SHARE = 0.5;
/**
 * A worker that holds more than this multiple of what it held after its first file, plus
 * GROWTH_SLACK_MB, is replaced: a fragmenting heap or a cache that only grows is cut short, while a
 * worker whose memory stays level keeps its compiled code (a fresh worker loads and warms up the
 * bundle again, which cost about a fifth of a text batch's CPU when workers were replaced every 100 files).
 */
const GROWTH_FACTOR = 2;
const GROWTH_SLACK_MB = 64;
/** How often the process's resident memory is checked against the bound (ms): as often as the workers report. */
const GUARD_EVERY_MS = REPORT_EVERY_MS;
/** The process guard acts this far below the bound, since memory can grow between two checks. */
const GUARD_MARGIN_MB = 100;
/** After stopping a worker the process guard waits this long before it stops another (ms). */
const GUARD_COOLDOWN_MS = 1000;
/** The process guard stops a reporting worker only when it holds at least this share of its budget. */
const SUSPECT_SHARE = 0.25;
/** A busy worker that has not reported for this long is stuck in one long step (ms). */
const STALE_MS = 300;

/**
 * The most resident memory a batch of `jobs` workers of `memoryMb` each should reach, in MB:
 * jobs × (memoryMb + 150) + 250.
 * @example batchMemoryBound(2, 256) // 1062
 */
export function batchMemoryBound(jobs: number, memoryMb: number): number {
  return jobs * (memoryMb + WORKER_OVERHEAD_MB) + PROCESS_OVERHEAD_MB;
}

/**
 * A fixed pool of worker threads. Each task gets a result, whatever happens to its worker:
 * a timeout gives E_TIMEOUT, a worker over its memory budget E_MEMORY, a crash E_INTERNAL; the
 * worker is replaced and the batch goes on.
 *
 * Memory is bounded three ways, since pdf.js allocates outside the JavaScript heap, which V8's
 * resource limits do not cover: the heap is capped by resource limits; each worker reports what
 * it holds (heap and external memory) several times a second and is stopped when a file takes
 * it past `memoryMb`; and the process's resident memory is checked against
 * {@link batchMemoryBound}, stopping the busy worker that holds most (or that is stuck in one
 * long step) when the batch goes over. A worker is replaced after a file that left it holding
 * half its budget or twice what it held after its first file (plus 64 MB), and after `recycleAfter`
 * files when that is given.
 * @example const pool = new WorkerPool({ entry, jobs: 2, timeoutMs: 120_000, memoryMb: 2048 }); await pool.run(task)
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: { task: Task; done: (r: TaskResult) => void }[] = [];
  private readonly guard: NodeJS.Timeout;
  private closed = false;
  /** Every task has been queued (see drain). */
  private draining = false;
  /** When the process guard last stopped a worker (ms since the epoch). */
  private guardedAt = 0;

  constructor(private readonly options: PoolOptions) {
    const first = takePrestarted(options.prestarted, options.entry, options.memoryMb);
    for (let i = 0; i < Math.max(1, options.jobs); i++) this.slots.push(this.spawn(i === 0 ? first : undefined));
    this.guard = setInterval(() => this.checkProcess(), GUARD_EVERY_MS);
    this.guard.unref();
  }

  /** Queues a task; resolves with its result (never rejects). */
  run(task: Task): Promise<TaskResult> {
    return new Promise((done) => {
      this.waiting.push({ task, done });
      this.dispatch();
    });
  }

  /**
   * Every task has been queued: from now on a worker left with nothing to take is stopped at once
   * rather than kept for more, so that stopping it (~50 ms for one that held pdf.js) overlaps the
   * work still running instead of following it in close().
   */
  drain(): void {
    this.draining = true;
    if (this.waiting.length === 0) for (const slot of this.slots) if (!slot.task) this.retire(slot);
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.guard);
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private get budget(): number {
    return this.options.memoryMb * 1024 * 1024;
  }

  /** A slot for `worker`, or for a fresh worker. */
  private spawn(worker = startWorker(this.options.entry, this.options.memoryMb)): Slot {
    const { memoryMb } = this.options;
    const slot: Slot = { worker, task: null, timer: null, done: null, held: 0, heardAt: Date.now(), files: 0, settled: null, retired: false };
    worker.on("message", (message: WorkerMessage) => {
      if (isPageReport(message)) return this.options.onPages?.(message);
      if (!isMemoryReport(message)) return this.finish(slot, message);
      slot.held = message.held;
      slot.heardAt = Date.now();
      if (slot.task && message.held > this.budget) this.replace(slot, "E_MEMORY", this.overBudget(message.held));
    });
    worker.on("error", (error: Error) => {
      const code = (error as { code?: string }).code === "ERR_WORKER_OUT_OF_MEMORY" ? "E_MEMORY" : "E_INTERNAL";
      const message = code === "E_MEMORY" ? `ran out of memory (its heap is capped at ${memoryMb} MB: --max-memory)` : `worker crashed: ${messageOf(error)}`;
      this.replace(slot, code, message);
    });
    worker.on("exit", () => this.replace(slot, "E_INTERNAL", "worker exited unexpectedly"));
    return slot;
  }

  private overBudget(held: number): string {
    return `needed more than ${this.options.memoryMb} MB (--max-memory): its worker held ${Math.round(held / 1048576)} MB, heap and pdf.js's buffers together`;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.task || slot.retired || this.waiting.length === 0) continue;
      const next = this.waiting.shift();
      if (!next) return;
      slot.task = next.task;
      slot.done = next.done;
      slot.heardAt = Date.now();
      slot.timer = setTimeout(() => {
        void slot.worker.terminate();
        this.replace(slot, "E_TIMEOUT", `took longer than ${Math.round(this.options.timeoutMs / 1000)} s (--timeout)`);
      }, this.options.timeoutMs + 1000);
      slot.worker.postMessage(next.task);
    }
  }

  private finish(slot: Slot, result: TaskResult): void {
    const done = slot.done;
    if (slot.timer) clearTimeout(slot.timer);
    slot.task = null;
    slot.done = null;
    slot.timer = null;
    slot.files++;
    if (slot.settled === null) slot.settled = slot.held;
    done?.(result);
    if (this.draining && this.waiting.length === 0) return this.retire(slot);
    // The worker reports what it holds just before its result: a file that left it holding much
    // (pdf.js caches, a fragmented heap) or a worker whose memory keeps growing gets the next file a fresh worker.
    const grown = slot.held > GROWTH_FACTOR * slot.settled + GROWTH_SLACK_MB * 1048576;
    const recycleAfter = this.options.recycleAfter;
    if (slot.held > RECYCLE_SHARE * this.budget || grown || (recycleAfter !== undefined && slot.files >= recycleAfter)) this.replace(slot, "", "");
    else this.dispatch();
  }

  /**
   * The process's resident memory against the bound: when over, the busy worker stuck in one
   * long step (a huge image being decoded reports nothing) or else holding most is stopped.
   */
  private checkProcess(): void {
    const rssMb = process.memoryUsage.rss() / 1048576;
    const bound = batchMemoryBound(this.slots.length, this.options.memoryMb);
    if (rssMb <= bound - GUARD_MARGIN_MB) return;
    const now = Date.now();
    // A stopped worker's memory takes a moment to go back; meanwhile the next file is not to blame.
    if (now - this.guardedAt < GUARD_COOLDOWN_MS) return;
    const busy = this.slots.filter((s) => s.task !== null);
    const stuck = busy.filter((s) => now - s.heardAt > STALE_MS).sort((a, b) => a.heardAt - b.heardAt)[0];
    // Only a worker that holds a real share of its budget (or reports nothing) is stopped: memory a
    // finished file left with the allocator is no fault of the one being read.
    const victim = stuck ?? busy.filter((s) => s.held > SUSPECT_SHARE * this.budget).sort((a, b) => b.held - a.held)[0];
    if (!victim) return;
    this.guardedAt = now;
    this.replace(victim, "E_MEMORY", `needed more than ${this.options.memoryMb} MB (--max-memory): the batch reached ${Math.round(rssMb)} MB of its ${bound} MB while this file was read`);
  }

  /** The slot's worker is gone or retired: fail its task (if any) and put a fresh worker in its place. */
  private replace(slot: Slot, code: string, message: string): void {
    const index = this.slots.indexOf(slot);
    if (index < 0 || this.closed) return;
    const task = slot.task;
    const done = slot.done;
    if (slot.timer) clearTimeout(slot.timer);
    stopWorker(slot.worker);
    // once drained, a worker is replaced only for tasks still waiting
    this.slots[index] = this.draining && this.waiting.length === 0 ? { ...slot, task: null, done: null, timer: null, retired: true } : this.spawn();
    if (task && done) done({ id: task.id, ok: false, code, message });
    this.dispatch();
  }

  /** Stops an idle slot's worker for good (drain): the slot stays, and takes no task. */
  private retire(slot: Slot): void {
    slot.retired = true;
    stopWorker(slot.worker);
  }
}
