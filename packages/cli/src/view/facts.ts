/**
 * The facts of an analysis the view can point at, numbered once: every fact with an evidence span
 * gets an id, and the facts panel, the highlighted text and the page boxes all name facts by it
 * (`data-f`). One walk in a fixed order, so the three agree.
 */
import type { Analysis, Evidence, PositionKind, Stance } from "@diarium/schema";

export type FactGroup = "document" | "proposal" | "matter" | "position" | "vote" | "figure" | "check" | "consultation" | "item" | "warning";

/** A fact the view links to its evidence. */
export type ViewFact = { id: number; group: FactGroup; label: string; evidence: Evidence };

/** The ids of an analysis's facts, by where they stand in it (null: no evidence, nothing to link). */
export type FactIds = {
  document: Record<string, number>;
  proposal: number | null;
  matters: (number | null)[];
  positions: (number | null)[];
  votes: (number | null)[];
  figures: (number | null)[];
  checks: (number | null)[];
  consultations: (number | null)[];
  items: (number | null)[];
  warnings: (number | null)[];
};

export type FactIndex = { facts: ViewFact[]; ids: FactIds };

/** Swedish names of the stances, as the view prints them. */
export const STANCE_LABELS: Readonly<Record<Stance, string>> = {
  bifall: "bifall",
  delvis_bifall: "delvis bifall",
  avslag: "avslag",
  besvarad: "besvarad",
  aterremiss: "återremiss",
  ingen_stallning: "ingen ställning",
};

/** Swedish names of the kinds of position. */
export const POSITION_KIND_LABELS: Readonly<Record<PositionKind, string>> = {
  reservation: "reservation",
  sarskilt_uttalande: "särskilt uttalande",
  forslag: "förslag",
  yrkande: "yrkande",
  beslut: "beslut",
  remissvar: "remissvar",
  votering: "votering",
};

/** Swedish names of the metadata fields whose evidence the paper keeps. */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  kind: "Typ",
  series: "Serie",
  number: "Nummer",
  diarienummer: "Diarienummer",
  title: "Rubrik",
  date: "Datum",
  place: "Ort",
  issuer: "Utfärdare",
  rapporteur: "Föredragande",
  signatories: "Undertecknare",
};

function clip(text: string, length: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}

/**
 * Numbers the facts of an analysis that carry a non-empty evidence span.
 * @example factsOf(analysis).facts[0] // { id: 0, group: "document", label: "Datum: 2013-09-18", evidence: {…} }
 */
export function factsOf(a: Analysis): FactIndex {
  const facts: ViewFact[] = [];
  const add = (group: FactGroup, label: string, evidence: Evidence | null | undefined): number | null => {
    if (!evidence || evidence.end <= evidence.start) return null;
    facts.push({ id: facts.length, group, label, evidence });
    return facts.length - 1;
  };
  const document: Record<string, number> = {};
  for (const [field, ev] of Object.entries(a.document.evidence ?? {})) {
    const id = add("document", `${FIELD_LABELS[field] ?? field}: ${clip(ev.quote, 60)}`, ev);
    if (id !== null) document[field] = id;
  }
  const stance = (s: Stance | null) => (s ? STANCE_LABELS[s] : "okänd ställning");
  const ids: FactIds = {
    document,
    proposal: a.proposal ? add("proposal", `Förslag: ${stance(a.proposal.outcome)}`, a.proposal.evidence) : null,
    matters: a.matters.map((m) => add("matter", `Ärende: ${clip(m.title ?? m.number ?? m.kind, 60)}`, m.evidence)),
    positions: a.positions.map((p) =>
      add("position", `${p.parties.join(", ") || "–"} ${stance(p.stance)} (${POSITION_KIND_LABELS[p.kind]}, ${clip(p.forum, 40)})${p.item ? ` ${p.item}` : ""}`, p.evidence),
    ),
    votes: a.votes.map((v) => add("vote", `Omröstning ${v.yes}–${v.no}–${v.abstain} (${clip(v.forum, 40)})`, v.evidence)),
    figures: a.figures.map((f) => add("figure", `Tal: ${clip(f.text, 50)}`, f.evidence)),
    checks: a.checks.map((c) => add("check", `Summa ${a.figures[c.total]?.value ?? "?"}: ${c.holds ? "stämmer" : "stämmer inte"}`, c.evidence)),
    consultations: a.consultations.map((c) => add("consultation", `Remiss: ${clip(c.body, 50)}`, c.evidence)),
    items: a.items.map((i) => add("item", `${i.number} förslag: ${stance(i.proposal?.outcome ?? null)}`, i.proposal?.evidence)),
    warnings: a.warnings.map((w) => add("warning", `Varning ${w.code}`, w.evidence)),
  };
  return { facts, ids };
}
