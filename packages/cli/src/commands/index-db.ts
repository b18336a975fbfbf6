import { existsSync, statSync } from "node:fs";
import { analysisFiles } from "../db/load.ts";
import { openStore, redactUrl } from "../store/open.ts";
import type { Store } from "../store/types.ts";
import { failureLine, messageOf } from "../batch/failure.ts";
import type { CommandIo } from "./analyze.ts";

export type IndexFlags = { db: string; quiet: boolean; prune: boolean; municipality?: string };

/**
 * `diarium index OUT --db FILE|URL`: adds (incrementally) the analyses in OUT to the index, a SQLite
 * file or a PostgreSQL database (`postgres://…`). What the
 * database holds from other folders stays; documents of OUT whose analysis is gone are removed and
 * named (`--prune`: also those of other folders whose analysis is gone). A folder with no analyses
 * is an error (exit 1) and creates no database.
 * @example await indexCommand("OUT", { db: "archive.sqlite", quiet: false, prune: false }, io) // 0
 */
export async function indexCommand(out: string, o: IndexFlags, io: Pick<CommandIo, "stderr">): Promise<number> {
  if (!existsSync(out) || !statSync(out).isDirectory()) {
    io.stderr.write(`${out}: E_IO: not a folder (expected the OUT folder of diarium analyze --out OUT)\n`);
    return 2;
  }
  let files: string[];
  try {
    files = analysisFiles(out);
  } catch (error) {
    io.stderr.write(`${out}: E_IO: cannot read folder: ${messageOf(error)}\n`);
    return 1;
  }
  if (files.length === 0) {
    io.stderr.write(`${out}: E_NO_ANALYSES: no analyses (*.json) here; index the OUT folder of diarium analyze PAPERS --out OUT, not the papers\n`);
    return 1;
  }
  let store: Store | undefined;
  try {
    store = await openStore(o.db);
    const r = await store.indexFolder(out, { prune: o.prune, ...(o.municipality ? { municipality: o.municipality } : {}) });
    for (const f of r.failures) io.stderr.write(failureLine(f) + "\n");
    // A removal is always said, --quiet or not: the database held it.
    for (const file of r.removed) io.stderr.write(`removed: ${file} (its analysis is gone)\n`);
    if (!o.quiet) {
      io.stderr.write(`diarium index: ${r.added} added, ${r.updated} updated, ${r.unchanged} unchanged, ${r.removed.length} removed, ${r.failures.length} failed\n`);
    }
    return r.failures.length > 0 ? 1 : 0;
  } catch (error) {
    io.stderr.write(`${redactUrl(o.db)}: E_DB: ${messageOf(error)}\n`);
    return 1;
  } finally {
    await store?.close().catch(() => undefined);
  }
}
