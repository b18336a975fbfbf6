#!/usr/bin/env node
// Memory benchmark: peak RSS of `diarium analyze --out` over the 74 PDFs of pdf.js's own test
// suite in ../shared/corpus/pdfjs/ (CMaps, form fields, damaged files, and issue18911.pdf, which
// makes pdf.js allocate ~660 MB outside the JavaScript heap), each copied ten times with distinct
// bytes (a comment line appended, so no copy is skipped as already analysed), with
// `--jobs 2 --max-memory 256`. Printed with the bound the pool promises:
// jobs × (max-memory + 150 MB) + 250 MB.
//
//   pnpm bench:memory                                  # defaults
//   pnpm bench:memory -- --copies 10 --jobs 2 --max-memory 256
//
// Figures are printed, never asserted. Peak RSS is the diarium process's own ru_maxrss (main
// thread and all worker threads), which it writes at exit.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { benchArgs } from "./machine.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const suite = join(root, "..", "shared", "corpus", "pdfjs");
const { values } = parseArgs({
  args: benchArgs(),
  options: {
    copies: { type: "string", default: "10" },
    jobs: { type: "string", default: "2" },
    "max-memory": { type: "string", default: "256" },
  },
});
const copies = Number(values.copies);
const jobs = Number(values.jobs);
const maxMemory = Number(values["max-memory"]);

if (!existsSync(suite)) {
  console.log(`bench:memory: ${suite} is absent; nothing to measure`);
  process.exit(0);
}

/** The suite's PDFs, `copies` times each, every copy's bytes made distinct by a trailing comment. */
function buildBatch() {
  const dir = mkdtempSync(join(tmpdir(), "diarium-bench-memory-"));
  const names = readdirSync(suite).filter((n) => n.endsWith(".pdf")).sort();
  for (let c = 0; c < copies; c++) {
    const folder = join(dir, `copy-${String(c).padStart(2, "0")}`);
    mkdirSync(folder);
    for (const name of names) {
      const bytes = readFileSync(join(suite, name));
      writeFileSync(join(folder, name), Buffer.concat([bytes, Buffer.from(`\n% diarium bench:memory copy ${c}\n`, "latin1")]));
    }
  }
  return { dir, files: names.length * copies };
}

/**
 * Preloaded into the diarium process: at exit it writes its peak resident memory (getrusage's
 * ru_maxrss, main thread and all worker threads) to stderr, exact rather than sampled.
 */
const PEAK_HOOK = `data:text/javascript,${encodeURIComponent('import { writeSync } from "node:fs"; process.on("exit", () => writeSync(2, `\\nbench:memory maxRSS ${process.resourceUsage().maxRSS}\\n`));')}`;

/** Runs the CLI; resolves with wall time, exit code and peak RSS (MB). */
function run(args) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, ["--import", PEAK_HOOK, join(root, "scripts/diarium.mjs"), ...args], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => {
      const kb = Number(/bench:memory maxRSS (\d+)/.exec(stderr)?.[1] ?? NaN);
      resolve({ seconds: Number(process.hrtime.bigint() - started) / 1e9, code, peakMb: kb / 1024 });
    });
  });
}

const { dir, files } = buildBatch();
const out = mkdtempSync(join(tmpdir(), "diarium-bench-memory-out-"));
try {
  const bound = jobs * (maxMemory + 150) + 250;
  console.log(`bench:memory: ${files} PDFs (${files / copies} of pdf.js's test suite × ${copies}, distinct bytes), --jobs ${jobs} --max-memory ${maxMemory}`);
  const r = await run(["analyze", dir, "--out", out, "--jobs", String(jobs), "--max-memory", String(maxMemory), "--quiet"]);
  const failures = existsSync(join(out, "failures.ndjson"))
    ? readFileSync(join(out, "failures.ndjson"), "utf8").trim().split("\n").filter(Boolean).map((l) => JSON.parse(l))
    : [];
  const byCode = new Map();
  for (const f of failures) byCode.set(f.code, (byCode.get(f.code) ?? 0) + 1);
  const written = readdirSync(out, { recursive: true }).filter((n) => String(n).endsWith(".json")).length;
  console.log(`  ${r.seconds.toFixed(1)} s, exit ${r.code}: ${written} written, ${failures.length} failed (${[...byCode].map(([c, n]) => `${c} ${n}`).join(", ") || "none"})`);
  console.log(`  peak RSS ${r.peakMb.toFixed(0)} MB; bound jobs × (max-memory + 150) + 250 = ${bound} MB: ${r.peakMb <= bound ? "within" : "OVER"}`);
  for (const f of failures.filter((f) => f.code === "E_MEMORY").slice(0, 3)) console.log(`  ${f.path}: ${f.code}: ${f.message}`);
  if (written + failures.length !== files) console.log(`  NOT every file accounted for: ${written} + ${failures.length} ≠ ${files}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
}
