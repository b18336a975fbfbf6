// The `diarium` bin's stale check: it looks at the files the bundle was built from (dist/inputs.json,
// written by each build), not at every folder of the packages.
import { readFileSync, statSync, utimesSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureBundle, root } from "./helpers.ts";

const build = (await import(pathToFileURL(join(root, "scripts/build.mjs")).href)) as { bundleIsStale(): boolean };

describe("the bundle's stale check", () => {
  beforeAll(ensureBundle, 120_000);

  it("knows the sources of every package in the bundle, the manifests and the build script, and nothing of node_modules", () => {
    const inputs = JSON.parse(readFileSync(join(root, "packages/cli/dist/inputs.json"), "utf8")) as string[];
    for (const file of ["packages/cli/src/main.ts", "packages/cli/src/commands/analyze.ts", "packages/parser/src/index.ts", "packages/extractor/src/index.ts", "packages/schema/src/index.ts", "packages/cli/package.json", "scripts/build.mjs", "scripts/stale.cjs"]) {
      expect(inputs).toContain(file);
    }
    expect(inputs.filter((f) => f.includes("node_modules"))).toEqual([]);
  });

  it("finds the bundle stale once a file it was built from is newer", () => {
    // The build script stands in for a source: touched into the future, then set back.
    const script = join(root, "scripts/build.mjs");
    const { atime, mtime } = statSync(script);
    try {
      utimesSync(script, atime, new Date(Date.now() + 3_600_000));
      expect(build.bundleIsStale()).toBe(true);
    } finally {
      utimesSync(script, atime, mtime);
    }
  });
});
