import type { IndexDb } from "./load.ts";
import { ftsQuery, tokens } from "./stem.ts";

export type StanceFilter = { party?: string; forum?: string; stance?: string; from?: string; to?: string };
export type StanceRow = {
  number: string | null; title: string | null; date: string | null; forum: string; party: string;
  stance: string | null; kind: string; quote: string; page: number | null; file: string;
};

/**
 * One row per party position (a position of S and V gives two rows), filtered.
 * @example queryStances(db, { party: "MP" })[0] // { number: "2013:125", forum: "Borgarrådsberedningen", party: "MP", stance: "bifall", … }
 */
export function queryStances(db: IndexDb, f: StanceFilter = {}): StanceRow[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (f.party) where.push("upper(j.value) = upper(?)"), params.push(f.party);
  if (f.forum) where.push("p.forum LIKE ?"), params.push(`%${f.forum}%`);
  if (f.stance) where.push("p.stance = ?"), params.push(f.stance);
  if (f.from) where.push("d.date >= ?"), params.push(f.from);
  if (f.to) where.push("d.date <= ?"), params.push(f.to);
  return db
    .prepare<StanceRow>(
      `SELECT d.number, d.title, d.date, p.forum, j.value AS party, p.stance, p.kind, p.quote, p.page, d.file
       FROM positions p JOIN documents d ON d.id = p.document_id, json_each(p.parties) j
       ${where.length ? "WHERE " + where.join(" AND ") : ""}
       ORDER BY d.date, d.number, p.id, j.key`,
    )
    .all(...params);
}

export type DocumentFilter = { dnr?: string; number?: string; issuer?: string; from?: string; to?: string };
export type DocumentRow = { number: string | null; date: string | null; kind: string; title: string | null; issuer: string | null; diarienummer: string; file: string };

/**
 * Documents for clerks: by diarienummer, number, issuer and date range.
 * @example queryDocuments(db, { dnr: "325-1328/2012" })[0].number // "2013:125"
 */
export function queryDocuments(db: IndexDb, f: DocumentFilter = {}): DocumentRow[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (f.dnr) where.push("d.diarienummer LIKE ?"), params.push(`%${f.dnr}%`);
  if (f.number) where.push("d.number = ?"), params.push(f.number);
  if (f.issuer) where.push("d.issuer LIKE ?"), params.push(`%${f.issuer}%`);
  if (f.from) where.push("d.date >= ?"), params.push(f.from);
  if (f.to) where.push("d.date <= ?"), params.push(f.to);
  const rows = db
    .prepare<DocumentRow>(
      `SELECT d.number, d.date, d.kind, d.title, d.issuer, d.diarienummer, d.file FROM documents d
       ${where.length ? "WHERE " + where.join(" AND ") : ""} ORDER BY d.date, d.number, d.file`,
    )
    .all(...params);
  return rows.map((r) => ({ ...r, diarienummer: (JSON.parse(r.diarienummer) as string[]).join(", ") }));
}

export type SearchHit = { rank: number; snippet: string; heading: string; kind: string; number: string | null; title: string | null; page: number | null; file: string };

/**
 * Ranked sections (BM25 over stemmed text) with a snippet of the original text, matches in «».
 * @example searchSections(db, "ombuden")[0].snippet // "… varje «ombud» har …"
 */
export function searchSections(db: IndexDb, query: string, limit = 20): SearchHit[] {
  const match = ftsQuery(query);
  if (!match) return [];
  const stems = new Set(tokens(query).map((t) => t.stem));
  const rows = db
    .prepare<{ score: number; body: string; heading: string; kind: string; number: string | null; title: string | null; page: number | null; file: string }>(
      `SELECT bm25(sections_fts) AS score, s.body, s.heading, s.kind, d.number, d.title, s.page, d.file
       FROM sections_fts f JOIN sections s ON s.id = f.section_id JOIN documents d ON d.id = s.document_id
       WHERE sections_fts MATCH ? ORDER BY score LIMIT ?`,
    )
    .all(match, limit);
  return rows.map((r, i) => ({ rank: i + 1, snippet: snippet(r.body, stems), heading: r.heading, kind: r.kind, number: r.number, title: r.title, page: r.page, file: r.file }));
}

/** ~200 characters of `body` around its first match, every matching word wrapped in «». */
function snippet(body: string, stems: Set<string>): string {
  const words = tokens(body);
  const hits = words.filter((w) => stems.has(w.stem));
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
