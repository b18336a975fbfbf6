import type pg from "pg";

/**
 * The PostgreSQL schema, as versioned migrations: `schema_migrations` holds the versions applied.
 * Never edit a shipped migration: add the next one. Each analysis is kept whole as `jsonb`
 * (analyses), beside the normalised tables the queries read; the tables follow SQLite's
 * (db/migrations.ts) so that both answer a query with the same rows.
 */
const MIGRATIONS: string[] = [
  `
  CREATE TABLE documents (
    id bigserial PRIMARY KEY,
    root text NOT NULL,                 -- absolute OUT folder, or the queue's name for a batch
    file text NOT NULL,                 -- analysis path relative to root
    source_path text NOT NULL,
    sha256 text NOT NULL,
    version text NOT NULL,
    format text NOT NULL,
    pages integer,
    kind text NOT NULL,
    series text, number text, title text, date text, place text, issuer text,
    diarienummer jsonb NOT NULL,        -- array of text
    proposal text, proposal_outcome text,
    municipality text,
    paper_key text,                     -- "utlatande|2013:125|325-1328/2012|2013-09-18", null when no Dnr
    indexed_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (root, file)
  );
  CREATE INDEX documents_date ON documents (date);
  CREATE INDEX documents_paper ON documents (paper_key);
  CREATE INDEX documents_source ON documents (source_path);
  CREATE INDEX documents_sha256 ON documents (sha256);
  CREATE TABLE analyses (
    document_id bigint PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    analysis jsonb NOT NULL
  );
  CREATE TABLE sections (
    id bigserial PRIMARY KEY,
    document_id bigint NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal integer NOT NULL,           -- place in the tree, depth first
    parent integer,                     -- the parent's ordinal
    kind text NOT NULL, heading text NOT NULL, actor text,
    start integer NOT NULL, "end" integer NOT NULL, page integer,
    body text NOT NULL,                 -- the section's own text (up to its first child)
    -- The Swedish configuration (Snowball stems, stop words out). A tsvector holds at most 1 MB, so
    -- a section beyond ~200 000 characters is searched by its first 200 000.
    tsv tsvector GENERATED ALWAYS AS (to_tsvector('swedish', left(body, 200000))) STORED
  );
  CREATE INDEX sections_document ON sections (document_id);
  CREATE INDEX sections_tsv ON sections USING gin (tsv);
  CREATE TABLE people (
    id bigserial PRIMARY KEY,
    document_id bigint NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    name text NOT NULL, party text, roles jsonb NOT NULL
  );
  CREATE INDEX people_document ON people (document_id);
  CREATE TABLE parties (
    id bigserial PRIMARY KEY,
    document_id bigint NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    code text NOT NULL, name text NOT NULL, mentions integer NOT NULL
  );
  CREATE INDEX parties_document ON parties (document_id);
  CREATE TABLE items (
    id bigserial PRIMARY KEY,
    document_id bigint NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    number text NOT NULL, title text, diarienummer jsonb NOT NULL, decision text,
    proposal_outcome text, proposal_quote text,
    start integer NOT NULL, "end" integer NOT NULL, page integer
  );
  CREATE INDEX items_document ON items (document_id, number);
  CREATE TABLE positions (
    id bigserial PRIMARY KEY,
    document_id bigint NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    item text, kind text NOT NULL, forum text NOT NULL, parties jsonb NOT NULL, people jsonb NOT NULL, stance text,
    quote text NOT NULL, start integer NOT NULL, "end" integer NOT NULL, page integer
  );
  CREATE INDEX positions_document ON positions (document_id);
  CREATE INDEX positions_parties ON positions USING gin (parties);
  CREATE TABLE votes (
    id bigserial PRIMARY KEY,
    document_id bigint NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    item text, forum text NOT NULL, question text NOT NULL, yes integer NOT NULL, no integer NOT NULL, abstain integer NOT NULL,
    ballots jsonb NOT NULL, quote text NOT NULL, start integer NOT NULL, page integer
  );
  CREATE INDEX votes_document ON votes (document_id);
  CREATE TABLE consultations (
    id bigserial PRIMARY KEY,
    document_id bigint NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    body text NOT NULL, responded boolean NOT NULL, decision_date text, statement_date text, outcome text,
    quote text, start integer, page integer
  );
  CREATE INDEX consultations_document ON consultations (document_id);
  CREATE TABLE dates (
    id bigserial PRIMARY KEY,
    document_id bigint NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    value text NOT NULL, "end" text, text text NOT NULL, start integer NOT NULL, page integer
  );
  CREATE INDEX dates_document ON dates (document_id);
  CREATE TABLE figures (
    id bigserial PRIMARY KEY,
    document_id bigint NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    value double precision NOT NULL, max double precision, unit text NOT NULL, subject text, text text NOT NULL, start integer NOT NULL, page integer
  );
  CREATE INDEX figures_document ON figures (document_id);
  `,
  // 2: the party codes of positions, one row each, indexed: the archive's codes (checked against
  // --party on every stance query) are read from the index in a few steps instead of unpacking every
  // position's parties (a second at 80 000 positions).
  `
  CREATE TABLE position_parties (
    position_id bigint NOT NULL REFERENCES positions(id) ON DELETE CASCADE,
    code text NOT NULL                  -- upper-case: "MP"
  );
  CREATE INDEX position_parties_code ON position_parties (code);
  CREATE INDEX position_parties_position ON position_parties (position_id);
  INSERT INTO position_parties (position_id, code)
    SELECT p.id, upper(j.value) FROM positions p CROSS JOIN LATERAL jsonb_array_elements_text(p.parties) AS j(value);
  `,
];

/** The schema version this build of diarium writes to PostgreSQL. */
export const PG_SCHEMA_VERSION = MIGRATIONS.length;

/** The advisory lock key migrations take (any constant; "diarium" in ASCII). */
const MIGRATION_LOCK = 0x64696172;

/**
 * Brings the database's schema up to {@link PG_SCHEMA_VERSION} in one transaction under a
 * transaction-scoped advisory lock: processes starting at once take turns, and the later ones find
 * it migrated. A schema newer than this diarium is an error.
 * @example await migratePostgres(client)
 */
export async function migratePostgres(client: pg.ClientBase): Promise<void> {
  // Up to date (the common case): no lock and no DDL, so a read-only role or a read replica can query.
  if ((await appliedVersion(client)) === PG_SCHEMA_VERSION) return;
  await client.query("BEGIN");
  try {
    await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
    await client.query("CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())");
    const { rows } = await client.query<{ v: number | null }>("SELECT max(version) AS v FROM schema_migrations");
    const current = rows[0]?.v ?? 0;
    if (current > PG_SCHEMA_VERSION) throw new Error(`database schema ${current} is newer than this diarium (${PG_SCHEMA_VERSION}); upgrade diarium`);
    for (let v = current; v < PG_SCHEMA_VERSION; v++) {
      await client.query(MIGRATIONS[v]!);
      await client.query("INSERT INTO schema_migrations (version) VALUES ($1)", [v + 1]);
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  }
}

/** The version applied, without writing: 0 for a database diarium has not used. */
async function appliedVersion(client: pg.ClientBase): Promise<number> {
  const present = await client.query<{ ok: boolean }>("SELECT to_regclass('schema_migrations') IS NOT NULL AS ok");
  if (!present.rows[0]?.ok) return 0;
  const { rows } = await client.query<{ v: number | null }>("SELECT max(version) AS v FROM schema_migrations");
  return rows[0]?.v ?? 0;
}
