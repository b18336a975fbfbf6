import { searchSections } from "../db/queries.ts";
import type { CommandIo } from "./analyze.ts";
import { withDb, type QueryOptions } from "./query.ts";

/**
 * `diarium search "personligt ombud" --db FILE`: ranked sections with a highlighted snippet.
 * @example searchCommand("ombuden", { db: "a.sqlite", limit: 5, format: "table", bom: false }, io) // 0
 */
export function searchCommand(query: string, o: QueryOptions & { limit: number }, io: Pick<CommandIo, "stdout" | "stderr">): number {
  return withDb(o, io, (db) => searchSections(db, query, o.limit));
}
