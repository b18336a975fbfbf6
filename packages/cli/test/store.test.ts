import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Analysis } from "@diarium/schema";
import { openStore } from "../src/store/open.ts";
import { PG_SCHEMA_VERSION } from "../src/store/pg-schema.ts";
import type { Store } from "../src/store/types.ts";
import { diarium, ensureBundle, hasShared, noteSkipped, place, tempDir } from "./helpers.ts";
import { hasPostgres, notePostgresSkipped, testDatabase, type TestDatabase } from "./pg.ts";

noteSkipped("store");
notePostgresSkipped("store");

// The papers: the corpus's utlåtande as .txt and .pdf (one paper, two readings), a tjänsteutlåtande,
// and from ../shared a protocol with votes and paragraphs, a kommunfullmäktige extract and a motion.
const papers = tempDir("store-papers");
place(papers, "utlatande.txt", "stockholm-utlatande-2013-125.txt");
place(papers, "utlatande.pdf", "stockholm-utlatande-2013-125-print.pdf");
place(papers, "hagersten.txt", "hagersten-liljeholmen-tjansteutlatande-2009.txt");
place(papers, "protokoll/kungsbacka-vo.txt", "dev-protocols/kungsbacka-vo-2024-06-12-protokoll.txt");
place(papers, "protokoll/molndal-kf.txt", "real/molndal-kf-2024-10-16-166-brukningsavgift-va.txt");
place(papers, "motion-laddstationer.pdf", "real/alingsas-ten-2025-12-15-65-motion-laddstationer.pdf");
const out = tempDir("store-out");
let pgDb: TestDatabase | undefined;

beforeAll(async () => {
  await ensureBundle();
  expect(diarium(["analyze", papers, "--out", out, "--quiet"]).status).toBe(0);
  if (hasPostgres) pgDb = await testDatabase("store");
}, 180_000);

afterAll(async () => {
  await pgDb?.drop();
});

/** A fresh store of each engine: a new SQLite file, or the test database emptied. */
const engines: { name: string; fresh: () => Promise<Store>; skip: boolean }[] = [
  { name: "SQLite", fresh: () => openStore(join(tempDir("store-db"), "arkiv.sqlite")), skip: false },
  {
    name: "PostgreSQL",
    fresh: async () => {
      const store = await openStore(pgDb!.url);
      const client = new pg.Client(pgDb!.url);
      await client.connect();
      await client.query("TRUNCATE documents RESTART IDENTITY CASCADE").finally(() => client.end());
      return store;
    },
    skip: !hasPostgres,
  },
];

const analysisOf = (file: string): Analysis => JSON.parse(readFileSync(join(out, file), "utf8")) as Analysis;
const readings = hasShared ? 6 : 3;

describe.each(engines)("the $name store", ({ fresh, skip }) => {
  it.skipIf(skip)("indexes an OUT folder, then only what changed, and removes only what vanished from it", async () => {
    const store = await fresh();
    try {
      expect(await store.indexFolder(out)).toMatchObject({ added: readings, updated: 0, unchanged: 0, removed: [], failures: [] });
      expect(await store.indexFolder(out)).toMatchObject({ added: 0, unchanged: readings });
      // A second archive beside the first: both stay.
      const out2 = tempDir("store-out2");
      cpSync(join(out, "hagersten.json"), join(out2, "hagersten.json"));
      expect(await store.indexFolder(out2)).toMatchObject({ added: 1, removed: [] });
      expect(await store.documentCount()).toBe(readings + 1);
      // The analysis of the second archive vanishes: indexing it removes that one document and says so.
      rmSync(join(out2, "hagersten.json"));
      writeFileSync(join(out2, "not-an-analysis.json"), "{}");
      const third = await store.indexFolder(out2);
      expect(third.removed).toEqual([join(out2, "hagersten.json")]);
      expect(third.failures.map((f) => f.code)).toEqual(["E_SCHEMA"]);
      expect(await store.documentCount()).toBe(readings);
    } finally {
      await store.close();
    }
  });

  it.skipIf(skip)("stores one analysis: added, unchanged when the same, updated when it changed", async () => {
    const store = await fresh();
    try {
      const a = analysisOf("hagersten.json");
      const entry = { root: "queue:test", file: "hagersten.txt", analysis: a };
      expect(await store.putAnalysis(entry)).toBe("added");
      expect(await store.putAnalysis(entry)).toBe("unchanged");
      const changed = { ...a, source: { ...a.source, sha256: "0".repeat(64) } };
      expect(await store.putAnalysis({ ...entry, analysis: changed })).toBe("updated");
      expect(await store.documentCount()).toBe(1);
      expect((await store.queryDocuments()).map((d) => d.paper)).toEqual([a.source.path]);
    } finally {
      await store.close();
    }
  });

  it.skipIf(skip)("answers stance, document and search queries on the utlåtande", async () => {
    const store = await fresh();
    try {
      await store.indexFolder(out);
      const mp = await store.queryStances({ party: "mp", stance: "bifall", municipality: "stockholm" });
      expect(mp.length).toBeGreaterThan(0);
      expect(mp.every((r) => r.party === "MP" && r.stance === "bifall" && r.dnr === "325-1328/2012")).toBe(true);
      // One paper read as .txt and .pdf: listed once (the PDF, it has pages), the other reading in copies.
      expect(new Set(mp.map((r) => r.paper)).size).toBe(1);
      expect(mp[0]!.copies).toMatch(/utlatande\.txt$/);
      expect((await store.queryDocuments({ dnr: "325-1328/2012" })).map((d) => d.number)).toEqual(["2013:125"]);
      expect(await store.undatedLeftOut({ from: "2009-01-01" })).toBe((await store.queryDocuments({ undated: "only" })).length);
      expect(await store.partyCodes()).toContain("MP");
      // The paper a row names, whole (SQLite reads it from the OUT folder, PostgreSQL holds it as jsonb).
      expect((await store.paper(mp[0]!.paper))?.analysis.document.number).toBe("2013:125");
      expect(await store.paper("no/such/paper.txt")).toBeNull();
      // Every Swedish form: the plural in the text is found by the singular, a phrase by its words.
      const ombud = await store.search('"personliga ombud" NOT återremiss', 50);
      expect(ombud.length).toBeGreaterThan(0);
      expect(ombud[0]!.snippet).toMatch(/«personliga» «ombud»/i);
      expect((await store.search("ombu*", 50)).length).toBeGreaterThanOrEqual(ombud.length);
    } finally {
      await store.close();
    }
  });
});

/** Search hits as a comparable set: paper, heading and page of each section found. */
const hitKeys = (hits: { paper: string; heading: string; page: number | null }[]): string[] => hits.map((h) => `${h.paper}|${h.heading}|${h.page}`).sort();

describe.skipIf(!hasPostgres)("SQLite and PostgreSQL over the same analyses", () => {
  let sqlite: Store;
  let postgres: Store;
  beforeAll(async () => {
    sqlite = await engines[0]!.fresh();
    postgres = await engines[1]!.fresh();
    await sqlite.indexFolder(out);
    await postgres.indexFolder(out);
  }, 60_000);
  afterAll(async () => {
    await sqlite?.close();
    await postgres?.close();
  });

  it.each([
    {},
    { party: "MP" },
    { party: "S", kind: "reservation" as const, from: "2013-01-01", to: "2013-12-31" },
    { forum: "nämnd", stance: "bifall" as const, undated: "include" as const },
    { municipality: "Stockholm", undated: "only" as const },
    { item: "§ 166" },
  ])("gives the same stance rows for %o", async (filter) => {
    const rows = await sqlite.queryStances(filter);
    expect(await postgres.queryStances(filter)).toEqual(rows);
  });

  it("gives the same papers, the same export tables and the same parties", async () => {
    for (const f of [{}, { issuer: "kommunstyrelsen" }, { from: "2010-01-01", undated: "include" as const }, { dnr: "1328" }]) {
      expect(await postgres.queryDocuments(f)).toEqual(await sqlite.queryDocuments(f));
    }
    const rows = await sqlite.exportRows();
    expect(rows.positions.length).toBeGreaterThan(0);
    if (hasShared) expect(rows.votes.length).toBeGreaterThan(0);
    expect(await postgres.exportRows()).toEqual(rows);
    expect(await postgres.partyCodes()).toEqual(await sqlite.partyCodes());
  });

  it.each(["laddplats", "ombud", '"personligt ombud"', "beslut OR motion", "(bifall OR avslag) motion", "motion NOT återremiss", "ladd*", "Rinkeby-Kista", "förvaltningen"])(
    "finds the same sections for %s (the rank order is each engine's own)",
    async (query) => {
      const expected = hitKeys(await sqlite.search(query, 1000));
      expect(hitKeys(await postgres.search(query, 1000))).toEqual(expected);
    },
  );

  it("rejects the same bad searches", async () => {
    for (const bad of ["NOT motion", "(bifall", "motion OR", '""']) {
      await expect(sqlite.search(bad)).rejects.toThrow();
      await expect(postgres.search(bad)).rejects.toThrow();
    }
  });
});

describe.skipIf(!hasPostgres)("the PostgreSQL schema", () => {
  it("is migrated once when several processes open a new database at once", async () => {
    const stores = await Promise.all([1, 2, 3, 4].map(() => openStore(pgDb!.url)));
    await Promise.all(stores.map((s) => s.close()));
    const client = new pg.Client(pgDb!.url);
    await client.connect();
    try {
      const { rows } = await client.query<{ version: number }>("SELECT version FROM schema_migrations ORDER BY version");
      expect(rows.map((r) => r.version)).toEqual(Array.from({ length: PG_SCHEMA_VERSION }, (_, i) => i + 1));
    } finally {
      await client.end();
    }
  });

  it("serves diarium index, query and export by URL with the same output as the SQLite file (search and documents: the library parity above)", async () => {
    const file = join(tempDir("store-cli"), "arkiv.sqlite");
    await (await engines[1]!.fresh()).close();
    for (const db of [file, pgDb!.url]) expect(diarium(["index", out, "--db", db]).status).toBe(0);
    const both = (args: string[]): [string, string] => {
      const [a, b] = [file, pgDb!.url].map((db) => diarium([...args, "--db", db]));
      expect([a!.status, b!.status]).toEqual([0, 0]);
      return [a!.stdout, b!.stdout];
    };
    const [sq, pq] = both(["query", "stance", "--party", "Miljöpartiet", "--format", "csv"]);
    expect(pq).toBe(sq);
    const [popSqlite, popPg] = [tempDir("store-pop1"), tempDir("store-pop2")];
    expect(diarium(["export", "--format", "popolo", "--out", popSqlite, "--quiet", "--db", file]).status).toBe(0);
    expect(diarium(["export", "--format", "popolo", "--out", popPg, "--quiet", "--db", pgDb!.url]).status).toBe(0);
    expect(readFileSync(join(popPg, "popolo.json"), "utf8")).toBe(readFileSync(join(popSqlite, "popolo.json"), "utf8"));
    // A server that is not there: one line naming the URL without its password, exit 1.
    const down = diarium(["query", "stance", "--db", "postgres://diarium:secret@127.0.0.1:1/none"]);
    expect(down.status).toBe(1);
    expect(down.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^postgres:\/\/diarium:\*\*\*@127\.0\.0\.1:1\/none: E_DB: /)]);
  });
});
