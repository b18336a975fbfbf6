import { z } from "zod";
import { SEARCH_COLUMNS } from "../db/queries.ts";
import { parseOptions, RowFormat } from "../options.ts";
import { withDb, type QueryIo, type QueryOptions } from "./query.ts";

/**
 * `diarium search "laddplats OR laddstolpe" --db FILE|URL`: ranked sections with a highlighted snippet.
 * The syntax (words in every Swedish form, "phrases", OR, NOT, prefix*) is in db/search-syntax.ts.
 * @example searchCommand("ombuden", { db: "a.sqlite", limit: 5, format: "table", bom: false }, io) // 0
 */
export function searchCommand(query: string, o: QueryOptions & { limit: number }, io: QueryIo): Promise<number> {
  return withDb(o, io, async (store) => {
    const f = parseOptions(z.object({ format: RowFormat, limit: z.number().int().positive() }), o);
    return { rows: await store.search(query, f.limit), columns: SEARCH_COLUMNS, format: f.format };
  });
}
