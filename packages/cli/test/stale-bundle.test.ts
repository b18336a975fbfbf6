// The `diarium` bin's stale check: it looks at the files the bundle was built from (dist/inputs.json,
// written by each build), not at every folder of the packages.
import { mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureBundle, root, tempDir } from "./helpers.ts";

const build = (await import(pathToFileURL(join(root, "scripts/build.mjs")).href)) as { bundleIsStale(at?: string): boolean };

describe("the bundle's stale check", () => {
  beforeAll(ensureBundle, 120_000);

  it("knows the sources of every package in the bundle, the manifests and the build script, and nothing of node_modules", () => {
    const inputs = JSON.parse(readFileSync(join(root, "packages/cli/dist/inputs.json"), "utf8")) as string[];
    for (const file of ["packages/cli/src/main.ts", "packages/cli/src/commands/analyze.ts", "packages/parser/src/index.ts", "packages/extractor/src/index.ts", "packages/schema/src/index.ts", "packages/cli/package.json", "scripts/build.mjs", "scripts/stale.cjs"]) {
      expect(inputs).toContain(file);
    }
    expect(inputs.filter((f) => f.includes("node_modules"))).toEqual([]);
  });

  it("finds a bundle stale once a file it was built from is newer or gone, or a script of it is missing", () => {
    // A checkout of its own: touching one of this one's sources would have every `diarium` that
    // other test files start meanwhile rebuild the bundle under them.
    const at = tempDir("stale");
    const dist = join(at, "packages/cli/dist");
    mkdirSync(join(at, "packages/cli/src"), { recursive: true });
    mkdirSync(join(at, "scripts"));
    mkdirSync(dist, { recursive: true });
    const inputs = ["packages/cli/src/main.ts", "scripts/build.mjs"];
    const past = new Date(Date.now() - 3_600_000);
    for (const rel of inputs) {
      writeFileSync(join(at, rel), "");
      utimesSync(join(at, rel), past, past);
    }
    writeFileSync(join(dist, "inputs.json"), JSON.stringify(inputs));
    for (const name of ["diarium.mjs", "worker.cjs", "analyze.cjs", "prestart.cjs"]) writeFileSync(join(dist, name), "");
    expect(build.bundleIsStale(at)).toBe(false);

    utimesSync(join(at, "scripts/build.mjs"), past, new Date(Date.now() + 3_600_000));
    expect(build.bundleIsStale(at)).toBe(true);
    utimesSync(join(at, "scripts/build.mjs"), past, past);
    expect(build.bundleIsStale(at)).toBe(false);

    rmSync(join(at, "packages/cli/src/main.ts"));
    expect(build.bundleIsStale(at)).toBe(true);
    writeFileSync(join(at, "packages/cli/src/main.ts"), "");
    utimesSync(join(at, "packages/cli/src/main.ts"), past, past);

    rmSync(join(dist, "worker.cjs"));
    expect(build.bundleIsStale(at)).toBe(true);
  });
});
