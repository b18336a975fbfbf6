import type { Analysis, Position } from "@diarium/schema";

/**
 * A dozen human lines about one analysis: number, Dnr, title, date, issuer, what is proposed and
 * the outcome, and who stood where (party × forum). A whole protocol lists its paragraphs instead,
 * each with its title, votes and stances.
 * @example renderSummary(analysis).split("\n")[0] // "Utlåtande 2013:125 RVII (utlatande)"
 */
export function renderSummary(a: Analysis): string {
  const d = a.document;
  const lines: string[] = [];
  // A whole protocol's Dnr and proposals are its paragraphs': they are listed with each §.
  const protocol = a.items.length > 0;
  lines.push(`${d.series ?? d.number ?? a.source.path} (${d.kind})`);
  lines.push(`  file:      ${a.source.path}`);
  if (d.diarienummer.length) lines.push(`  Dnr:       ${protocol ? `${d.diarienummer.length}, with their paragraphs below` : d.diarienummer.join(", ")}`);
  if (d.title) lines.push(`  title:     ${d.title}`);
  lines.push(`  date:      ${d.date ?? "–"}${d.place ? `, ${d.place}` : ""}`);
  if (d.issuer) lines.push(`  issuer:    ${d.issuer}`);
  if (d.rapporteur) lines.push(`  rapporteur: ${d.rapporteur.name}`);
  if (a.proposal && !protocol) lines.push(`  proposal:  ${clip(a.proposal.text, 100)} → ${a.proposal.outcome ?? "?"}`);
  if (protocol) {
    lines.push(...paragraphList(a));
  } else {
    for (const m of a.matters.slice(0, 2)) lines.push(`  matter:    ${m.kind} ${m.number ?? ""} ${clip(m.title ?? "", 80)}`.trimEnd());
    lines.push(...stanceTable(a.positions, "  stances:", "    "));
  }
  lines.push(`  sections:  ${a.sections.length} top-level · positions ${a.positions.length} · warnings ${a.warnings.length}`);
  return lines.join("\n");
}

/**
 * A whole protocol: each paragraph with its title, Dnr and proposal outcome, then its stances per
 * forum and party (the same table a one-matter paper gets, indented under its §). Positions outside
 * any paragraph come last.
 */
function paragraphList(a: Analysis): string[] {
  const lines = [`  paragraphs: ${a.items.length}`];
  // A position whose § is not among the items (none should be) is shown rather than lost.
  const numbers = new Set(a.items.map((i) => i.number));
  const outside = a.positions.filter((p) => p.item === null || !numbers.has(p.item));
  for (const item of a.items) {
    const dnr = item.diarienummer.length ? `  (Dnr ${item.diarienummer.join(", ")})` : "";
    const outcome = item.proposal ? ` → ${item.proposal.outcome ?? "?"}` : "";
    lines.push(`    ${item.number.padEnd(6)} ${clip(item.title ?? "–", 80)}${dnr}${outcome}`);
    const votes = a.votes.filter((v) => v.item === item.number);
    for (const v of votes) lines.push(`           vote: ${clip(v.question, 60)}  ja ${v.yes} · nej ${v.no} · avstår ${v.abstain}`);
    const positions = a.positions.filter((p) => p.item === item.number);
    if (positions.length > 0) lines.push(...stanceTable(positions, null, "           "));
  }
  if (outside.length > 0) lines.push(...stanceTable(outside, "  outside any paragraph:", "    "));
  return lines;
}

/** Rows forum, columns parties, cells the stance ("S: bifall"), under `heading` when given. */
function stanceTable(positions: Position[], heading: string | null, indent: string): string[] {
  if (positions.length === 0) return heading ? [`${heading.padEnd(13)}none found`] : [];
  const forums = new Map<string, Map<string, string>>();
  for (const p of positions) {
    const row = forums.get(p.forum) ?? new Map<string, string>();
    forums.set(p.forum, row);
    for (const party of p.parties.length ? p.parties : ["–"]) row.set(party, p.stance ?? "?");
  }
  const lines = heading ? [heading] : [];
  for (const [forum, row] of forums) {
    const cells = [...row].map(([party, stance]) => `${party} ${stance}`).join(" · ");
    lines.push(`${indent}${clip(forum, 36).padEnd(36)} ${cells}`);
  }
  return lines;
}

function clip(text: string, max: number): string {
  const flat = text.replace(WHITESPACE_RUN, " ").trim();
  return flat.length > max ? flat.slice(0, max - 1) + "…" : flat;
}

/** Line breaks and runs of spaces in a title or proposal: "psykisk\n  funktionsnedsättning". */
const WHITESPACE_RUN = /\s+/g;
