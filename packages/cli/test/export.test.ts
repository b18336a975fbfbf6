import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { PopoloExport } from "../src/export/popolo-schema.ts";
import { BUNDLE } from "../src/export/csv-bundle.ts";
import { diarium, ensureBundle, place, root, tempDir } from "./helpers.ts";

// Protocols with roll-call votes (ballots listed by name) and a paper without any.
const papers = tempDir("export");
mkdirSync(join(papers, "protokoll"), { recursive: true });
for (const name of ["kungsbacka-vo-2024-04-25-60-vardighetsgarantier.txt", "kungsbacka-ks-2024-10-22-244-tolkavgift.txt", "dev-authored-sdn-protokollsutdrag-2021-05-20-9-lekplats.txt"]) {
  copyFileSync(join(root, "../shared/corpus/dev", name), join(papers, "protokoll", name));
}
place(papers, "utlatande.txt", "stockholm-utlatande-2013-125.txt");
const out = tempDir("export-out");
const db = join(tempDir("export-db"), "arkiv.sqlite");

beforeAll(async () => {
  await ensureBundle();
  expect(diarium(["analyze", papers, "--out", out, "--quiet"]).status).toBe(0);
  expect(diarium(["index", out, "--db", db, "--quiet"]).status).toBe(0);
}, 180_000);

describe("diarium export --format popolo", () => {
  const dir = tempDir("popolo");
  let popolo: PopoloExport;

  beforeAll(() => {
    const run = diarium(["export", "--db", db, "--format", "popolo", "--out", dir]);
    expect(run.stderr).not.toContain("W_BALLOTS");
    expect(run.status).toBe(0);
    popolo = PopoloExport.parse(JSON.parse(readFileSync(join(dir, "popolo.json"), "utf8")));
  });

  it("validates against the Popolo schemas, and every id it refers to is in the document", () => {
    const people = new Set(popolo.persons.map((p) => p.id));
    const orgs = new Set(popolo.organizations.map((o) => o.id));
    const motions = new Set(popolo.motions.map((m) => m.id));
    for (const m of popolo.memberships) expect(people.has(m.person_id) && orgs.has(m.organization_id)).toBe(true);
    for (const o of popolo.organizations) if (o.parent_id) expect(orgs.has(o.parent_id)).toBe(true);
    for (const e of popolo.vote_events) {
      expect(orgs.has(e.organization_id ?? "")).toBe(true);
      expect(motions.has(e.motion_id ?? "")).toBe(true);
      for (const v of e.votes) expect(people.has(v.voter_id ?? "") && (v.party_id === null || orgs.has(v.party_id ?? ""))).toBe(true);
    }
    expect(new Set(popolo.organizations.map((o) => o.classification))).toEqual(new Set(["party", "body", "municipality"]));
  });

  it("has a vote event per roll-call vote, and the ballots of each add up to its counts", () => {
    const withBallots = popolo.vote_events.filter((e) => e.votes.length > 0);
    expect(withBallots.length).toBeGreaterThanOrEqual(3);
    for (const e of withBallots) {
      const counts = Object.fromEntries(e.counts.map((c) => [c.option, c.value]));
      for (const option of ["yes", "no", "abstain"]) expect(e.votes.filter((v) => v.option === option).length).toBe(counts[option]);
    }
    const vo = withBallots.find((e) => e.identifier?.includes("§ 60"));
    expect(vo?.counts).toEqual([{ option: "yes", value: 6 }, { option: "no", value: 5 }, { option: "abstain", value: 0 }]);
  });
});

describe("diarium export --format csv-bundle", () => {
  const dir = tempDir("bundle");

  it("writes one CSV per table with its header row, and a dictionary of every column", () => {
    const run = diarium(["export", "--db", db, "--format", "csv-bundle", "--out", dir]);
    expect(run.status).toBe(0);
    const dictionary = readFileSync(join(dir, "dictionary.csv"), "utf8").split("\r\n");
    expect(dictionary[0]).toBe("table,column,type,description");
    for (const [table, columns] of Object.entries(BUNDLE)) {
      const text = readFileSync(join(dir, `${table}.csv`), "utf8");
      expect(text.split("\r\n")[0]).toBe(columns.map((c) => c.name).join(","));
      for (const c of columns) expect(dictionary.some((line) => line.startsWith(`${table}.csv,${c.name},${c.type},`))).toBe(true);
    }
    const ballots = readFileSync(join(dir, "ballots.csv"), "utf8").trim().split("\r\n").slice(1);
    expect(ballots.length).toBeGreaterThanOrEqual(6 + 5 + 9 + 6);
    expect(ballots.every((line) => /^\d+,[^,]+,[A-ZÅÄÖ]*,(ja|nej|avstar)$/.test(line))).toBe(true);
  });

  it("refuses an unknown format with the valid ones (exit 2)", () => {
    const run = diarium(["export", "--db", db, "--format", "xml", "--out", dir]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^diarium: E_USAGE: --format: .*"popolo"\|"csv-bundle"/);
  });
});
