import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { indexAnalyses, openIndex, queryDocuments, queryStances, searchSections, DB_VERSION } from "../src/index.ts";
import { diarium, ensureBundle, place, tempDir, hasShared, noteSkipped } from "./helpers.ts";

noteSkipped("index");

const archive = tempDir("idx");
place(archive, "2013/utlåtande (125).txt", "stockholm-utlatande-2013-125.txt");
place(archive, "2009/tjänsteutlåtande.txt", "hagersten-liljeholmen-tjansteutlatande-2009.txt");
place(archive, "molndal.txt", "real/molndal-kf-2024-10-16-166-brukningsavgift-va.txt");
const out = tempDir("idx-out");
const db = join(tempDir("idx-db"), "arkiv.sqlite");

beforeAll(async () => {
  await ensureBundle();
  const run = diarium(["analyze", archive, "--out", out, "--quiet"]);
  expect(run.status).toBe(0);
}, 120_000);

type StanceJson = { paper: string; number: string; forum: string; party: string; stance: string | null; kind: string; quote: string };

describe.skipIf(!hasShared)("diarium index and query on a real SQLite file", () => {
  it("indexes every analysis, then only what changed", () => {
    const first = diarium(["index", out, "--db", db]);
    expect(first.status).toBe(0);
    expect(first.stderr).toContain("3 added, 0 updated, 0 unchanged");
    const second = diarium(["index", out, "--db", db]);
    expect(second.stderr).toContain("0 added, 0 updated, 3 unchanged");
  });

  it("query stance --party MP returns MP positions with forum, stance and evidence", () => {
    const run = diarium(["query", "stance", "--db", db, "--party", "MP", "--format", "json"]);
    expect(run.status).toBe(0);
    const rows = JSON.parse(run.stdout) as StanceJson[];
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.party).toBe("MP");
      expect(r.forum.length).toBeGreaterThan(0);
      expect(r.quote.length).toBeGreaterThan(0);
    }
    expect(rows.filter((r) => r.number === "2013:125").length).toBeGreaterThan(3);
    const table = diarium(["query", "stance", "--db", db, "--party", "mp"]);
    expect(table.stdout.split("\n")[0]).toMatch(/^paper\s+municipality\s+dnr\s+number\s+title\s+date\s+item\s+forum\s+party\s+stance\s+kind\s+page\s+quote/);
  });

  it("writes RFC 4180 CSV with an optional BOM", () => {
    const run = diarium(["query", "stance", "--db", db, "--format", "csv", "--bom"]);
    expect(run.stdout.startsWith("\uFEFFpaper,municipality,dnr,number,title,date,item,forum,party,stance,kind,page,quote,copies\r\n")).toBe(true);
  });

  it("search finds ombud sections through the stemmed form ombuden, with a highlighted snippet", () => {
    const run = diarium(["search", "ombuden", "--db", db, "--format", "json", "--limit", "5"]);
    expect(run.status).toBe(0);
    const hits = JSON.parse(run.stdout) as { rank: number; snippet: string; paper: string }[];
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]!.rank).toBe(1);
    expect(hits.some((h) => /«ombud(en|et|s)?»/i.test(h.snippet))).toBe(true);
  });

  it("query documents finds a paper by Dnr and by date range", () => {
    const run = diarium(["query", "documents", "--db", db, "--dnr", "325-1328/2012", "--format", "json"]);
    const rows = JSON.parse(run.stdout) as { number: string; paper: string }[];
    expect(rows.map((r) => r.number)).toEqual(["2013:125"]);
    expect(rows[0]!.paper).toBe(join(archive, "2013", "utlåtande (125).txt"));
    const dated = JSON.parse(diarium(["query", "documents", "--db", db, "--from", "2013-01-01", "--to", "2013-12-31", "--format", "json"]).stdout) as unknown[];
    expect(dated).toHaveLength(1);
  });

  it("re-indexes a changed analysis in place and drops removed ones", () => {
    const file = join(out, "molndal.json");
    const analysis = JSON.parse(readFileSync(file, "utf8")) as { source: { sha256: string } };
    analysis.source.sha256 = "0".repeat(64);
    writeFileSync(file, JSON.stringify(analysis));
    const run = diarium(["index", out, "--db", db]);
    expect(run.stderr).toContain("0 added, 1 updated, 2 unchanged, 0 removed");
  });

  it("reports a missing database and usage errors", () => {
    expect(diarium(["query", "stance", "--db", join(out, "nope.sqlite")]).status).toBe(2);
    expect(diarium(["query", "stance"]).status).toBe(2);
    expect(diarium(["query", "stance", "--db", db, "--format", "xml"]).status).toBe(2);
  });
});

describe.skipIf(!hasShared)("the index as a library", () => {
  it("opens, indexes and queries from TypeScript", () => {
    const lib = openIndex(join(tempDir("lib"), "lib.sqlite"));
    try {
      expect(Number(lib.pragma("user_version", { simple: true }))).toBe(DB_VERSION);
      expect(indexAnalyses(lib, out).added).toBe(3);
      const stances = queryStances(lib, { party: "S", forum: "Socialnämnden" });
      expect(stances.every((s) => s.party === "S" && s.forum.includes("Socialnämnden"))).toBe(true);
      expect(queryDocuments(lib, { issuer: "Kommunstyrelsen" }).length).toBeGreaterThan(0);
      expect(searchSections(lib, "personligt ombud", 3).length).toBeGreaterThan(0);
    } finally {
      lib.close();
    }
  });
});
