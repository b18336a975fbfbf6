import type { Analysis, Position } from "@diarium/schema";

/**
 * A dozen human lines about one analysis: number, Dnr, title, date, issuer, what is proposed and
 * the outcome, and who stood where (party × forum).
 * @example renderSummary(analysis).split("\n")[0] // "Utlåtande 2013:125 RVII (utlatande)"
 */
export function renderSummary(a: Analysis): string {
  const d = a.document;
  const lines: string[] = [];
  lines.push(`${d.series ?? d.number ?? a.source.path} (${d.kind})`);
  lines.push(`  file:      ${a.source.path}`);
  if (d.diarienummer.length) lines.push(`  Dnr:       ${d.diarienummer.join(", ")}`);
  if (d.title) lines.push(`  title:     ${d.title}`);
  lines.push(`  date:      ${d.date ?? "–"}${d.place ? `, ${d.place}` : ""}`);
  if (d.issuer) lines.push(`  issuer:    ${d.issuer}`);
  if (d.rapporteur) lines.push(`  rapporteur: ${d.rapporteur.name}`);
  if (a.proposal) lines.push(`  proposal:  ${clip(a.proposal.text, 100)} → ${a.proposal.outcome ?? "?"}`);
  for (const m of a.matters.slice(0, 2)) lines.push(`  matter:    ${m.kind} ${m.number ?? ""} ${clip(m.title ?? "", 80)}`.trimEnd());
  lines.push(...stanceTable(a.positions));
  lines.push(`  sections:  ${a.sections.length} top-level · positions ${a.positions.length} · warnings ${a.warnings.length}`);
  return lines.join("\n");
}

/** Rows forum, columns parties, cells the stance ("S: bifall"). */
function stanceTable(positions: Position[]): string[] {
  if (positions.length === 0) return ["  stances:   none found"];
  const forums = new Map<string, Map<string, string>>();
  for (const p of positions) {
    const row = forums.get(p.forum) ?? new Map<string, string>();
    forums.set(p.forum, row);
    for (const party of p.parties.length ? p.parties : ["–"]) row.set(party, p.stance ?? "?");
  }
  const lines = ["  stances:"];
  for (const [forum, row] of forums) {
    const cells = [...row].map(([party, stance]) => `${party} ${stance}`).join(" · ");
    lines.push(`    ${clip(forum, 36).padEnd(36)} ${cells}`);
  }
  return lines;
}

function clip(text: string, max: number): string {
  const flat = text.replace(WHITESPACE_RUN, " ").trim();
  return flat.length > max ? flat.slice(0, max - 1) + "…" : flat;
}

/** Line breaks and runs of spaces in a title or proposal: "psykisk\n  funktionsnedsättning". */
const WHITESPACE_RUN = /\s+/g;
