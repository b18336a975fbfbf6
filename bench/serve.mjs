#!/usr/bin/env node
// `diarium serve` benchmark: milliseconds per request of the stance table (unfiltered and
// filtered), the search and a party's timeline, through the real server on a loopback port, over
// an index of the corpus (and of ../shared/corpus dev, dev-protocols and real where present),
// its analyses repeated as distinct papers (another number, another year) up to --papers.
//
//   pnpm bench:serve                          # 2 000 papers, 50 requests per address
//   pnpm bench:serve -- --papers 5000 --requests 100
//   pnpm bench:serve -- --reuse               # the index of the last run (.bench/serve/)
//
// Figures are printed, never asserted. Target (issue 15): the stance table under 100 ms per request.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { loadavg } from "node:os";
import { bundleIsStale, buildBundle } from "../scripts/build.mjs";
import { runCli } from "./cli.mjs";
import { benchArgs, describeMachine, summary } from "./machine.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({
  args: benchArgs(),
  options: {
    papers: { type: "string", default: "2000" },
    requests: { type: "string", default: "50" },
    reuse: { type: "boolean", default: false },
  },
});
const work = join(root, ".bench/serve");
const out = join(work, "out");
const db = join(work, "archive.sqlite");
const shared = join(root, "../shared/corpus");
const sources = [join(root, "corpus"), ...["dev", "dev-protocols", "real"].map((d) => join(shared, d)).filter(existsSync)];

/** Every *.json under a folder. */
function analysesUnder(dir) {
  return readdirSync(dir, { recursive: true }).map((p) => join(dir, String(p))).filter((p) => p.endsWith(".json") && !p.includes("/copies/"));
}

/**
 * Copies of the analyses as other papers: copy k gets the number "<number>/k", a date k years
 * earlier (so date filters cut the archive) and its own source path, written under OUT/copies/k.
 */
function repeatAnalyses(files, total) {
  let made = files.length;
  for (let k = 1; made < total; k++) {
    for (const file of files) {
      if (made >= total) break;
      const a = JSON.parse(readFileSync(file, "utf8"));
      a.source.path = `copies/${k}/${a.source.path}`;
      a.document.number = `${a.document.number ?? "x"}/${k}`;
      if (a.document.date) a.document.date = `${Number(a.document.date.slice(0, 4)) - (k % 15)}${a.document.date.slice(4)}`;
      const target = join(out, "copies", String(k), relative(out, file));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, JSON.stringify(a));
      made++;
    }
  }
  return made;
}

/** Starts `diarium serve` on a free loopback port; resolves with the child and its base URL. */
function startServe() {
  const child = spawn(process.execPath, [join(root, "scripts/diarium.mjs"), "serve", "--db", db, "--port", "0"], { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    let text = "";
    child.stdout.on("data", (d) => {
      text += d;
      const url = /http:\/\/\S+\//.exec(text)?.[0];
      if (url) resolve({ child, base: url.replace(/\/$/, "") });
    });
    child.on("exit", (code) => reject(new Error(`diarium serve exited ${code}`)));
  });
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

/**
 * CPU seconds a process has used (utime + stime of all its threads, from /proc; Linux): on a
 * shared VM the wall time of a request mostly measures the others' load, its CPU time does not.
 */
function cpuSecondsOf(pid) {
  try {
    const line = readFileSync(`/proc/${pid}/stat`, "utf8");
    const stat = line.slice(line.lastIndexOf(")") + 2).split(" ");
    return (Number(stat[11]) + Number(stat[12])) / 100;
  } catch {
    return NaN;
  }
}

/**
 * Times `n` sequential requests of one address (after 3 unmeasured ones), the body read whole:
 * wall-clock median and p95, and the server's CPU ms per request.
 */
async function timeRequests(base, path, n, serverPid, status = 200) {
  let bytes = 0;
  for (let i = 0; i < 3; i++) await (await fetch(base + path)).arrayBuffer();
  const cpuBefore = cpuSecondsOf(serverPid);
  const ms = [];
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    const response = await fetch(base + path);
    bytes = (await response.arrayBuffer()).byteLength;
    ms.push(Number(process.hrtime.bigint() - t) / 1e6);
    if (response.status !== status) throw new Error(`${path}: HTTP ${response.status}`);
  }
  const cpuMs = ((cpuSecondsOf(serverPid) - cpuBefore) * 1000) / n;
  ms.sort((a, b) => a - b);
  return { median: quantile(ms, 0.5), p95: quantile(ms, 0.95), cpuMs, bytes };
}

if (bundleIsStale()) await buildBundle();
console.log(`serve benchmark on ${describeMachine()}.`);
if (!values.reuse || !existsSync(db)) {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const analyzed = await runCli(["analyze", ...sources, "--out", out, "--quiet", "--jobs", "2"]);
  const originals = analysesUnder(out);
  console.log(`analysed ${originals.length} papers of ${sources.map((s) => relative(root, s)).join(", ")} in ${analyzed.seconds.toFixed(1)} s${analyzed.code ? ` (exit ${analyzed.code}: some failed)` : ""}`);
  const papers = repeatAnalyses(originals, Number(values.papers));
  const indexed = await runCli(["index", out, "--db", db, "--quiet"]);
  if (indexed.code !== 0) throw new Error(`diarium index failed: ${indexed.stderr}`);
  console.log(`indexed ${papers} papers (the analyses repeated as distinct papers) in ${indexed.seconds.toFixed(1)} s`);
}

const { child, base } = await startServe();
const results = [];
try {
  const rows = spawnSync(process.execPath, [join(root, "scripts/diarium.mjs"), "query", "stance", "--db", db, "--format", "ndjson"], { encoding: "utf8", maxBuffer: 1 << 30 }).stdout.split("\n").filter(Boolean).length;
  console.log(`index: ${relative(root, db)}, ${rows} stance rows; ${values.requests} sequential requests per address after 3 unmeasured`);
  const n = Number(values.requests);
  const cases = [
    ["stance table, unfiltered (first page, 200 rows)", "/stances"],
    ["stance table, --party MP", "/stances?party=MP"],
    ["stance table, party S, 2013–2020, with undated", "/stances?party=socialdemokraterna&from=2013&to=2020&undated=include"],
    ["stance table, stance avslag, forum Kommunstyrelsen", "/stances?stance=avslag&forum=Kommunstyrelsen"],
    ["stance table, bad filter (400)", "/stances?party=XYZ"],
    ["search 'motion'", "/search?q=motion"],
    ["timeline of MP", "/timeline?party=MP"],
  ];
  console.log("\naddress                                              median ms    p95 ms  server CPU ms      kB");
  for (const [label, path] of cases) {
    const r = await timeRequests(base, path, n, child.pid, path.includes("XYZ") ? 400 : 200);
    console.log(`${label.padEnd(52)} ${r.median.toFixed(1).padStart(9)} ${r.p95.toFixed(1).padStart(9)} ${r.cpuMs.toFixed(1).padStart(14)} ${(r.bytes / 1000).toFixed(0).padStart(7)}`);
    if (path === "/stances") results.push(["serve stance table (ms/request: median wall, server CPU)", `${r.median.toFixed(0)}, ${r.cpuMs.toFixed(0)}`]);
    if (path === "/stances?party=MP") results.push(["serve stance table --party MP (ms/request: median wall, server CPU)", `${r.median.toFixed(0)}, ${r.cpuMs.toFixed(0)}`]);
  }
} finally {
  child.kill("SIGTERM");
}
console.log(`\nload average ${loadavg()[0].toFixed(1)} at the end`);
for (const [measure, value] of results) summary(measure, value, "< 100");
