#!/usr/bin/env node
// PDF benchmark: on the corpus PDF and a 140+-page PDF built here from the corpus text,
// times poppler's pdftotext, a bare pdf.js loop that only calls getTextContent on every page,
// diarium's readPdf alone and `diarium analyze`, each in its own process, and prints pages/s,
// the ratios and peak RSS. Run: pnpm bench:pdf   (installs poppler-utils when pdftotext is missing;
// REPEATS=n sets the rounds, best kept; PAGES=n the length of the built PDF; PDF_DEV=0 leaves out the
// real PDFs of ../shared/corpus/dev)
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describeMachine, summary } from "./machine.mjs";
import { bundleIsStale, buildBundle } from "../scripts/build.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const REPEATS = Number(process.env.REPEATS ?? 3);

// ---- a minimal PDF writer: Helvetica (WinAnsi) text, one content stream per page -------------

/** Characters WinAnsiEncoding places outside Latin-1. */
const WIN_ANSI = { "\u2013": 0x96, "\u2014": 0x97, "\u201d": 0x94, "\u201c": 0x93, "\u2019": 0x92, "\u2018": 0x91, "\u2022": 0x95, "\u20ac": 0x80, "\u2026": 0x85 };

function pdfString(text) {
  let out = "";
  for (const ch of text) {
    const code = WIN_ANSI[ch] ?? ch.codePointAt(0);
    const byte = code <= 0xff ? code : 0x3f;
    const c = String.fromCharCode(byte);
    out += c === "(" || c === ")" || c === "\\" ? `\\${c}` : c;
  }
  return `(${out})`;
}

function wrap(text, width) {
  const lines = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line && line.length + 1 + word.length > width) { lines.push(line); line = word; }
      else line = line ? `${line} ${word}` : word;
    }
    lines.push(line);
  }
  return lines;
}

/** A PDF of `lines` at 50 lines a page, with a running header and a "Sida n (N)" footer. */
function buildPdf(lines, title) {
  const perPage = 50;
  const pageCount = Math.ceil(lines.length / perPage);
  const objects = ["<< /Type /Catalog /Pages 2 0 R >>", null, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"];
  const kids = [];
  for (let p = 0; p < pageCount; p++) {
    let content = `BT /F1 8.5 Tf 72 800 Td ${pdfString(title)} Tj ET BT /F1 8.5 Tf 470 800 Td ${pdfString(`Sida ${p + 1} (${pageCount})`)} Tj ET\n`;
    lines.slice(p * perPage, (p + 1) * perPage).forEach((line, k) => {
      const heading = line.length > 0 && line.length < 40 && !/[.,:]$/.test(line);
      content += `BT /${heading ? "F2" : "F1"} 11 Tf 60 ${770 - k * 14.3} Td ${pdfString(line)} Tj ET\n`;
    });
    content += `BT /F1 8.5 Tf 72 40 Td ${pdfString("Stockholms stad · Stadshuset · 105 35 Stockholm · stockholm.se")} Tj ET`;
    objects.push(`<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`);
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${objects.length} 0 R >>`);
    kids.push(`${objects.length} 0 R`);
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(" ")}] /Count ${pageCount} >>`;
  let out = "%PDF-1.4\n";
  const offsets = objects.map((body, k) => { const at = Buffer.byteLength(out, "latin1"); out += `${k + 1} 0 obj\n${body}\nendobj\n`; return at; });
  const xref = Buffer.byteLength(out, "latin1");
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return { bytes: Buffer.from(out, "latin1"), pages: pageCount };
}

// ---- the contenders, each in its own process under /usr/bin/time -------------------------------

// The same getDocument options as readPdf, so that the two read the same fonts the same way.
const BARE = `
const { readFileSync } = await import("node:fs");
const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
const t0 = performance.now();
const standardFontDataUrl = (await import("node:module")).createRequire(import.meta.url).resolve("pdfjs-dist/package.json").replace(/package\\.json$/, "standard_fonts/");
const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(process.argv[1])), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0, stopAtErrors: false, standardFontDataUrl }).promise;
let items = 0;
for (let n = 1; n <= doc.numPages; n++) { const page = await doc.getPage(n); items += (await page.getTextContent()).items.length; page.cleanup(); }
await doc.destroy();
console.log(JSON.stringify({ ms: performance.now() - t0, items, rssKb: process.resourceUsage().maxRSS }));`;

const READER = `
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { readPdf } from "${join(root, "packages/parser/src/pdf/index.ts")}";
import { pdfLibrary } from "${join(root, "packages/parser/src/pdf/load.ts")}";
// pdf.js as the CLI's workers run it: its build in dist/ (scripts/build.mjs), whose text styles name their fonts
const script = ${JSON.stringify(join(root, "packages/cli/dist/pdfjs-dist.cjs"))};
await pdfLibrary(async () => createRequire(script)(script).pdfjs);
await readPdf(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d])); // load pdf.js before the clock starts, as the bare loop does
const t0 = performance.now();
const doc = await readPdf(new Uint8Array(readFileSync(process.argv[2])));
console.log(JSON.stringify({ ms: performance.now() - t0, lines: doc.lines?.length ?? doc.code, rssKb: process.resourceUsage().maxRSS }));`;

/**
 * readPdf bundled with esbuild (as the CLI is), not run under tsx: tsx's loader costs seconds and
 * some 300 MB that are no part of the reader. The bundle lives under the parser's node_modules so
 * that the external pdfjs-dist resolves as it does for the CLI bundle.
 */
async function readerBundle(scratch) {
  const { build } = await import("esbuild");
  const entry = join(scratch, "reader-entry.mjs");
  writeFileSync(entry, READER);
  const outfile = join(root, "packages/parser/node_modules/.cache/diarium-bench/reader.mjs");
  await build({ entryPoints: [entry], outfile, bundle: true, platform: "node", format: "esm", target: "node20", external: ["pdfjs-dist", "pdfjs-dist/*"], logLevel: "warning" });
  return outfile;
}

/**
 * Runs a command under /usr/bin/time; returns wall ms, CPU ms (user and system, all its threads:
 * steadier than wall time on a shared machine), peak RSS in MB, its stdout and exit code.
 */
function timed(command, args, cwd = root) {
  const started = performance.now();
  const run = spawnSync("/usr/bin/time", ["-f", "%M %U %S", command, ...args], { cwd, encoding: "utf8", maxBuffer: 1 << 28 });
  const wall = performance.now() - started;
  const [rssKb, user, system] = run.stderr.trim().split("\n").pop().split(" ").map(Number);
  return { wall, cpu: (user + system) * 1000, rss: rssKb / 1024, stdout: run.stdout, status: run.status, stderr: run.stderr };
}

function best(runs) {
  return runs.reduce((a, b) => (b.inner < a.inner ? b : a));
}

async function measure(file) {
  const scratch = mkdtempSync(join(tmpdir(), "diarium-bench-"));
  // the reader bundle's entry, the four copies and their analyses: some 20 MB per run of the 149-page PDF
  try {
    const reader = await readerBundle(scratch);
    // A node child reports its own peak RSS: /usr/bin/time would also see helper processes.
    const inner = (r) => { const out = JSON.parse(r.stdout.trim().split("\n").pop()); return { ...r, inner: out.ms, rss: out.rssKb / 1024 }; };
    // Round robin: each round runs every tool once, so load from other processes falls on all alike.
    const tools = {
      pdftotext: () => { const r = timed("pdftotext", [file, join(scratch, "out.txt")]); return { ...r, inner: r.wall }; },
      "pdf.js getTextContent": () => inner(timed("node", ["--input-type=module", "-e", BARE, file], join(root, "packages/parser"))),
      "diarium readPdf": () => { const r = timed("node", [reader, file]); return r.status === 0 ? inner(r) : { ...r, inner: NaN }; },
      "diarium analyze": () => {
        const r = timed("node", [join(root, "scripts/diarium.mjs"), "analyze", file]);
        return { ...r, inner: r.status === 0 ? r.wall : NaN, failed: r.status !== 0 ? (r.stdout + r.stderr).trim().split("\n")[0] : undefined };
      },
      // Both cores: a batch of four copies with two worker threads (its pages are four times the file's).
      "diarium analyze ×4 -j 2": () => {
        const copies = [1, 2, 3, 4].map((k) => join(scratch, `copy-${k}.pdf`));
        for (const copy of copies) writeFileSync(copy, readFileSync(file));
        const r = timed("node", [join(root, "scripts/diarium.mjs"), "analyze", ...copies, "--out", join(scratch, "out"), "--jobs", "2", "--force", "--quiet"]);
        return { ...r, wall: r.wall / 4, cpu: r.cpu / 4, inner: r.status === 0 ? r.wall / 4 : NaN, failed: r.status !== 0 ? (r.stdout + r.stderr).trim().split("\n")[0] : undefined };
      },
    };
    const runs = Object.fromEntries(Object.keys(tools).map((name) => [name, []]));
    for (let round = 0; round < REPEATS; round++) for (const [name, run] of Object.entries(tools)) runs[name].push(run());
    return Object.fromEntries(Object.entries(runs).map(([name, list]) => [name, best(list)]));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function pdfPages(file) {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))?.[1]);
}

// ---- main ------------------------------------------------------------------------------------

// the reader's row runs dist/pdfjs-dist.cjs, as the CLI's workers do
if (bundleIsStale()) await buildBundle();

if (!existsSync("/usr/bin/pdftotext")) {
  console.log("pdftotext missing: installing poppler-utils");
  execFileSync("sh", ["-c", "apt-get install -y poppler-utils >/dev/null 2>&1 || sudo apt-get install -y poppler-utils >/dev/null"], { stdio: "inherit" });
}
// the demo papers, and two real papers of ../shared/corpus/real where it is beside the clone
const corpusText = ["corpus/stockholm-utlatande-2013-125.txt", "corpus/hagersten-liljeholmen-tjansteutlatande-2009.txt", "../shared/corpus/real/kungsbacka-tjansteskrivelse-2023-12-06-hyreskontrakt-nyanlanda.txt", "../shared/corpus/real/molndal-kf-2024-10-16-166-brukningsavgift-va.txt"]
  .filter((p) => existsSync(join(root, p)))
  .map((p) => readFileSync(join(root, p), "utf8")).join("\n\n");
let lines = [];
// PAGES=500 pnpm bench:pdf checks that memory stays bounded on a long paper.
const wantedPages = Number(process.env.PAGES ?? 145);
while (lines.length < wantedPages * 50) lines = lines.concat(wrap(corpusText, 88));
const built = buildPdf(lines, "Utlåtande 2013:125 RVII");
const builtDir = mkdtempSync(join(tmpdir(), "diarium-bench-"));
const builtPath = join(builtDir, `corpus-${built.pages}-pages.pdf`);
process.on("exit", () => rmSync(builtDir, { recursive: true, force: true }));
writeFileSync(builtPath, built.bytes);

const devDir = join(root, "..", "shared", "corpus", "dev");
const devPdfs = process.env.PDF_DEV !== "0" && existsSync(devDir) ? readdirSync(devDir).filter((n) => n.endsWith(".pdf")).sort().map((n) => join(devDir, n)) : [];
const files = [join(root, "corpus/stockholm-utlatande-2013-125-print.pdf"), builtPath, ...devPdfs];
console.log(`PDF benchmark on ${describeMachine()}.`);
console.log(`Best of ${REPEATS}, each tool in its own process, one core each.`);
console.log(`"work" excludes process start and loading pdf.js where the tool can time itself (the bare loop, readPdf);`);
console.log(`for pdftotext and diarium analyze it is the process's wall time. "wall × pdf.js" compares whole processes,`);
console.log(`"cpu ms" is a whole process's CPU time (user and system, all threads), steadier than wall time on a busy machine.`);
console.log(`"×4 -j 2" analyses four copies with two worker threads; its figures are per copy (wall / 4).\n`);
// Sums over the development set's real PDFs, for one ratio over all of them.
const devSums = { analyze: 0, bare: 0, both: 0, poppler: 0 };
for (const file of files) {
  const pages = pdfPages(file);
  const results = await measure(file);
  const base = results["pdf.js getTextContent"].inner;
  const poppler = results.pdftotext.inner;
  const name = file.startsWith(root + "/") ? file.replace(root + "/", "") : file.replace(join(root, "..") + "/", "../");
  console.log(`${name}: ${pages} pages`);
  const baseWall = results["pdf.js getTextContent"].wall;
  console.log(`  ${"tool".padEnd(24)} ${"work ms".padStart(9)} ${"pages/s".padStart(8)} ${"wall ms".padStart(9)} ${"cpu ms".padStart(8)} ${"× pdf.js".padStart(9)} ${"× pdftotext".padStart(12)} ${"wall × pdf.js".padStart(14)} ${"peak RSS".padStart(9)}`);
  for (const [tool, r] of Object.entries(results)) {
    if (Number.isNaN(r.inner)) { console.log(`  ${tool.padEnd(24)} unavailable: ${r.failed ?? r.stderr.trim().split("\n")[0]}`); continue; }
    console.log(`  ${tool.padEnd(24)} ${r.inner.toFixed(0).padStart(9)} ${(pages / (r.inner / 1000)).toFixed(0).padStart(8)} ${r.wall.toFixed(0).padStart(9)} ${r.cpu.toFixed(0).padStart(8)} ${(r.inner / base).toFixed(2).padStart(9)} ${(r.inner / poppler).toFixed(2).padStart(12)} ${(r.wall / baseWall).toFixed(2).padStart(14)} ${`${r.rss.toFixed(0)} MB`.padStart(9)}`);
  }
  // The targets: a whole `diarium analyze` process against a whole bare-loop process on the same
  // pages (both pay Node's start and pdf.js's load), and with both cores against pdftotext.
  const analyzeWall = results["diarium analyze"].wall;
  const both = results["diarium analyze ×4 -j 2"].inner;
  const overBare = analyzeWall / baseWall;
  const overPoppler = both / poppler;
  console.log(`  diarium analyze / bare pdf.js loop (whole processes): ${overBare.toFixed(2)}× (target ≤ 1.3×)`);
  console.log(`  diarium analyze with 2 jobs, per copy / pdftotext: ${overPoppler.toFixed(2)}× (target ≤ 6×)`);
  console.log(`  CPU time: diarium analyze / bare pdf.js loop ${(results["diarium analyze"].cpu / results["pdf.js getTextContent"].cpu).toFixed(2)}×, ×4 -j 2 per copy / pdftotext ${(results["diarium analyze ×4 -j 2"].cpu / results.pdftotext.cpu).toFixed(2)}×`);
  if (file === builtPath) {
    summary(`PDF ${pages} pages: analyze / bare pdf.js loop`, `${overBare.toFixed(2)}×`, "≤ 1.3×");
    summary(`PDF ${pages} pages: analyze -j 2 / pdftotext`, `${overPoppler.toFixed(2)}×`, "≤ 6×");
  }
  if (devPdfs.includes(file) && Number.isFinite(analyzeWall) && Number.isFinite(both)) {
    devSums.analyze += analyzeWall;
    devSums.bare += baseWall;
    devSums.both += both;
    devSums.poppler += poppler;
  }
  console.log("");
}
if (devPdfs.length > 0) {
  const overBare = devSums.analyze / devSums.bare;
  const overPoppler = devSums.both / devSums.poppler;
  console.log(`development set, ${devPdfs.length} real PDFs, summed: analyze / bare loop ${overBare.toFixed(2)}×, analyze -j 2 / pdftotext ${overPoppler.toFixed(2)}×`);
  summary(`PDF dev set (${devPdfs.length} PDFs): analyze / bare pdf.js loop`, `${overBare.toFixed(2)}×`, "≤ 1.3×");
  summary(`PDF dev set (${devPdfs.length} PDFs): analyze -j 2 / pdftotext`, `${overPoppler.toFixed(2)}×`, "≤ 6×");
}
