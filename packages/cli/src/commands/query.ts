import { existsSync } from "node:fs";
import { openIndex, type IndexDb } from "../db/load.ts";
import { queryDocuments, queryStances } from "../db/queries.ts";
import { renderRows, type RowFormat } from "../render.ts";
import { messageOf } from "../batch/failure.ts";
import type { CommandIo } from "./analyze.ts";

export type QueryOptions = { db: string; format: RowFormat; bom: boolean; [key: string]: unknown };

/**
 * `diarium query stance`: one row per party position.
 * @example queryStanceCommand({ db: "a.sqlite", party: "MP", format: "json", bom: false }, io) // 0
 */
export function queryStanceCommand(o: QueryOptions, io: Pick<CommandIo, "stdout" | "stderr">): number {
  return withDb(o, io, (db) => queryStances(db, pick(o, ["party", "forum", "stance", "from", "to"])));
}

/**
 * `diarium query documents`: documents by Dnr, number, issuer, dates.
 * @example queryDocumentsCommand({ db: "a.sqlite", dnr: "325-1328/2012", format: "table", bom: false }, io) // 0
 */
export function queryDocumentsCommand(o: QueryOptions, io: Pick<CommandIo, "stdout" | "stderr">): number {
  return withDb(o, io, (db) => queryDocuments(db, pick(o, ["dnr", "number", "issuer", "from", "to"])));
}

/** Opens the index read-only, runs the query, prints rows in the chosen format. */
export function withDb(o: QueryOptions, io: Pick<CommandIo, "stdout" | "stderr">, run: (db: IndexDb) => object[]): number {
  if (!existsSync(o.db)) {
    io.stderr.write(`${o.db}: E_IO: no such database (create it with diarium index OUT --db ${o.db})\n`);
    return 2;
  }
  try {
    const db = openIndex(o.db, { readonly: true });
    try {
      const rows = run(db) as Record<string, unknown>[];
      io.stdout.write(renderRows(rows, o.format, { width: io.stdout.columns ?? 120, bom: o.bom }));
      return 0;
    } finally {
      db.close();
    }
  } catch (error) {
    io.stderr.write(`${o.db}: E_DB: ${messageOf(error)}\n`);
    return 1;
  }
}

function pick(o: QueryOptions, keys: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of keys) if (typeof o[k] === "string") out[k] = o[k];
  return out;
}
