import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureBundle, root, tempDir } from "./helpers.ts";

const UTL = "stockholm-utlatande-2013-125.txt";

beforeAll(ensureBundle, 120_000);

/** Runs a command with only PATH and HOME from the environment, as a user's shell would. */
function run(command: string, args: string[], cwd: string) {
  const env = { PATH: process.env["PATH"] ?? "", HOME: process.env["HOME"] ?? "" };
  return spawnSync(command, args, { cwd, encoding: "utf8", env, maxBuffer: 64 * 1024 * 1024 });
}

describe("paths are the caller's", () => {
  it("`cd corpus && pnpm diarium analyze <paper>` reads the paper in corpus/ (pnpm runs scripts from the root)", () => {
    const result = run("pnpm", ["--silent", "diarium", "analyze", UTL], join(root, "corpus"));
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const analysis = JSON.parse(result.stdout) as { source: { path: string } };
    expect(analysis.source.path).toBe(UTL);
  });

  it("`pnpm diarium analyze --out` writes under the caller's folder", () => {
    rmSync(join(root, "packages/cli/dist/.cwd-test-out"), { recursive: true, force: true });
    const result = run("pnpm", ["--silent", "diarium", "analyze", UTL, "--out", "../packages/cli/dist/.cwd-test-out", "--quiet"], join(root, "corpus"));
    expect(result.status).toBe(0);
    expect(existsSync(join(root, "packages/cli/dist/.cwd-test-out/stockholm-utlatande-2013-125.json"))).toBe(true);
  });
});

describe("the installed `diarium` command", () => {
  // The README's install step, into a private prefix instead of the machine's global one.
  const prefix = tempDir("prefix");
  const bin = join(prefix, "bin", "diarium");

  beforeAll(() => {
    const install = run("npm", ["install", "--global", "--prefix", prefix, "--no-audit", "--no-fund", join(root, "packages/cli")], root);
    expect(install.stderr).not.toMatch(/ERR!/);
    expect(install.status).toBe(0);
  }, 120_000);

  it("answers --help from /", () => {
    const result = run(bin, ["--help"], "/");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: diarium/);
  });

  it("analyses a paper named relative to the folder it is run in", () => {
    const result = run(bin, ["analyze", UTL, "--format", "summary"], join(root, "corpus"));
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Utlåtande 2013:125 RVII (utlatande)");
  });

  it("writes --out relative to the folder it is run in", () => {
    const here = tempDir("here");
    const result = run(bin, ["analyze", join(root, "corpus", UTL), "--out", "OUT", "--quiet"], here);
    expect(result.status).toBe(0);
    const analysis = JSON.parse(readFileSync(join(here, "OUT", "stockholm-utlatande-2013-125.json"), "utf8")) as { document: { number: string } };
    expect(analysis.document.number).toBe("2013:125");
  });
});
