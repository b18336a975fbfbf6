import { existsSync, readFileSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import { validateAnalysis, type Analysis } from "@diarium/schema";
import { openIndex, type IndexDb } from "../db/load.ts";
import { archivePartyCodes, queryStances, searchSections, undatedLeftOut, type DateFilter, type SearchHit, type StanceFilter, type StanceRow } from "../db/queries.ts";

/** A paper as the paper page shows it: its analysis, and the PDF's bytes when it is a PDF that is still on disk. */
export type PaperSource = { analysis: Analysis; pdfBytes?: Uint8Array };

/**
 * What `diarium serve` reads, and nothing more: the stance table, the search, the archive's party
 * codes and one paper. The method names and shapes are the index store's (store/types.ts), so a
 * store can be handed over as it is, with {@link paper} beside it. Read-only by construction: no
 * method writes.
 */
export type ServeData = {
  queryStances(filter?: StanceFilter): Promise<StanceRow[]>;
  undatedLeftOut(filter: DateFilter): Promise<number>;
  partyCodes(): Promise<string[]>;
  search(query: string, limit?: number): Promise<SearchHit[]>;
  /** The paper a stance row or search hit names (its source path as analysed), or null when the index does not hold it. */
  paper(path: string): Promise<PaperSource | null>;
};

/** Where a paper's analysis and source were on disk when it was indexed. */
type PaperFiles = { root: string; file: string; source_path: string; format: string };

/**
 * The SQLite index opened read-only (better-sqlite3 `readonly: true`: any write fails with
 * SQLITE_READONLY), as {@link ServeData}. A paper's analysis is read from the OUT folder it was
 * indexed from; only papers the index names are ever read, so a URL cannot reach another file.
 * @example const data = openSqliteServeData("archive.sqlite"); await data.queryStances({ party: "MP" })
 */
export function openSqliteServeData(file: string): ServeData & { readonly db: IndexDb; close(): void } {
  const db = openIndex(file, { readonly: true });
  const locate = db.prepare<[string], PaperFiles>("SELECT root, file, source_path, format FROM documents WHERE source_path = ? ORDER BY id LIMIT 1");
  // The archive's parties do not change while a read-only server runs: asked once.
  let codes: string[] | undefined;
  return {
    db,
    queryStances: async (filter) => queryStances(db, filter),
    undatedLeftOut: async (filter) => undatedLeftOut(db, filter),
    partyCodes: async () => (codes ??= archivePartyCodes(db)),
    search: async (query, limit) => searchSections(db, query, limit),
    paper: async (path) => {
      const row = locate.get(path);
      return row ? readPaper(row) : null;
    },
    close: () => db.close(),
  };
}

/**
 * Reads an indexed paper's analysis (validated: the file may have changed since indexing) and,
 * for a PDF, its bytes when the source is still where it was analysed (relative paths from the
 * working directory). Null when the analysis file is gone or no longer an analysis.
 */
export function readPaper(row: PaperFiles): PaperSource | null {
  const analysisPath = join(row.root, row.file);
  if (!row.root || !existsSync(analysisPath)) return null;
  let checked: ReturnType<typeof validateAnalysis>;
  try {
    checked = validateAnalysis(JSON.parse(readFileSync(analysisPath, "utf8")));
  } catch {
    return null;
  }
  if (!checked.ok) return null;
  const source = isAbsolute(row.source_path) ? row.source_path : resolve(row.source_path);
  if (row.format !== "pdf" || !existsSync(source)) return { analysis: checked.analysis };
  return { analysis: checked.analysis, pdfBytes: new Uint8Array(readFileSync(source)) };
}
