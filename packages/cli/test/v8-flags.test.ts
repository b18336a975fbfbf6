// The V8 flag the bin sets as it starts (bin/v8-flags.cjs): set at run time, after Node has run
// patterns of its own, it must leave those patterns working. `--no-regexp-tier-up`, set there until
// a CI run lost `diarium index` to a crash without a line on stderr, does not: on Node 20 the script
// below ends by SIGSEGV with it.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root } from "./helpers.ts";

const flagsModule = join(root, "packages/cli/bin/v8-flags.cjs");

/** Patterns run once (interpreted, marked for tier-up), then the flag, then the same patterns again and new ones. */
const AFTER_PATTERNS_RAN = `
const patterns = [/%2f|%5c/i, /^[a-z]+:/g, /(?<n>\\d+)-(\\d+)/, /abc/y, /\\bfoo\\b/u, /x/g];
for (const p of patterns) { p.lastIndex = 0; p.exec("/a/b/c 12-34 foo abc x"); }
require(${JSON.stringify(flagsModule)}).setV8Flags();
for (const p of patterns) for (let i = 0; i < 6; i++) { p.lastIndex = 0; p.exec("/a/b/c 12-34 foo abc x" + (i % 2 ? "å" : "") + i); "lång ".repeat(300).replace(p, "y"); }
for (const p of [/%2f|%5c/i, /q+r/g, /(?<n>\\d+)-(\\d+)/]) for (let i = 0; i < 6; i++) p.exec("12-34 qqr " + i);
console.log("ok");
`;

/** The JavaScript sources of a folder and its subfolders, dependencies and builds aside. */
function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => /\.(ts|mts|cts|js|mjs|cjs)$/.test(f) && !/(^|\/)(node_modules|dist)\//.test(f))
    .map((f) => join(dir, f));
}

describe("the bin's V8 flag", () => {
  it("is safe to set after patterns have run, as it is after Node's own loaders ran theirs", () => {
    const run = spawnSync(process.execPath, ["-e", AFTER_PATTERNS_RAN], { encoding: "utf8" });
    expect({ signal: run.signal, stdout: run.stdout.trim(), stderr: run.stderr }).toEqual({ signal: null, stdout: "ok", stderr: "" });
  });

  it("is set in one place, as the bin starts, and the bin's shebang is plain `env node` (BusyBox and the BSDs have no env -S)", () => {
    const bin = readFileSync(join(root, "packages/cli/bin/diarium.cjs"), "utf8");
    expect(bin.split("\n")[0]).toBe("#!/usr/bin/env node");
    const statements = bin.split("\n").filter((line) => line.trim() !== "" && !line.startsWith("#!") && !line.trimStart().startsWith("//"));
    expect(statements.slice(0, 2)).toEqual(['"use strict";', 'require("./v8-flags.cjs").setV8Flags();']);
    const files = ["packages/cli/bin", "packages/cli/src", "packages/parser/src", "packages/extractor/src", "packages/schema/src", "scripts", "bench"].flatMap(sources);
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((f) => readFileSync(join(root, f), "utf8").includes("setFlagsFromString("))).toEqual(["packages/cli/bin/v8-flags.cjs"]);
  });
});
