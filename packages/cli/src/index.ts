/**
 * The index and query API as a library.
 * @example
 * import { openIndex, indexAnalyses, queryStances } from "@diarium/cli";
 * const db = openIndex("archive.sqlite");
 * indexAnalyses(db, "OUT");
 * queryStances(db, { party: "MP" });
 */
export { openIndex, indexAnalyses, type IndexDb, type IndexReport } from "./db/load.ts";
export { queryStances, queryDocuments, searchSections, type StanceFilter, type StanceRow, type DocumentFilter, type DocumentRow, type SearchHit } from "./db/queries.ts";
export { DB_VERSION } from "./db/migrations.ts";
export { renderRows, type RowFormat } from "./render.ts";
export { renderSummary } from "./summary.ts";
export { DIARIUM_VERSION } from "./version.ts";
