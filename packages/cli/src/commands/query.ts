import { z } from "zod";
import { DOCUMENT_COLUMNS, STANCE_COLUMNS, type DateFilter } from "../db/queries.ts";
import { missingDatabase, openStore, redactUrl } from "../store/open.ts";
import type { Store } from "../store/types.ts";
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
export function queryStanceCommand(o: QueryOptions, io: QueryIo): Promise<number> {
  return withDb(o, io, async (store) => {
    const f = parseOptions(stanceFilterOptions(await store.partyCodes()).extend(Output), o);
    await noteUndated(store, f, io);
    return { rows: await store.queryStances(f), columns: STANCE_COLUMNS, format: f.format };
  });
}

/**
 * `diarium query documents`: papers by Dnr, number, issuer, municipality, dates.
 * @example queryDocumentsCommand({ db: "a.sqlite", dnr: "325-1328/2012", format: "table", bom: false }, io) // 0
 */
export function queryDocumentsCommand(o: QueryOptions, io: QueryIo): Promise<number> {
  return withDb(o, io, async (store) => {
    const f = parseOptions(z.object({ ...Output, ...dateFilterOptions, dnr: Text, number: Text, issuer: Text, municipality: Text }), o);
    await noteUndated(store, f, io);
    return { rows: await store.queryDocuments(f), columns: DOCUMENT_COLUMNS, format: f.format };
  });
}

/** Says on stderr how many undated papers a date filter left out (never silently). */
async function noteUndated(store: Store, f: DateFilter, io: QueryIo): Promise<void> {
  const n = await store.undatedLeftOut(f);
  if (n > 0) io.stderr.write(`diarium: ${n} paper${n === 1 ? "" : "s"} without a date left out (--undated include|only to see ${n === 1 ? "it" : "them"})\n`);
}

export type QueryResult = { rows: readonly object[]; columns: readonly string[]; format: RowFormat };

/**
 * Opens the index for reading (a SQLite file read-only, or a PostgreSQL URL), runs the query,
 * prints rows in the chosen format. A bad option value or search is a usage error (exit 2, one
 * line); a missing SQLite file too; a database that cannot be reached or read is exit 1.
 * @example await withDb(o, io, async (store) => ({ rows: await store.queryDocuments(), columns: DOCUMENT_COLUMNS, format: "csv" })) // 0
 */
export async function withDb(o: QueryOptions, io: QueryIo, run: (store: Store) => Promise<QueryResult>): Promise<number> {
  const missing = missingDatabase(o.db);
  if (missing) {
    io.stderr.write(missing + "\n");
    return 2;
  }
  let store: Store | undefined;
  try {
    store = await openStore(o.db, { readonly: true });
    const result = await run(store);
    // Cut to the terminal's width only on a terminal: piped or redirected, every cell is whole.
    const width = io.stdout.isTTY ? io.stdout.columns : undefined;
    io.stdout.write(renderRows(result.rows, result.columns, result.format, { ...(width ? { width } : {}), bom: o.bom }));
    return 0;
  } catch (error) {
    if (error instanceof OptionError || error instanceof SearchSyntaxError) {
      io.stderr.write(`diarium: E_USAGE: ${error.message}\n`);
      return 2;
    }
    io.stderr.write(`${store?.location ?? redactUrl(o.db)}: E_DB: ${messageOf(error)}\n`);
    return 1;
  } finally {
    await store?.close().catch(() => undefined);
  }
}

