import { evidence, type NormalizedDocument } from "@diarium/parser";
import type { Proposal, Section, Stance } from "@diarium/schema";
import { resolveCue, stanceCue } from "../swedish/stance.ts";

/**
 * The issuer's proposal: the "föreslår att kommunfullmäktige beslutar följande" block that opens an
 * utlåtande, the "Förslag till beslut" section of a tjänsteskrivelse, or the decision of a protocol.
 */

// The opening of an utlåtande: "Kommunstyrelsen föreslår att kommunfullmäktige beslutar följande."
const PROPOSES = /\bföreslår\s+(?:att\s+)?\p{L}*(?:fullmäktige|styrelsen|nämnden|nämnd)\s+beslutar?\s+följande\.?/iu;
// Mixed parts: "avslår motionens första yrkande … bifaller motionens andra yrkande".
const GRANTS_PART = /\b(?:bifaller|bifalla|tillstyrker)\s+motion(?:ens|ärernas)\s+\p{L}+\s+(?:yrkande|att-sats)/iu;
const REJECTS_PART = /\b(?:avslår|avslå|avstyrker)\s+motion(?:ens|ärernas)\s+\p{L}+\s+(?:yrkande|att-sats)/iu;

/**
 * The stance of a proposal's text toward the matter; a paper without a matter adopts what it proposes.
 * @example outcomeOf("Motionen avstyrks.", true) // "avslag" (Alingsås TEN § 65)
 */
export function outcomeOf(text: string, hasMatter: boolean): Stance | null {
  if (GRANTS_PART.test(text) && REJECTS_PART.test(text)) return "delvis_bifall";
  const cue = stanceCue(text);
  const stance = resolveCue(cue, hasMatter ? null : "bifall");
  if (stance) return stance;
  return hasMatter ? null : "bifall";
}

function proposalSection(sections: Section[]): Section | undefined {
  const order: Section["kind"][] = ["forslag_till_beslut", "beslut"];
  for (const kind of order) {
    const found = sections.find((s) => s.kind === kind && s.end - s.start > s.heading.length + 5);
    if (found) return found;
  }
  return undefined;
}

/**
 * The proposal and its outcome.
 * @example extractProposal(doc, sections, true).outcome // "besvarad" for "… anses besvarad med vad som sägs i utlåtandet."
 */
export function extractProposal(doc: NormalizedDocument, sections: Section[], hasMatter: boolean): Proposal | null {
  const text = doc.text;
  const opening = PROPOSES.exec(text);
  let start: number;
  let end: number;
  if (opening) {
    start = opening.index + opening[0].length;
    const para = text.indexOf("\n\n", start + 2);
    const nextSentence = text.slice(start).search(/\n\p{Lu}[^\n]*\s(?:anför|tillstyrker)\s/u);
    end = Math.min(para < 0 ? text.length : para, nextSentence < 0 ? text.length : start + nextSentence);
  } else {
    const section = proposalSection(sections);
    if (!section) return null;
    start = section.start + section.heading.length;
    end = section.end;
  }
  const ev = evidence(doc, start, end);
  if (!ev.quote) return null;
  return { text: ev.quote, outcome: outcomeOf(ev.quote, hasMatter), evidence: ev };
}
