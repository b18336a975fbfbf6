#!/usr/bin/env node
// Text benchmark: MB/s of `diarium analyze DIR --out OUT --jobs 2` (the real CLI) on papers built
// from the corpus and development-set texts (read in place, concatenated and cut to size, written
// only to a temporary folder), peak RSS of a 2 000-paper batch against a 200-paper one, and the
// analysis time per kB at 20 kB, 200 kB and 2 MB in one process (analyzeInput, run under tsx), to
// show whether it stays flat.
//
//   pnpm bench:text                                  # 2 000 papers of 20–60 kB, 40 of 420 kB
//   pnpm bench:text -- --papers 200 --large 8 --sizes 20000,200000
//   TEXT_PAPERS=200 TEXT_LARGE=8 pnpm bench          # the same through pnpm bench
//
// Figures are printed, never asserted. MB are 10^6 bytes of input text.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { bundleIsStale, buildBundle } from "../scripts/build.mjs";
import { countJson, runCli as run } from "./cli.mjs";
import { benchArgs, describeMachine, summary } from "./machine.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({
  args: benchArgs(),
  options: {
    papers: { type: "string", default: process.env.TEXT_PAPERS ?? "2000" },
    large: { type: "string", default: process.env.TEXT_LARGE ?? "40" },
    "large-kb": { type: "string", default: "420" },
    memory: { type: "string", default: process.env.TEXT_MEMORY ?? "200" },
    sizes: { type: "string", default: process.env.TEXT_SIZES ?? "20000,200000,2000000" },
    jobs: { type: "string", default: "2" },
  },
  strict: false,
});

// The texts: corpus/*.txt and the development and real sets of ../shared/corpus beside the clone.
const folders = [join(root, "corpus"), join(root, "..", "shared", "corpus", "dev"), join(root, "..", "shared", "corpus", "real")].filter(existsSync);
const sources = folders.flatMap((dir) => readdirSync(dir).filter((n) => n.endsWith(".txt")).sort().map((n) => readFileSync(join(dir, n), "utf8")));
if (sources.length === 0) throw new Error("no corpus texts found");

/** A deterministic generator (mulberry32), so that two runs build the same papers. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ (t + t + Math.imul(t ^ (t >>> 14), 71 | t));
    return ((t ^ (t >>> 9)) >>> 0) / 4294967296;
  };
}

/** A paper of about `bytes` bytes: whole texts in turn from a random one, cut at a line end. */
function paper(bytes, next) {
  let text = "";
  let k = Math.floor(next() * sources.length);
  while (Buffer.byteLength(text) < bytes) text += (text ? "\n\n" : "") + sources[k++ % sources.length];
  const cut = text.lastIndexOf("\n", bytes);
  return text.slice(0, cut > bytes / 2 ? cut : bytes);
}

/** A folder of `n` papers whose sizes are drawn between `min` and `max` bytes; returns it and its total bytes. */
function buildArchive(n, min, max, seed) {
  const dir = mkdtempSync(join(tmpdir(), "diarium-bench-text-"));
  const next = random(seed);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const folder = join(dir, ["kommunstyrelsen", "socialnämnden", "stadsdelsnämnd (norr)"][i % 3]);
    mkdirSync(folder, { recursive: true });
    const text = paper(Math.round(min + next() * (max - min)), next);
    writeFileSync(join(folder, `ärende ${String(i).padStart(5, "0")}.txt`), text);
    total += Buffer.byteLength(text);
  }
  return { dir, total };
}


/** Analyses a built archive with the CLI and prints its throughput. */
async function throughput(label, n, min, max, seed) {
  const archive = buildArchive(n, min, max, seed);
  const out = mkdtempSync(join(tmpdir(), "diarium-bench-text-out-"));
  const r = await run(["analyze", archive.dir, "--out", out, "--jobs", values.jobs, "--quiet"]);
  const mb = archive.total / 1e6;
  const written = countJson(out);
  // On a shared VM the wall time depends on the others' load; CPU seconds say what the work itself costs.
  console.log(`${label}: ${n} papers, ${mb.toFixed(1)} MB, --jobs ${values.jobs}: ${r.seconds.toFixed(1)} s, ${(mb / r.seconds).toFixed(2)} MB/s, ${r.cpuSeconds.toFixed(1)} CPU s (${(mb / r.cpuSeconds).toFixed(2)} MB per CPU second), ${written} analyses, exit ${r.code}, peak RSS ${r.peakMb.toFixed(0)} MB`);
  if (r.code !== 0) console.log(`  ${r.stderr.trim().split("\n").slice(0, 3).join("\n  ")}`);
  rmSync(archive.dir, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
  return { ...r, mbPerS: mb / r.seconds, mbPerCpuS: mb / r.cpuSeconds, written };
}

// In one process: analyzeInput on one paper of each size, repeated to about 4 MB per size after a
// warm-up, best of three rounds; ms per kB of input.
const PER_KB = `
import { analyzeInput } from ${JSON.stringify(join(root, "packages/extractor/src/index.ts"))};
const [sizes, ...texts] = JSON.parse((await import("node:fs")).readFileSync(process.argv[2], "utf8"));
const results = [];
for (const [k, size] of sizes.entries()) {
  const bytes = new TextEncoder().encode(texts[k]);
  const input = { path: "bench.txt", bytes, sha256: "0".repeat(64), format: "text" };
  const reps = Math.max(1, Math.round(4e6 / size / 3));
  await analyzeInput(input);
  let best = Infinity;
  let bestCpu = Infinity;
  for (let round = 0; round < 3; round++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    for (let r = 0; r < reps; r++) if (!(await analyzeInput(input)).ok) throw new Error("read error");
    const cpu = process.cpuUsage(c0);
    best = Math.min(best, (performance.now() - t0) / reps);
    bestCpu = Math.min(bestCpu, (cpu.user + cpu.system) / 1000 / reps);
  }
  results.push({ size: bytes.length, ms: best, cpuMs: bestCpu });
}
console.log(JSON.stringify(results));`;

function perKb(sizes) {
  const next = random(7);
  const texts = sizes.map((size) => paper(size, next));
  const dir = mkdtempSync(join(tmpdir(), "diarium-bench-perkb-"));
  const script = join(dir, "per-kb.mts");
  writeFileSync(script, PER_KB);
  writeFileSync(join(dir, "texts.json"), JSON.stringify([sizes, ...texts]));
  const r = spawnSync(process.execPath, ["--import", "tsx", script, join(dir, "texts.json")], { cwd: root, encoding: "utf8", maxBuffer: 1 << 26 });
  rmSync(dir, { recursive: true, force: true });
  if (r.status !== 0) throw new Error(r.stderr || r.error?.message);
  return JSON.parse(r.stdout.trim().split("\n").pop());
}

if (bundleIsStale()) await buildBundle();
console.log(`Text benchmark on ${describeMachine()}.`);
console.log(`Papers are corpus and development-set texts (${sources.length} of them) concatenated and cut to size.\n`);

const papers = Number(values.papers);
const large = Number(values.large);
const realSize = papers > 0 ? await throughput("real-size papers (20–60 kB)", papers, 20_000, 60_000, 1) : undefined;
const largeSize = large > 0 ? await throughput(`large papers (${values["large-kb"]} kB)`, large, Number(values["large-kb"]) * 1000, Number(values["large-kb"]) * 1000, 2) : undefined;
// A run where papers failed measured something else: the table says so.
const failures = (r, n) => (r.written < n ? ` (${n - r.written} of ${n} FAILED)` : "");
if (realSize) summary("text MB/s, 20–60 kB papers, --jobs 2", `${realSize.mbPerS.toFixed(2)} MB/s (${realSize.mbPerCpuS.toFixed(2)} MB/CPU s)${failures(realSize, papers)}`, "≥ 5 MB/s");
if (largeSize) summary(`text MB/s, ${values["large-kb"]} kB papers, --jobs 2`, `${largeSize.mbPerS.toFixed(2)} MB/s (${largeSize.mbPerCpuS.toFixed(2)} MB/CPU s)${failures(largeSize, large)}`, "≥ 5 MB/s");

// Memory: the same kind of papers, a tenth as many; peak RSS should not grow with the batch.
const memoryN = Number(values.memory);
if (realSize && memoryN > 0 && memoryN < papers) {
  const small = await throughput("memory comparison (20–60 kB)", memoryN, 20_000, 60_000, 1);
  const ratio = realSize.peakMb / small.peakMb;
  console.log(`peak RSS: ${papers} papers ${realSize.peakMb.toFixed(0)} MB, ${memoryN} papers ${small.peakMb.toFixed(0)} MB: ${ratio.toFixed(2)}×`);
  summary(`peak RSS ${papers} vs ${memoryN} text papers`, `${realSize.peakMb.toFixed(0)} / ${small.peakMb.toFixed(0)} MB = ${ratio.toFixed(2)}×`, "≤ 1.10×");
}

const sizes = values.sizes.split(",").map(Number).filter((s) => s > 0);
if (sizes.length > 0) {
  console.log(`\nanalysis time per kB, one process (analyzeInput under tsx, best of 3 rounds of ~1.3 MB each):`);
  const results = perKb(sizes);
  // CPU time (the process's, garbage collection threads included) is steadier than wall time when others share the cores.
  for (const r of results) console.log(`  ${`${(r.size / 1000).toFixed(0)} kB`.padStart(8)}: ${r.ms.toFixed(1).padStart(8)} ms, ${(r.ms / (r.size / 1000)).toFixed(3)} ms/kB wall, ${(r.cpuMs / (r.size / 1000)).toFixed(3)} ms/kB CPU, ${(r.size / 1e6 / (r.ms / 1000)).toFixed(2)} MB/s on one core`);
  const perKbs = results.map((r) => r.ms / (r.size / 1000));
  const cpuPerKbs = results.map((r) => r.cpuMs / (r.size / 1000));
  const spread = Math.max(...perKbs) / Math.min(...perKbs);
  const cpuSpread = Math.max(...cpuPerKbs) / Math.min(...cpuPerKbs);
  console.log(`  largest/smallest ms per kB: ${spread.toFixed(2)}× wall, ${cpuSpread.toFixed(2)}× CPU`);
  const sizesLabel = results.map((r) => `${(r.size / 1000).toFixed(0)} kB`).join(" / ");
  summary(`analysis ms/kB (wall) at ${sizesLabel}`, `${perKbs.map((x) => x.toFixed(2)).join(" / ")} (${spread.toFixed(2)}× spread)`, "flat");
  summary(`analysis ms/kB (CPU) at ${sizesLabel}`, `${cpuPerKbs.map((x) => x.toFixed(2)).join(" / ")} (${cpuSpread.toFixed(2)}× spread)`, "flat");
}
