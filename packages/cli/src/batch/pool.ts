import { Worker } from "node:worker_threads";
import { messageOf } from "./failure.ts";
import type { Task, TaskResult } from "./worker.ts";

/** Marks a worker thread started from the CLI bundle (see main.ts). */
export const WORKER_MARK = "diarium-analyze-worker";

export type PoolOptions = {
  /** The module the workers run: the CLI bundle itself. */
  entry: URL;
  jobs: number;
  /** Per-file wall-clock limit; a worker that runs over is terminated and replaced. */
  timeoutMs: number;
  /** Heap cap for each worker (resourceLimits.maxOldGenerationSizeMb). */
  memoryMb: number;
};

type Slot = { worker: Worker; task: Task | null; timer: NodeJS.Timeout | null; done: ((r: TaskResult) => void) | null };

/**
 * A fixed pool of worker threads. Each task gets a result, whatever happens to its worker:
 * a timeout gives E_TIMEOUT, a heap overflow E_MEMORY, a crash E_INTERNAL; the worker is
 * replaced and the batch goes on.
 * @example const pool = new WorkerPool({ entry, jobs: 2, timeoutMs: 120_000, memoryMb: 2048 }); await pool.run(task)
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: { task: Task; done: (r: TaskResult) => void }[] = [];
  private closed = false;

  constructor(private readonly options: PoolOptions) {
    for (let i = 0; i < Math.max(1, options.jobs); i++) this.slots.push(this.spawn());
  }

  /** Queues a task; resolves with its result (never rejects). */
  run(task: Task): Promise<TaskResult> {
    return new Promise((done) => {
      this.waiting.push({ task, done });
      this.dispatch();
    });
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const worker = new Worker(this.options.entry, {
      workerData: { mark: WORKER_MARK },
      resourceLimits: { maxOldGenerationSizeMb: this.options.memoryMb },
      stdout: false,
      stderr: false,
    });
    const slot: Slot = { worker, task: null, timer: null, done: null };
    worker.on("message", (result: TaskResult) => this.finish(slot, result));
    worker.on("error", (error: Error) => {
      const code = (error as { code?: string }).code === "ERR_WORKER_OUT_OF_MEMORY" ? "E_MEMORY" : "E_INTERNAL";
      const message = code === "E_MEMORY" ? `ran out of memory (over ${this.options.memoryMb} MB)` : `worker crashed: ${messageOf(error)}`;
      this.replace(slot, code, message);
    });
    worker.on("exit", () => this.replace(slot, "E_INTERNAL", "worker exited unexpectedly"));
    return slot;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.task || this.waiting.length === 0) continue;
      const next = this.waiting.shift();
      if (!next) return;
      slot.task = next.task;
      slot.done = next.done;
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
    done?.(result);
    this.dispatch();
  }

  /** The slot's worker is gone: fail its task (if any) and put a fresh worker in its place. */
  private replace(slot: Slot, code: string, message: string): void {
    const index = this.slots.indexOf(slot);
    if (index < 0 || this.closed) return;
    const task = slot.task;
    const done = slot.done;
    if (slot.timer) clearTimeout(slot.timer);
    slot.worker.removeAllListeners();
    slot.worker.on("error", () => undefined);
    void slot.worker.terminate();
    this.slots[index] = this.spawn();
    if (task && done) done({ id: task.id, ok: false, code, message });
    this.dispatch();
  }
}
