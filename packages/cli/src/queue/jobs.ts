import PgBoss from "pg-boss";
import type { InputFormat } from "../batch/inputs.ts";

// The job queue is pg-boss (chosen over graphile-worker by measurement: docs/scale.md). Its jobs
// live in the database's `pgboss` schema beside the index; diarium keeps no queue or lock of its own.

/** The one queue every `diarium enqueue` adds to and every `diarium work` takes from. */
export const QUEUE = "diarium-papers";
/** The store key's root for papers analysed from the queue (an `index` run's root is its OUT folder). */
export const QUEUE_ROOT = "diarium-queue";

/** One paper to analyse, read by path on the worker's machine; `sha256` is what was enqueued. */
export type PaperJob = { file: string; display: string; format: InputFormat; sha256: string; size: number };

/**
 * What a finished job records as its output: done, or failed with a code and the reason. Read
 * errors and exhausted crashes are completed with `failed` (pg-boss would retry a failed job);
 * pg-boss's own `failed` state is reached only when its retry limit runs out first.
 */
export type JobOutcome = { ok: true; outcome: string } | { ok: false; code: string; message: string };

/**
 * How many times pg-boss itself may retry a job: a ceiling above any `--retries`, since the worker
 * that takes a job decides with its own `--retries` whether a crashed job runs again.
 */
const RETRY_CEILING = 100;
/** Queued jobs are kept this long before pg-boss would archive them unstarted (an archive takes months). */
const RETENTION_DAYS = 3650;

/**
 * A pg-boss job id from a paper's sha256: the same bytes give the same id, so enqueueing a paper
 * twice is refused by pg-boss's primary key, however many machines enqueue at once.
 * @example jobIdOf("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") // "9f86d081-884c-7d65-9a2f-eaa0c55ad015"
 */
export function jobIdOf(sha256: string): string {
  const h = sha256.slice(0, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

export type QueueOptions = {
  /** The lease: a job still active this long after it was taken (its worker died) goes back to the queue. */
  leaseSec?: number;
  /** How often one of the workers checks for expired leases (s). */
  superviseEverySec?: number;
  /** Whether this process runs pg-boss's maintenance (expiring leases): workers do, enqueue and status need not. */
  supervise?: boolean;
  onError?: (error: Error) => void;
};

/**
 * Connects to pg-boss on `url` (installing or upgrading its schema on first use) and makes sure
 * the papers queue exists. pg-boss reconnects by itself: a query during a server restart fails,
 * and the next one opens a fresh connection.
 * @example const boss = await openQueue("postgres://diarium@db/arkiv", { supervise: false })
 */
export async function openQueue(url: string, options: QueueOptions = {}): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: url,
    application_name: "diarium",
    max: 4,
    supervise: options.supervise ?? false,
    schedule: false,
    maintenanceIntervalSeconds: options.superviseEverySec ?? 5,
    // Finished jobs are the record of what was done and why a paper failed: kept, not deleted after a week.
    archiveCompletedAfterSeconds: 30 * 24 * 3600,
    deleteAfterDays: RETENTION_DAYS,
  });
  // A connection lost while PostgreSQL restarts is reported here; the work loop retries with backoff.
  boss.on("error", options.onError ?? (() => undefined));
  await boss.start();
  if (!(await boss.getQueue(QUEUE))) {
    await boss
      .createQueue(QUEUE, { name: QUEUE, retryLimit: RETRY_CEILING, retryDelay: 0, expireInSeconds: options.leaseSec ?? 600, retentionMinutes: RETENTION_DAYS * 24 * 60 })
      .catch((error: unknown) => {
        // Two workers creating the queue at once: the other one won.
        if (!/already exists|duplicate key/i.test(String(error))) throw error;
      });
  }
  return boss;
}
