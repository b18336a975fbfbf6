import { buildSections, evidence, plainDocument, remissMentions, type NormalizedDocument, type RemissMention } from "@diarium/parser";
import type { Item, MatterFact, Consultation, DocumentMeta, Matter, PartyEntry, PersonEntry, Position, Proposal, Section, Vote, Warning } from "@diarium/schema";
import { extractConsultations } from "./extractors/consultations.ts";
import { extractMatters, ownMotion } from "./extractors/matters.ts";
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
 * Pure: the normalised text, its sections and metadata (and its remiss round, when read already) in,
 * facts with evidence out.
 * @example extractStances(doc, buildSections(doc), readMetadata(doc, sections)).positions[0]
 * // { kind: "reservation", forum: "Borgarrådsberedningen", parties: ["S"], stance: "delvis_bifall", … }
 */
export function extractStances(doc: NormalizedDocument, sections: Section[], meta: DocumentMeta, remiss: readonly RemissMention[] = remissMentions(doc)): Stances {
  const mentions = personMentions(doc.text);
  const { parties, warnings } = extractParties(doc.text, mentions);
  // a paper that is itself a motion is its own matter: what the matter rules leave empty, its title, date, signers and att-satser give
  const named = extractMatters(doc, sections, mentions);
  const matters = meta.kind === "motion" && named.length <= 1 ? [filled(named[0], ownMotion(doc, meta))] : named;
  const proposal = extractProposal(doc, sections, matters.length > 0);
  const outcome = proposal?.outcome ?? null;
  const found = extractPositions(doc, sections, meta, outcome, matters, mentions);
  return {
    parties,
    people: extractPeople(mentions, meta),
    positions: found.positions,
    votes: found.votes,
    consultations: extractConsultations(doc, sections, remiss),
    matters: found.items.length ? mattersOfItems(doc, found.items) : placed(matters, found.items),
    proposal,
    items: found.items,
    warnings: [...warnings, ...found.warnings],
  };
}

/** The matter the rules found, its empty fields filled from the paper's own: a motion read as itself. */
function filled(found: MatterFact | undefined, own: MatterFact): MatterFact {
  if (!found) return own;
  return {
    ...found,
    title: found.title ?? own.title,
    date: found.date ?? own.date,
    authors: found.authors.length ? found.authors : own.authors,
    proposals: found.proposals.length ? found.proposals : own.proposals,
    evidence: found.title ? found.evidence : (own.evidence ?? found.evidence),
  };
}

/**
 * Each matter with the paragraph of a whole protocol where the paper names it ("§ 99"), or null.
 * @example placed(matters, items)[0]?.item // "§ 99"
 */
function placed(matters: MatterFact[], items: Item[]): Matter[] {
  return matters.map((m) => {
    const at = m.evidence?.start;
    const item = at === undefined ? null : (items.find((i) => i.start <= at && at < i.end)?.number ?? null);
    return { ...m, item };
  });
}

/**
 * The matters of a whole protocol, paragraph by paragraph: each paragraph read as a paper of its
 * own (its motion, authors and att-satser), the evidence put back at the paragraph's place.
 * @example mattersOfItems(doc, items).map((m) => m.item) // ["§ 99", "§ 100", …]
 */
function mattersOfItems(doc: NormalizedDocument, items: Item[]): Matter[] {
  return items.flatMap((item) => {
    const part = plainDocument(doc.text.slice(item.start, item.end));
    const found = extractMatters(part, buildSections(part), personMentions(part.text));
    return found.map((m) => ({
      ...m,
      item: item.number,
      ...(m.evidence ? { evidence: evidence(doc, m.evidence.start + item.start, m.evidence.end + item.start) } : {}),
    }));
  });
}
