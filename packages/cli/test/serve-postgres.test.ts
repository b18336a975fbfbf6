import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/serve/app.ts";
import { readOnlyUrl } from "../src/serve/data.ts";
import { openStore } from "../src/store/open.ts";
import type { Store } from "../src/store/types.ts";
import { hasPostgres, notePostgresSkipped, testDatabase, type TestDatabase } from "./pg.ts";
import { buildServeIndex, type ServeIndex } from "./serve-fixture.ts";

// `diarium serve` over PostgreSQL: the same pages as over SQLite, through a read-only session.
notePostgresSkipped("serve-postgres");

let index: ServeIndex;
let pg: TestDatabase;
let sqlite: Store;
let postgres: Store;

beforeAll(async () => {
  if (!hasPostgres) return;
  index = await buildServeIndex();
  pg = await testDatabase("serve");
  const writer = await openStore(pg.url);
  await writer.indexFolder(index.out);
  await writer.close();
  sqlite = await openStore(index.db, { readonly: true });
  postgres = await openStore(readOnlyUrl(pg.url), { readonly: true });
}, 180_000);

afterAll(async () => {
  await postgres?.close();
  await sqlite?.close();
  await pg?.drop();
});

describe.skipIf(!hasPostgres)("diarium serve over PostgreSQL", () => {
  it("shows the same stance table, filters and 400s as over SQLite", async () => {
    const onSqlite = createApp(sqlite);
    const onPostgres = createApp(postgres);
    for (const path of ["/stances", "/stances?party=miljöpartiet", "/stances?stance=delvis_bifall&from=2013", "/stances?page=2", "/stances?party=XYZ", "/timeline?party=S"]) {
      const [a, b] = [await onSqlite.request(path), await onPostgres.request(path)];
      expect(b.status).toBe(a.status);
      expect(await b.text()).toBe(await a.text());
    }
  });

  it("opens a paper's view from the analysis kept in the database", async () => {
    const response = await createApp(postgres).request(`/paper?path=${encodeURIComponent(index.hostile)}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("&lt;script&gt;document.title=&quot;pwned&quot;");
  });

  it("reads through a read-only session: a write fails in the database", async () => {
    const analysis = (await postgres.paper(index.hostile))!.analysis;
    await expect(postgres.putAnalysis({ root: index.out, file: "x.json", analysis })).rejects.toThrow(/read-only transaction/);
  });
});
