import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { migrate } from "../src/db/migrations.ts";
import { diarium, ensureBundle, place, root, tempDir } from "./helpers.ts";

/**
 * Whole meeting protocols in the archive: paragraphs (§§) in the index, `query stance --item`, the
 * paragraph in every row format, the summary's paragraph list and both exports. A small protocol
 * written here runs everywhere; the development protocols of ../shared are read in place when present.
 */

/** Two paragraphs of a Tekniska nämnden meeting: § 12 with yrkanden, a vote and a reservation, § 13 a motion. */
const PROTOCOL = `SAMMANTRÄDESPROTOKOLL
Tekniska nämnden
Datum 2024-03-14

Plats och tid: Stadshuset, klockan 18:00–19:30

Beslutande: Anna Berg (S), ordförande, Karl Holm (M), Lisa Ek (C), Per Lund (SD)

§ 12 Parkering vid Storgatan
Dnr TN-2024-00031

Förslag till beslut
Tekniska nämnden beslutar att införa avgift för parkering vid Storgatan.

Yrkanden
Karl Holm (M) yrkar bifall till förslaget.
Lisa Ek (C) yrkar avslag på förslaget.

Omröstning
Omröstning begärs och genomförs.
Ja-röst innebär bifall till förslaget, Nej-röst innebär avslag till förslaget.
Med 3 ja-röster mot 1 nej-röst beslutar nämnden enligt förslaget.

Beslut
Tekniska nämnden beslutar att införa avgift för parkering vid Storgatan.

Reservation
Lisa Ek (C) reserverar sig mot beslutet.

§ 13 Svar på motion om fler cykelställ
Dnr TN-2024-00040

Förslag till beslut
Motionen anses besvarad.

Yrkanden
Per Lund (SD) yrkar bifall till motionen.

Beslut
Motionen anses besvarad.

Justerandes signatur
`;

const archive = tempDir("prot");
writeFileSync(join(archive, "tn-2024-03-14.txt"), PROTOCOL);
place(archive, "utlatande.txt", "stockholm-utlatande-2013-125.txt");
const out = tempDir("prot-out");
const db = join(tempDir("prot-db"), "arkiv.sqlite");

type StanceJson = { paper: string; item: string | null; party: string; stance: string | null; kind: string };
const stances = (...args: string[]): StanceJson[] => {
  const run = diarium(["query", "stance", "--db", db, "--format", "json", ...args]);
  expect(run.stderr).toBe("");
  return JSON.parse(run.stdout) as StanceJson[];
};

beforeAll(async () => {
  await ensureBundle();
  expect(diarium(["analyze", archive, "--out", out, "--quiet"]).status).toBe(0);
  expect(diarium(["index", out, "--db", db, "--quiet"]).status).toBe(0);
}, 120_000);

describe("a whole protocol in the archive", () => {
  it("query stance --item takes '12', '§12' and '§ 12' alike and keeps that paragraph's rows", () => {
    const rows = stances("--item", "§ 12");
    expect(rows.map((r) => [r.party, r.kind])).toEqual([["M", "yrkande"], ["C", "yrkande"], ["C", "reservation"]]);
    for (const r of rows) expect(r.item).toBe("§ 12 Parkering vid Storgatan");
    expect(stances("--item", "12")).toEqual(rows);
    expect(stances("--item", "§12")).toEqual(rows);
    expect(stances("--item", "13").map((r) => [r.item, r.party, r.stance])).toEqual([["§ 13 Svar på motion om fler cykelställ", "SD", "bifall"]]);
  });

  it("a paper about one matter has no paragraph in its rows", () => {
    const rows = stances("--party", "MP").filter((r) => r.paper.endsWith("utlatande.txt"));
    expect(rows.length).toBeGreaterThan(3);
    for (const r of rows) expect(r.item).toBeNull();
  });

  it("an --item that is no paragraph number is a usage error that says what is valid", () => {
    const run = diarium(["query", "stance", "--db", db, "--item", "paragraf tolv"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('diarium: E_USAGE: --item: not a paragraph: "paragraf tolv"; valid: a § number, "§ 114", "§114" or "114"\n');
  });

  it("every row format carries the § and its title", () => {
    const csv = diarium(["query", "stance", "--db", db, "--item", "13", "--format", "csv"]).stdout.split("\r\n");
    expect(csv[0]).toBe("paper,municipality,dnr,number,title,date,item,forum,party,stance,kind,page,quote,copies");
    expect(csv[1]).toContain(",§ 13 Svar på motion om fler cykelställ,");
    const ndjson = diarium(["query", "stance", "--db", db, "--item", "13", "--format", "ndjson"]).stdout.trim().split("\n");
    expect(ndjson.map((l) => (JSON.parse(l) as StanceJson).item)).toEqual(["§ 13 Svar på motion om fler cykelställ"]);
    const table = diarium(["query", "stance", "--db", db, "--item", "13", "--format", "table"]).stdout.split("\n");
    expect(table[0]).toMatch(/\bdate\s+item\s+forum\b/);
    expect(table[2]).toContain("§ 13 Svar på motion om fler cykelställ");
  });

  it("--format summary lists the paragraphs with their titles, votes and stances per party", () => {
    const summary = diarium(["analyze", join(archive, "tn-2024-03-14.txt"), "--format", "summary"]).stdout;
    expect(summary).toContain("  paragraphs: 2\n    § 12   Parkering vid Storgatan");
    expect(summary).toMatch(/§ 12 .*\n\s+vote: Ja-röst innebär bifall till förslaget.*ja 3 · nej 1 · avstår 0\n\s+Tekniska nämnden\s+M bifall · C avslag\n/);
    expect(summary).toMatch(/§ 13 {3}Svar på motion om fler cykelställ.*\n\s+Tekniska nämnden\s+SD bifall\n/);
    // A paper about one matter keeps its summary: its proposal and one stance table by forum.
    const paper = diarium(["analyze", join(archive, "utlatande.txt"), "--format", "summary"]).stdout;
    expect(paper).toContain("\n  stances:\n    Borgarrådsberedningen ");
    expect(paper).not.toContain("paragraphs:");
  });

  it("the CSV bundle has an items table and the item of every position and vote", () => {
    const dir = tempDir("prot-csv");
    expect(diarium(["export", "--db", db, "--format", "csv-bundle", "--out", dir, "--quiet"]).status).toBe(0);
    const lines = (table: string): string[] => readFileSync(join(dir, `${table}.csv`), "utf8").trim().split("\r\n");
    const items = lines("items");
    expect(items[0]).toBe("paper_id,item,title,dnr,decision,proposal_outcome,start,end,page");
    expect(items.slice(1).map((l) => l.split(",").slice(1, 3))).toEqual([["§ 12", "Parkering vid Storgatan"], ["§ 13", "Svar på motion om fler cykelställ"]]);
    expect(lines("positions")[0]).toMatch(/^position_id,paper_id,item,/);
    expect(lines("positions").filter((l) => l.includes(",§ 12,"))).toHaveLength(3);
    expect(lines("votes")[1]).toMatch(/^\d+,\d+,§ 12,/);
    const dictionary = lines("dictionary");
    expect(dictionary.filter((l) => l.startsWith("items.csv,"))).toHaveLength(9);
    expect(dictionary.some((l) => l.startsWith("votes.csv,item,text,"))).toBe(true);
  });

  it("the Popolo export ties the vote's motion and vote event to its paragraph", () => {
    const dir = tempDir("prot-popolo");
    expect(diarium(["export", "--db", db, "--format", "popolo", "--out", dir, "--quiet"]).status).toBe(0);
    const popolo = JSON.parse(readFileSync(join(dir, "popolo.json"), "utf8")) as { motions: { id: string; identifier?: string | null }[]; vote_events: { motion_id: string; identifier: string }[] };
    expect(popolo.motions.map((m) => m.identifier)).toEqual(["§ 12"]);
    expect(popolo.vote_events[0]!.identifier).toMatch(/^§ 12\b/);
    expect(popolo.vote_events[0]!.motion_id).toBe(popolo.motions[0]!.id);
  });
});

describe("a database of diarium before items (schema 3)", () => {
  it("gets the items table and item columns, and the next index reads its documents again to fill them", () => {
    const file = join(tempDir("prot-v3"), "v3.sqlite");
    const analysis = JSON.parse(readFileSync(join(out, "tn-2024-03-14.json"), "utf8")) as { source: { sha256: string }; generator: { version: string } };
    const v3 = new Database(file);
    migrate(v3, 3);
    v3.prepare(
      `INSERT INTO documents (root, file, source_path, sha256, version, format, kind, diarienummer) VALUES (?, 'tn-2024-03-14.json', 'tn-2024-03-14.txt', ?, ?, 'text', 'protokollsutdrag', '[]')`,
    ).run(out, analysis.source.sha256, analysis.generator.version);
    v3.prepare(`INSERT INTO positions (document_id, kind, forum, parties, people, stance, quote, start, "end") VALUES (1, 'yrkande', 'Tekniska nämnden', '["SD"]', '[]', 'bifall', 'yrkar bifall', 0, 5)`).run();
    v3.close();
    // A query upgrades it first: the old position is there, without a paragraph.
    const before = JSON.parse(diarium(["query", "stance", "--db", file, "--format", "json"]).stdout) as StanceJson[];
    expect(before.map((r) => [r.party, r.item])).toEqual([["SD", null]]);
    // Its analysis is unchanged, yet the next index reads it again: now every position has its §.
    const indexed = diarium(["index", out, "--db", file]);
    expect(indexed.stderr).toContain("1 added, 1 updated, 0 unchanged, 0 removed");
    const after = JSON.parse(diarium(["query", "stance", "--db", file, "--item", "13", "--format", "json"]).stdout) as StanceJson[];
    expect(after.map((r) => [r.party, r.item])).toEqual([["SD", "§ 13 Svar på motion om fler cykelställ"]]);
  });
});

const DEV_PROTOCOLS = join(root, "../shared/corpus/dev-protocols");
const present = existsSync(DEV_PROTOCOLS);
if (!present) console.log("protocols: ../shared/corpus/dev-protocols is absent; the tests on real whole protocols are skipped");

describe.skipIf(!present)("the development protocols of ../shared, read in place", () => {
  const devOut = tempDir("devprot-out");
  const devDb = join(tempDir("devprot-db"), "arkiv.sqlite");
  type Analysis = { items: { number: string; title: string | null }[]; positions: { item: string | null }[]; votes: { item: string | null }[] };
  const analyses = (): Analysis[] => readdirSync(devOut).filter((f) => f.endsWith("-protokoll.json")).map((f) => JSON.parse(readFileSync(join(devOut, f), "utf8")) as Analysis);

  beforeAll(() => {
    mkdirSync(devOut, { recursive: true });
    expect(diarium(["analyze", DEV_PROTOCOLS, "--out", devOut, "--quiet"]).status).toBeLessThan(2);
    expect(diarium(["index", devOut, "--db", devDb, "--quiet"]).status).toBe(0);
  }, 120_000);

  it("indexes every paragraph of every protocol, and every position row names the paragraph its analysis gives", () => {
    const dir = tempDir("devprot-csv");
    expect(diarium(["export", "--db", devDb, "--format", "csv-bundle", "--out", dir, "--quiet"]).status).toBe(0);
    const items = readFileSync(join(dir, "items.csv"), "utf8").trim().split("\r\n").slice(1);
    const all = analyses();
    expect(all.length).toBe(2);
    expect(items).toHaveLength(all.reduce((n, a) => n + a.items.length, 0));
    const rows = JSON.parse(diarium(["query", "stance", "--db", devDb, "--format", "json"]).stdout) as StanceJson[];
    const titles = new Map(all.flatMap((a) => a.items.map((i) => [i.number, i.title] as const)));
    const withItem = rows.filter((r) => r.item !== null);
    expect(withItem.length).toBeGreaterThan(10);
    for (const r of withItem) {
      const number = /^§ \d+/.exec(r.item!)![0];
      expect(titles.has(number)).toBe(true);
    }
  });

  it("query stance --item keeps exactly the positions the analyses give that paragraph", () => {
    // Positions of the paragraph in the analyses, one row per party; "§ 98" asked as "98".
    const positions = analyses().flatMap((a) => a.positions) as { item: string | null; parties: string[] }[];
    const number = positions.find((p) => p.item !== null)!.item!;
    const expected = positions.filter((p) => p.item === number).reduce((n, p) => n + p.parties.length, 0);
    const rows = JSON.parse(diarium(["query", "stance", "--db", devDb, "--item", number.replace("§ ", ""), "--format", "json"]).stdout) as StanceJson[];
    expect(rows).toHaveLength(expected);
    for (const r of rows) expect(r.item === number || r.item!.startsWith(`${number} `)).toBe(true);
  });

  it("the Popolo export identifies each vote event by the paragraph of its vote", () => {
    const dir = tempDir("devprot-popolo");
    expect(diarium(["export", "--db", devDb, "--format", "popolo", "--out", dir, "--quiet"]).status).toBe(0);
    const popolo = JSON.parse(readFileSync(join(dir, "popolo.json"), "utf8")) as { motions: { identifier?: string | null }[] };
    const voteItems = analyses().flatMap((a) => a.votes.map((v) => v.item));
    expect(popolo.motions.map((m) => m.identifier ?? null).sort()).toEqual([...voteItems].sort());
  });
});
