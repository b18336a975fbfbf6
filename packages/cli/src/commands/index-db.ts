import { existsSync, statSync } from "node:fs";
import { indexAnalyses, openIndex } from "../db/load.ts";
import { failureLine, messageOf } from "../batch/failure.ts";
import type { CommandIo } from "./analyze.ts";

/**
 * `diarium index OUT --db FILE`: loads (incrementally) the analyses in OUT into SQLite.
 * @example indexCommand("OUT", { db: "archive.sqlite", quiet: false }, io) // 0
 */
export function indexCommand(out: string, o: { db: string; quiet: boolean }, io: Pick<CommandIo, "stderr">): number {
  if (!existsSync(out) || !statSync(out).isDirectory()) {
    io.stderr.write(`${out}: E_IO: not a folder of analyses\n`);
    return 2;
  }
  try {
    const db = openIndex(o.db);
    try {
      const r = indexAnalyses(db, out);
      for (const f of r.failures) io.stderr.write(failureLine(f) + "\n");
      if (!o.quiet) io.stderr.write(`diarium index: ${r.added} added, ${r.updated} updated, ${r.unchanged} unchanged, ${r.removed} removed, ${r.failures.length} failed\n`);
      return r.failures.length > 0 ? 1 : 0;
    } finally {
      db.close();
    }
  } catch (error) {
    io.stderr.write(`${o.db}: E_DB: ${messageOf(error)}\n`);
    return 1;
  }
}
