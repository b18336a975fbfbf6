import { existsSync } from "node:fs";
import type { OpenOptions, Store } from "./types.ts";

/** A PostgreSQL connection URL: "postgres://user@host:5432/arkiv", "postgresql://…". */
const POSTGRES_URL = /^postgres(?:ql)?:\/\//i;

/**
 * True when `--db` names a PostgreSQL server rather than a SQLite file.
 * @example isPostgresUrl("postgresql://localhost/arkiv") // true
 */
export function isPostgresUrl(db: string): boolean {
  return POSTGRES_URL.test(db);
}

/** A URL, not a file path: "postgres://…", and any other scheme a user may give a command's --db. */
const URL_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

/**
 * A `--db` value as it may be printed (the stores' and the queue's commands): a URL without its
 * password, which "***" stands for; a file path as it is.
 * @example redactUrl("postgres://u:secret@h/db") // "postgres://u:***@h/db"
 */
export function redactUrl(db: string): string {
  if (!URL_SCHEME.test(db)) return db;
  try {
    const u = new URL(db);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return db.replace(/:[^:@/]*@/, ":***@");
  }
}

/**
 * The one line for a `--db` that names no database (exit 2): a SQLite file that is not there. A
 * URL is the server's to judge; null when there is something to open.
 * @example missingDatabase("nix.sqlite") // "nix.sqlite: E_IO: no such database (create it with diarium index OUT --db nix.sqlite)"
 */
export function missingDatabase(db: string): string | null {
  return isPostgresUrl(db) || existsSync(db) ? null : `${db}: E_IO: no such database (create it with diarium index OUT --db ${db})`;
}

/**
 * Opens the store a `--db` value names: a `postgres://` or `postgresql://` URL is a PostgreSQL
 * server (its schema migrated on open), anything else a SQLite file. Each engine's module is loaded
 * only when it is used, so a SQLite run never loads pg and a PostgreSQL run never loads SQLite.
 * @example const store = await openStore("archive.sqlite", { readonly: true })
 */
export async function openStore(db: string, options: OpenOptions = {}): Promise<Store> {
  if (isPostgresUrl(db)) {
    const { openPostgresStore } = await import("./postgres.ts");
    return openPostgresStore(db);
  }
  const { openSqliteStore } = await import("./sqlite.ts");
  return openSqliteStore(db, options);
}
