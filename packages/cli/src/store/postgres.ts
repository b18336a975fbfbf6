import { existsSync } from "node:fs";
import { isAbsolute, join, relative, resolve } from "node:path";
import pg from "pg";
import { validateAnalysis, type Analysis, type Section } from "@diarium/schema";
import { existingAnalysis } from "../batch/output.ts";
import { factTables, pageLookup, type FactTable } from "../db/fact-rows.ts";
import { analysisFiles, holdsReading, readAnalysis, readingOf, type IndexOptions, type IndexReport } from "../db/load.ts";
import { municipalityOf, paperKey } from "../db/municipality.ts";
import { redactUrl } from "./open.ts";
import { migratePostgres } from "./pg-schema.ts";
import { pgExportRows, pgPartyCodes, pgQueryDocuments, pgQueryStances, pgSearch, pgUndatedLeftOut } from "./pg-queries.ts";
import type { PutOutcome, Store, StoredAnalysis, StoredPaper } from "./types.ts";

/** bigint ids and counts as numbers (safe to 2⁵³), as SQLite gives them; every other type as pg reads it. */
const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === pg.types.builtins.INT8 ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
};

/**
 * The PostgreSQL store: a connection pool to the server a `postgres://` URL names, its schema
 * migrated on open. Safe for many processes on many machines at once: storing one analysis is one
 * transaction under an advisory lock on its key.
 * @example const store = await openPostgresStore("postgres://diarium@db.example/arkiv")
 */
export async function openPostgresStore(url: string): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, types, max: 4 });
  // A connection the server drops while idle (a restart) is replaced by the next query; unhandled,
  // the pool's error event would end the process.
  pool.on("error", () => undefined);
  try {
    const client = await pool.connect();
    try {
      await migratePostgres(client);
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
  const put = (e: StoredAnalysis): Promise<PutOutcome> => putAnalysis(pool, e);
  return {
    kind: "postgres",
    location: redactUrl(url),
    putAnalysis: put,
    indexFolder: (outDir, options) => indexFolder(pool, outDir, options ?? {}, put),
    queryStances: (filter) => pgQueryStances(pool, filter),
    queryDocuments: (filter) => pgQueryDocuments(pool, filter),
    undatedLeftOut: (filter) => pgUndatedLeftOut(pool, filter),
    partyCodes: () => pgPartyCodes(pool),
    search: (query, limit) => pgSearch(pool, query, limit),
    exportRows: () => pgExportRows(pool),
    paper: (sourcePath) => storedPaper(pool, sourcePath),
    documentCount: async () => (await pool.query<{ n: number }>("SELECT count(*) AS n FROM documents")).rows[0]?.n ?? 0,
    close: () => pool.end(),
  };
}

/** Runs `work` in one transaction on one connection. */
async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  // A checked-out client is not the pool's to watch: the server cutting it between two queries (a
  // restart) would be an unhandled 'error' event, ending the process. The next query fails instead,
  // and the broken client is destroyed rather than returned to the pool.
  let broken: Error | undefined;
  const onError = (error: Error): void => void (broken = error);
  client.on("error", onError);
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    broken ??= error instanceof Error ? error : new Error(String(error));
    throw error;
  } finally {
    client.off("error", onError);
    client.release(broken);
  }
}

/**
 * Stores one analysis and its facts in one transaction. The advisory lock on (root, file) makes
 * two workers storing the same key take turns: the second finds it stored and leaves it.
 */
async function putAnalysis(pool: pg.Pool, e: StoredAnalysis): Promise<PutOutcome> {
  const a = e.analysis;
  const municipality = e.municipality ?? municipalityOf(a);
  return inTransaction(pool, async (client) => {
    await client.query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", [`${e.root}\n${e.file}`]);
    const { rows } = await client.query<{ id: number; sha256: string; version: string; municipality: string | null }>(
      "SELECT id, sha256, version, municipality FROM documents WHERE root = $1 AND file = $2",
      [e.root, e.file],
    );
    const row = rows[0];
    if (row && holdsReading(row, readingOf(a), municipality)) return "unchanged";
    if (row) await client.query("DELETE FROM documents WHERE id = $1", [row.id]);
    await insertDocument(client, e.root, e.file, a, municipality);
    return row ? "updated" : "added";
  });
}

/** JSON for a jsonb or recordset parameter; PostgreSQL text holds no NUL character, so none is sent. */
function json(value: unknown): string {
  return JSON.stringify(value).replace(/\\u0000/g, "");
}

/** Every table of an analysis's facts: its sections (parents by ordinal, as inserted in order), then fact-rows.ts's tables. */
function factTablesWithSections(a: Analysis): FactTable[] {
  const pageAt = pageLookup(a);
  const sections: Record<string, unknown>[] = [];
  const addSection = (s: Section, parent: number | null): void => {
    const ordinal = sections.length;
    sections.push({ ordinal, parent, kind: s.kind, heading: s.heading, actor: s.actor, start: s.start, end: s.end, page: pageAt(s.start), body: a.text.slice(s.start, s.children[0]?.start ?? s.end) });
    for (const c of s.children) addSection(c, ordinal);
  };
  for (const s of a.sections) addSection(s, null);
  const int = "integer";
  return [
    { table: "sections", columns: { ordinal: int, parent: int, kind: "text", heading: "text", actor: "text", start: int, end: int, page: int, body: "text" }, rows: sections },
    ...factTables(a, pageAt),
  ];
}

/**
 * Inserts a document, its analysis and all its facts in one statement (one round trip: a paper
 * has ten tables to fill). Each table's rows go as one JSON array, inserted in array order so that
 * ids follow it, as SQLite's do.
 */
async function insertDocument(client: pg.PoolClient, root: string, file: string, a: Analysis, municipality: string | null): Promise<void> {
  const d = a.document;
  const params: unknown[] = [root, file, a.source.path, a.source.sha256, a.generator?.version ?? "", a.source.format, a.source.pages, d.kind, d.series, d.number,
    d.title, d.date, d.place, d.issuer, json(d.diarienummer), a.proposal?.text ?? null, a.proposal?.outcome ?? null, municipality, paperKey(a), json(a)];
  const facts = factTablesWithSections(a).filter((t) => t.rows.length > 0).map((t) => {
    params.push(json(t.rows.map((r, n) => ({ n, ...r }))));
    const names = Object.keys(t.columns).map((n) => `"${n}"`);
    const types = Object.entries(t.columns).map(([n, type]) => `"${n}" ${type}`);
    return `${t.table}_rows AS (INSERT INTO ${t.table} (document_id, ${names.join(", ")})
      SELECT doc.id, ${names.map((n) => `x.${n}`).join(", ")} FROM doc, jsonb_to_recordset($${params.length}::jsonb) AS x(n integer, ${types.join(", ")}) ORDER BY x.n
      ${t.table === "positions" ? "RETURNING id, parties" : ""})`;
  });
  if (a.positions.length > 0) {
    facts.push(`position_parties_rows AS (INSERT INTO position_parties (position_id, code)
      SELECT r.id, upper(j.value) FROM positions_rows r CROSS JOIN LATERAL jsonb_array_elements_text(r.parties) AS j(value))`);
  }
  await client.query(
    `WITH doc AS (
       INSERT INTO documents (root, file, source_path, sha256, version, format, pages, kind, series, number, title, date, place, issuer, diarienummer,
         proposal, proposal_outcome, municipality, paper_key)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15::jsonb, $16, $17, $18, $19) RETURNING id),
     analysis_row AS (INSERT INTO analyses (document_id, analysis) SELECT doc.id, $20::jsonb FROM doc)
     ${facts.map((f) => `, ${f}`).join("\n")}
     SELECT id FROM doc`,
    params,
  );
}

/**
 * db/load.ts indexAnalyses for PostgreSQL: adds and updates the analyses of an OUT folder, one
 * transaction each; removes (and names) documents of this folder whose analysis is gone, and with
 * `prune` those of other folders whose analysis file is gone.
 */
async function indexFolder(pool: pg.Pool, outDir: string, options: IndexOptions, put: (e: StoredAnalysis) => Promise<PutOutcome>): Promise<IndexReport> {
  const report: IndexReport = { added: 0, updated: 0, unchanged: 0, removed: [], failures: [] };
  const root = resolve(outDir);
  const known = new Map(
    (await pool.query<{ file: string; sha256: string; version: string; municipality: string | null }>("SELECT file, sha256, version, municipality FROM documents WHERE root = $1", [root]))
      .rows.map((r) => [r.file, r]),
  );
  const seen = new Set<string>();
  for (const abs of analysisFiles(root)) {
    const file = relative(root, abs);
    seen.add(file);
    const head = existingAnalysis(abs);
    const row = known.get(file);
    if (row && head && holdsReading(row, head, options.municipality)) {
      report.unchanged++;
      continue;
    }
    const analysis = readAnalysis(abs, report.failures);
    if (!analysis) continue;
    report[await put({ root, file, analysis, ...(options.municipality ? { municipality: options.municipality } : {}) })]++;
  }
  const rows = await pool.query<{ id: number; root: string; file: string }>("SELECT id, root, file FROM documents WHERE root = $1 OR $2 ORDER BY id", [root, Boolean(options.prune)]);
  for (const r of rows.rows) {
    const gone = r.root === root ? !seen.has(r.file) : isFolderRoot(r.root) && !existsSync(join(r.root, r.file));
    if (!gone) continue;
    await pool.query("DELETE FROM documents WHERE id = $1", [r.id]);
    report.removed.push(join(r.root, r.file));
  }
  return report;
}

/** A root that is a folder path (an OUT folder), not the name of a queue's batch: only those can be pruned by their files. */
function isFolderRoot(root: string): boolean {
  return isAbsolute(root);
}

/** The stored analysis of the paper with this source path (the first reading indexed), validated. */
async function storedPaper(pool: pg.Pool, sourcePath: string): Promise<StoredPaper | null> {
  const { rows } = await pool.query<{ analysis: unknown; source_path: string; format: string }>(
    "SELECT a.analysis, d.source_path, d.format FROM documents d JOIN analyses a ON a.document_id = d.id WHERE d.source_path = $1 ORDER BY d.id LIMIT 1",
    [sourcePath],
  );
  const row = rows[0];
  if (!row) return null;
  const checked = validateAnalysis(row.analysis);
  return checked.ok ? { analysis: checked.analysis, sourcePath: row.source_path, format: row.format } : null;
}
