// The bin's V8 code cache (bin/code-cache.cjs): a cache that does not fit its script (damaged, of
// another build, unwritable) is passed over and replaced, and the run goes on without a word.
import { spawnSync } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { corpus, ensureBundle, root, tempDir } from "./helpers.ts";

/**
 * Runs `file` through its code cache in a fresh process (one process would find the script in V8's
 * own in-memory cache the second time) and saves the cache after the run, as the bin does.
 */
function run(file: string): { answer: string; cached: boolean } {
  const code = `const { loadWithCodeCache } = await import(${JSON.stringify(pathToFileURL(join(root, "packages/cli/bin/code-cache.cjs")).href)});
    const s = loadWithCodeCache(${JSON.stringify(file)});
    const answer = s.exports.answer();
    s.save();
    console.log(JSON.stringify({ answer, cached: s.cached }));`;
  const child = spawnSync(process.execPath, ["--input-type=module", "-e", code], { encoding: "utf8" });
  if (child.status !== 0 || child.stderr !== "") throw new Error(`exit ${child.status ?? child.signal}: ${child.stderr}`);
  return JSON.parse(child.stdout) as { answer: string; cached: boolean };
}

/** A small CommonJS script with some functions for V8 to cache. */
function script(dir: string, word: string): string {
  const file = join(dir, "script.cjs");
  const helpers = Array.from({ length: 50 }, (_, i) => `function f${i}(s) { return s.replace(/x/g, "${i}"); }`).join("\n");
  writeFileSync(file, `"use strict";\n${helpers}\nexports.answer = () => f0("${word}") + f49("x");\n`);
  return file;
}

describe("the code cache of a script", () => {
  it("is written after a run without one, and the next run starts from it", () => {
    const file = script(tempDir("code-cache"), "ja");
    expect(run(file)).toEqual({ answer: "ja49", cached: false });
    expect(run(file)).toEqual({ answer: "ja49", cached: true });
  });

  it("is passed over when damaged (garbage, cut short, bytes flipped) and written anew", () => {
    const file = script(tempDir("code-cache"), "ja");
    run(file);
    const good = readFileSync(`${file}.cache`);
    const header = good.indexOf(10) + 1;
    const flipped = Buffer.from(good);
    for (let i = header + 20; i < header + 60; i++) flipped[i]! ^= 0x5a; // V8 itself would abort on these
    for (const damaged of [Buffer.from("not a cache at all"), good.subarray(0, header + 10), flipped]) {
      writeFileSync(`${file}.cache`, damaged);
      expect(run(file)).toEqual({ answer: "ja49", cached: false });
      expect(readFileSync(`${file}.cache`)).toHaveLength(good.length);
    }
  });

  it("is never fed to another build of the script, even one of the same length", () => {
    const dir = tempDir("code-cache");
    run(script(dir, "ja"));
    expect(run(script(dir, "ne"))).toEqual({ answer: "ne49", cached: false });
  });

  it("that cannot be written leaves the run as it was", () => {
    const file = script(tempDir("code-cache"), "ja");
    mkdirSync(`${file}.cache`); // a folder in its place: neither readable nor replaceable as a file
    expect(run(file)).toEqual({ answer: "ja49", cached: false });
    expect(run(file)).toEqual({ answer: "ja49", cached: false });
  });
});

describe("`diarium analyze` with a damaged code cache", () => {
  beforeAll(ensureBundle, 120_000);

  it("prints the same analysis, and nothing on stderr, before and after the cache is mended", () => {
    // The bin and its script copied as a packed install lays them out (no build script next to it).
    const installed = tempDir("code-cache-bin");
    mkdirSync(join(installed, "bin"));
    mkdirSync(join(installed, "dist"));
    for (const name of ["diarium.cjs", "code-cache.cjs", "v8-flags.cjs"]) copyFileSync(join(root, "packages/cli/bin", name), join(installed, "bin", name));
    copyFileSync(join(root, "packages/cli/dist/analyze.cjs"), join(installed, "dist/analyze.cjs"));
    const run = () => spawnSync(process.execPath, [join(installed, "bin/diarium.cjs"), "analyze", corpus("stockholm-utlatande-2013-125.txt")], { encoding: "utf8" });
    const fresh = run();
    expect(fresh.stderr).toBe("");
    expect(fresh.status).toBe(0);
    writeFileSync(join(installed, "dist/analyze.cjs.cache"), readFileSync(join(installed, "dist/analyze.cjs.cache")).subarray(0, 5000));
    const damaged = run();
    const mended = run();
    for (const later of [damaged, mended]) {
      expect(later.status).toBe(0);
      expect(later.stderr).toBe("");
      expect(later.stdout).toBe(fresh.stdout);
    }
    expect(JSON.parse(fresh.stdout).source.path).toContain("stockholm-utlatande-2013-125.txt");
  });
});

describe("the worker threads' scripts", () => {
  beforeAll(ensureBundle, 120_000);

  /** The bin and the whole bundle as a packed install lays them out, without code caches, pdfjs-dist beside them. */
  function install(): string {
    const installed = tempDir("pdfjs-script");
    cpSync(join(root, "packages/cli/bin"), join(installed, "bin"), { recursive: true });
    cpSync(join(root, "packages/cli/dist"), join(installed, "dist"), { recursive: true, filter: (path) => !path.endsWith(".cache") });
    symlinkSync(join(root, "packages/cli/node_modules"), join(installed, "node_modules"));
    return installed;
  }

  it("run from dist/worker.cjs and dist/pdfjs-dist.cjs: the first PDF's worker writes their code caches, later workers read them; the analysis is the same throughout", () => {
    const installed = install();
    const pdf = corpus("stockholm-utlatande-2013-125-print.pdf");
    const caches = ["dist/worker.cjs.cache", "dist/pdfjs-dist.cjs.cache"].map((name) => join(installed, name));
    const run = () => spawnSync(process.execPath, [join(installed, "bin/diarium.cjs"), "analyze", pdf], { encoding: "utf8" });
    const first = run();
    expect(first.stderr).toBe("");
    expect(first.status).toBe(0);
    for (const cache of caches) expect(existsSync(cache), cache).toBe(true);
    const written = caches.map((cache) => statSync(cache).mtimeMs);
    const second = run();
    expect(second.stdout).toBe(first.stdout);
    expect(caches.map((cache) => statSync(cache).mtimeMs)).toEqual(written); // they fitted: not written again
    expect(JSON.parse(first.stdout).source.pages).toBe(12);
  });

  it("is imported from pdfjs-dist when the script was built from another pdfjs-dist version, and the analysis is the same", () => {
    const installed = install();
    const script = join(installed, "dist/pdfjs-dist.cjs");
    const pdf = corpus("stockholm-utlatande-2013-125-print.pdf");
    const analyze = () => spawnSync(process.execPath, [join(installed, "bin/diarium.cjs"), "analyze", pdf], { encoding: "utf8" });
    const fromScript = analyze();
    rmSync(`${script}.cache`, { force: true });
    const text = readFileSync(script, "utf8");
    expect(text).toMatch(/^\/\/ pdfjs-dist \d+\.\d+\.\d+\n/);
    writeFileSync(script, text.replace(/^\/\/ pdfjs-dist [^\n]+/, "// pdfjs-dist 0.0.1"));
    const run = analyze();
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).source.pages).toBe(12);
    // pdf.js as published gives the fonts' names only with a page's operator list (build.mjs, fontNamesInTextStyles)
    expect(run.stdout).toBe(fromScript.stdout);
    expect(existsSync(`${script}.cache`)).toBe(false); // the script never ran
    rmSync(installed, { recursive: true, force: true });
  });
});
