import { buildSections, plainDocument, readMetadata } from "@diarium/parser";
import { expect } from "vitest";
import { extractStances, type Stances } from "../src/stances.ts";

/** Runs the whole stance pipeline on a snippet, as the analyser does on a paper. */
export function stancesOf(text: string): Stances & { text: string } {
  const doc = plainDocument(text);
  const sections = buildSections(doc);
  const meta = readMetadata(doc, sections);
  return { ...extractStances(doc, sections, meta), text: doc.text };
}

/** Every evidence span quotes the text it points at. */
export function expectEvidenceQuotes(result: Stances & { text: string }): void {
  const spans = [
    ...result.positions.map((p) => p.evidence),
    ...result.votes.map((v) => v.evidence),
    ...result.consultations.map((c) => c.evidence).filter((e) => e !== null),
    ...(result.proposal ? [result.proposal.evidence] : []),
  ];
  for (const e of spans) expect(result.text.slice(e.start, e.end)).toBe(e.quote);
}

/** The (party, forum, stance) triples the scorer reads. */
export function triples(result: Stances): string[] {
  return result.positions.flatMap((p) => (p.stance ? p.parties.map((party) => `${party} ${p.forum} ${p.stance}`) : [])).sort();
}
