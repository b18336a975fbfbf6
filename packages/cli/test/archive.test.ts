import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { migrate } from "../src/db/migrations.ts";
import { diarium, ensureBundle, FAILURE_LINE, place, root, tempDir, hasShared, noteSkipped } from "./helpers.ts";

noteSkipped("archive");

// Two archives with papers of the same names, as two municipalities' exports would be.
const papers = tempDir("papers");
place(papers, "arkiv1/utlatande.txt", "stockholm-utlatande-2013-125.txt");
place(papers, "arkiv1/tjansteutlatande.txt", "hagersten-liljeholmen-tjansteutlatande-2009.txt");
place(papers, "arkiv2/utlatande.txt", "real/molndal-kf-2024-10-16-166-brukningsavgift-va.txt");
place(papers, "arkiv2/utlatande-tryck.pdf", "stockholm-utlatande-2013-125-print.pdf");
mkdirSync(join(papers, "arkiv2/taxa"), { recursive: true });
copyFileSync(join(root, "../shared/corpus/dev/kungsbacka-ks-2024-02-20-61-taxa-laddstolpar.txt"), join(papers, "arkiv2/taxa/laddstolpar.txt"));
const out1 = tempDir("out1");
const out2 = tempDir("out2");

beforeAll(async () => {
  await ensureBundle();
  expect(diarium(["analyze", "arkiv1", "--out", out1, "--quiet"], { cwd: papers }).status).toBe(0);
  expect(diarium(["analyze", "arkiv2", "--out", out2, "--quiet"], { cwd: papers }).status).toBe(0);
}, 180_000);

/** Documents, sections and FTS rows of a database, and whether SQLite finds it sound. */
function census(db: string): { documents: number; sections: number; fts: number; integrity: string } {
  const conn = new Database(db, { readonly: true });
  try {
    const count = (table: string): number => (conn.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${table}`).get()?.n ?? -1);
    const integrity = String(conn.pragma("integrity_check", { simple: true }));
    return { documents: count("documents"), sections: count("sections"), fts: count("sections_fts"), integrity };
  } finally {
    conn.close();
  }
}

/** Starts `diarium index` as a child process; resolves with its exit code and stderr. */
function indexInBackground(out: string, db: string): { done: Promise<{ status: number | null; stderr: string }>; kill(): void } {
  const child = spawn(process.execPath, [join(root, "scripts/diarium.mjs"), "index", out, "--db", db], { cwd: root });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<{ status: number | null; stderr: string }>((resolve) => child.on("close", (status) => resolve({ status, stderr })));
  return { done, kill: () => child.kill("SIGKILL") };
}

describe.skipIf(!hasShared)("the index keeps what it holds", () => {
  it("indexing a second archive into the database keeps the first (was: '3 removed')", () => {
    const db = join(tempDir("db"), "arkiv.sqlite");
    expect(diarium(["index", out1, "--db", db]).stderr).toContain("2 added, 0 updated, 0 unchanged, 0 removed");
    const second = diarium(["index", out2, "--db", db]);
    expect(second.stderr).toContain("3 added, 0 updated, 0 unchanged, 0 removed");
    expect(census(db).documents).toBe(5);
  });

  it("removes only what vanished from the folder being indexed, names it, and prunes other folders only when asked", () => {
    const db = join(tempDir("db"), "arkiv.sqlite");
    const o1 = tempDir("o1");
    const o2 = tempDir("o2");
    for (const f of ["utlatande.json", "tjansteutlatande.json"]) copyFileSync(join(out1, f), join(o1, f));
    copyFileSync(join(out2, "utlatande.json"), join(o2, "utlatande.json"));
    diarium(["index", o1, "--db", db]);
    diarium(["index", o2, "--db", db]);
    rmSync(join(o1, "tjansteutlatande.json"));
    rmSync(join(o2, "utlatande.json"));
    copyFileSync(join(out2, "utlatande-tryck.json"), join(o2, "utlatande-tryck.json"));
    const again = diarium(["index", o1, "--db", db]);
    expect(again.stderr).toContain(`removed: ${join(o1, "tjansteutlatande.json")} (its analysis is gone)`);
    expect(again.stderr).toContain("0 added, 0 updated, 1 unchanged, 1 removed");
    expect(census(db).documents).toBe(2); // o2's vanished analysis is not o1's business
    const pruned = diarium(["index", o1, "--db", db, "--prune", "--quiet"]);
    expect(pruned.stderr).toBe(`removed: ${join(o2, "utlatande.json")} (its analysis is gone)\n`); // said even with --quiet
    expect(census(db).documents).toBe(1);
  });

  it("two index processes on one new database at once both succeed and lose nothing", async () => {
    const db = join(tempDir("db"), "arkiv.sqlite");
    const runs = [indexInBackground(out1, db), indexInBackground(out2, db), indexInBackground(out2, db)];
    const results = await Promise.all(runs.map((r) => r.done));
    for (const r of results) expect(r.stderr).not.toMatch(/E_DB|busy|locked/i);
    expect(results.map((r) => r.status)).toEqual([0, 0, 0]);
    const c = census(db);
    expect(c).toMatchObject({ documents: 5, integrity: "ok" });
    expect(c.fts).toBe(c.sections);
  });

  it("a process killed mid-index leaves a sound database and the next run completes it", async () => {
    const big = tempDir("big");
    const analysis = readFileSync(join(out1, "utlatande.json"));
    for (let i = 0; i < 300; i++) copyFileSync(join(out1, "utlatande.json"), join(big, `kopia-${String(i).padStart(3, "0")}.json`));
    expect(analysis.length).toBeGreaterThan(0);
    const db = join(tempDir("db"), "arkiv.sqlite");
    const run = indexInBackground(big, db);
    // Kill it once some documents are in and before all are.
    let seen = 0;
    for (let i = 0; i < 600 && seen === 0; i++) {
      await new Promise((r) => setTimeout(r, 25));
      seen = existsSync(db) ? safeCount(db) : 0;
    }
    run.kill();
    await run.done;
    const killed = census(db);
    expect(killed.integrity).toBe("ok");
    expect(killed.documents).toBeGreaterThan(0);
    expect(killed.documents).toBeLessThan(300);
    expect(killed.fts).toBe(killed.sections);
    const rerun = diarium(["index", big, "--db", db]);
    expect(rerun.status).toBe(0);
    expect(rerun.stderr).toContain(`${300 - killed.documents} added, 0 updated, ${killed.documents} unchanged`);
    expect(census(db)).toMatchObject({ documents: 300, integrity: "ok" });
  });
});

/** Documents so far, 0 while the database is still being created. */
function safeCount(db: string): number {
  try {
    const conn = new Database(db, { readonly: true });
    try {
      return conn.prepare<[], { n: number }>("SELECT count(*) AS n FROM documents").get()?.n ?? 0;
    } finally {
      conn.close();
    }
  } catch {
    return 0;
  }
}

describe.skipIf(!hasShared)("folders that hold nothing to work on", () => {
  it("index of a folder of papers (not analyses) exits 1, says what it expected, creates no database", () => {
    const db = join(tempDir("db"), "arkiv.sqlite");
    const run = diarium(["index", "corpus", "--db", db]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^corpus: E_NO_ANALYSES: no analyses \(\*\.json\) here; index the OUT folder of diarium analyze/m);
    expect(existsSync(db)).toBe(false);
  });

  it("analyze of a folder with no papers exits 1 and says what it reads", () => {
    const empty = tempDir("empty");
    const run = diarium(["analyze", empty, "--out", tempDir("out")]);
    expect(run.status).toBe(1);
    const line = run.stderr.split("\n").find((l) => FAILURE_LINE.test(l));
    expect(line).toBe(`${empty}: E_NO_INPUT: no papers in this folder (diarium reads .txt, .md and .pdf files)`);
  });
});

describe.skipIf(!hasShared)("analyses keep their input's path under OUT", () => {
  it("two folders with papers of the same name write OUT/arkiv1/x.json and OUT/arkiv2/x.json", () => {
    const out = tempDir("both");
    expect(diarium(["analyze", "arkiv1/utlatande.txt", "arkiv2", "--out", out, "--quiet"], { cwd: papers }).status).toBe(0);
    const one = JSON.parse(readFileSync(join(out, "arkiv1/utlatande.json"), "utf8")) as { source: { path: string } };
    const two = JSON.parse(readFileSync(join(out, "arkiv2/utlatande.json"), "utf8")) as { source: { path: string } };
    expect([one.source.path, two.source.path]).toEqual(["arkiv1/utlatande.txt", "arkiv2/utlatande.txt"]);
    expect(existsSync(join(out, "arkiv2/utlatande.txt.json"))).toBe(false);
  });
});

describe.skipIf(!hasShared)("a database of an earlier diarium", () => {
  it("is upgraded in place: its documents stay, search works, and indexing their folder adopts them", () => {
    // Version 1 keyed documents by file alone and stored Porter stems; this one is its utlatande.json.
    const analysis = JSON.parse(readFileSync(join(out1, "utlatande.json"), "utf8")) as { source: { sha256: string }; generator: { version: string } };
    const file = join(tempDir("db"), "v1.sqlite");
    const v1 = new Database(file);
    migrate(v1, 1);
    v1.prepare(
      `INSERT INTO documents (id, file, source_path, sha256, version, format, kind, number, date, place, diarienummer) VALUES (7, 'utlatande.json', 'arkiv1/utlatande.txt', ?, ?, 'text', 'utlatande', '2013:125', '2013-09-18', 'Stockholm', '["325-1328/2012"]')`,
    ).run(analysis.source.sha256, analysis.generator.version);
    v1.prepare(`INSERT INTO sections (id, document_id, kind, heading, start, "end", body) VALUES (1, 7, 'arendet', 'Ärendet', 0, 10, 'Fler personliga ombud behövs')`).run();
    v1.prepare(`INSERT INTO positions (document_id, kind, forum, parties, people, stance, quote, start, "end") VALUES (7, 'reservation', 'Kommunstyrelsen', '["MP"]', '[]', 'bifall', 'bifalla motionen', 0, 5)`).run();
    v1.close();

    // A query upgrades it first; the document is there, and the search table was stemmed anew.
    const rows = JSON.parse(diarium(["query", "stance", "--db", file, "--party", "MP", "--format", "json"]).stdout) as { paper: string; forum: string }[];
    expect(rows).toEqual([expect.objectContaining({ paper: "arkiv1/utlatande.txt", forum: "Kommunstyrelsen" })]);
    const hits = JSON.parse(diarium(["search", "ombudet", "--db", file, "--format", "json"]).stdout) as { snippet: string }[];
    expect(hits.map((h) => h.snippet)).toEqual(["Fler personliga «ombud» behövs"]);
    // Indexing the folder that holds its analysis adopts it (unchanged) and adds the rest.
    const indexed = diarium(["index", out1, "--db", file]);
    expect(indexed.status).toBe(0);
    // (Its version is cleared by the items migration, so it is read again: updated, not unchanged.)
    expect(indexed.stderr).toContain("1 added, 1 updated, 0 unchanged, 0 removed");
    expect(census(file).documents).toBe(2);
  });
});
