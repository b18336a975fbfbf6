import type { Analysis, Evidence } from "@diarium/schema";

/**
 * The rows of an analysis's fact tables (people, parties, items, positions, votes, consultations,
 * dates, figures), written once for both stores: the SQLite index (db/load.ts) and the PostgreSQL
 * store (store/postgres.ts) insert the same columns in the same order. Sections are each store's
 * own (SQLite links a part to its parent by row id and fills the full-text table; PostgreSQL by ordinal).
 */

/** A column's type as PostgreSQL declares it; SQLite stores jsonb as JSON text and a boolean as 0 or 1. */
export type ColumnType = "text" | "integer" | "double precision" | "boolean" | "jsonb";

/** The facts of one table: its columns with their types, in the table's order, and its rows in the analysis's order. */
export type FactTable = { table: string; columns: Record<string, ColumnType>; rows: Record<string, unknown>[] };

const int = "integer";

/**
 * Every fact table of an analysis, rows as the columns name them.
 * @example factTables(analysis).find((t) => t.table === "positions")?.rows[0] // { item: null, kind: "reservation", forum: "Borgarrådsberedningen", parties: ["S"], … }
 */
export function factTables(a: Analysis, pageAt: (offset: number) => number | null = pageLookup(a)): FactTable[] {
  return [
    { table: "people", columns: { name: "text", party: "text", roles: "jsonb" }, rows: a.people.map((p) => ({ name: p.name, party: p.party, roles: p.roles })) },
    { table: "parties", columns: { code: "text", name: "text", mentions: int }, rows: a.parties.map((p) => ({ code: p.code, name: p.name, mentions: p.mentions })) },
    {
      table: "items",
      columns: { number: "text", title: "text", diarienummer: "jsonb", decision: "text", proposal_outcome: "text", proposal_quote: "text", start: int, end: int, page: int },
      rows: a.items.map((i) => ({ number: i.number, title: i.title, diarienummer: i.diarienummer, decision: i.decision, proposal_outcome: i.proposal?.outcome ?? null,
        proposal_quote: i.proposal?.evidence.quote ?? null, start: i.start, end: i.end, page: pageAt(i.start) })),
    },
    {
      table: "positions",
      columns: { item: "text", kind: "text", forum: "text", parties: "jsonb", people: "jsonb", stance: "text", quote: "text", start: int, end: int, page: int },
      rows: a.positions.map((p) => ({ item: p.item, kind: p.kind, forum: p.forum, parties: p.parties, people: p.people, stance: p.stance, quote: p.evidence.quote,
        start: p.evidence.start, end: p.evidence.end, page: p.evidence.page })),
    },
    {
      table: "votes",
      columns: { item: "text", forum: "text", question: "text", yes: int, no: int, abstain: int, ballots: "jsonb", quote: "text", start: int, page: int },
      rows: a.votes.map((v) => ({ item: v.item, forum: v.forum, question: v.question, yes: v.yes, no: v.no, abstain: v.abstain, ballots: v.ballots, quote: v.evidence.quote,
        start: v.evidence.start, page: v.evidence.page })),
    },
    {
      table: "consultations",
      columns: { body: "text", responded: "boolean", decision_date: "text", statement_date: "text", outcome: "text", quote: "text", start: int, page: int },
      rows: a.consultations.map((c) => ({ body: c.body, responded: c.responded, decision_date: c.decisionDate, statement_date: c.statementDate, outcome: c.outcome,
        quote: c.evidence?.quote ?? null, start: c.evidence?.start ?? null, page: c.evidence?.page ?? null })),
    },
    {
      table: "dates",
      columns: { value: "text", end: "text", text: "text", start: int, page: int },
      rows: a.dates.map((x) => ({ value: x.value, end: x.end, text: x.text, start: x.evidence.start, page: x.evidence.page })),
    },
    {
      table: "figures",
      columns: { value: "double precision", max: "double precision", unit: "text", subject: "text", text: "text", start: int, page: int },
      rows: a.figures.map((f) => ({ value: f.value, max: f.max, unit: f.unit, subject: f.subject, text: f.text, start: f.evidence.start, page: f.evidence.page })),
    },
  ];
}

/**
 * The page of an offset, estimated from the evidence spans that carry a page (sections carry
 * none): the page of the nearest evidence at or before the offset. Null for text inputs.
 */
export function pageLookup(a: Analysis): (offset: number) => number | null {
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
