import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type PgBoss from "pg-boss";
import { MAX_BYTES } from "@diarium/parser";
import type { Analysis } from "@diarium/schema";
import { failureLine, messageOf } from "../batch/failure.ts";
import { WorkerPool } from "../batch/pool.ts";
import type { TaskResult } from "../batch/worker.ts";
import { openStore } from "../store/open.ts";
import type { Store } from "../store/types.ts";
import { isConnectionError, untilReachable, Backoff } from "../queue/backoff.ts";
import { openQueue, QUEUE, QUEUE_ROOT, type JobOutcome, type PaperJob } from "../queue/jobs.ts";
import { redactUrl } from "../store/open.ts";
import type { CommandIo } from "./analyze.ts";

export type WorkFlags = {
  db: string;
  jobs: number;
  maxMemoryMb: number;
  timeoutSec: number;
  /** How many times a paper whose worker crashed (out of memory, over time, died) runs again before it is recorded failed. */
  retries: number;
  /** Keep waiting for new jobs when the queue is empty. */
  watch: boolean;
  quiet: boolean;
  /** How often this worker checks for expired leases (s); tests shorten it. */
  superviseEverySec?: number;
};

/**
 * Failures of the worker rather than of the paper: the paper may well read on another try. Every
 * other code (E_ENCRYPTED, E_NO_TEXT, E_IO, E_CHANGED, …) is the paper's and is not retried.
 */
const CRASHES = new Set(["E_MEMORY", "E_TIMEOUT", "E_INTERNAL", "E_DB"]);
/** How long an idle worker waits before asking again whether the queue is drained (ms). */
const IDLE_MS = 500;

type Tally = { done: number; failed: number; retried: number };

/**
 * `diarium work --db postgres://…`: takes papers from the queue, analyses each in a worker thread
 * (memory and time limits as in `analyze`), stores the analysis and its facts in one transaction
 * and acknowledges the job; exits when no job is queued or running (`--watch`: keeps waiting).
 * A read error is recorded failed with its code; a crash is retried up to `--retries` times; a
 * worker process that dies leaves its job to come back when its lease runs out. While PostgreSQL
 * is out of reach (a restart) it waits with backoff and goes on.
 * @example await workCommand({ db: "postgres://…", jobs: 2, maxMemoryMb: 2048, timeoutSec: 120, retries: 2, watch: false, quiet: false }, io) // 0
 */
export async function workCommand(flags: WorkFlags, io: Pick<CommandIo, "stderr" | "workerEntry">): Promise<number> {
  const say = (line: string): void => void io.stderr.write(line + "\n");
  const where = redactUrl(flags.db);
  let lostSince = 0;
  const onWait = (error: unknown, failures: number): void => {
    if (failures === 1 && lostSince === 0) {
      lostSince = Date.now();
      say(`diarium work: PostgreSQL out of reach (${messageOf(error)}); retrying with backoff`);
    }
  };
  const reconnected = (): void => {
    if (lostSince === 0) return;
    say(`diarium work: PostgreSQL back after ${((Date.now() - lostSince) / 1000).toFixed(1)} s`);
    lostSince = 0;
  };

  let store: Store;
  let boss: PgBoss;
  try {
    store = await untilReachable(() => openStore(flags.db), onWait);
    boss = await untilReachable(() => openQueue(flags.db, { supervise: true, superviseEverySec: flags.superviseEverySec ?? 5 }), onWait);
    reconnected();
  } catch (error) {
    say(`${where}: E_DB: ${messageOf(error)}`);
    return 1;
  }

  const pool = new WorkerPool({ entry: io.workerEntry, jobs: flags.jobs, timeoutMs: flags.timeoutSec * 1000, memoryMb: flags.maxMemoryMb });
  const tally: Tally = { done: 0, failed: 0, retried: 0 };
  const started = Date.now();
  let stopping = false;
  const stop = (): void => void (stopping = true);
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);

  /** True when nothing is queued or running anywhere (so nothing can come back from a dead worker's lease). */
  const drained = async (): Promise<boolean> => !flags.watch && (await boss.getQueueSize(QUEUE, { before: "completed" })) === 0;

  const loop = async (): Promise<void> => {
    const backoff = new Backoff();
    while (!stopping) {
      let job: PgBoss.JobWithMetadata<PaperJob> | undefined;
      try {
        [job] = await boss.fetch<PaperJob>(QUEUE, { includeMetadata: true });
        if (!job && (await drained())) return;
        backoff.reset();
        reconnected();
      } catch (error) {
        if (!isConnectionError(error)) throw error;
        onWait(error, backoff.failures + 1);
        await backoff.wait();
        continue;
      }
      if (!job) {
        await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
        continue;
      }
      await handle(job);
    }
  };

  let leaseWarned = false;
  const handle = async (job: PgBoss.JobWithMetadata<PaperJob>): Promise<void> => {
    const paper = job.data;
    // A paper may run for --timeout; a lease shorter than that hands a slow paper to a second worker
    // while the first still reads it (stored once all the same, but read twice).
    if (!leaseWarned && job.expireInSeconds < flags.timeoutSec + 10) {
      leaseWarned = true;
      say(`diarium work: warning: the jobs' lease (${job.expireInSeconds} s, enqueue --lease) is shorter than --timeout ${flags.timeoutSec} s and a margin; a slow paper may be read twice`);
    }
    const finish = async (outcome: JobOutcome): Promise<void> => {
      await untilReachable(() => boss.complete(QUEUE, job.id, outcome), onWait);
      if (outcome.ok) tally.done++;
      else {
        tally.failed++;
        say(failureLine({ path: paper.display, code: outcome.code, message: outcome.message }));
      }
    };
    // Taken again after crashes (its worker thread's, or its whole process's lease ran out): once
    // past --retries it is recorded failed, with the last reason, and not run again.
    if (job.retryCount > flags.retries) {
      const last = lastFailure(job.output);
      return finish({ ok: false, code: last.code, message: `${last.message} (given up after ${job.retryCount} tries, --retries ${flags.retries})` });
    }
    let bytes: Buffer;
    try {
      bytes = readFileSync(paper.file);
    } catch (error) {
      return finish({ ok: false, code: "E_IO", message: `cannot read ${paper.file}: ${messageOf(error)}` });
    }
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    if (sha256 !== paper.sha256) {
      return finish({ ok: false, code: "E_CHANGED", message: `the file changed since it was enqueued (sha256 ${sha256.slice(0, 12)}…, enqueued ${paper.sha256.slice(0, 12)}…); enqueue it again` });
    }
    const result: TaskResult = await pool.run({
      id: 0,
      file: paper.file,
      bytes,
      display: paper.display,
      format: paper.format,
      outFile: null,
      pretty: false,
      summary: false,
      timeoutMs: flags.timeoutSec * 1000,
      maxBytes: MAX_BYTES[paper.format],
      annotations: "include",
    });
    let failure: { code: string; message: string };
    if (result.ok) {
      try {
        const analysis = JSON.parse(result.output ?? "null") as Analysis;
        // Stored under the paper's path: a retried job (its acknowledgement lost) replaces its own row.
        const outcome = await untilReachable(() => store.putAnalysis({ root: QUEUE_ROOT, file: paper.file, analysis }), onWait);
        return finish({ ok: true, outcome });
      } catch (error) {
        failure = { code: "E_DB", message: `cannot store the analysis: ${messageOf(error)}` };
      }
    } else failure = { code: result.code, message: result.message };
    if (!CRASHES.has(failure.code)) return finish({ ok: false, ...failure });
    if (job.retryCount >= flags.retries) {
      return finish({ ok: false, code: failure.code, message: `${failure.message} (given up after ${job.retryCount + 1} tries, --retries ${flags.retries})` });
    }
    // pg-boss puts it back at once, for this or any other worker, counting the try.
    await untilReachable(() => boss.fail(QUEUE, job.id, { ok: false, ...failure }), onWait);
    tally.retried++;
    if (!flags.quiet) say(`${paper.display}: ${failure.code}: ${failure.message} (try ${job.retryCount + 1} of ${flags.retries + 1}; queued again)`);
  };

  let code = 0;
  try {
    await Promise.all(Array.from({ length: flags.jobs }, loop));
  } catch (error) {
    say(`${where}: E_DB: ${messageOf(error)}`);
    code = 1;
  } finally {
    process.off("SIGINT", stop);
    process.off("SIGTERM", stop);
    await pool.close();
    await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
    await store.close().catch(() => undefined);
  }
  const seconds = (Date.now() - started) / 1000;
  if (!flags.quiet) {
    say(`diarium work: ${tally.done} stored, ${tally.failed} failed, ${tally.retried} retried in ${seconds.toFixed(1)} s (${(tally.done / Math.max(seconds, 0.001)).toFixed(2)} papers/s)`);
  }
  return code || (tally.failed > 0 ? 1 : 0);
}

/**
 * The reason a job last failed, from its pg-boss output: what this command recorded, or pg-boss's
 * note that the lease ran out (its worker process died or hung).
 */
function lastFailure(output: unknown): { code: string; message: string } {
  const o = output as { code?: unknown; message?: unknown; value?: { message?: unknown } } | null;
  if (o && typeof o.code === "string" && typeof o.message === "string") return { code: o.code, message: o.message };
  return { code: "E_INTERNAL", message: "its worker process died or hung while analysing it (the job's lease ran out)" };
}
