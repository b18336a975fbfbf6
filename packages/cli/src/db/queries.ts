import type { IndexDb } from "./load.ts";
import { tokens } from "./stem.ts";
import { toFtsQuery } from "./search-syntax.ts";
import type { Undated } from "../options.ts";

/** A date filter: bounds (ISO days, already checked) and what to do with undated papers. */
export type DateFilter = { from?: string; to?: string; undated?: Undated };
export type StanceFilter = DateFilter & {
  party?: string; forum?: string; stance?: string; kind?: string; municipality?: string; item?: string;
  /** At most this many rows, from row `offset` (0 first) in the table's order: one page of `diarium serve`'s table. */
  limit?: number; offset?: number;
};

/** The columns of a stance row, in order (also the CSV header when no row matches). */
export const STANCE_COLUMNS = ["paper", "municipality", "dnr", "number", "title", "date", "item", "forum", "party", "stance", "kind", "page", "quote", "copies"] as const;
export type StanceRow = {
  /** The source paper's path as it was analysed. */
  paper: string; municipality: string | null; dnr: string; number: string | null; title: string | null; date: string | null;
  /** The paragraph of a whole protocol and its title, "§ 98 Motion om …"; null in a paper about one matter. */
  item: string | null;
  forum: string; party: string; stance: string | null; kind: string; page: number | null; quote: string;
  /** Other readings of the same paper (its .txt beside its .pdf), "; "-separated; "" when none. */
  copies: string;
};

/**
 * Documents, one per paper: of the readings that share a paper key (the .txt and .pdf of one paper)
 * the PDF (it has pages) or else the first; `copies` names the others.
 */
export const PAPERS = `
  WITH keyed AS (SELECT d.*, coalesce(d.paper_key, 'document:' || d.id) AS paper FROM documents d),
  ranked AS (SELECT keyed.*, row_number() OVER (PARTITION BY paper ORDER BY format = 'pdf' DESC, id) AS reading FROM keyed),
  papers AS (
    SELECT r.*, coalesce((SELECT group_concat(o.source_path, '; ') FROM ranked o WHERE o.paper = r.paper AND o.reading > 1), '') AS copies
    FROM ranked r WHERE r.reading = 1
  )`;

/**
 * SQL conditions for a date filter on `d.date`; papers without a date follow `undated`. `param`
 * binds a value and returns its placeholder ("?" in SQLite, "$n" in PostgreSQL), so both stores
 * filter by one rule.
 */
export function dateConditions(f: DateFilter, where: string[], param: (value: unknown) => string): void {
  const bounds: string[] = [];
  if (f.from) bounds.push(`d.date >= ${param(f.from)}`);
  if (f.to) bounds.push(`d.date <= ${param(f.to)}`);
  const undated = f.undated ?? "exclude";
  if (undated === "only") where.push("d.date IS NULL");
  else if (bounds.length === 0) return;
  else if (undated === "include") where.push(`(d.date IS NULL OR (${bounds.join(" AND ")}))`);
  else where.push(...bounds);
}

/** Whether a date filter leaves out undated papers: it has a bound and does not take them in. */
export function leavesOutUndated(f: DateFilter): boolean {
  return Boolean(f.from || f.to) && (f.undated ?? "exclude") === "exclude";
}

/**
 * Undated papers a date filter left out (to say so on stderr rather than drop them silently).
 * @example undatedLeftOut(db, { from: "2013-01-01" }) // 2
 */
export function undatedLeftOut(db: IndexDb, f: DateFilter): number {
  if (!leavesOutUndated(f)) return 0;
  return db.prepare<[], { n: number }>(`${PAPERS} SELECT count(*) AS n FROM papers d WHERE d.date IS NULL`).get()?.n ?? 0;
}

/**
 * One row per party position per paper (a position of S and V gives two rows; a paper read as
 * .txt and .pdf gives its rows once), with the paper, municipality, Dnr, paragraph (§ and title, in
 * a whole protocol; the Dnr is then the paragraph's own), page and quote. `item` filters by a
 * paragraph number as stored: "§ 114".
 * @example queryStances(db, { party: "MP" })[0] // { paper: "corpus/stockholm-utlatande-2013-125.txt", dnr: "325-1328/2012", forum: "Borgarrådsberedningen", party: "MP", stance: "bifall", … }
 */
export function queryStances(db: IndexDb, f: StanceFilter = {}): StanceRow[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (f.party) where.push("upper(j.value) = upper(?)"), params.push(f.party);
  if (f.forum) where.push("p.forum LIKE ?"), params.push(`%${f.forum}%`);
  if (f.stance) where.push("p.stance = ?"), params.push(f.stance);
  if (f.kind) where.push("p.kind = ?"), params.push(f.kind);
  if (f.municipality) where.push("d.municipality LIKE ?"), params.push(f.municipality);
  if (f.item) where.push("p.item = ?"), params.push(f.item);
  dateConditions(f, where, (v) => (params.push(v), "?"));
  const rows = db
    .prepare<unknown[], StanceRow>(
      `${PAPERS}
       SELECT d.source_path AS paper, d.municipality, coalesce(nullif(i.diarienummer, '[]'), d.diarienummer) AS dnr, d.number, d.title, d.date,
              p.item || coalesce(' ' || i.title, '') AS item, p.forum, j.value AS party, p.stance, p.kind, p.page, p.quote, d.copies
       FROM positions p JOIN papers d ON d.id = p.document_id
         LEFT JOIN items i ON i.id = (SELECT min(x.id) FROM items x WHERE x.document_id = p.document_id AND x.number = p.item),
         json_each(p.parties) j
       ${where.length ? "WHERE " + where.join(" AND ") : ""}
       ORDER BY d.date, d.number, d.source_path, p.id, j.key
       ${f.limit === undefined ? "" : "LIMIT ? OFFSET ?"}`,
    )
    // A page is sorted in SQLite and only its rows become objects: 14 000 rows cost ~100 ms, 500 ~20.
    .all(...params, ...(f.limit === undefined ? [] : [f.limit, f.offset ?? 0]));
  return rows.map((r) => ({ ...r, dnr: dnrText(r.dnr) }));
}

export type DocumentFilter = DateFilter & { dnr?: string; number?: string; issuer?: string; municipality?: string };
export const DOCUMENT_COLUMNS = ["paper", "municipality", "dnr", "number", "date", "kind", "title", "issuer", "copies"] as const;
export type DocumentRow = { paper: string; municipality: string | null; dnr: string; number: string | null; date: string | null; kind: string; title: string | null; issuer: string | null; copies: string };

/**
 * Papers for clerks: by diarienummer, number, issuer, municipality and date range (one row per paper).
 * @example queryDocuments(db, { dnr: "325-1328/2012" })[0].number // "2013:125"
 */
export function queryDocuments(db: IndexDb, f: DocumentFilter = {}): DocumentRow[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (f.dnr) where.push("d.diarienummer LIKE ?"), params.push(`%${f.dnr}%`);
  if (f.number) where.push("d.number = ?"), params.push(f.number);
  if (f.issuer) where.push("d.issuer LIKE ?"), params.push(`%${f.issuer}%`);
  if (f.municipality) where.push("d.municipality LIKE ?"), params.push(f.municipality);
  dateConditions(f, where, (v) => (params.push(v), "?"));
  const rows = db
    .prepare<unknown[], DocumentRow>(
      `${PAPERS}
       SELECT d.source_path AS paper, d.municipality, d.diarienummer AS dnr, d.number, d.date, d.kind, d.title, d.issuer, d.copies FROM papers d
       ${where.length ? "WHERE " + where.join(" AND ") : ""} ORDER BY d.date, d.number, d.source_path`,
    )
    .all(...params);
  return rows.map((r) => ({ ...r, dnr: dnrText(r.dnr) }));
}

/**
 * The party codes an archive holds (for checking --party against local lists too).
 * @example archivePartyCodes(db) // ["C", "KD", "L", "M", "MP", "S", "SD", "V", "VV"]
 */
export function archivePartyCodes(db: IndexDb): string[] {
  return db.prepare<[], { code: string }>("SELECT DISTINCT upper(j.value) AS code FROM positions p, json_each(p.parties) j ORDER BY code").all().map((r) => r.code);
}

export const SEARCH_COLUMNS = ["rank", "paper", "municipality", "dnr", "number", "date", "heading", "kind", "page", "snippet"] as const;
export type SearchHit = {
  rank: number; paper: string; municipality: string | null; dnr: string; number: string | null; date: string | null;
  heading: string; kind: string; page: number | null; snippet: string;
};

/**
 * Ranked sections (BM25 over Swedish word forms) with a snippet of the original text, matches in
 * «». The search syntax is {@link toFtsQuery}'s; a paper read twice is searched once.
 * @example searchSections(db, "laddplats")[0].snippet // "… nya «laddplatser» vid …"
 */
export function searchSections(db: IndexDb, query: string, limit = 20): SearchHit[] {
  const q = toFtsQuery(query);
  const rows = db
    .prepare<[string, number], Omit<SearchHit, "rank" | "snippet"> & { body: string; score: number }>(
      `${PAPERS}
       SELECT bm25(sections_fts) AS score, s.body, s.heading, s.kind, s.page, d.source_path AS paper, d.municipality, d.diarienummer AS dnr, d.number, d.date
       FROM sections_fts f JOIN sections s ON s.id = f.section_id JOIN papers d ON d.id = s.document_id
       WHERE sections_fts MATCH ? ORDER BY score, d.source_path, s.start LIMIT ?`,
    )
    .all(q.match, limit);
  return rows.map((r, i) => ({
    rank: i + 1, paper: r.paper, municipality: r.municipality, dnr: dnrText(r.dnr), number: r.number, date: r.date,
    heading: r.heading, kind: r.kind, page: r.page, snippet: snippet(r.body, q.forms, q.prefixes),
  }));
}

/** The stored JSON array of diarienummer as text: "325-1328/2012, 325-1329/2012". */
function dnrText(json: string): string {
  return (JSON.parse(json) as string[]).join(", ");
}

/** ~200 characters of `body` around its first match, every matching word wrapped in «». */
export function snippet(body: string, forms: Set<string>, prefixes: string[]): string {
  const words = tokens(body);
  const hits = words.filter((w) => w.forms.some((f) => forms.has(f)) || prefixes.some((p) => w.forms.some((f) => f.startsWith(p))));
  const first = hits[0]?.start ?? 0;
  const from = Math.max(0, first - 80);
  const to = Math.min(body.length, from + 200);
  let out = "";
  let at = from;
  for (const h of hits) {
    if (h.start < from || h.end > to) continue;
    out += body.slice(at, h.start) + "«" + body.slice(h.start, h.end) + "»";
    at = h.end;
  }
  out += body.slice(at, to);
  return (from > 0 ? "…" : "") + out.replace(WHITESPACE_RUN, " ").trim() + (to < body.length ? "…" : "");
}

/** Line breaks and runs of spaces inside a snippet: "ombud\n\nsom". */
const WHITESPACE_RUN = /\s+/g;
