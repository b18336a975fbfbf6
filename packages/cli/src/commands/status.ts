import type PgBoss from "pg-boss";
import { messageOf } from "../batch/failure.ts";
import { openQueue, QUEUE } from "../queue/jobs.ts";
import { redactUrl } from "../store/open.ts";
import type { CommandIo } from "./analyze.ts";

export type StatusFlags = { db: string; format: "table" | "json"; windowMin: number };

/** The queue at a glance: counts by state, failures by code, and how fast papers have been done lately. */
export type QueueStatus = {
  queued: number;
  running: number;
  done: number;
  failed: number;
  /** Failed papers per code, most first. */
  failedBy: Record<string, number>;
  /** Papers finished in the window, and per second between the first start and the last finish among them. */
  recent: { windowMin: number; finished: number; perSecond: number | null };
};

/**
 * `diarium status --db postgres://…`: what the queue holds (queued, running, done, failed with
 * codes) and its throughput over the last minutes. Read from pg-boss's tables (live and archived).
 * @example await statusCommand({ db: "postgres://…", format: "table", windowMin: 5 }, io) // prints "queued  0\nrunning  0\ndone  812\n…"
 */
export async function statusCommand(flags: StatusFlags, io: Pick<CommandIo, "stdout" | "stderr">): Promise<number> {
  let boss: PgBoss | undefined;
  try {
    boss = await openQueue(flags.db);
    const status = await queueStatus(boss, flags.windowMin);
    io.stdout.write(flags.format === "json" ? JSON.stringify(status) + "\n" : renderStatus(status));
    return 0;
  } catch (error) {
    io.stderr.write(`${redactUrl(flags.db)}: E_DB: ${messageOf(error)}\n`);
    return 1;
  } finally {
    await boss?.stop({ graceful: false, wait: true }).catch(() => undefined);
  }
}

/** Counts of the papers queue, live jobs and archived ones together. */
export async function queueStatus(boss: PgBoss, windowMin: number): Promise<QueueStatus> {
  const db = boss.getDb();
  const jobs = `(SELECT state, output, started_on, completed_on FROM pgboss.job WHERE name = $1 UNION ALL SELECT state, output, started_on, completed_on FROM pgboss.archive WHERE name = $1) j`;
  // A completed job whose output says ok false was recorded failed by diarium work (pg-boss would retry a failed one).
  const { rows } = await db.executeSql(
    `SELECT CASE WHEN state IN ('created', 'retry') THEN 'queued' WHEN state = 'active' THEN 'running'
                 WHEN state = 'completed' AND coalesce(output->>'ok', 'true') <> 'false' THEN 'done' ELSE 'failed' END AS bucket,
            CASE WHEN state IN ('failed', 'cancelled') OR output->>'ok' = 'false' THEN coalesce(output->>'code', 'E_INTERNAL') END AS code,
            count(*)::int AS n
       FROM ${jobs} GROUP BY 1, 2`,
    [QUEUE],
  );
  const status: QueueStatus = { queued: 0, running: 0, done: 0, failed: 0, failedBy: {}, recent: { windowMin, finished: 0, perSecond: null } };
  for (const r of rows as { bucket: "queued" | "running" | "done" | "failed"; code: string | null; n: number }[]) {
    status[r.bucket] += r.n;
    if (r.bucket === "failed") status.failedBy[r.code ?? "E_INTERNAL"] = (status.failedBy[r.code ?? "E_INTERNAL"] ?? 0) + r.n;
  }
  status.failedBy = Object.fromEntries(Object.entries(status.failedBy).sort((a, b) => b[1] - a[1]));
  const recent = await db.executeSql(
    `SELECT count(*)::int AS n, extract(epoch FROM max(completed_on) - min(started_on))::float AS span
       FROM ${jobs} WHERE state IN ('completed', 'failed') AND completed_on > now() - make_interval(mins => $2)`,
    [QUEUE, windowMin],
  );
  const r = recent.rows[0] as { n: number; span: number | null } | undefined;
  if (r && r.n > 0) status.recent = { windowMin, finished: r.n, perSecond: r.span && r.span > 0 ? r.n / r.span : null };
  return status;
}

/** The status as a few aligned lines. */
function renderStatus(s: QueueStatus): string {
  const codes = Object.entries(s.failedBy).map(([code, n]) => `${code} ${n}`).join(", ");
  const rate = s.recent.perSecond === null ? "–" : `${s.recent.perSecond.toFixed(2)} papers/s`;
  return [
    `queued      ${s.queued}`,
    `running     ${s.running}`,
    `done        ${s.done}`,
    `failed      ${s.failed}${codes ? `  (${codes})` : ""}`,
    `throughput  ${rate} over the last ${s.recent.windowMin} min (${s.recent.finished} finished)`,
    "",
  ].join("\n");
}
