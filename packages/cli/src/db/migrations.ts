import type Database from "better-sqlite3";
import { ftsColumns } from "./stem.ts";

/** One migration: SQL, or a function for steps SQL cannot do (stemming section texts again). */
type Migration = string | ((db: Database.Database) => void);

/**
 * Schema migrations, applied in order; `PRAGMA user_version` is the number applied. Never edit
 * a shipped migration: add the next one.
 */
const MIGRATIONS: Migration[] = [
  `
  CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    file TEXT NOT NULL UNIQUE,          -- analysis path relative to OUT
    source_path TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    version TEXT NOT NULL,
    format TEXT NOT NULL,
    pages INTEGER,
    kind TEXT NOT NULL,
    series TEXT, number TEXT, title TEXT, date TEXT, place TEXT, issuer TEXT,
    diarienummer TEXT NOT NULL,         -- JSON array
    proposal TEXT, proposal_outcome TEXT
  );
  CREATE INDEX documents_date ON documents(date);
  CREATE TABLE sections (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    parent_id INTEGER REFERENCES sections(id) ON DELETE CASCADE,
    kind TEXT NOT NULL, heading TEXT NOT NULL, actor TEXT,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, page INTEGER,
    body TEXT NOT NULL                  -- the section's own text (up to its first child)
  );
  CREATE INDEX sections_document ON sections(document_id);
  CREATE VIRTUAL TABLE sections_fts USING fts5(stems, section_id UNINDEXED);
  CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    name TEXT NOT NULL, party TEXT, roles TEXT NOT NULL
  );
  CREATE TABLE parties (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    code TEXT NOT NULL, name TEXT NOT NULL, mentions INTEGER NOT NULL
  );
  CREATE TABLE positions (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    kind TEXT NOT NULL, forum TEXT NOT NULL, parties TEXT NOT NULL, people TEXT NOT NULL, stance TEXT,
    quote TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, page INTEGER
  );
  CREATE INDEX positions_document ON positions(document_id);
  CREATE TABLE votes (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    forum TEXT NOT NULL, question TEXT NOT NULL, yes INTEGER NOT NULL, no INTEGER NOT NULL, abstain INTEGER NOT NULL,
    ballots TEXT NOT NULL, quote TEXT NOT NULL, start INTEGER NOT NULL, page INTEGER
  );
  CREATE TABLE consultations (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    body TEXT NOT NULL, responded INTEGER NOT NULL, decision_date TEXT, statement_date TEXT, outcome TEXT,
    quote TEXT, start INTEGER, page INTEGER
  );
  CREATE TABLE dates (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    value TEXT NOT NULL, "end" TEXT, text TEXT NOT NULL, start INTEGER NOT NULL, page INTEGER
  );
  CREATE TABLE figures (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    value REAL NOT NULL, max REAL, unit TEXT NOT NULL, subject TEXT, text TEXT NOT NULL, start INTEGER NOT NULL, page INTEGER
  );
  `,
  // 2: a document belongs to the OUT folder it was indexed from (`root`), so that two archives with
  // the same file names live side by side and a run removes only what vanished from its own folder;
  // the municipality and the paper key (number + Dnr: one paper read as .txt and as .pdf) for
  // research rows. SQLite cannot drop UNIQUE(file), so the table is rebuilt; foreign keys are off
  // during migrations (see migrate), so dropping the old table does not cascade.
  `
  CREATE TABLE documents_v2 (
    id INTEGER PRIMARY KEY,
    root TEXT NOT NULL DEFAULT '',      -- absolute OUT folder; '' for documents indexed before version 2
    file TEXT NOT NULL,                 -- analysis path relative to root
    source_path TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    version TEXT NOT NULL,
    format TEXT NOT NULL,
    pages INTEGER,
    kind TEXT NOT NULL,
    series TEXT, number TEXT, title TEXT, date TEXT, place TEXT, issuer TEXT,
    diarienummer TEXT NOT NULL,         -- JSON array
    proposal TEXT, proposal_outcome TEXT,
    municipality TEXT,
    paper_key TEXT,                     -- "2013:125|325-1328/2012", null when the paper states neither
    UNIQUE (root, file)
  );
  INSERT INTO documents_v2 (id, file, source_path, sha256, version, format, pages, kind, series, number, title, date, place, issuer, diarienummer, proposal, proposal_outcome, municipality)
    SELECT id, file, source_path, sha256, version, format, pages, kind, series, number, title, date, place, issuer, diarienummer, proposal, proposal_outcome, place FROM documents;
  DROP TABLE documents;
  ALTER TABLE documents_v2 RENAME TO documents;
  CREATE INDEX documents_date ON documents(date);
  CREATE INDEX documents_paper ON documents(paper_key);
  `,
  // 3: search by Swedish word forms (singular, plural, definite) and phrases: the FTS table gets a
  // column of every word's forms and one of its reduced stems in order; section texts are stemmed anew.
  (db) => {
    db.exec("DROP TABLE sections_fts; CREATE VIRTUAL TABLE sections_fts USING fts5(forms, phrase, section_id UNINDEXED);");
    const insert = db.prepare<[string, string, number]>("INSERT INTO sections_fts (forms, phrase, section_id) VALUES (?, ?, ?)");
    for (const s of db.prepare<[], { id: number; body: string }>("SELECT id, body FROM sections").all()) {
      const c = ftsColumns(s.body);
      insert.run(c.forms, c.phrase, s.id);
    }
  },
  // 4: whole meeting protocols (contract 1.1): the paragraphs (§§) of each document, and the
  // paragraph of every position and vote. A document indexed before this version has no items in
  // the database though its analysis may have them, so its version is cleared: the next `index` of
  // its folder reads it again (counted as updated) instead of passing it over as unchanged.
  `
  CREATE TABLE items (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    number TEXT NOT NULL,               -- "§ 114"
    title TEXT,
    diarienummer TEXT NOT NULL,         -- JSON array
    decision TEXT,                      -- the beslut as written
    proposal_outcome TEXT,
    proposal_quote TEXT,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, page INTEGER
  );
  CREATE INDEX items_document ON items(document_id, number);
  ALTER TABLE positions ADD COLUMN item TEXT;
  ALTER TABLE votes ADD COLUMN item TEXT;
  UPDATE documents SET version = '';
  `,
];

/** The schema version this build of diarium writes. */
export const DB_VERSION = MIGRATIONS.length;

/**
 * Brings a database up to {@link DB_VERSION} (or `target`, for tests of an upgrade), one immediate
 * transaction per migration: two processes opening a new database at once take turns, and the
 * second finds it migrated.
 * @example migrate(new Database("archive.sqlite"))
 */
export function migrate(db: Database.Database, target = DB_VERSION): void {
  const version = (): number => Number(db.pragma("user_version", { simple: true }));
  if (version() > DB_VERSION) throw new Error(`database schema ${version()} is newer than this diarium (${DB_VERSION}); upgrade diarium`);
  if (version() >= target) return;
  db.pragma("foreign_keys = OFF");
  try {
    for (;;) {
      const done = db.transaction(() => {
        const v = version();
        if (v >= target) return true;
        const step = MIGRATIONS[v]!;
        if (typeof step === "string") db.exec(step);
        else step(db);
        db.pragma(`user_version = ${v + 1}`);
        return false;
      }).immediate();
      if (done) break;
    }
  } finally {
    db.pragma("foreign_keys = ON");
  }
}
