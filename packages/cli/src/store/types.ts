import type { Analysis } from "@diarium/schema";
import type { IndexOptions, IndexReport } from "../db/load.ts";
import type { DateFilter, DocumentFilter, DocumentRow, SearchHit, StanceFilter, StanceRow } from "../db/queries.ts";
import type { ExportRows } from "../export/rows.ts";

export type { IndexOptions, IndexReport, DateFilter, DocumentFilter, DocumentRow, SearchHit, StanceFilter, StanceRow, ExportRows };

/** Which engine a store runs on: a SQLite file (the zero-configuration default) or a PostgreSQL server. */
export type StoreKind = "sqlite" | "postgres";

/**
 * One analysis to store, under its place: `root` is the OUT folder (absolute) or, for the queue, a
 * name of the batch; `file` the analysis path under it. (root, file) is the document's key: storing
 * under a key that holds a document replaces it.
 */
export type StoredAnalysis = {
  root: string;
  file: string;
  analysis: Analysis;
  /** The paper's municipality when the caller knows it (`index --municipality`); else read from the paper. */
  municipality?: string;
};

/** What storing one analysis did: unchanged when the key holds the same sha256, diarium version and municipality. */
export type PutOutcome = "added" | "updated" | "unchanged";

/** A paper the index holds, as `diarium serve` shows it: its analysis, and where its source was analysed from. */
export type StoredPaper = { analysis: Analysis; sourcePath: string; format: string };

/** How a store is opened: `readonly` for queries (SQLite opens the file read-only and requires it to exist). */
export type OpenOptions = { readonly?: boolean };

/**
 * The index: where analyses are stored and queried, behind one interface for SQLite and
 * PostgreSQL. The same query gives the same rows on both (test/store-parity). Every method is
 * async because PostgreSQL is; the SQLite store runs synchronously inside.
 * @example
 * const store = await openStore("postgres://diarium@db.example/arkiv");
 * await store.indexFolder("OUT");
 * await store.queryStances({ party: "MP" });
 * await store.close();
 */
export interface Store {
  readonly kind: StoreKind;
  /** The database as it may be shown: a file path, or the URL without its password. */
  readonly location: string;

  /**
   * Stores one analysis and all its facts in one transaction (adds, or replaces what its key
   * held). What `diarium work` calls after analysing a paper; safe to call from many processes.
   */
  putAnalysis(entry: StoredAnalysis): Promise<PutOutcome>;

  /**
   * Loads every analysis under an OUT folder, adding and updating; documents of this folder whose
   * analysis is gone are removed and named in the report (`prune`: also other folders' whose file is gone).
   */
  indexFolder(outDir: string, options?: IndexOptions): Promise<IndexReport>;

  /** One row per party position per paper (see db/queries.ts queryStances). */
  queryStances(filter?: StanceFilter): Promise<StanceRow[]>;
  /** Papers by Dnr, number, issuer, municipality and dates. */
  queryDocuments(filter?: DocumentFilter): Promise<DocumentRow[]>;
  /** Undated papers a date filter leaves out (to say so rather than drop them silently). */
  undatedLeftOut(filter: DateFilter): Promise<number>;
  /** The party codes the archive holds, upper-case, sorted (to check --party against). */
  partyCodes(): Promise<string[]>;
  /** Ranked sections for a search in diarium's syntax (db/search-syntax.ts); throws SearchSyntaxError. */
  search(query: string, limit?: number): Promise<SearchHit[]>;
  /** Every table of the exports (Popolo, CSV bundle). */
  exportRows(): Promise<ExportRows>;
  /**
   * The analysis of the paper a stance row or search hit names (its source path as analysed), or
   * null when the index holds no such paper (or, for SQLite, its analysis file is gone or changed
   * into something that is not an analysis). Only papers the index names are ever read.
   */
  paper(sourcePath: string): Promise<StoredPaper | null>;
  /** How many documents (readings) the store holds. */
  documentCount(): Promise<number>;

  close(): Promise<void>;
}
