#!/usr/bin/env node
// `pnpm eval:ocr`: the scanned-paper evaluation. Every born-digital PDF whose gold exists (the
// corpus, ../shared/corpus/real and dev) is scanned by scripts/make-scans.mjs (rendered at each
// dpi, turned, blurred, noisy, no text layer), analysed with `diarium analyze` (OCR auto) and scored
// with ../shared/eval/score.mjs against the same gold as its born-digital original. Prints per dpi
// the overall F1 of the scans and of the originals, their ratio (target ≥ 0.90), each paper's F1
// both ways and mean OCR confidence, and every party or forum the scans name that the originals
// do not (target: none).
//
//   node scripts/eval-ocr.mjs [--dpi 300,200] [--jobs 2] [--scans DIR]
//
// Scans are made once into DIR (default $TMPDIR/diarium-scans) and reused while newer than their source.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { defaultPdfs, makeScan } from "./make-scans.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const shared = resolve(root, "../shared");
if (!existsSync(join(shared, "eval/score.mjs"))) {
  console.log("eval:ocr: skipped, ../shared (the development sets and the scorer) is not beside this clone");
  process.exit(0);
}
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const dpis = option("--dpi", "300,200").split(",").map(Number);
const jobs = option("--jobs", "2");
const scans = resolve(option("--scans", join(tmpdir(), "diarium-scans")));

const goldDirs = [join(shared, "eval/gold"), join(shared, "eval/gold-dev")];
const goldOf = (pdf) => goldDirs.map((d) => join(d, basename(pdf).replace(/\.pdf$/, ".gold.json"))).find((g) => existsSync(g));
const pdfs = defaultPdfs().filter((p) => goldOf(p));
const work = mkdtempSync(join(tmpdir(), "diarium-eval-ocr-"));

function analyse(files, out) {
  const input = join(work, `in-${basename(out)}`);
  mkdirSync(input, { recursive: true });
  for (const f of files) copyFileSync(f, join(input, basename(f)));
  const started = Date.now();
  try {
    execFileSync(process.execPath, [join(root, "scripts/diarium.mjs"), "analyze", input, "--out", out, "--jobs", jobs, "--quiet", "--timeout", "900"], { stdio: ["ignore", "ignore", "inherit"] });
  } catch (e) {
    if (e.status !== 1) throw e; // a failed file is scored as a missing prediction
  }
  return (Date.now() - started) / 1000;
}

function score(pred) {
  const gold = join(work, "gold");
  if (!existsSync(gold)) {
    mkdirSync(gold);
    for (const p of pdfs) copyFileSync(goldOf(p), join(gold, basename(goldOf(p))));
  }
  const all = JSON.parse(execFileSync(process.execPath, [join(shared, "eval/score.mjs"), "--gold", gold, "--pred", pred, "--json"], { encoding: "utf8", maxBuffer: 64 << 20 }));
  const per = new Map();
  for (const p of pdfs) {
    const one = join(work, `one-${basename(pred)}`);
    rmSync(one, { recursive: true, force: true });
    mkdirSync(one);
    const name = basename(p).replace(/\.pdf$/, ".json");
    if (existsSync(join(pred, name))) copyFileSync(join(pred, name), join(one, name));
    const g = join(work, `gold-one`);
    rmSync(g, { recursive: true, force: true });
    mkdirSync(g);
    copyFileSync(goldOf(p), join(g, basename(goldOf(p))));
    per.set(basename(p), JSON.parse(execFileSync(process.execPath, [join(shared, "eval/score.mjs"), "--gold", g, "--pred", one, "--json"], { encoding: "utf8", maxBuffer: 64 << 20 })).overall);
  }
  return { overall: all.overall, per };
}

/** The parties and forums an analysis names in its positions and votes. */
function namesOf(file) {
  if (!existsSync(file)) return { parties: new Set(), forums: new Set(), analysis: null };
  const a = JSON.parse(readFileSync(file, "utf8"));
  const parties = new Set([...a.parties.map((p) => p.code), ...a.positions.flatMap((p) => p.parties ?? [])]);
  const forums = new Set([...a.positions.map((p) => p.forum), ...a.votes.map((v) => v.forum)].filter(Boolean));
  return { parties, forums, analysis: a };
}

try {
  const born = join(work, "born");
  const bornSeconds = analyse(pdfs, born);
  const bornScore = score(born);
  console.log(`eval:ocr: ${pdfs.length} papers with gold; born-digital overall F1 ${bornScore.overall.toFixed(3)} (${bornSeconds.toFixed(0)} s)`);
  for (const dpi of dpis) {
    const dir = join(scans, String(dpi));
    mkdirSync(dir, { recursive: true });
    const scanned = pdfs.map((p) => {
      const target = join(dir, basename(p));
      if (!existsSync(target) || statSync(target).mtimeMs < statSync(p).mtimeMs) writeFileSync(target, makeScan(p, dpi));
      return target;
    });
    const out = join(work, `scan-${dpi}`);
    const seconds = analyse(scanned, out);
    const s = score(out);
    const pages = scanned.reduce((n, f) => n + (namesOf(join(out, basename(f).replace(/\.pdf$/, ".json"))).analysis?.source.ocr?.pages.length ?? 0), 0);
    console.log(`\n== scanned at ${dpi} dpi: overall F1 ${s.overall.toFixed(3)} vs born-digital ${bornScore.overall.toFixed(3)}: ratio ${(s.overall / bornScore.overall).toFixed(3)} (target ≥ 0.90); ${pages} pages OCR'd in ${seconds.toFixed(0)} s with --jobs ${jobs}`);
    console.log(`${"paper".padEnd(62)} ${"scan".padStart(5)} ${"born".padStart(5)} ${"conf".padStart(5)}  invented`);
    let invented = 0;
    for (const p of pdfs) {
      const name = basename(p).replace(/\.pdf$/, ".json");
      const scan = namesOf(join(out, name));
      const orig = namesOf(join(born, name));
      const extra = [...[...scan.parties].filter((x) => !orig.parties.has(x)).map((x) => `party ${x}`), ...[...scan.forums].filter((x) => !orig.forums.has(x)).map((x) => `forum ${x}`)];
      invented += extra.length;
      const conf = scan.analysis?.source.ocr?.pages.map((q) => q.confidence ?? 0) ?? [];
      const mean = conf.length ? (conf.reduce((a, b) => a + b, 0) / conf.length).toFixed(1) : "-";
      console.log(`${basename(p).padEnd(62)} ${s.per.get(basename(p)).toFixed(3)} ${bornScore.per.get(basename(p)).toFixed(3)} ${mean.padStart(5)}  ${extra.join(", ") || "none"}`);
    }
    console.log(`invented parties or forums: ${invented}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
