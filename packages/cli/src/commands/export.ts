import { join } from "node:path";
import { z } from "zod";
import { writeAtomic } from "../batch/output.ts";
import { messageOf } from "../batch/failure.ts";
import { missingDatabase, openStore, redactUrl } from "../store/open.ts";
import type { Store } from "../store/types.ts";
import { ballotMismatches, toPopolo } from "../export/popolo.ts";
import { csvBundle } from "../export/csv-bundle.ts";
import { OptionError, parseOptions } from "../options.ts";
import type { CommandIo } from "./analyze.ts";

const ExportFormat = z.enum(["popolo", "csv-bundle"]);
export type ExportFlags = { db: string; format: string; out: string; quiet: boolean };

/**
 * `diarium export --db FILE|URL --format popolo|csv-bundle --out DIR`: the archive as Popolo JSON
 * (`DIR/popolo.json`) or as tidy CSV tables with a data dictionary. Files are written atomically;
 * other files in DIR are left alone. A vote whose listed ballots do not add up to its counts is
 * named on stderr (W_BALLOTS) and exported as the paper has it.
 * @example await exportCommand({ db: "arkiv.sqlite", format: "popolo", out: "POPOLO", quiet: false }, io) // 0
 */
export async function exportCommand(o: ExportFlags, io: Pick<CommandIo, "stderr">): Promise<number> {
  let format: z.infer<typeof ExportFormat>;
  try {
    format = parseOptions(z.object({ format: ExportFormat }), o).format;
  } catch (error) {
    io.stderr.write(`diarium: E_USAGE: ${error instanceof OptionError ? error.message : messageOf(error)}\n`);
    return 2;
  }
  const missing = missingDatabase(o.db);
  if (missing) {
    io.stderr.write(missing + "\n");
    return 2;
  }
  let store: Store | undefined;
  try {
    store = await openStore(o.db, { readonly: true });
    const rows = await store.exportRows();
    let files: Record<string, string>;
    if (format === "popolo") {
      const popolo = toPopolo(rows);
      for (const m of ballotMismatches(popolo)) io.stderr.write(`${m.id}: W_BALLOTS: the listed ballots (${m.ballots} yes/no/abstain) do not add up to the counts (${m.counts})\n`);
      files = { "popolo.json": JSON.stringify(popolo, null, 2) + "\n" };
    } else files = csvBundle(rows);
    await store.close();
    store = undefined;
    for (const [name, content] of Object.entries(files)) writeAtomic(join(o.out, name), content);
    if (!o.quiet) io.stderr.write(`diarium export: ${Object.keys(files).map((f) => join(o.out, f)).join(", ")}\n`);
    return 0;
  } catch (error) {
    io.stderr.write(`${redactUrl(o.db)}: E_DB: ${messageOf(error)}\n`);
    return 1;
  } finally {
    await store?.close().catch(() => undefined);
  }
}
