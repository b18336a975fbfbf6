import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { formsOf, stemWord } from "../src/db/stem.ts";
import { toFtsQuery, SearchSyntaxError } from "../src/db/search-syntax.ts";
import { diarium, ensureBundle, place, root, tempDir, hasShared, noteSkipped } from "./helpers.ts";

noteSkipped("research");

// The Stockholm utlåtande as text and as the printed PDF (one paper, two readings), a Mölndal
// protocol without a date, and a Kungsbacka paper that says "laddstolpar" only.
const papers = tempDir("research");
place(papers, "text/utlatande-2013-125.txt", "stockholm-utlatande-2013-125.txt");
place(papers, "pdf/utlatande-2013-125.pdf", "stockholm-utlatande-2013-125-print.pdf");
place(papers, "text/molndal-166.txt", "real/molndal-kf-2024-10-16-166-brukningsavgift-va.txt");
mkdirSync(join(papers, "text"), { recursive: true });
copyFileSync(join(root, "../shared/corpus/dev/kungsbacka-ks-2024-02-20-61-taxa-laddstolpar.txt"), join(papers, "text/laddstolpar.txt"));
const out = tempDir("research-out");
const db = join(tempDir("research-db"), "arkiv.sqlite");

beforeAll(async () => {
  await ensureBundle();
  expect(diarium(["analyze", papers, "--out", out, "--quiet"]).status).toBe(0);
  expect(diarium(["index", out, "--db", db, "--quiet"]).status).toBe(0);
}, 180_000);

type Row = Record<string, string | number | null>;
const query = (args: string[]) => diarium(["query", ...args, "--db", db]);
const json = (args: string[]): Row[] => JSON.parse(query([...args, "--format", "json"]).stdout) as Row[];

describe.skipIf(!hasShared)("query options are checked, with the valid values in the message (exit 2)", () => {
  it.each([
    [["stance", "--party", "XYZ"], /--party: unknown party "XYZ"; valid: S \(Socialdemokraterna\), M \(Moderaterna\), MP \(Miljöpartiet de gröna\)/],
    [["stance", "--stance", "yes"], /--stance: unknown stance "yes"; valid: bifall, delvis_bifall, avslag, besvarad, aterremiss, ingen_stallning/],
    [["stance", "--kind", "motion"], /--kind: unknown kind "motion"; valid: reservation, sarskilt_uttalande/],
    [["stance", "--from", "18/9/2013"], /--from: not a date: "18\/9\/2013"; valid: YYYY-MM-DD/],
    [["stance", "--from", "2013-13-45"], /--from: not a date: "2013-13-45"/],
    [["documents", "--to", "2013-02-29"], /--to: not a date: "2013-02-29"/],
    [["documents", "--undated", "maybe"], /--undated: .*include.*exclude.*only/],
  ])("query %j", (args, message) => {
    const run = query(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.trim()).toMatch(new RegExp(`^diarium: E_USAGE: ${message.source}`));
  });

  it("takes a party by code or by name in words, in any case", () => {
    const byCode = json(["stance", "--party", "MP"]);
    expect(byCode.length).toBeGreaterThan(0);
    for (const name of ["mp", "Miljöpartiet", "miljöpartiet de gröna"]) expect(json(["stance", "--party", name])).toEqual(byCode);
  });

  it("says how many undated papers a date filter leaves out, and --undated includes them or keeps only them", () => {
    const run = query(["documents", "--from", "2013", "--to", "2013", "--format", "json"]);
    expect((JSON.parse(run.stdout) as Row[]).map((r) => r["number"])).toEqual(["2013:125"]);
    expect(run.stderr).toMatch(/\d+ papers? without a date left out \(--undated include\|only/);
    const only = json(["documents", "--undated", "only"]);
    expect(only.map((r) => r["number"])).toContain("§ 166");
    expect(only.every((r) => r["date"] === null)).toBe(true);
    const included = json(["documents", "--from", "2013", "--to", "2013", "--undated", "include"]);
    expect(included).toHaveLength(1 + only.length);
  });
});

describe.skipIf(!hasShared)("stance rows for research", () => {
  it("carry paper, municipality, Dnr, date, forum, party, stance, kind, page and quote; a paper read twice gives its rows once", () => {
    const rows = json(["stance", "--party", "MP", "--forum", "Borgarrådsberedningen"]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      paper: join(papers, "pdf/utlatande-2013-125.pdf"), municipality: "Stockholm", dnr: "325-1328/2012", number: "2013:125",
      date: "2013-09-18", forum: "Borgarrådsberedningen", party: "MP", stance: "bifall", kind: "reservation",
      copies: join(papers, "text/utlatande-2013-125.txt"),
    });
    expect(rows[0]!["page"]).toEqual(expect.any(Number));
    expect(String(rows[0]!["quote"]).length).toBeGreaterThan(0);
  });

  it("prints every cell whole when stdout is not a terminal (was: cut at ~13 characters)", () => {
    const long = json(["stance", "--party", "MP"]).map((r) => String(r["quote"])).sort((a, b) => b.length - a.length)[0]!;
    expect(long.length).toBeGreaterThan(60);
    expect(query(["stance", "--party", "MP"]).stdout).toContain(long.replace(/\s+/g, " "));
  });

  it("writes the CSV header even when nothing matches, and NDJSON one object per line", () => {
    const csv = query(["stance", "--party", "SD", "--stance", "avslag", "--format", "csv"]);
    expect(csv.status).toBe(0);
    expect(csv.stdout).toBe("paper,municipality,dnr,number,title,date,item,forum,party,stance,kind,page,quote,copies\r\n");
    const lines = query(["stance", "--party", "S", "--format", "ndjson"]).stdout.trim().split("\n");
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect((JSON.parse(line) as Row)["party"]).toBe("S");
  });
});

describe.skipIf(!hasShared)("search finds Swedish word forms", () => {
  it("stems singular, plural and definite forms to meeting forms", () => {
    const meet = (a: string, b: string): boolean => formsOf(stemWord(a)).some((f) => formsOf(stemWord(b)).includes(f));
    expect(meet("laddplats", "laddplatser")).toBe(true);
    expect(meet("laddplats", "laddplatsen")).toBe(true);
    expect(meet("laddplats", "laddplatserna")).toBe(true);
    expect(meet("huset", "hus")).toBe(true);
    expect(meet("förskolan", "förskola")).toBe(true);
    expect(meet("ombudet", "ombud")).toBe(true);
    expect(meet("motion", "avgift")).toBe(false);
  });

  it.each(["laddstolpe", "laddstolpen", "laddstolparna", "laddstolp*", '"publik laddstolpe"'])("%s finds the paper that says laddstolpar", (q) => {
    const run = diarium(["search", q, "--db", db, "--format", "json"]);
    expect(run.status).toBe(0);
    const hits = JSON.parse(run.stdout) as Row[];
    expect(hits.some((h) => String(h["paper"]).endsWith("laddstolpar.txt"))).toBe(true);
  });

  it("OR, NOT and parentheses combine words; the snippet marks the words found", () => {
    const either = JSON.parse(diarium(["search", "laddstolpe OR ombudet", "--db", db, "--format", "json", "--limit", "50"]).stdout) as Row[];
    const papersFound = new Set(either.map((h) => String(h["paper"]).split("/").pop()));
    expect(papersFound).toEqual(new Set(["laddstolpar.txt", "utlatande-2013-125.pdf"]));
    const without = JSON.parse(diarium(["search", "(laddstolpe OR ombudet) NOT ombud", "--db", db, "--format", "json"]).stdout) as Row[];
    expect(without.every((h) => String(h["paper"]).endsWith("laddstolpar.txt"))).toBe(true);
    expect(either.some((h) => /«[Ll]addstolpar»/.test(String(h["snippet"])))).toBe(true);
  });

  it("rejects a search it cannot read with exit 2 and what is wrong", () => {
    for (const q of ["NOT ombud", "ombud OR", "(ombud", "ombud)", "***"]) {
      const run = diarium(["search", q, "--db", db]);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/^diarium: E_USAGE: /);
    }
    expect(() => toFtsQuery("ombud OR")).toThrow(SearchSyntaxError);
  });
});
