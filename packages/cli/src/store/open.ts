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
