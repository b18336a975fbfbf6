#!/usr/bin/env node
// `pnpm eval`: analyses the corpus, the real papers and the development sets of ../shared, scores each
// set with ../shared/eval/score.mjs and prints one table per set and the ten most frequent kinds of
// miss. With --check (CI) it fails when a set falls below its floor in eval/floors.json.
// Floors are set at what the extraction reaches; raise them as it improves, never lower one to pass.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const shared = resolve(root, "../shared");
const check = process.argv.includes("--check");
if (!existsSync(join(shared, "eval/score.mjs"))) {
  console.log("eval: skipped, ../shared (the development sets and the scorer) is not beside this clone");
  process.exit(0);
}
const floors = JSON.parse(readFileSync(join(root, "eval/floors.json"), "utf8"));
const sets = [
  { name: "corpus", inputs: [join(root, "corpus"), join(shared, "corpus/real")], gold: join(shared, "eval/gold") },
  { name: "dev", inputs: [join(shared, "corpus/dev")], gold: join(shared, "eval/gold-dev") },
  { name: "dev-protocols", inputs: [join(shared, "corpus/dev-protocols")], gold: join(shared, "eval/gold-protocols") },
];
const work = mkdtempSync(join(tmpdir(), "diarium-eval-"));
const failures = [];
try {
  for (const set of sets) {
    const out = join(work, set.name);
    for (const input of set.inputs.filter((i) => existsSync(i))) {
      try {
        execFileSync(process.execPath, [join(root, "scripts/diarium.mjs"), "analyze", input, "--out", out, "--quiet"], { stdio: ["ignore", "ignore", "pipe"] });
      } catch (e) {
        // a batch with a failed file exits 1; its failures are scored as missing predictions
        if (e.status !== 1) throw e;
      }
    }
    const json = JSON.parse(execFileSync(process.execPath, [join(shared, "eval/score.mjs"), "--gold", set.gold, "--pred", out, "--json"], { encoding: "utf8", maxBuffer: 64 << 20 }));
    printSet(set.name, json);
    const floor = floors[set.name] ?? {};
    for (const [cat, min] of Object.entries(floor)) {
      const got = cat === "overall" ? json.overall : json.categories.find((c) => c.cat === cat)?.F;
      if (got === undefined || got + 1e-9 < min) failures.push(`${set.name} ${cat}: F1 ${got?.toFixed(3) ?? "none"} below the floor ${min}`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (failures.length) {
  for (const f of failures) console.log(`eval: ${f}`);
  if (check) process.exit(1);
}

function printSet(name, json) {
  console.log(`\n== ${name}: ${json.documents} papers, ${json.missing} without prediction`);
  console.log(`${"category".padEnd(15)} ${"tp".padStart(4)} ${"fp".padStart(4)} ${"fn".padStart(4)}  ${"P".padStart(5)} ${"R".padStart(5)} ${"F1".padStart(5)}`);
  for (const r of json.categories) console.log(`${r.cat.padEnd(15)} ${String(r.tp).padStart(4)} ${String(r.fp).padStart(4)} ${String(r.fn).padStart(4)}  ${r.P.toFixed(3)} ${r.R.toFixed(3)} ${r.F.toFixed(3)}`);
  console.log(`overall F1 ${json.overall.toFixed(3)}`);
  // the kind of a miss: its category and what it says without names, numbers and quotes
  const kinds = new Map();
  for (const m of json.misses) {
    const [, cat = "", what = ""] = /^[^:]+: ([^:]+): (.*)$/u.exec(m) ?? [];
    const kind = `${cat}: ${what.replace(/".*?"|\{.*\}|\[.*\]/gu, "…").replace(/\d[\d/.:-]*/gu, "N").split(/\s+/u).slice(0, 4).join(" ")}`;
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  const top = [...kinds].sort((a, b) => b[1] - a[1]).slice(0, 10);
  if (top.length) console.log("most frequent misses:\n" + top.map(([k, n]) => `  ${String(n).padStart(3)}  ${k}`).join("\n"));
}
