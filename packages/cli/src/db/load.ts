import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import Database from "better-sqlite3";
import { validateAnalysis, type Analysis, type Section } from "@diarium/schema";
import { existingAnalysis } from "../batch/output.ts";
import { messageOf, type Failure } from "../batch/failure.ts";
import { factTables, pageLookup, type ColumnType } from "./fact-rows.ts";
import { DB_VERSION, migrate } from "./migrations.ts";
import { ftsColumns } from "./stem.ts";
import { municipalityOf, paperKey } from "./municipality.ts";

export type IndexDb = Database.Database;
export type IndexReport = { added: number; updated: number; unchanged: number; removed: string[]; failures: Failure[] };
export type IndexOptions = {
  /** Also remove documents of other OUT folders whose analysis file is gone. */
  prune?: boolean;
  /** The municipality of every paper in this OUT folder (else read from each paper). */
  municipality?: string;
};

/** How long a write waits for another process's transaction before giving up (ms). */
const BUSY_TIMEOUT_MS = 60_000;

/**
 * Opens (or creates) an index database and brings its schema up to date. WAL journal and a busy
 * timeout: readers never block, and two `diarium index` runs on one file take turns.
 * @example const db = openIndex("archive.sqlite")
 */
export function openIndex(file: string, options: { readonly?: boolean } = {}): IndexDb {
  // A database of an earlier diarium is upgraded before it is read (a query must not fail on it).
  if (options.readonly) upgradeIfOlder(file);
  const db = new Database(file, options.readonly ? { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS } : { timeout: BUSY_TIMEOUT_MS });
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  db.pragma("foreign_keys = ON");
  if (!options.readonly) {
    db.pragma("journal_mode = WAL");
    migrate(db);
  }
  return db;
}

/** Opens `file` for writing only when its schema is older than this diarium's, and migrates it. */
function upgradeIfOlder(file: string): void {
  const probe = new Database(file, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  const version = Number(probe.pragma("user_version", { simple: true }));
  probe.close();
  if (version >= DB_VERSION) return;
  try {
    openIndex(file).close();
  } catch (error) {
    throw new Error(`database schema ${version} is older than this diarium's (${DB_VERSION}) and could not be upgraded: ${messageOf(error)}`);
  }
}

/**
 * The analysis files under `outDir` (`*.json`, not temp files or hidden folders).
 * @example analysisFiles("OUT").length // 8
 */
export function analysisFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (e.name.startsWith(".")) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...analysisFiles(p));
    else if (e.isFile() && e.name.endsWith(".json")) out.push(p);
  }
  return out;
}

type KnownRow = { id: number; sha256: string; version: string; municipality: string | null };

/**
 * Loads every analysis under `outDir` into the index, adding to what it holds. Incremental: a
 * document whose sha256, diarium version and municipality are unchanged is not touched; a changed one is
 * replaced in one transaction. Documents of this OUT folder whose analysis is gone are removed and
 * named in the report; documents of other folders stay (`prune` also removes those whose analysis
 * file is gone). Each document is one immediate transaction, so a killed run leaves whole documents
 * and another process indexing at the same time waits its turn.
 * @example indexAnalyses(openIndex("a.sqlite"), "OUT") // { added: 5, updated: 0, unchanged: 0, removed: [], failures: [] }
 */
export function indexAnalyses(db: IndexDb, outDir: string, options: IndexOptions = {}): IndexReport {
  const report: IndexReport = { added: 0, updated: 0, unchanged: 0, removed: [], failures: [] };
  const root = resolve(outDir);
  // A document indexed before version 2 has root '' and is adopted by the folder that holds its file.
  const known = db.prepare<[string, string], KnownRow & { root: string }>(
    "SELECT id, sha256, version, municipality, root FROM documents WHERE file = ? AND root IN (?, '') ORDER BY root DESC",
  );
  const isCurrent = (row: (KnownRow & { root: string }) | undefined, head: Reading | null, municipality?: string): boolean =>
    Boolean(row && row.root === root && head && holdsReading(row, head, municipality));
  const seen = new Set<string>();
  for (const abs of analysisFiles(root)) {
    const file = relative(root, abs);
    seen.add(file);
    const head = existingAnalysis(abs);
    if (isCurrent(known.get(file, root), head, options.municipality)) {
      report.unchanged++;
      continue;
    }
    const analysis = readAnalysis(abs, report.failures);
    if (!analysis) continue;
    report[storeAnalysis(db, root, file, analysis, options.municipality)]++;
  }
  db.transaction(() => {
    const rows = db.prepare<[string, number], { id: number; root: string; file: string }>("SELECT id, root, file FROM documents WHERE root = ? OR ?").all(root, options.prune ? 1 : 0);
    for (const r of rows) {
      const gone = r.root === root ? !seen.has(r.file) : r.root !== "" && !existsSync(join(r.root, r.file));
      if (!gone) continue;
      deleteDocument(db, r.id);
      report.removed.push(join(r.root, r.file));
    }
  }).immediate();
  return report;
}

/** What makes a stored document current: the sha256 of its source and the diarium version that read it. */
export type Reading = { sha256: string; version: string };

/** The reading an analysis is. */
export function readingOf(a: Analysis): Reading {
  return { sha256: a.source.sha256, version: a.generator?.version ?? "" };
}

/**
 * Whether a stored document holds this reading, and this municipality unless none is asked
 * (undefined): the one rule by which both stores leave a document unchanged.
 * @example holdsReading({ sha256: "ab", version: "1.0.0", municipality: "Lund" }, { sha256: "ab", version: "1.0.0" }) // true
 */
export function holdsReading(row: Reading & { municipality: string | null }, reading: Reading, municipality?: string | null): boolean {
  return row.sha256 === reading.sha256 && row.version === reading.version && (municipality === undefined || row.municipality === municipality);
}

/**
 * Stores one analysis under (root, file) in one immediate transaction: added, or replacing what the
 * key held, or unchanged when it holds the same sha256, diarium version and municipality. A
 * document of before version 2 (root '') with this file is adopted by `root`.
 * @example storeAnalysis(openIndex("a.sqlite"), "/data/OUT", "x.json", analysis) // "added"
 */
export function storeAnalysis(db: IndexDb, root: string, file: string, analysis: Analysis, municipality?: string): "added" | "updated" | "unchanged" {
  const known = db.prepare<[string, string], KnownRow & { root: string }>(
    "SELECT id, sha256, version, municipality, root FROM documents WHERE file = ? AND root IN (?, '') ORDER BY root DESC",
  );
  const place = municipality ?? municipalityOf(analysis);
  return db.transaction((): "added" | "updated" | "unchanged" => {
    // Read inside the write lock: another process may have indexed this file meanwhile.
    const row = known.get(file, root);
    if (row && holdsReading(row, readingOf(analysis), place)) {
      if (row.root === "") db.prepare<[string, number]>("UPDATE documents SET root = ? WHERE id = ?").run(root, row.id);
      return "unchanged";
    }
    if (row) deleteDocument(db, row.id);
    insertDocument(db, root, file, analysis, place);
    return row ? "updated" : "added";
  }).immediate();
}

/** A validated analysis from a file, or null with the reason added to `failures`. */
export function readAnalysis(abs: string, failures: Failure[]): Analysis | null {
  try {
    const checked = validateAnalysis(JSON.parse(readFileSync(abs, "utf8")));
    if (checked.ok) return checked.analysis;
    const first = checked.issues[0];
    failures.push({ path: abs, code: "E_SCHEMA", message: `not a diarium analysis: ${first?.path}: ${first?.message}` });
  } catch (error) {
    failures.push({ path: abs, code: error instanceof SyntaxError ? "E_SCHEMA" : "E_IO", message: messageOf(error) });
  }
  return null;
}

function deleteDocument(db: IndexDb, id: number): void {
  db.prepare<[number]>("DELETE FROM sections_fts WHERE section_id IN (SELECT id FROM sections WHERE document_id = ?)").run(id);
  db.prepare<[number]>("DELETE FROM documents WHERE id = ?").run(id);
}

/** A text column that may be empty. */
type Text = string | null;

/** Insert statements, prepared once per database, typed by their parameters in order. */
const statementCache = new WeakMap<IndexDb, ReturnType<typeof prepareInserts>>();

function prepareInserts(db: IndexDb) {
  return {
    document: db.prepare<[string, string, string, string, string, string, number | null, string, Text, Text, Text, Text, Text, Text, string, Text, Text, Text, Text]>(
      `INSERT INTO documents (root, file, source_path, sha256, version, format, pages, kind, series, number, title, date, place, issuer, diarienummer,
         proposal, proposal_outcome, municipality, paper_key)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    section: db.prepare<[number, number | null, string, string, Text, number, number, number | null, string]>(`INSERT INTO sections (document_id, parent_id, kind, heading, actor, start, "end", page, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    fts: db.prepare<[string, string, number]>("INSERT INTO sections_fts (forms, phrase, section_id) VALUES (?, ?, ?)"),
    /** A fact table's insert, by table name: prepared on the table's first rows (fact-rows.ts names the columns). */
    facts: new Map<string, Database.Statement<unknown[]>>(),
  };
}

function insertDocument(db: IndexDb, root: string, file: string, a: Analysis, municipality: string | null): void {
  const sql = statementCache.get(db) ?? prepareInserts(db);
  statementCache.set(db, sql);
  const d = a.document;
  const docId = Number(
    sql.document.run(root, file, a.source.path, a.source.sha256, a.generator?.version ?? "", a.source.format, a.source.pages, d.kind, d.series,
      d.number, d.title, d.date, d.place, d.issuer, JSON.stringify(d.diarienummer), a.proposal?.text ?? null, a.proposal?.outcome ?? null, municipality, paperKey(a)).lastInsertRowid,
  );
  const pageAt = pageLookup(a);
  const addSection = (s: Section, parent: number | null): void => {
    const body = a.text.slice(s.start, s.children[0]?.start ?? s.end);
    const id = Number(sql.section.run(docId, parent, s.kind, s.heading, s.actor, s.start, s.end, pageAt(s.start), body).lastInsertRowid);
    const fts = ftsColumns(body);
    sql.fts.run(fts.forms, fts.phrase, id);
    for (const c of s.children) addSection(c, id);
  };
  for (const s of a.sections) addSection(s, null);
  for (const t of factTables(a, pageAt)) {
    if (t.rows.length === 0) continue;
    const columns = Object.entries(t.columns);
    let insert = sql.facts.get(t.table);
    if (!insert) {
      insert = db.prepare<unknown[]>(`INSERT INTO ${t.table} (document_id, ${columns.map(([name]) => `"${name}"`).join(", ")}) VALUES (?${", ?".repeat(columns.length)})`);
      sql.facts.set(t.table, insert);
    }
    for (const row of t.rows) insert.run(docId, ...columns.map(([name, type]) => sqliteValue(row[name], type)));
  }
}

/** A fact's value as SQLite stores it: jsonb as JSON text, a boolean as 0 or 1. */
function sqliteValue(value: unknown, type: ColumnType): unknown {
  if (type === "jsonb") return JSON.stringify(value);
  if (type === "boolean") return value ? 1 : 0;
  return value ?? null;
}
