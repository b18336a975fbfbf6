#!/usr/bin/env node
// PostgreSQL bench: papers/s of the shared queue (`diarium enqueue` + 1, 2 and 4 `diarium work`
// processes of one thread each) against the SQLite path (`analyze --out --jobs 2` + `index`) on the
// same papers; index size per 1 000 papers (pg_total_relation_size of diarium's tables, and the
// queue's); stance-query and search latency at 10⁴ and 10⁵ stored papers, made by storing the
// corpus and development analyses again and again under distinct paths and hashes through the
// store (not re-analysed).
//
//   pnpm bench:pg                                    # defaults: 200 papers, 10⁴ and 10⁵ stored
//   pnpm bench:pg -- --papers 100 --sizes 1000,10000
//   DIARIUM_PG_URL=postgres://… pnpm bench:pg          # a server of your own (else a private cluster)
//
// Figures are printed, never asserted.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { tsImport } from "tsx/esm/api";
import { bundleIsStale, buildBundle } from "../scripts/build.mjs";
import { runCli } from "./cli.mjs";
import { benchArgs, describeMachine } from "./machine.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({ args: benchArgs(), options: { papers: { type: "string", default: "200" }, sizes: { type: "string", default: "10000,100000" }, runs: { type: "string", default: "5" } } });
const PAPERS = Number(values.papers);
const SIZES = values.sizes.split(",").map(Number).filter((n) => n > 0);
const RUNS = Number(values.runs);

const { startCluster } = await tsImport("../packages/cli/test/pg.ts", import.meta.url);
const { openStore } = await tsImport("../packages/cli/src/store/open.ts", import.meta.url);
// pg is the CLI package's dependency, not the root's.
const pg = createRequire(join(root, "packages/cli/package.json"))("pg");

if (bundleIsStale()) await buildBundle();
console.log(describeMachine());
const cluster = process.env.DIARIUM_PG_URL ? null : await startCluster();
const adminUrl = process.env.DIARIUM_PG_URL ?? cluster.url;
const tmp = mkdtempSync(join(tmpdir(), "diarium-bench-pg-"));
const made = [];

async function sql(url, text, params = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows;
  } finally {
    await client.end();
  }
}

/** A fresh database for one measurement. */
async function database(name) {
  const db = `diarium_bench_${name}_${process.pid}`;
  await sql(adminUrl, `CREATE DATABASE ${db}`);
  made.push(db);
  const url = new URL(adminUrl);
  url.pathname = `/${db}`;
  return url.toString();
}

// The papers: the corpus text papers and the development set (../shared/corpus/dev) where it is
// beside the clone, each copy with a line of its own so that every file is a distinct paper.
const sources = [join(root, "corpus")];
const dev = join(root, "..", "shared", "corpus", "dev");
if (existsSync(dev)) sources.push(dev);
const texts = sources.flatMap((d) => readdirSync(d).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(join(d, f), "utf8")));
const papers = join(tmp, "papers");
for (let i = 0; i < PAPERS; i++) {
  const dir = join(papers, String(i % 10));
  if (i < 10) mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `p${i}.txt`), `${texts[i % texts.length]}\nBench ${i}\n`);
}
console.log(`\n${PAPERS} papers (${texts.length} distinct texts from ${sources.map((s) => basename(s)).join(" and ")}, each copy with a line of its own)`);

const rate = (n, s) => `${(n / s).toFixed(2)} papers/s`;
const mb = (bytes) => `${(bytes / 1048576).toFixed(1)} MB`;

// The SQLite path.
const out = join(tmp, "out");
const sqlite = join(tmp, "archive.sqlite");
const analyzed = await runCli(["analyze", papers, "--out", out, "--jobs", "2", "-q"]);
const indexed = await runCli(["index", out, "--db", sqlite, "-q"]);
const sqliteSeconds = analyzed.seconds + indexed.seconds;
console.log(`\nSQLite path: analyze --out --jobs 2 ${analyzed.seconds.toFixed(1)} s + index ${indexed.seconds.toFixed(1)} s = ${rate(PAPERS, sqliteSeconds)} (exit ${analyzed.code}/${indexed.code}); ${mb(statSync(sqlite).size)} = ${mb((statSync(sqlite).size / PAPERS) * 1000)} per 1 000 papers`);

// The queue: enqueue once, then k worker processes of one thread each until the queue is drained.
const STORE_TABLES = `SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0)::bigint AS bytes FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'r' AND n.nspname = $1`;
const INDEXES = `SELECT coalesce(sum(pg_indexes_size(c.oid)), 0)::bigint AS indexes FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'r' AND n.nspname = $1`;
for (const k of [1, 2, 4]) {
  const url = await database(`w${k}`);
  const enq = await runCli(["enqueue", papers, "--db", url, "-q"]);
  const started = process.hrtime.bigint();
  const workers = await Promise.all(Array.from({ length: k }, () => runCli(["work", "--db", url, "--jobs", "1", "-q"])));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const [{ n }] = await sql(url, "SELECT count(*)::int AS n FROM documents");
  const [store] = await sql(url, STORE_TABLES, ["public"]);
  const [queue] = await sql(url, STORE_TABLES, ["pgboss"]);
  const cpu = workers.reduce((s, w) => s + w.cpuSeconds, 0);
  console.log(
    `PostgreSQL, ${k} worker${k > 1 ? "s" : ""}: enqueue ${enq.seconds.toFixed(1)} s, work ${seconds.toFixed(1)} s = ${rate(n, seconds)} (${n} stored, ${(sqliteSeconds / seconds).toFixed(2)}× the SQLite path; workers' CPU ${cpu.toFixed(1)} s, exits ${workers.map((w) => w.code).join(",")})` +
      (k === 1 ? `\n  index size: store ${mb(Number(store.bytes))} = ${mb((Number(store.bytes) / n) * 1000)} per 1 000 papers; queue ${mb(Number(queue.bytes))} = ${mb((Number(queue.bytes) / n) * 1000)} per 1 000 jobs` : ""),
  );
}

// Latency at scale: the analyses of the SQLite run stored again and again under distinct paths and hashes.
const analyses = readdirSync(out, { recursive: true })
  .filter((f) => String(f).endsWith(".json") && !String(f).startsWith("failures"))
  .map((f) => JSON.parse(readFileSync(join(out, String(f)), "utf8")))
  .filter((a) => a.source);
const url = await database("scale");
const store = await openStore(url);
/** Concurrent puts: the store's pool holds 4 connections. */
const PUT_CONCURRENCY = 4;
let stored = 0;
const storeUpTo = async (target) => {
  const t0 = process.hrtime.bigint();
  const from = stored;
  let next = stored;
  const putter = async () => {
    for (let i = next++; i < target; i = next++) {
      const a = analyses[i % analyses.length];
      const path = `scale/${i}/${a.source.path}`;
      // A Dnr of its own too: copies sharing one would be readings of one paper to the queries.
      const document = { ...a.document, diarienummer: a.document.diarienummer.map((d) => `${d}-${i}`) };
      const analysis = { ...a, document, source: { ...a.source, path, sha256: createHash("sha256").update(`${a.source.sha256} ${i}`).digest("hex") } };
      await store.putAnalysis({ root: "bench", file: `${i}.json`, analysis });
    }
  };
  await Promise.all(Array.from({ length: PUT_CONCURRENCY }, putter));
  stored = target;
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  return `${target - from} stored in ${s.toFixed(0)} s (${((target - from) / s).toFixed(0)} papers/s through putAnalysis, ${PUT_CONCURRENCY} at once)`;
};
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const timed = async (f) => {
  const times = [];
  let size = 0;
  for (let r = 0; r < RUNS; r++) {
    const t0 = process.hrtime.bigint();
    size = (await f()).length;
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return `${median(times).toFixed(0)} ms (median of ${RUNS}, ${size} rows)`;
};
console.log("");
for (const size of SIZES) {
  const how = await storeUpTo(size);
  await sql(url, "ANALYZE");
  const [{ bytes }] = await sql(url, STORE_TABLES, ["public"]);
  const [{ indexes }] = await sql(url, INDEXES, ["public"]);
  console.log(`${size} papers stored: ${how}; store ${mb(Number(bytes))} = ${mb((Number(bytes) / size) * 1000)} per 1 000, of which indexes ${mb((Number(indexes) / size) * 1000)}`);
  console.log(`  query stance --party MP:                ${await timed(() => store.queryStances({ party: "MP" }))}`);
  console.log(`  query stance --party MP --from 2013 --to 2013: ${await timed(() => store.queryStances({ party: "MP", from: "2013-01-01", to: "2013-12-31" }))}`);
  console.log(`  search "personligt ombud" --limit 20:   ${await timed(() => store.search('"personligt ombud"', 20))}`);
  console.log(`  search laddplats --limit 20:            ${await timed(() => store.search("laddplats", 20))}`);
}
await store.close();

for (const db of made) await sql(adminUrl, `DROP DATABASE IF EXISTS ${db} WITH (FORCE)`).catch(() => undefined);
cluster?.stop();
rmSync(tmp, { recursive: true, force: true });
