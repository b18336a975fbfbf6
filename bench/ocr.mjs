#!/usr/bin/env node
// OCR benchmark: seconds per scanned page, at 200 and 300 dpi, with --jobs 1 and --jobs 2.
// A scan of the corpus print PDF's first pages (scripts/make-scans.mjs) is analysed by
// `diarium analyze` (OCR auto); the rendering alone is timed apart, by pdftoppm (what OCR uses) and by
// pdf.js painting onto the @napi-rs/canvas its package brings (bench/render-pdfjs.mjs), alone and
// with the PNG encoding Tesseract would read: the measure behind choosing pdftoppm. Prints wall seconds per page, the CPU
// seconds of the whole run per page (steadier while others share the machine) and the load.
//   pnpm bench:ocr        PAGES=n pages per paper (default 4), COPIES=n papers in the --jobs 2 run (default 2)
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describeMachine } from "./machine.mjs";
import { makeScan } from "../scripts/make-scans.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const PAGES = Number(process.env.PAGES ?? 4);
const COPIES = Number(process.env.COPIES ?? 2);
const source = join(root, "corpus/stockholm-utlatande-2013-125-print.pdf");

if (spawnSync("tesseract", ["--version"]).error || spawnSync("pdftoppm", ["-v"]).error) {
  console.log("bench:ocr: tesseract or pdftoppm is not installed (apt-get install tesseract-ocr tesseract-ocr-swe poppler-utils)");
  process.exit(0);
}

/** Runs a command; wall seconds and the CPU seconds of it and its children. */
function timed(args) {
  const started = process.hrtime.bigint();
  const child = spawnSync("/usr/bin/time", ["-f", "%U %S", ...args], { encoding: "utf8", maxBuffer: 256 << 20 });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  if (child.status !== 0) throw new Error(`${args.join(" ")} failed: ${child.stderr}`);
  const [user = 0, sys = 0] = (child.stderr.trim().split("\n").pop() ?? "").split(" ").map(Number);
  return { wall, cpu: user + sys };
}

const work = mkdtempSync(join(tmpdir(), "diarium-bench-ocr-"));
const load = () => loadavg().map((l) => l.toFixed(2)).join(" ");
try {
  console.log(describeMachine());
  console.log(`bench:ocr: ${PAGES} pages of corpus/stockholm-utlatande-2013-125-print.pdf, scanned; load ${load()}`);
  console.log(`${"run".padEnd(34)} ${"pages".padStart(5)} ${"wall s".padStart(7)} ${"s/page".padStart(7)} ${"cpu s/page".padStart(10)}`);
  const row = (name, pages, t) => console.log(`${name.padEnd(34)} ${String(pages).padStart(5)} ${t.wall.toFixed(1).padStart(7)} ${(t.wall / pages).toFixed(2).padStart(7)} ${(t.cpu / pages).toFixed(2).padStart(10)}`);
  for (const dpi of [200, 300]) {
    const dir = join(work, String(dpi));
    mkdirSync(dir, { recursive: true });
    const scan = join(dir, "scan.pdf");
    writeFileSync(scan, makeScan(source, dpi, PAGES));
    row(`pdftoppm -r ${dpi} -gray (render only)`, PAGES, timed(["pdftoppm", "-r", String(dpi), "-gray", scan, join(dir, "page")]));
    const pdfjs = spawnSync(process.execPath, [join(root, "bench/render-pdfjs.mjs"), scan, String(dpi)], { encoding: "utf8" });
    if (pdfjs.status === 0) {
      const { paint, encode } = JSON.parse(pdfjs.stdout);
      row(`pdf.js on canvas ${dpi} dpi (paint)`, PAGES, { wall: paint, cpu: paint });
      row(`pdf.js on canvas ${dpi} dpi (+ PNG)`, PAGES, { wall: paint + encode, cpu: paint + encode });
    } else console.log(`pdf.js on canvas: not measured (${pdfjs.stderr.trim().split("\n").pop()})`);
    row(`analyze --ocr-dpi ${dpi} --jobs 1`, PAGES, timed([process.execPath, join(root, "scripts/diarium.mjs"), "analyze", scan, "--ocr-dpi", String(dpi), "--jobs", "1", "--timeout", "3600", "--out", join(dir, "out1"), "--quiet"]));
    const many = join(dir, "many");
    mkdirSync(many);
    for (let k = 0; k < COPIES; k++) copyFileSync(scan, join(many, `scan-${k}.pdf`));
    row(`analyze --ocr-dpi ${dpi} --jobs 2 (${COPIES} papers)`, PAGES * COPIES, timed([process.execPath, join(root, "scripts/diarium.mjs"), "analyze", many, "--ocr-dpi", String(dpi), "--jobs", "2", "--timeout", "3600", "--out", join(dir, "out2"), "--quiet"]));
  }
  console.log(`load after: ${load()}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
