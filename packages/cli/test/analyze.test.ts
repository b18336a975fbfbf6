import { spawn, spawnSync } from "node:child_process";
import { readdirSync, readFileSync, statSync, symlinkSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { validateAnalysis } from "@diarium/schema";
import { diarium, ensureBundle, FAILURE_LINE, place, root, tempDir } from "./helpers.ts";

const UTL = "stockholm-utlatande-2013-125.txt";
const TJU = "hagersten-liljeholmen-tjansteutlatande-2009.txt";
const PDF = "stockholm-utlatande-2013-125-print.pdf";
/** Named pipes can be made here (coreutils' mkfifo). */
const hasMkfifo = spawnSync("mkfifo", ["--version"]).error === undefined;
const version = (JSON.parse(readFileSync(join(root, "packages/cli/package.json"), "utf8")) as { version: string }).version;

function jsonFiles(dir: string, prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? jsonFiles(join(dir, e.name), join(prefix, e.name)) : e.name.endsWith(".json") ? [join(prefix, e.name)] : [],
  );
}

beforeAll(ensureBundle, 120_000);

describe("diarium analyze on a nested archive", () => {
  const archive = tempDir("archive");
  place(archive, "mapp med mellanslag/å ä ö (2013)/utlåtande 125.txt", UTL);
  place(archive, "mapp med mellanslag/tjänsteutlåtande.md", TJU);
  place(archive, "samma/a.txt", UTL);
  place(archive, "samma/a.pdf", PDF);
  writeFileSync(join(archive, "samma/anteckningar.json"), "{}"); // not a paper: not walked
  const out = tempDir("out");

  it("mirrors folders, keeps a.txt and a.pdf apart, validates every analysis, exits 0", () => {
    const run = diarium(["analyze", archive, "--out", out, "--jobs", "2"]);
    expect(run.stderr).toContain("4 written");
    expect(run.status).toBe(0);
    expect(jsonFiles(out).sort()).toEqual([
      "mapp med mellanslag/tjänsteutlåtande.json",
      "mapp med mellanslag/å ä ö (2013)/utlåtande 125.json",
      "samma/a.json", // a.pdf, first in name order, keeps the stem
      "samma/a.txt.json",
    ]);
    for (const rel of jsonFiles(out)) {
      const analysis = JSON.parse(readFileSync(join(out, rel), "utf8")) as { generator?: { version: string } };
      expect(validateAnalysis(analysis).ok).toBe(true);
      expect(analysis.generator?.version).toBe(version);
    }
    const pdf = JSON.parse(readFileSync(join(out, "samma/a.json"), "utf8")) as { source: { format: string } };
    expect(pdf.source.format).toBe("pdf");
    expect(existsSync(join(out, "failures.ndjson"))).toBe(false);
  });

  it("skips unchanged inputs on a re-run and redoes them with --force", () => {
    const file = join(out, "samma/a.txt.json");
    const before = statSync(file).mtimeMs;
    const again = diarium(["analyze", archive, "--out", out]);
    expect(again.status).toBe(0);
    expect(again.stderr).toContain("0 written, 4 skipped");
    expect(statSync(file).mtimeMs).toBe(before);
    const forced = diarium(["analyze", archive, "--out", out, "--force", "--quiet"]);
    expect(forced.status).toBe(0);
    expect(forced.stderr).toBe("");
    expect(statSync(file).mtimeMs).toBeGreaterThan(before);
  });

  it("redoes an input whose bytes changed", () => {
    writeFileSync(join(archive, "samma/a.txt"), readFileSync(join(root, "corpus", TJU)));
    const run = diarium(["analyze", archive, "--out", out]);
    expect(run.stderr).toContain("1 written, 3 skipped");
    const a = JSON.parse(readFileSync(join(out, "samma/a.txt.json"), "utf8")) as { text: string };
    expect(a.text).toContain("Länsstyrelsen har begärt");
  });
});

describe("diarium analyze failures", () => {
  it("names each bad input on one line, writes the good ones, exits 1", () => {
    const archive = tempDir("bad");
    place(archive, "good.txt", UTL);
    writeFileSync(join(archive, "tom.txt"), "  \n\n ");
    writeFileSync(join(archive, "binär.txt"), Buffer.from([0, 1, 2, 3, 0, 0, 255, 0]));
    writeFileSync(join(archive, "stor.txt"), Buffer.alloc(1_200_000, 0x61));
    symlinkSync(archive, join(archive, "loop"));
    const docx = join(archive, "brev.docx");
    writeFileSync(docx, "PK");
    const out = tempDir("bad-out");
    const run = diarium(["analyze", archive, docx, join(archive, "saknas.txt"), "--out", out, "--max-size", "1"]);
    expect(run.status).toBe(1);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    const lines = run.stderr.split("\n").filter((l) => FAILURE_LINE.test(l));
    const codes = new Map(lines.map((l) => [l.match(FAILURE_LINE)!.groups!["path"]!, l.match(FAILURE_LINE)!.groups!["code"]]));
    expect(codes.get(join(archive, "tom.txt"))).toBe("E_EMPTY");
    expect(codes.get(join(archive, "binär.txt"))).toBe("E_BINARY");
    expect(codes.get(join(archive, "stor.txt"))).toBe("E_TOO_LARGE");
    expect(codes.get(docx)).toBe("E_UNSUPPORTED");
    expect(codes.get(join(archive, "saknas.txt"))).toBe("E_IO");
    expect(codes.get(join(archive, "loop"))).toBe("E_IO");
    expect(jsonFiles(out)).toEqual(["good.json"]);
    const failures = readFileSync(join(out, "failures.ndjson"), "utf8").trim().split("\n").map((l) => JSON.parse(l) as { path: string; code: string });
    expect(failures.map((f) => f.code).sort()).toEqual(["E_BINARY", "E_EMPTY", "E_IO", "E_IO", "E_TOO_LARGE", "E_UNSUPPORTED"]);
    expect(run.stderr).toContain("6 failed");
  });

  it("lists the failures in input order, in failures.ndjson and in the summary, whichever file finished first", () => {
    const archive = tempDir("order");
    // met in this order: a, b.docx (refused while collecting), c, d, e.txt (missing, an operand of its own)
    writeFileSync(join(archive, "a.txt"), Buffer.from([0, 1, 2, 3, 0, 0, 255, 0]));
    writeFileSync(join(archive, "b.docx"), "PK");
    place(archive, "c.txt", UTL);
    writeFileSync(join(archive, "d.txt"), "  \n\n ");
    const missing = join(archive, "saknas", "e.txt");
    const expected = [
      `${join(archive, "a.txt")}: E_BINARY`,
      `${join(archive, "b.docx")}: E_UNSUPPORTED`,
      `${join(archive, "d.txt")}: E_EMPTY`,
      `${missing}: E_IO`,
    ];
    for (const round of [1, 2]) {
      const out = tempDir(`order-out-${round}`);
      const run = diarium(["analyze", archive, missing, "--out", out, "--jobs", "2"]);
      expect(run.status).toBe(1);
      const failures = readFileSync(join(out, "failures.ndjson"), "utf8").trim().split("\n").map((l) => JSON.parse(l) as { path: string; code: string });
      expect(failures.map((f) => `${f.path}: ${f.code}`)).toEqual(expected);
      const summary = run.stderr.slice(run.stderr.indexOf("failures:\n")).split("\n").slice(1, -1);
      expect(summary.map((l) => l.trim().match(FAILURE_LINE)!.groups!).map((g) => `${g["path"]}: ${g["code"]}`)).toEqual(expected);
    }
  });

  // A runaway file (the paper repeated: several MB, seconds of analysis) is killed and reported;
  // the worker is replaced and the small file is still written. (The time limit's kill of a
  // worker busy in its analysis is pool.test.ts's: how long a text takes depends on the machine.)
  it("kills a worker over its memory cap, reports it and goes on", () => {
    const archive = tempDir("runaway");
    place(archive, "small.txt", UTL);
    writeFileSync(join(archive, "huge.txt"), readFileSync(join(root, "corpus", UTL), "utf8").repeat(300));
    const out = tempDir("runaway-out");
    const run = diarium(["analyze", archive, "--out", out, "--jobs", "1", "--max-memory", "64"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${join(archive, "huge.txt")}: E_MEMORY: `);
    expect(jsonFiles(out)).toEqual(["small.json"]);
  });

  // A named pipe nothing is written to: a read waiting for it in the kernel was beyond the time
  // limit's reach, and kept the command from exiting after it had reported everything.
  it.skipIf(!hasMkfifo)("stops reading a pipe nothing comes through at the time limit, reports it, goes on and exits", () => {
    const archive = tempDir("pipe");
    place(archive, "small.txt", UTL);
    expect(spawnSync("mkfifo", [join(archive, "pipe.txt")]).status).toBe(0);
    const out = tempDir("pipe-out");
    // named on the command line: a folder's walk takes only its regular files
    const operands = [join(archive, "pipe.txt"), join(archive, "small.txt")];
    // (killed after 60 s, diarium() would throw: the command must end by itself)
    const run = diarium(["analyze", ...operands, "--out", out, "--jobs", "1", "--timeout", "2"], { timeoutMs: 60_000 });
    expect(run.signal).toBeNull();
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${join(archive, "pipe.txt")}: E_TIMEOUT: took longer than 2 s (--timeout): the pipe gave nothing to read`);
    expect(jsonFiles(out)).toEqual(["small.json"]);
  });

  it.skipIf(!hasMkfifo)("reads a named pipe as its writer writes", async () => {
    const dir = tempDir("pipe-late");
    const pipe = join(dir, "sen.txt");
    expect(spawnSync("mkfifo", [pipe]).status).toBe(0);
    // the writer opens the pipe a moment after diarium has, and writes the paper in two parts
    const writer = spawn("sh", ["-c", `sleep 1; { head -c 2000 "$1"; sleep 1; tail -c +2001 "$1"; } > "$2"`, "sh", join(root, "corpus", UTL), pipe]);
    const run = diarium(["analyze", pipe, "--format", "summary"], { timeoutMs: 60_000 });
    await new Promise((resolve) => writer.on("close", resolve));
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Utlåtande 2013:125 RVII (utlatande)");
  });

  it("exits 2 on usage errors and shows examples in --help", () => {
    expect(diarium(["analyze"]).status).toBe(2);
    expect(diarium(["analyze", "x.txt", "--jobs", "0"]).status).toBe(2);
    expect(diarium(["frobnicate"]).status).toBe(2);
    const help = diarium(["analyze", "--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("Examples:");
  });
});

describe("diarium analyze to stdout", () => {
  it("prints one object for one file, NDJSON for several, reads stdin", () => {
    const one = diarium(["analyze", join(root, "corpus", UTL)]);
    expect(one.status).toBe(0);
    expect((JSON.parse(one.stdout) as { document: { number: string } }).document.number).toBe("2013:125");
    const two = diarium(["analyze", join(root, "corpus", UTL), join(root, "corpus", TJU)]);
    const lines = two.stdout.trim().split("\n");
    expect(lines).toHaveLength(2);
    expect((JSON.parse(lines[1]!) as { source: { path: string } }).source.path).toContain("hagersten");
    const piped = diarium(["analyze", "-"], { input: readFileSync(join(root, "corpus", UTL)) });
    expect((JSON.parse(piped.stdout) as { source: { path: string } }).source.path).toBe("stdin");
    const summary = diarium(["analyze", join(root, "corpus", UTL), "--format", "summary"]);
    expect(summary.stdout).toContain("325-1328/2012");
  });
});

describe("a killed run", () => {
  it("leaves no half-written analysis and the re-run completes it", async () => {
    const archive = tempDir("kill");
    for (let i = 0; i < 24; i++) place(archive, `d${i % 3}/paper ${i}.txt`, i % 2 ? UTL : TJU);
    const out = tempDir("kill-out");
    const child = spawn(process.execPath, [join(root, "scripts/diarium.mjs"), "analyze", archive, "--out", out, "--jobs", "1"], { stdio: "ignore" });
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (jsonFiles(out).length >= 3) {
          clearInterval(poll);
          child.kill("SIGKILL");
          resolve();
        }
      }, 20);
    });
    await new Promise((r) => child.once("exit", r));
    const partial = jsonFiles(out);
    expect(partial.length).toBeLessThan(24);
    for (const rel of partial) expect(() => JSON.parse(readFileSync(join(out, rel), "utf8"))).not.toThrow();
    const resumed = diarium(["analyze", archive, "--out", out]);
    expect(resumed.status).toBe(0);
    expect(resumed.stderr).toContain(`${partial.length} skipped`);
    expect(jsonFiles(out)).toHaveLength(24);
    const leftovers = readdirSync(out, { recursive: true }).filter((f) => String(f).endsWith(".tmp"));
    expect(leftovers).toEqual([]);
  });
});
