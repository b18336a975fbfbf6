import type pg from "pg";
import type { DateFilter, DocumentFilter, DocumentRow, SearchHit, StanceFilter, StanceRow } from "../db/queries.ts";
import { dateConditions, leavesOutUndated, snippet } from "../db/queries.ts";
import { parseSearch } from "../db/search-syntax.ts";
import type { BallotRow, ExportRows, ItemRow, PaperRow, PartyRow, PersonRow, PositionRow, VoteRow } from "../export/rows.ts";
import { toTsQuery } from "./tsquery.ts";

/**
 * The queries of db/queries.ts and export/rows.ts in PostgreSQL's SQL, row for row the same: text
 * sorts byte-wise (COLLATE "C", as SQLite's BINARY) with nulls first (as SQLite), and a paper read
 * as .txt and .pdf is one paper (PAPERS). Text filters match regardless of case (ILIKE; SQLite's
 * LIKE ignores the case of ASCII letters only).
 */

type Db = Pick<pg.Pool, "query">;

/**
 * Documents, one per paper: SQLite's PAPERS (db/queries.ts) in PostgreSQL. The readings are ranked
 * on narrow rows (id, path, key) and the copies joined by hash rather than looked up per paper
 * (PostgreSQL makes no index on a CTE); the paper's other columns are joined last.
 */
const PAPERS = `
  WITH ranked AS (
    SELECT id, source_path, coalesce(paper_key, 'document:' || id) AS paper,
           row_number() OVER (PARTITION BY coalesce(paper_key, 'document:' || id) ORDER BY format = 'pdf' DESC, id) AS reading
    FROM documents),
  copies AS (SELECT paper, string_agg(source_path, '; ' ORDER BY reading) AS copies FROM ranked WHERE reading > 1 GROUP BY paper),
  papers AS (
    SELECT d.id, d.source_path, d.format, d.kind, d.number, d.title, d.date, d.issuer, d.diarienummer, d.proposal, d.proposal_outcome, d.municipality,
           coalesce(c.copies, '') AS copies
    FROM ranked r JOIN documents d ON d.id = r.id LEFT JOIN copies c ON c.paper = r.paper WHERE r.reading = 1
  )`;

/** Sorting as SQLite sorts text: byte-wise, nulls first. */
const byPaper = `d.date COLLATE "C" NULLS FIRST, d.number COLLATE "C" NULLS FIRST, d.source_path COLLATE "C"`;

/** Numbered parameters in order: `$1`, `$2`, … */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

const whereClause = (where: string[]): string => (where.length ? "WHERE " + where.join(" AND ") : "");

/** The diarienummer array as text: "325-1328/2012, 325-1329/2012". */
const dnrText = (dnr: string[]): string => dnr.join(", ");

export async function pgUndatedLeftOut(db: Db, f: DateFilter): Promise<number> {
  if (!leavesOutUndated(f)) return 0;
  const { rows } = await db.query<{ n: number }>(`${PAPERS} SELECT count(*)::int AS n FROM papers d WHERE d.date IS NULL`);
  return rows[0]?.n ?? 0;
}

export async function pgQueryStances(db: Db, f: StanceFilter = {}): Promise<StanceRow[]> {
  const where: string[] = [];
  const p = new Params();
  if (f.party) where.push(`upper(j.value) = upper(${p.add(f.party)})`);
  if (f.forum) where.push(`p.forum ILIKE ${p.add(`%${f.forum}%`)}`);
  if (f.stance) where.push(`p.stance = ${p.add(f.stance)}`);
  if (f.kind) where.push(`p.kind = ${p.add(f.kind)}`);
  if (f.municipality) where.push(`d.municipality ILIKE ${p.add(f.municipality)}`);
  if (f.item) where.push(`p.item = ${p.add(f.item)}`);
  dateConditions(f, where, (v) => p.add(v));
  const { rows } = await db.query<Omit<StanceRow, "dnr"> & { dnr: string[] }>(
    `${PAPERS}
     SELECT d.source_path AS paper, d.municipality, coalesce(nullif(i.diarienummer, '[]'::jsonb), d.diarienummer) AS dnr, d.number, d.title, d.date,
            p.item || coalesce(' ' || i.title, '') AS item, p.forum, j.value AS party, p.stance, p.kind, p.page, p.quote, d.copies
     FROM positions p JOIN papers d ON d.id = p.document_id
       CROSS JOIN LATERAL jsonb_array_elements_text(p.parties) WITH ORDINALITY AS j(value, key)
       LEFT JOIN LATERAL (SELECT x.title, x.diarienummer FROM items x WHERE x.document_id = p.document_id AND x.number = p.item ORDER BY x.id LIMIT 1) i ON true
     ${whereClause(where)}
     ORDER BY ${byPaper}, p.id, j.key
     ${f.limit === undefined ? "" : `LIMIT ${p.add(f.limit)} OFFSET ${p.add(f.offset ?? 0)}`}`,
    p.values,
  );
  return rows.map((r) => ({ ...r, dnr: dnrText(r.dnr) }));
}

export async function pgQueryDocuments(db: Db, f: DocumentFilter = {}): Promise<DocumentRow[]> {
  const where: string[] = [];
  const p = new Params();
  if (f.dnr) where.push(`d.diarienummer::text ILIKE ${p.add(`%${f.dnr}%`)}`);
  if (f.number) where.push(`d.number = ${p.add(f.number)}`);
  if (f.issuer) where.push(`d.issuer ILIKE ${p.add(`%${f.issuer}%`)}`);
  if (f.municipality) where.push(`d.municipality ILIKE ${p.add(f.municipality)}`);
  dateConditions(f, where, (v) => p.add(v));
  const { rows } = await db.query<Omit<DocumentRow, "dnr"> & { dnr: string[] }>(
    `${PAPERS}
     SELECT d.source_path AS paper, d.municipality, d.diarienummer AS dnr, d.number, d.date, d.kind, d.title, d.issuer, d.copies FROM papers d
     ${whereClause(where)} ORDER BY ${byPaper}`,
    p.values,
  );
  return rows.map((r) => ({ ...r, dnr: dnrText(r.dnr) }));
}

export async function pgPartyCodes(db: Db): Promise<string[]> {
  // A skip scan of the index on position_parties(code): one step per distinct code.
  const { rows } = await db.query<{ code: string }>(
    `WITH RECURSIVE codes AS (
       (SELECT code FROM position_parties ORDER BY code LIMIT 1)
       UNION ALL
       SELECT (SELECT p.code FROM position_parties p WHERE p.code > c.code ORDER BY p.code LIMIT 1) FROM codes c WHERE c.code IS NOT NULL)
     SELECT code FROM codes WHERE code IS NOT NULL ORDER BY code COLLATE "C"`,
  );
  return rows.map((r) => r.code);
}

/**
 * Ranked sections (ts_rank over the Swedish tsvector) with the same snippet as SQLite's; the
 * search syntax is diarium's (db/search-syntax.ts, translated in tsquery.ts). The rank order is
 * PostgreSQL's, so the first hits may differ from SQLite's BM25 order; the sections found are the same.
 */
export async function pgSearch(db: Db, query: string, limit = 20): Promise<SearchHit[]> {
  const parsed = parseSearch(query);
  const words = [...new Set(parsed.parts.flatMap((p) => (typeof p === "string" ? [] : p.kind === "word" ? [p.word] : p.kind === "phrase" ? p.words.map((w) => w.word) : [])))];
  const stop = await db.query<{ w: string }>(`SELECT w FROM unnest($1::text[]) AS w WHERE ts_lexize('swedish_stem', w) = '{}'`, [words]);
  const tsquery = toTsQuery(parsed.parts, new Set(stop.rows.map((r) => r.w)));
  if (tsquery === null) return [];
  const { rows } = await db.query<Omit<SearchHit, "rank" | "snippet" | "dnr"> & { dnr: string[]; body: string }>(
    // The GIN index first: the sections that match, then of their documents those that are their
    // paper's first reading (PAPERS' choice, asked of the hits only), then the texts of the top ones.
    `WITH q AS (SELECT to_tsquery('simple', $1) AS q),
     hits AS (SELECT s.id, s.document_id, s.start, ts_rank(s.tsv, q.q) AS score FROM sections s, q WHERE s.tsv @@ q.q),
     first AS (
       SELECT d.id, d.source_path, d.municipality, d.diarienummer, d.number, d.date FROM documents d
       WHERE d.id IN (SELECT document_id FROM hits)
         AND NOT EXISTS (SELECT 1 FROM documents o WHERE o.paper_key = d.paper_key AND o.id <> d.id
           AND ((o.format = 'pdf') > (d.format = 'pdf') OR ((o.format = 'pdf') = (d.format = 'pdf') AND o.id < d.id)))),
     top AS (
       SELECT h.id, h.start, h.score, d.source_path, d.municipality, d.diarienummer, d.number, d.date FROM hits h JOIN first d ON d.id = h.document_id
       ORDER BY h.score DESC, d.source_path COLLATE "C", h.start LIMIT $2)
     SELECT s.body, s.heading, s.kind, s.page, t.source_path AS paper, t.municipality, t.diarienummer AS dnr, t.number, t.date
     FROM top t JOIN sections s ON s.id = t.id ORDER BY t.score DESC, t.source_path COLLATE "C", t.start`,
    [tsquery, limit],
  );
  return rows.map((r, i) => ({
    rank: i + 1, paper: r.paper, municipality: r.municipality, dnr: dnrText(r.dnr), number: r.number, date: r.date,
    heading: r.heading, kind: r.kind, page: r.page, snippet: snippet(r.body, parsed.forms, parsed.prefixes),
  }));
}

/** export/rows.ts exportRows in PostgreSQL. */
export async function pgExportRows(db: Db): Promise<ExportRows> {
  const papers = (
    await db.query<Omit<PaperRow, "dnr"> & { dnr: string[] }>(
      `${PAPERS} SELECT d.id AS paper_id, d.source_path AS paper, d.municipality, d.kind, d.number, d.diarienummer AS dnr, d.title, d.date, d.issuer,
         d.proposal, d.proposal_outcome, d.copies FROM papers d ORDER BY ${byPaper}`,
    )
  ).rows.map((p) => ({ ...p, dnr: dnrText(p.dnr) }));
  const items = (
    await db.query<Omit<ItemRow, "dnr"> & { dnr: string[] }>(
      `${PAPERS} SELECT d.id AS paper_id, i.number AS item, i.title, i.diarienummer AS dnr, i.decision, i.proposal_outcome, i.start, i."end" AS "end", i.page
       FROM items i JOIN papers d ON d.id = i.document_id ORDER BY d.id, i.start, i.id`,
    )
  ).rows.map((i) => ({ ...i, dnr: dnrText(i.dnr) }));
  const positions = (
    await db.query<PositionRow>(
      `${PAPERS} SELECT p.id AS position_id, d.id AS paper_id, p.item, p.forum, j.value AS party, p.stance, p.kind,
         (SELECT coalesce(string_agg(x.value->>'name', '; ' ORDER BY x.n), '') FROM jsonb_array_elements(p.people) WITH ORDINALITY AS x(value, n)) AS people, p.page, p.quote
       FROM positions p JOIN papers d ON d.id = p.document_id CROSS JOIN LATERAL jsonb_array_elements_text(p.parties) WITH ORDINALITY AS j(value, key)
       ORDER BY d.id, p.id, j.key`,
    )
  ).rows;
  const voteRows = (
    await db.query<Omit<VoteRow, "ballots_listed"> & { ballots: Omit<BallotRow, "vote_id">[] }>(
      `${PAPERS} SELECT v.id AS vote_id, d.id AS paper_id, v.item, d.municipality, d.date, d.number, v.forum, v.question, v.yes, v.no, v.abstain, v.ballots, v.page, v.quote
       FROM votes v JOIN papers d ON d.id = v.document_id ORDER BY d.id, v.id`,
    )
  ).rows;
  const ballots: BallotRow[] = [];
  const votes: VoteRow[] = voteRows.map(({ ballots: listed, ...v }) => {
    for (const b of listed) ballots.push({ vote_id: v.vote_id, name: b.name, party: b.party, vote: b.vote });
    return { ...v, ballots_listed: listed.length };
  });
  const people = (
    await db.query<Omit<PersonRow, "roles"> & { roles: string[] }>(
      `${PAPERS} SELECT d.id AS paper_id, p.name, p.party, p.roles FROM people p JOIN papers d ON d.id = p.document_id ORDER BY d.id, p.id`,
    )
  ).rows.map((p) => ({ ...p, roles: p.roles.join("; ") }));
  const parties = (await db.query<PartyRow>(`SELECT code, min(name COLLATE "C") AS name FROM parties GROUP BY code ORDER BY code COLLATE "C"`)).rows;
  return { papers, items, positions, votes, ballots, people, parties };
}
