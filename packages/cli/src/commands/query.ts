import { existsSync } from "node:fs";
import { z } from "zod";
import { openIndex, type IndexDb } from "../db/load.ts";
import { archivePartyCodes, DOCUMENT_COLUMNS, queryDocuments, queryStances, STANCE_COLUMNS, undatedLeftOut, type DateFilter } from "../db/queries.ts";
import { renderRows } from "../render.ts";
import { messageOf } from "../batch/failure.ts";
import { dateFilterOptions, OptionError, parseOptions, RowFormat, stanceFilterOptions } from "../options.ts";
import { SearchSyntaxError } from "../db/search-syntax.ts";
import type { CommandIo } from "./analyze.ts";

/** The options as commander hands them over: strings, unchecked. */
export type QueryOptions = { db: string; format: string; bom: boolean; [key: string]: unknown };
export type QueryIo = Pick<CommandIo, "stdout" | "stderr">;

const Output = { format: RowFormat, bom: z.boolean() };
const Text = z.string().trim().min(1).optional();

/**
 * `diarium query stance`: one row per party position per paper; `--item "§ 114"` keeps one paragraph
 * of whole protocols.
 * @example queryStanceCommand({ db: "a.sqlite", party: "Miljöpartiet", format: "json", bom: false }, io) // 0
 */
export function queryStanceCommand(o: QueryOptions, io: QueryIo): number {
  return withDb(o, io, (db) => {
    const f = parseOptions(stanceFilterOptions(archivePartyCodes(db)).extend(Output), o);
    noteUndated(db, f, io);
    return { rows: queryStances(db, f), columns: STANCE_COLUMNS, format: f.format };
  });
}

/**
 * `diarium query documents`: papers by Dnr, number, issuer, municipality, dates.
 * @example queryDocumentsCommand({ db: "a.sqlite", dnr: "325-1328/2012", format: "table", bom: false }, io) // 0
 */
export function queryDocumentsCommand(o: QueryOptions, io: QueryIo): number {
  return withDb(o, io, (db) => {
    const f = parseOptions(z.object({ ...Output, ...dateFilterOptions, dnr: Text, number: Text, issuer: Text, municipality: Text }), o);
    noteUndated(db, f, io);
    return { rows: queryDocuments(db, f), columns: DOCUMENT_COLUMNS, format: f.format };
  });
}

/** Says on stderr how many undated papers a date filter left out (never silently). */
function noteUndated(db: IndexDb, f: DateFilter, io: QueryIo): void {
  const n = undatedLeftOut(db, f);
  if (n > 0) io.stderr.write(`diarium: ${n} paper${n === 1 ? "" : "s"} without a date left out (--undated include|only to see ${n === 1 ? "it" : "them"})\n`);
}

export type QueryResult = { rows: readonly object[]; columns: readonly string[]; format: RowFormat };

/**
 * Opens the index read-only, runs the query, prints rows in the chosen format. A bad option value
 * or search is a usage error (exit 2, one line); a missing database too.
 * @example withDb(o, io, (db) => ({ rows: queryDocuments(db), columns: DOCUMENT_COLUMNS, format: "csv" })) // 0
 */
export function withDb(o: QueryOptions, io: QueryIo, run: (db: IndexDb) => QueryResult): number {
  if (!existsSync(o.db)) {
    io.stderr.write(`${o.db}: E_IO: no such database (create it with diarium index OUT --db ${o.db})\n`);
    return 2;
  }
  try {
    const db = openIndex(o.db, { readonly: true });
    try {
      const result = run(db);
      // Cut to the terminal's width only on a terminal: piped or redirected, every cell is whole.
      const width = io.stdout.isTTY ? io.stdout.columns : undefined;
      io.stdout.write(renderRows(result.rows, result.columns, result.format, { ...(width ? { width } : {}), bom: o.bom }));
      return 0;
    } finally {
      db.close();
    }
  } catch (error) {
    if (error instanceof OptionError || error instanceof SearchSyntaxError) {
      io.stderr.write(`diarium: E_USAGE: ${error.message}\n`);
      return 2;
    }
    io.stderr.write(`${o.db}: E_DB: ${messageOf(error)}\n`);
    return 1;
  }
}
