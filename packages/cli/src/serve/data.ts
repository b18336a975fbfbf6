import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Store, StoredPaper } from "../store/types.ts";

/**
 * What `diarium serve` reads of an index, and nothing more: the stance table, the search, the
 * archive's party codes and one paper. A {@link Store} (SQLite or PostgreSQL) is one as it is; no
 * method writes.
 */
export type ServeData = Pick<Store, "queryStances" | "undatedLeftOut" | "partyCodes" | "search" | "paper">;

/**
 * The bytes of an indexed PDF, for the view to draw its pages, when the source is still where it
 * was analysed (a relative path from the working directory) and is the file that was analysed
 * (its SHA-256); undefined for a text paper or a PDF that moved or changed (the view then shows
 * the paper's text, whose marks still hold). Only a path the index names is read.
 * @example pdfBytesOf({ analysis, sourcePath: "corpus/stockholm-utlatande-2013-125-print.pdf", format: "pdf" })?.length // 108873
 */
export function pdfBytesOf(paper: StoredPaper): Uint8Array | undefined {
  if (paper.format !== "pdf") return undefined;
  const path = resolve(paper.sourcePath);
  if (!existsSync(path)) return undefined;
  const bytes = readFileSync(path);
  return createHash("sha256").update(bytes).digest("hex") === paper.analysis.source.sha256 ? new Uint8Array(bytes) : undefined;
}

/**
 * A PostgreSQL URL whose sessions are read-only (`default_transaction_read_only`, sent at connect
 * through the `options` parameter): any write the server might attempt fails in the database. The
 * store opens a database already at its schema without DDL, so reading needs nothing more.
 * @example readOnlyUrl("postgres://diarium@db/arkiv") // "postgres://diarium@db/arkiv?options=-c+default_transaction_read_only%3Don"
 */
export function readOnlyUrl(url: string): string {
  const u = new URL(url);
  const options = u.searchParams.get("options");
  u.searchParams.set("options", `${options ? `${options} ` : ""}-c default_transaction_read_only=on`);
  return u.toString();
}
