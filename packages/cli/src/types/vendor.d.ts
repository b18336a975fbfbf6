// Minimal typings for the two untyped dependencies the CLI uses (no @types packages installed).

declare module "natural/lib/natural/stemmers/porter_stemmer_sv.js" {
  /** Swedish Porter (Snowball) stemmer: "ombuden" → "ombud". */
  const PorterStemmerSv: { stem(token: string): string };
  export default PorterStemmerSv;
}

declare module "better-sqlite3" {
  namespace Database {
    type RunResult = { changes: number; lastInsertRowid: number | bigint };
    interface Statement<Row = unknown> {
      run(...params: unknown[]): RunResult;
      get(...params: unknown[]): Row | undefined;
      all(...params: unknown[]): Row[];
      iterate(...params: unknown[]): IterableIterator<Row>;
    }
    /** A transaction function; `.immediate()` takes the write lock at BEGIN. */
    type Transaction<A extends unknown[], R> = ((...args: A) => R) & { immediate(...args: A): R; deferred(...args: A): R; exclusive(...args: A): R };
    interface Database {
      prepare<Row = unknown>(sql: string): Statement<Row>;
      exec(sql: string): Database;
      pragma(source: string, options?: { simple?: boolean }): unknown;
      transaction<A extends unknown[], R>(fn: (...args: A) => R): Transaction<A, R>;
      close(): void;
      readonly open: boolean;
    }
  }
  const Database: new (filename: string, options?: { readonly?: boolean; fileMustExist?: boolean; timeout?: number }) => Database.Database;
  export default Database;
}
