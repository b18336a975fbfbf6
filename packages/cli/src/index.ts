/**
 * The index and query API as a library.
 * @example
 * import { openIndex, indexAnalyses, queryStances } from "@diarium/cli";
 * const db = openIndex("archive.sqlite");
 * indexAnalyses(db, "OUT");
 * queryStances(db, { party: "MP" });
 * // or, on SQLite or PostgreSQL alike:
 * const store = await openStore("postgres://diarium@db.example/arkiv");
 * await store.indexFolder("OUT");
 * await store.queryStances({ party: "MP" });
 * await store.close();
 */
export { openIndex, indexAnalyses, analysisFiles, type IndexDb, type IndexReport, type IndexOptions } from "./db/load.ts";
// The same index behind one async interface, on a SQLite file or a PostgreSQL server by its URL.
export { openStore, isPostgresUrl } from "./store/open.ts";
export type { Store, StoreKind, StoredAnalysis, StoredPaper, PutOutcome } from "./store/types.ts";
export { queryStances, queryDocuments, searchSections, type StanceFilter, type StanceRow, type DocumentFilter, type DocumentRow, type SearchHit } from "./db/queries.ts";
export { toFtsQuery, SearchSyntaxError } from "./db/search-syntax.ts";
export { exportRows, type ExportRows } from "./export/rows.ts";
export { toPopolo, ballotMismatches } from "./export/popolo.ts";
export { PopoloExport } from "./export/popolo-schema.ts";
export { csvBundle } from "./export/csv-bundle.ts";
export { DB_VERSION } from "./db/migrations.ts";
export { renderRows, type RowFormat } from "./render.ts";
export { renderSummary } from "./summary.ts";
// One paper as a self-contained HTML page: its facts beside its text or its PDF pages, evidence marked.
export { renderPaperView, paperViewParts, type PaperViewInput, type PaperViewParts } from "./view/index.ts";
export { DIARIUM_VERSION } from "./version.ts";
