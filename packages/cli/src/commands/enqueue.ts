import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import type PgBoss from "pg-boss";
import { MAX_BYTES } from "@diarium/parser";
import { collectInputs, type InputFile } from "../batch/inputs.ts";
import { failureLine, messageOf } from "../batch/failure.ts";
import { jobIdOf, openQueue, QUEUE, type PaperJob } from "../queue/jobs.ts";
import { redactUrl } from "../store/open.ts";
import type { CommandIo } from "./analyze.ts";

export type EnqueueFlags = { db: string; leaseSec: number; quiet: boolean };

/** Papers hashed and offered to pg-boss at a time (one round trip per batch). */
const BATCH = 500;

/**
 * `diarium enqueue DIR… --db postgres://…`: one job per paper, keyed by the sha256 of its bytes,
 * so a paper already queued, running or done is not queued again (a changed paper is a new job).
 * Papers are read by path when a worker takes them, so the folders must be at the same place on
 * every worker machine (a shared mount). Prints how many were queued and how many were there.
 * @example await enqueueCommand(["archive"], { db: "postgres://…", leaseSec: 600, quiet: false }, io) // 0; "diarium enqueue: 812 queued, 0 already present, 0 failed"
 */
export async function enqueueCommand(operands: string[], flags: EnqueueFlags, io: Pick<CommandIo, "stderr">): Promise<number> {
  const { inputs, failures } = collectInputs(operands, { maxBytes: MAX_BYTES });
  for (const f of failures) io.stderr.write(failureLine(f) + "\n");
  const papers = inputs.filter((i) => i.file !== "-" && !i.pipe);
  if (inputs.some((i) => i.file === "-")) io.stderr.write("stdin: E_UNSUPPORTED: a queued paper is read by path on the worker's machine; save it to a file\n");
  // hashing a pipe here would take its bytes (or wait for them), and the worker would find it empty
  for (const pipe of inputs.filter((i) => i.pipe)) {
    failures.push({ path: pipe.display, code: "E_UNSUPPORTED", message: "a named pipe is read once, and a queued paper is read later, by path, on the worker's machine; save it to a file" });
    io.stderr.write(failureLine(failures[failures.length - 1]!) + "\n");
  }
  let queued = 0;
  let present = 0;
  let boss: PgBoss;
  try {
    boss = await openQueue(flags.db, { leaseSec: flags.leaseSec });
  } catch (error) {
    io.stderr.write(`${redactUrl(flags.db)}: E_DB: cannot open the queue: ${messageOf(error)}\n`);
    return 1;
  }
  try {
    for (let i = 0; i < papers.length; i += BATCH) {
      const jobs: PaperJob[] = [];
      for (const input of papers.slice(i, i + BATCH)) {
        try {
          jobs.push(await jobOf(input));
        } catch (error) {
          failures.push({ path: input.display, code: "E_IO", message: `cannot read: ${messageOf(error)}` });
          io.stderr.write(failureLine(failures[failures.length - 1]!) + "\n");
        }
      }
      const unique = [...new Map(jobs.map((j) => [jobIdOf(j.sha256), j])).entries()];
      // What pg-boss holds already (queued, running, done or archived) is counted, not offered again;
      // the insert below refuses a duplicate id all the same, should another machine enqueue it meanwhile.
      const known = await knownIds(boss, unique.map(([id]) => id));
      const fresh = unique.filter(([id]) => !known.has(id));
      await boss.insert(fresh.map(([id, data]) => ({ name: QUEUE, id, data, expireInSeconds: flags.leaseSec })));
      queued += fresh.length;
      present += jobs.length - fresh.length;
    }
  } catch (error) {
    io.stderr.write(`${redactUrl(flags.db)}: E_DB: ${messageOf(error)}\n`);
    return 1;
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
  if (!flags.quiet) io.stderr.write(`diarium enqueue: ${queued} queued, ${present} already present, ${failures.length} failed\n`);
  return failures.length > 0 ? 1 : 0;
}

async function jobOf(input: InputFile): Promise<PaperJob> {
  const hash = createHash("sha256");
  // Streamed: a 100 MB PDF is hashed without holding it.
  for await (const chunk of createReadStream(input.file)) hash.update(chunk as Buffer);
  return { file: input.file, display: input.display, format: input.format, sha256: hash.digest("hex"), size: input.size };
}

/** The ids among `ids` that pg-boss holds in its job table or its archive. */
async function knownIds(boss: PgBoss, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const { rows } = await boss
    .getDb()
    .executeSql("SELECT id::text FROM pgboss.job WHERE name = $1 AND id = ANY($2::uuid[]) UNION SELECT id::text FROM pgboss.archive WHERE name = $1 AND id = ANY($2::uuid[])", [QUEUE, ids]);
  return new Set((rows as { id: string }[]).map((r) => r.id));
}
