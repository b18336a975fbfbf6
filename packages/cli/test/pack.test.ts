import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { corpus, root, tempDir } from "./helpers.ts";

/**
 * `pnpm pack:all` as a user outside the checkout meets it: the four tarballs are unpacked into a
 * fresh project's node_modules (their third-party dependencies linked from this checkout's, so no
 * registry is needed here; `pnpm pack:check` installs them from the registry with npm), and the
 * README's library example and the `diarium` bin run there on plain Node, with no TypeScript.
 */

const project = tempDir("packed");
const modules = join(project, "node_modules");
type Manifest = { name: string; exports: Record<string, { types: string; import: string }>; dependencies?: Record<string, string>; bin?: Record<string, string> };
const manifests = new Map<string, Manifest>();
const contents = new Map<string, string[]>();

/** Third-party dependencies of the packed packages, as this checkout installed them. */
const THIRD_PARTY: [string, string][] = [
  ["zod", "packages/cli"], ["commander", "packages/cli"], ["pdfjs-dist", "packages/cli"], ["better-sqlite3", "packages/cli"], ["natural", "packages/cli"],
];

function node(args: string[], cwd = project) {
  return spawnSync(process.execPath, args, { cwd, encoding: "utf8" });
}

beforeAll(() => {
  const out = tempDir("tarballs");
  const packed = node([join(root, "scripts/pack.mjs"), "--out", out], root);
  expect(packed.stderr).toBe("");
  expect(packed.status).toBe(0);
  for (const tarball of packed.stdout.trim().split("\n")) {
    const listing = spawnSync("tar", ["-tzf", tarball], { encoding: "utf8" }).stdout.trim().split("\n");
    const manifest = JSON.parse(spawnSync("tar", ["-xOzf", tarball, "package/package.json"], { encoding: "utf8" }).stdout) as Manifest;
    const dir = join(modules, manifest.name);
    mkdirSync(dir, { recursive: true });
    expect(spawnSync("tar", ["-xzf", tarball, "-C", dir, "--strip-components=1"]).status).toBe(0);
    manifests.set(basename(manifest.name), manifest);
    contents.set(basename(manifest.name), listing.map((f) => f.replace(/^package\//, "")));
  }
  for (const [name, from] of THIRD_PARTY) symlinkSync(realpathSync(join(root, from, "node_modules", name)), join(modules, name));
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "uses-diarium", private: true, type: "module" }));
}, 120_000);

describe("the packed packages", () => {
  it("export JavaScript with its types, ship the files they name, and depend on versions, not workspace: or catalog:", () => {
    expect([...manifests.keys()]).toEqual(["schema", "parser", "extractor", "cli"]);
    for (const [name, m] of manifests) {
      const main = m.exports["."]!;
      expect(Object.keys(main)).toEqual(["types", "import"]);
      expect(main.import).toMatch(/\.js$/);
      expect(main.types).toMatch(/\.d\.ts$/);
      for (const file of [main.import, main.types, ...Object.values(m.bin ?? {})]) expect(contents.get(name)).toContain(file.replace(/^\.\//, ""));
      for (const version of Object.values(m.dependencies ?? {})) expect(version).toMatch(/^[\^~]?\d/);
      expect(contents.get(name)!.some((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))).toBe(false);
    }
  });

  it("run the README's library example as plain JavaScript", () => {
    writeFileSync(
      join(project, "example.mjs"),
      `import { readFileSync } from "node:fs";
       import { createHash } from "node:crypto";
       import { analyzeInput } from "@diarium/extractor";
       import { validateAnalysis } from "@diarium/schema";
       const bytes = readFileSync(${JSON.stringify(corpus("stockholm-utlatande-2013-125.txt"))});
       const sha256 = createHash("sha256").update(bytes).digest("hex");
       const result = await analyzeInput({ path: "utlatande.txt", bytes, sha256, format: "text" });
       if (!result.ok) console.error(\`\${result.code}: \${result.message}\`);
       else console.log(validateAnalysis(result.analysis).ok, result.analysis.document.number);`,
    );
    const run = node(["example.mjs"]);
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe("true 2013:125\n");
  });

  it("run the diarium bin: --help, and analyze of a paper with its summary", () => {
    const bin = join(modules, "@diarium/cli", manifests.get("cli")!.bin!["diarium"]!);
    const help = node([bin, "--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("diarium analyze");
    const summary = node([bin, "analyze", corpus("stockholm-utlatande-2013-125.txt"), "--format", "summary"]);
    expect(summary.stderr).toBe("");
    expect(summary.stdout.split("\n")[0]).toBe("Utlåtande 2013:125 RVII (utlatande)");
  });
});
