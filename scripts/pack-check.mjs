#!/usr/bin/env node
// `pnpm pack:check`: what a user of the packed packages gets. Packs schema, parser, extractor and
// cli (scripts/pack.mjs), installs the four tarballs with npm into a fresh project outside this
// checkout (their third-party dependencies come from the registry; nothing from the workspace),
// and runs there, on plain Node: the README's library example as JavaScript, the CLI's library
// (index, query, Popolo export), `npx diarium --help`, `npx diarium analyze` of a corpus paper, and
// tsc over a TypeScript consumer against the shipped .d.ts. Exits 1 at the first step that fails.
// It needs the registry and takes a minute or two (npm install), so it is a script, not a test.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { packAll } from "./pack.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const paper = join(root, "corpus/stockholm-utlatande-2013-125.txt");
const keep = process.argv.includes("--keep");

/** The README's library example, as plain JavaScript with the bytes and hash it leaves out. */
const LIBRARY_EXAMPLE = `
import { readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { analyzeInput } from "@diarium/extractor";
import { validateAnalysis } from "@diarium/schema";

const bytes = readFileSync(${JSON.stringify(paper)});
const sha256 = createHash("sha256").update(bytes).digest("hex");
const result = await analyzeInput({ path: "utlatande.txt", bytes, sha256, format: "text" });
if (!result.ok) console.error(\`\${result.code}: \${result.message}\`);
else {
  const checked = validateAnalysis(result.analysis);
  if (!checked.ok) throw new Error("the analysis fails its own schema");
  console.log(result.analysis.document.number, result.analysis.positions.length, "positions");
}
`;

/** The CLI package's library: index an OUT folder, query it, export Popolo. */
const CLI_LIBRARY_EXAMPLE = `
import { openIndex, indexAnalyses, queryStances, toPopolo, exportRows } from "@diarium/cli";
const db = openIndex("archive.sqlite");
const report = indexAnalyses(db, "OUT");
const rows = queryStances(db, { party: "MP" });
if (report.added !== 1 || rows.length === 0) throw new Error("index or query gave nothing");
console.log(report.added, "indexed,", rows.length, "MP rows,", toPopolo(exportRows(db)).organizations.length, "organizations");
db.close();
`;

/** A TypeScript consumer: the shipped declarations must type the README's calls. */
const TYPES_EXAMPLE = `
import { analyzeInput } from "@diarium/extractor";
import { validateAnalysis, type Analysis } from "@diarium/schema";
import { openIndex, queryStances, type StanceRow } from "@diarium/cli";
const result = await analyzeInput({ path: "x.txt", bytes: new Uint8Array(), sha256: "", format: "text" });
const analysis: Analysis | null = result.ok ? result.analysis : null;
if (analysis) validateAnalysis(analysis);
const rows: StanceRow[] = queryStances(openIndex("a.sqlite"), { party: "MP", item: "§ 114" });
console.log(rows.length);
`;

function step(label, command, args, cwd) {
  process.stdout.write(`pack:check: ${label} … `);
  const r = spawnSync(command, args, { cwd, encoding: "utf8", env: { ...process.env, npm_config_fund: "false", npm_config_audit: "false", npm_config_update_notifier: "false" } });
  if (r.status !== 0) {
    console.log("FAILED");
    console.error(`$ ${command} ${args.join(" ")}\n${r.stdout}${r.stderr}`);
    process.exit(1);
  }
  console.log("ok");
  return r.stdout;
}

const work = mkdtempSync(join(tmpdir(), "diarium-pack-check-"));
try {
  const tarballs = await packAll(join(work, "tarballs"));
  const project = join(work, "project");
  step("a fresh project", "mkdir", ["-p", project], work);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "uses-diarium", private: true, type: "module" }, null, 2));
  step(`npm i ${tarballs.length} tarballs`, "npm", ["i", "--no-package-lock", ...tarballs], project);
  writeFileSync(join(project, "library.mjs"), LIBRARY_EXAMPLE);
  console.log(`  ${step("README library example (plain JavaScript)", process.execPath, ["library.mjs"], project).trim()}`);
  const help = step("npx diarium --help", "npx", ["--no-install", "diarium", "--help"], project);
  if (!help.includes("diarium analyze")) throw new Error(`--help does not show the commands:\n${help}`);
  step("npx diarium analyze (a corpus paper) --out OUT", "npx", ["--no-install", "diarium", "analyze", paper, "--out", "OUT", "--quiet"], project);
  writeFileSync(join(project, "cli-library.mjs"), CLI_LIBRARY_EXAMPLE);
  console.log(`  ${step("the CLI's library (index, query, Popolo)", process.execPath, ["cli-library.mjs"], project).trim()}`);
  writeFileSync(join(project, "types.ts"), TYPES_EXAMPLE);
  const tsc = createRequire(join(root, "package.json")).resolve("typescript/bin/tsc");
  const nodeTypes = dirname(createRequire(join(root, "package.json")).resolve("@types/node/package.json"));
  step("tsc --strict over a TypeScript consumer of the .d.ts", process.execPath, [
    tsc, "--noEmit", "--strict", "--module", "nodenext", "--moduleResolution", "nodenext", "--target", "es2022",
    "--skipLibCheck", "false", "--typeRoots", dirname(nodeTypes), "--types", "node", "types.ts",
  ], project);
  console.log("pack:check: the packed packages install and run on plain Node");
} finally {
  if (keep) console.log(`pack:check: kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
