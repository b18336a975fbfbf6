import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { validateAnalysis } from "@diarium/schema";
import { indexAnalyses, openIndex, storeAnalysis, type IndexDb } from "../db/load.ts";
import { archivePartyCodes, queryDocuments, queryStances, searchSections, undatedLeftOut } from "../db/queries.ts";
import { exportRows } from "../export/rows.ts";
import type { OpenOptions, Store, StoredPaper } from "./types.ts";

/**
 * The SQLite store: a file, zero configuration. The work is synchronous (better-sqlite3); the
 * methods are async only to share the {@link Store} interface with PostgreSQL.
 * @example const store = openSqliteStore("archive.sqlite")
 */
export function openSqliteStore(file: string, options: OpenOptions = {}): Store {
  return sqliteStore(openIndex(file, options), file);
}

/** A store over an open SQLite index (closing the store closes it). */
function sqliteStore(db: IndexDb, location: string): Store {
  return {
    kind: "sqlite",
    location,
    putAnalysis: async (e) => storeAnalysis(db, e.root, e.file, e.analysis, e.municipality),
    indexFolder: async (outDir, options) => indexAnalyses(db, outDir, options),
    queryStances: async (filter) => queryStances(db, filter),
    queryDocuments: async (filter) => queryDocuments(db, filter),
    undatedLeftOut: async (filter) => undatedLeftOut(db, filter),
    partyCodes: async () => archivePartyCodes(db),
    search: async (query, limit) => searchSections(db, query, limit),
    exportRows: async () => exportRows(db),
    paper: async (sourcePath) => storedPaper(db, sourcePath),
    documentCount: async () => db.prepare<[], { n: number }>("SELECT count(*) AS n FROM documents").get()?.n ?? 0,
    close: async () => void db.close(),
  };
}

/**
 * A paper's analysis, read from the OUT folder it was indexed from (SQLite keeps the facts, not the
 * analysis) and validated: the file may have changed since. Null when it is gone or not an analysis.
 */
function storedPaper(db: IndexDb, sourcePath: string): StoredPaper | null {
  const row = db
    .prepare<[string], { root: string; file: string; source_path: string; format: string }>(
      "SELECT root, file, source_path, format FROM documents WHERE source_path = ? ORDER BY id LIMIT 1",
    )
    .get(sourcePath);
  if (!row || !row.root) return null;
  const path = join(row.root, row.file);
  if (!existsSync(path)) return null;
  try {
    const checked = validateAnalysis(JSON.parse(readFileSync(path, "utf8")));
    return checked.ok ? { analysis: checked.analysis, sourcePath: row.source_path, format: row.format } : null;
  } catch {
    return null;
  }
}
