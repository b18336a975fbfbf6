import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../src/store/open.ts";
import type { StanceRow } from "../src/store/types.ts";
import { corpus, diarium, ensureBundle, root, tempDir } from "./helpers.ts";
import { hasPostgres, notePostgresSkipped, testDatabase, type TestDatabase } from "./pg.ts";

// The shared queue against a real PostgreSQL (a private cluster, see pg.ts): workers are real
// `diarium work` processes, killed with SIGKILL, and the server is restarted under them.
notePostgresSkipped("queue.test.ts");

/** Papers in the queue: corpus text papers, each with a line of its own (distinct bytes, distinct jobs). */
const PAPERS = Number(process.env["DIARIUM_QUEUE_PAPERS"] ?? 500);
/**
 * The long paper's lease, short so that it comes back within the test once its worker is killed
 * (seconds); the other papers keep the default lease and time limit, since the other test files
 * share the two cores and a paper can take many seconds.
 */
const SHORT_LEASE = "30";
/** A run of the whole queue; generous, since the other test files share the two cores. */
const RUN_MS = 600_000;
const TEXT_PAPERS = ["stockholm-utlatande-2013-125.txt", "hagersten-liljeholmen-tjansteutlatande-2009.txt"];

let db: TestDatabase;
let dir: string;
let papers: string;

beforeAll(async () => {
  if (!hasPostgres) return;
  await ensureBundle();
  db = await testDatabase("queue");
  dir = tempDir("queue");
  papers = join(dir, "papers");
  mkdirSync(papers);
  const texts = TEXT_PAPERS.map((name) => readFileSync(corpus(name), "utf8"));
  // Each copy its own Dnr too: copies sharing one would be readings of one paper to the queries.
  for (let i = 0; i < PAPERS; i++) writeFileSync(join(papers, `p${String(i).padStart(4, "0")}.txt`), `${texts[i % texts.length]!.replaceAll("325-1328/2012", `325-${i}/2012`)}\nTestrad ${i}\n`);
  // A long paper (the Stockholm report fifteen times, ~0.5 MB): one second or more of analysis, so a
  // worker can be caught in the middle of it.
  writeFileSync(join(papers, "long.txt"), texts[0]!.repeat(15));
}, 60_000);

afterAll(async () => {
  if (!hasPostgres) return;
  await db?.drop();
  rmSync(dir, { recursive: true, force: true });
}, 60_000);

/** A fresh database on the test cluster, for one run's queue and index. */
async function database(name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: db.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(db.url);
  url.pathname = `/${name}`;
  return url.toString();
}

type Worker = { process: ChildProcess; stderr: string; exit: Promise<number | null> };

/** Starts `diarium work` as a process of its own (one worker thread unless `extra` says, leases checked every second). */
function startWorker(url: string, extra: string[] = []): Worker {
  const child = spawn(process.execPath, [join(root, "scripts/diarium.mjs"), "work", "--db", url, "--jobs", "1", ...extra], {
    cwd: root,
    env: { ...process.env, DIARIUM_SUPERVISE_SEC: "1" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  const worker: Worker = { process: child, stderr: "", exit: new Promise((resolve) => child.on("exit", (code) => resolve(code))) };
  child.stderr!.on("data", (d: Buffer) => (worker.stderr += d.toString()));
  return worker;
}

async function status(url: string): Promise<{ queued: number; running: number; done: number; failed: number; failedBy: Record<string, number> }> {
  const r = diarium(["status", "--db", url, "--format", "json"]);
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

/** Rows of one query (the queue's own tables, to catch a job in the act); none while the schema is not there yet. */
async function sql<T extends object>(url: string, query: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(query)).rows;
  } catch {
    return [];
  } finally {
    await client.end();
  }
}

/** Waits until `check` holds, asking every `everyMs`. */
async function until(check: () => Promise<boolean>, what: string, timeoutMs = 60_000, everyMs = 100): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** What the index answers: every stance row, the documents and a search, sorted so that runs compare. */
async function answers(location: string): Promise<{ documents: number; stances: StanceRow[]; papers: string[]; hits: string[] }> {
  const store = await openStore(location, { readonly: true });
  try {
    const key = (r: object): string => JSON.stringify(r);
    const stances = (await store.queryStances({})).sort((a, b) => (key(a) < key(b) ? -1 : 1));
    const papersSeen = (await store.queryDocuments({})).map((d) => d.paper).sort();
    // Every hit (the limit above any count here): the engines rank differently, so a top N would differ.
    const hits = (await store.search("personligt ombud", 1_000_000)).map((h) => `${h.paper} ${h.heading ?? ""}`).sort();
    return { documents: await store.documentCount(), stances, papers: papersSeen, hits };
  } finally {
    await store.close();
  }
}

function enqueue(url: string, inputs: string[], lease = "600"): string {
  const r = diarium(["enqueue", ...inputs, "--db", url, "--lease", lease]);
  expect(r.status, r.stderr).toBe(0);
  return r.stderr.trim();
}

describe.skipIf(!hasPostgres)("diarium enqueue / work / status on PostgreSQL", () => {
  let reference: Awaited<ReturnType<typeof answers>>;

  it("one worker analyses every paper once; enqueueing again is a no-op", async () => {
    const url = await database("one_worker");
    expect(enqueue(url, [papers])).toBe(`diarium enqueue: ${PAPERS + 1} queued, 0 already present, 0 failed`);
    expect(enqueue(url, [papers])).toBe(`diarium enqueue: 0 queued, ${PAPERS + 1} already present, 0 failed`);
    const worker = startWorker(url, ["--jobs", "2"]);
    expect(await worker.exit, worker.stderr).toBe(0);
    expect(worker.stderr).toMatch(new RegExp(`diarium work: ${PAPERS + 1} stored, 0 failed, 0 retried`));
    expect(await status(url)).toMatchObject({ queued: 0, running: 0, done: PAPERS + 1, failed: 0 });
    reference = await answers(url);
    expect(reference.documents).toBe(PAPERS + 1);
    expect(new Set(reference.papers).size).toBe(PAPERS + 1);
    expect(reference.stances.length).toBeGreaterThan(PAPERS);
  }, RUN_MS);

  it("gives the same rows as the SQLite path (analyze --out, then index)", () => {
    const out = join(dir, "out");
    const sqlite = join(dir, "archive.sqlite");
    expect(diarium(["analyze", papers, "--out", out, "-q"]).status).toBe(0);
    expect(diarium(["index", out, "--db", sqlite, "-q"]).status).toBe(0);
    return expect(answers(sqlite)).resolves.toEqual(reference);
  }, RUN_MS);

  it("a worker killed with SIGKILL in the middle of a paper: the paper comes back after its lease and is stored once; two workers finish the queue", async () => {
    const url = await database("two_workers");
    // The long paper first, alone, so that the first worker is surely inside it when it is killed.
    enqueue(url, [join(papers, "long.txt")], SHORT_LEASE);
    const doomed = startWorker(url);
    await until(async () => (await sql<{ n: number }>(url, "SELECT count(*)::int AS n FROM pgboss.job WHERE state = 'active'"))[0]?.n === 1, "the first worker to take the long paper", 60_000, 20);
    doomed.process.kill("SIGKILL");
    await doomed.exit;
    expect(await status(url)).toMatchObject({ running: 1, done: 0 });
    enqueue(url, [papers]);
    const workers = [startWorker(url), startWorker(url)];
    const codes = await Promise.all(workers.map((w) => w.exit));
    expect(codes, workers.map((w) => w.stderr).join("\n")).toEqual([0, 0]);
    expect(await status(url)).toMatchObject({ queued: 0, running: 0, done: PAPERS + 1, failed: 0 });
    expect(await answers(url)).toEqual(reference);
    // The long paper, and only it, was taken again (pg-boss counts an expired lease as a try).
    const rows = await sql<{ file: string }>(url, "SELECT data->>'display' AS file FROM pgboss.job WHERE retry_count > 0");
    expect(rows.map((r) => r.file)).toEqual([join(papers, "long.txt")]);
  }, RUN_MS);

  it("four workers finish the queue while PostgreSQL restarts under them, reconnecting with backoff", async () => {
    const url = await database("four_workers");
    enqueue(url, [papers]);
    const workers = Array.from({ length: 4 }, () => startWorker(url));
    await until(async () => (await sql<{ n: number }>(url, "SELECT count(*)::int AS n FROM pgboss.job WHERE state = 'completed'"))[0]!.n >= Math.min(50, PAPERS / 4), "the first papers", 600_000, 250);
    db.cluster!.restart();
    const codes = await Promise.all(workers.map((w) => w.exit));
    const stderr = workers.map((w) => w.stderr).join("\n");
    expect(codes, stderr).toEqual([0, 0, 0, 0]);
    expect(stderr).toMatch(/PostgreSQL out of reach .*retrying with backoff/);
    expect(stderr).toMatch(/PostgreSQL back after/);
    expect(await status(url)).toMatchObject({ queued: 0, running: 0, done: PAPERS + 1, failed: 0 });
    expect(await answers(url)).toEqual(reference);
  }, RUN_MS);

  it.skipIf(spawnSync("mkfifo", ["--version"]).error !== undefined)("refuses a named pipe on one line, queues the rest, and exits", async () => {
    const url = await database("pipe");
    const folder = join(dir, "pipe");
    mkdirSync(folder);
    writeFileSync(join(folder, "a.txt"), readFileSync(corpus(TEXT_PAPERS[0]!), "utf8"));
    expect(spawnSync("mkfifo", [join(folder, "ror.txt")]).status).toBe(0);
    // (hashing the pipe waited for a writer that never came: killed after 60 s, diarium() would throw)
    const run = diarium(["enqueue", join(folder, "a.txt"), join(folder, "ror.txt"), "--db", url], { timeoutMs: 60_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${join(folder, "ror.txt")}: E_UNSUPPORTED: a named pipe is read once`);
    expect(run.stderr).toContain("diarium enqueue: 1 queued, 0 already present, 1 failed");
  }, RUN_MS);

  it("a paper that takes its worker past --max-memory ends failed after its retries, with the reason; a changed paper fails at once; the rest are stored", async () => {
    const url = await database("poison");
    const small = join(dir, "small");
    mkdirSync(small);
    const text = readFileSync(corpus(TEXT_PAPERS[0]!), "utf8");
    for (let i = 0; i < 3; i++) writeFileSync(join(small, `p${i}.txt`), `${text}\nTestrad ${i}\n`);
    // ~10 MB of text: its analysis needs far more than a 64 MB heap.
    writeFileSync(join(small, "huge.txt"), text.repeat(300));
    writeFileSync(join(small, "changed.txt"), `${text}\nFöre\n`);
    enqueue(url, [small]);
    writeFileSync(join(small, "changed.txt"), `${text}\nEfter\n`);
    // A time limit well above what the huge paper takes to run out of memory: the cap is what is tested.
    const worker = startWorker(url, ["--max-memory", "64", "--retries", "1", "--timeout", "300"]);
    expect(await worker.exit).toBe(1);
    expect(worker.stderr).toMatch(/huge\.txt: E_MEMORY: .*--max-memory.* \(try 1 of 2; queued again\)/);
    expect(worker.stderr).toMatch(/huge\.txt: E_MEMORY: .*\(given up after 2 tries, --retries 1\)/);
    expect(worker.stderr).toMatch(/changed\.txt: E_CHANGED: the file changed since it was enqueued/);
    expect(worker.stderr).toMatch(/diarium work: 3 stored, 2 failed, 1 retried/);
    expect(await status(url)).toMatchObject({ queued: 0, running: 0, done: 3, failed: 2, failedBy: { E_MEMORY: 1, E_CHANGED: 1 } });
  }, RUN_MS);
});
