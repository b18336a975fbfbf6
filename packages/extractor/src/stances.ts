import type { NormalizedDocument } from "@diarium/parser";
import type { Item, Consultation, DocumentMeta, Matter, PartyEntry, PersonEntry, Position, Proposal, Section, Vote, Warning } from "@diarium/schema";
import { extractConsultations } from "./extractors/consultations.ts";
import { extractMatters } from "./extractors/matters.ts";
import { extractParties } from "./extractors/parties.ts";
import { extractPeople } from "./extractors/people.ts";
import { extractPositions } from "./extractors/positions.ts";
import { extractProposal } from "./extractors/proposal.ts";
import { personMentions } from "./swedish/names.ts";

export type Stances = {
  parties: PartyEntry[];
  people: PersonEntry[];
  positions: Position[];
  votes: Vote[];
  consultations: Consultation[];
  matters: Matter[];
  proposal: Proposal | null;
  items: Item[];
  warnings: Warning[];
};

/**
 * Who stood where: people, parties, the matter, the issuer's proposal, remissvar, positions and votes.
 * Pure: the normalised text, its sections and metadata in, facts with evidence out.
 * @example extractStances(doc, buildSections(doc), readMetadata(doc, sections)).positions[0]
 * // { kind: "reservation", forum: "Borgarrådsberedningen", parties: ["S"], stance: "delvis_bifall", … }
 */
export function extractStances(doc: NormalizedDocument, sections: Section[], meta: DocumentMeta): Stances {
  const mentions = personMentions(doc.text);
  const { parties, warnings } = extractParties(doc.text, mentions);
  const matters = extractMatters(doc, sections, mentions);
  const proposal = extractProposal(doc, sections, matters.length > 0);
  const outcome = proposal?.outcome ?? null;
  const found = extractPositions(doc, sections, meta, outcome, matters, mentions);
  return {
    parties,
    people: extractPeople(mentions, meta),
    positions: found.positions,
    votes: found.votes,
    consultations: extractConsultations(doc, sections),
    matters,
    proposal,
    items: found.items,
    warnings: [...warnings, ...found.warnings],
  };
}
