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

/**
 * A `--db` value as it may be printed: a URL without its password (a file path as it is).
 * @example redactUrl("postgres://u:secret@h/db") // "postgres://u:***@h/db"
 */
export function redactUrl(db: string): string {
  if (!isPostgresUrl(db)) return db;
  try {
    const u = new URL(db);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return db.replace(/:[^:@/]*@/, ":***@");
  }
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
