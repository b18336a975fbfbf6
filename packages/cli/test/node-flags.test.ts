// V8's flags reach `diarium` on node's command line (scripts/node-flags.mjs), never at run time:
// `v8.setFlagsFromString("--no-regexp-tier-up")` after Node's module loader had run a pattern once
// crashed the process without a word when the pattern ran again (a CI run lost `diarium index`).
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { corpus, NODE_FLAGS, root, tempDir } from "./helpers.ts";

const firstLine = (file: string): string => readFileSync(join(root, file), "utf8").split("\n")[0] ?? "";

/** The JavaScript files of a folder and its subfolders, dependencies and builds aside. */
function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => /\.(ts|mts|cts|js|mjs|cjs)$/.test(f) && !/(^|\/)(node_modules|dist)\//.test(f))
    .map((f) => join(dir, f));
}

describe("the V8 flags of the diarium command", () => {
  it("are on node's command line in both shebangs and in `pnpm diarium`", () => {
    const flags = NODE_FLAGS.join(" ");
    expect(firstLine("packages/cli/bin/diarium.cjs")).toBe(`#!/usr/bin/env -S node ${flags}`);
    expect(firstLine("scripts/diarium.mjs")).toBe(`#!/usr/bin/env -S node ${flags}`);
    const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: Record<string, string> };
    expect(manifest.scripts["diarium"]).toBe(`node ${flags} scripts/diarium.mjs`);
  });

  it("are set at run time nowhere", () => {
    const files = ["packages/cli/bin", "packages/cli/src", "packages/parser/src", "packages/extractor/src", "packages/schema/src", "scripts", "bench"].flatMap(sources);
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((f) => readFileSync(join(root, f), "utf8").includes("setFlagsFromString("))).toEqual([]);
  });

  it("reach node when the bin runs by its shebang, as an installed `diarium` does", () => {
    // A hook node loads first (NODE_OPTIONS) says which flags the process was started with.
    const hook = join(tempDir("flags"), "hook.cjs");
    writeFileSync(hook, `process.on("exit", () => process.stderr.write("execArgv " + JSON.stringify(process.execArgv) + "\\n"));\n`);
    const run = spawnSync(join(root, "packages/cli/bin/diarium.cjs"), ["analyze", corpus("stockholm-utlatande-2013-125.txt"), "--format", "summary"], {
      encoding: "utf8",
      env: { ...process.env, NODE_OPTIONS: `--require ${hook}` },
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Utlåtande 2013:125");
    expect(run.stderr.trim()).toBe(`execArgv ${JSON.stringify(NODE_FLAGS)}`);
  });
});
