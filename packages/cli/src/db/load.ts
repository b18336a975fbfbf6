import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import Database from "better-sqlite3";
import { validateAnalysis, type Analysis, type Evidence, type Section } from "@diarium/schema";
import { existingAnalysis } from "../batch/output.ts";
import { messageOf, type Failure } from "../batch/failure.ts";
import { migrate } from "./migrations.ts";
import { stemmedText } from "./stem.ts";

export type IndexDb = Database.Database;
export type IndexReport = { added: number; updated: number; unchanged: number; removed: number; failures: Failure[] };

/**
 * Opens (or creates) an index database and brings its schema up to date.
 * @example const db = openIndex("archive.sqlite")
 */
export function openIndex(file: string, options: { readonly?: boolean } = {}): IndexDb {
  const db = new Database(file, options.readonly ? { readonly: true, fileMustExist: true } : {});
  db.pragma("foreign_keys = ON");
  if (!options.readonly) {
    db.pragma("journal_mode = WAL");
    migrate(db);
  }
  return db;
}

/**
 * Loads every analysis under `outDir` into the index. Incremental: a document whose sha256 and
 * diarium version are unchanged is not touched; a changed one is replaced in one transaction;
 * documents whose JSON is gone are removed.
 * @example indexAnalyses(openIndex("a.sqlite"), "OUT") // { added: 5, updated: 0, unchanged: 0, removed: 0, failures: [] }
 */
export function indexAnalyses(db: IndexDb, outDir: string): IndexReport {
  const report: IndexReport = { added: 0, updated: 0, unchanged: 0, removed: 0, failures: [] };
  const known = db.prepare<{ id: number; sha256: string; version: string }>("SELECT id, sha256, version FROM documents WHERE file = ?");
  const seen = new Set<string>();
  for (const abs of analysisFiles(outDir)) {
    const file = relative(outDir, abs);
    seen.add(file);
    const row = known.get(file);
    const head = existingAnalysis(abs);
    if (row && head && head.sha256 === row.sha256 && head.version === row.version) {
      report.unchanged++;
      continue;
    }
    let analysis: Analysis;
    try {
      const checked = validateAnalysis(JSON.parse(readFileSync(abs, "utf8")));
      if (!checked.ok) {
        const first = checked.issues[0];
        report.failures.push({ path: abs, code: "E_SCHEMA", message: `not a diarium analysis: ${first?.path}: ${first?.message}` });
        continue;
      }
      analysis = checked.analysis;
    } catch (error) {
      report.failures.push({ path: abs, code: "E_IO", message: messageOf(error) });
      continue;
    }
    db.transaction(() => {
      if (row) deleteDocument(db, row.id);
      insertDocument(db, file, analysis);
    })();
    if (row) report.updated++;
    else report.added++;
  }
  const all = db.prepare<{ id: number; file: string }>("SELECT id, file FROM documents").all();
  db.transaction(() => {
    for (const r of all) {
      if (seen.has(r.file)) continue;
      deleteDocument(db, r.id);
      report.removed++;
    }
  })();
  return report;
}

/** Every `*.json` under OUT, skipping temp files (".a.json.123-1.tmp") and hidden folders. */
function analysisFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (e.name.startsWith(".")) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...analysisFiles(p));
    else if (e.isFile() && e.name.endsWith(".json")) out.push(p);
  }
  return out;
}

function deleteDocument(db: IndexDb, id: number): void {
  db.prepare("DELETE FROM sections_fts WHERE section_id IN (SELECT id FROM sections WHERE document_id = ?)").run(id);
  db.prepare("DELETE FROM documents WHERE id = ?").run(id);
}

/** Insert statements, prepared once per database. */
const statementCache = new WeakMap<IndexDb, ReturnType<typeof prepareInserts>>();

function prepareInserts(db: IndexDb) {
  return {
    document: db.prepare(
      `INSERT INTO documents (file, source_path, sha256, version, format, pages, kind, series, number, title, date, place, issuer, diarienummer, proposal, proposal_outcome)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    section: db.prepare(`INSERT INTO sections (document_id, parent_id, kind, heading, actor, start, "end", page, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    fts: db.prepare("INSERT INTO sections_fts (stems, section_id) VALUES (?, ?)"),
    person: db.prepare("INSERT INTO people (document_id, name, party, roles) VALUES (?, ?, ?, ?)"),
    party: db.prepare("INSERT INTO parties (document_id, code, name, mentions) VALUES (?, ?, ?, ?)"),
    position: db.prepare(`INSERT INTO positions (document_id, kind, forum, parties, people, stance, quote, start, "end", page) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    vote: db.prepare("INSERT INTO votes (document_id, forum, question, yes, no, abstain, ballots, quote, start, page) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
    consultation: db.prepare("INSERT INTO consultations (document_id, body, responded, decision_date, statement_date, outcome, quote, start, page) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
    date: db.prepare(`INSERT INTO dates (document_id, value, "end", text, start, page) VALUES (?, ?, ?, ?, ?, ?)`),
    figure: db.prepare("INSERT INTO figures (document_id, value, max, unit, subject, text, start, page) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
  };
}

function insertDocument(db: IndexDb, file: string, a: Analysis): void {
  const sql = statementCache.get(db) ?? prepareInserts(db);
  statementCache.set(db, sql);
  const d = a.document;
  const docId = Number(
    sql.document.run(file, a.source.path, a.source.sha256, a.generator?.version ?? "", a.source.format, a.source.pages, d.kind, d.series,
      d.number, d.title, d.date, d.place, d.issuer, JSON.stringify(d.diarienummer), a.proposal?.text ?? null, a.proposal?.outcome ?? null).lastInsertRowid,
  );
  const pageAt = pageLookup(a);
  const addSection = (s: Section, parent: number | null): void => {
    const body = a.text.slice(s.start, s.children[0]?.start ?? s.end);
    const id = Number(sql.section.run(docId, parent, s.kind, s.heading, s.actor, s.start, s.end, pageAt(s.start), body).lastInsertRowid);
    sql.fts.run(stemmedText(body), id);
    for (const c of s.children) addSection(c, id);
  };
  for (const s of a.sections) addSection(s, null);
  for (const p of a.people) sql.person.run(docId, p.name, p.party, JSON.stringify(p.roles));
  for (const p of a.parties) sql.party.run(docId, p.code, p.name, p.mentions);
  for (const p of a.positions) {
    const e = p.evidence;
    sql.position.run(docId, p.kind, p.forum, JSON.stringify(p.parties), JSON.stringify(p.people), p.stance, e.quote, e.start, e.end, e.page);
  }
  for (const v of a.votes) {
    sql.vote.run(docId, v.forum, v.question, v.yes, v.no, v.abstain, JSON.stringify(v.ballots), v.evidence.quote, v.evidence.start, v.evidence.page);
  }
  for (const c of a.consultations) {
    const e = c.evidence;
    sql.consultation.run(docId, c.body, c.responded ? 1 : 0, c.decisionDate, c.statementDate, c.outcome, e?.quote ?? null, e?.start ?? null, e?.page ?? null);
  }
  for (const x of a.dates) sql.date.run(docId, x.value, x.end, x.text, x.evidence.start, x.evidence.page);
  for (const f of a.figures) sql.figure.run(docId, f.value, f.max, f.unit, f.subject, f.text, f.evidence.start, f.evidence.page);
}

/**
 * The page of an offset, estimated from the evidence spans that carry a page (sections carry
 * none): the page of the nearest evidence at or before the offset. Null for text inputs.
 */
function pageLookup(a: Analysis): (offset: number) => number | null {
  const marks: [number, number][] = [];
  const visit = (e: Evidence | null | undefined): void => {
    if (e && e.page !== null) marks.push([e.start, e.page]);
  };
  for (const e of Object.values(a.document.evidence ?? {})) visit(e);
  for (const list of [a.positions, a.votes, a.dates, a.figures, a.checks] as { evidence: Evidence }[][]) for (const x of list) visit(x.evidence);
  for (const c of a.consultations) visit(c.evidence);
  if (marks.length === 0) return () => null;
  marks.sort((x, y) => x[0] - y[0]);
  return (offset) => {
    let page: number | null = marks[0]![1];
    for (const [start, p] of marks) if (start <= offset) page = p;
    return page;
  };
}
