import type Database from "better-sqlite3";

/**
 * Schema migrations, applied in order; `PRAGMA user_version` is the number applied. Never edit
 * a shipped migration: add the next one.
 */
const MIGRATIONS: string[] = [
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
];

/** The schema version this build of diarium writes. */
export const DB_VERSION = MIGRATIONS.length;

/**
 * Brings a database up to {@link DB_VERSION}, one transaction per migration.
 * @example migrate(new Database("archive.sqlite"))
 */
export function migrate(db: Database.Database): void {
  const current = Number(db.pragma("user_version", { simple: true }));
  if (current > DB_VERSION) throw new Error(`database schema ${current} is newer than this diarium (${DB_VERSION}); upgrade diarium`);
  for (let v = current; v < DB_VERSION; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}
