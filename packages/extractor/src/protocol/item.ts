import { evidence, type NormalizedDocument } from "@diarium/parser";
import type { Item, Section, Stance } from "@diarium/schema";
import type { Paragraph } from "./items.ts";
import type { Meeting } from "./meeting.ts";

/**
 * A paragraph of a whole protocol as an Item: its number, title and Dnr from its opening lines,
 * its decision as written under its Beslut heading, and the proposal's outcome. On a motion the
 * outcome is what the meeting decided about it; on a matter that is itself a proposal, adopting
 * it is bifall and a referral or a paragraph without a decision gives none.
 */


/**
 * The Item of one paragraph.
 * @example itemOf(doc, paragraph, meeting, sections) // { number: "§ 88", title: "Yttrande över motion (SD) - …", diarienummer: ["VO-2024-00122"], … }
 */
export function itemOf(doc: NormalizedDocument, paragraph: Paragraph, meeting: Meeting, sections: Section[]): Item {
  const decision = meeting.decision ?? decisionIn(doc.text, paragraph, sections);
  let outcome: Stance | null;
  if (meeting.passesOn) outcome = null;
  else if (meeting.answersMatter) outcome = meeting.decidedAsWritten ?? meeting.proposed ?? meeting.standing;
  else outcome = decision ? "bifall" : null;
  return {
    number: `§ ${paragraph.number}`,
    title: paragraph.title,
    diarienummer: paragraph.diarienummer,
    decision: decision?.text ?? null,
    proposal: decision ? { outcome, evidence: evidence(doc, decision.start, decision.end) } : null,
    start: paragraph.start,
    end: paragraph.end,
  };
}

function isWithin(inner: Section, outer: Section): boolean {
  return inner.start >= outer.start && inner.end <= outer.end && inner !== outer;
}

/** The text under the paragraph's Beslut heading (or its Förslag till beslut), up to the next part. */
function decisionIn(text: string, paragraph: Paragraph, sections: Section[]): { text: string; start: number; end: number } | null {
  const flat: Section[] = [];
  const walk = (list: Section[]): void => list.forEach((s) => (flat.push(s), walk(s.children)));
  walk(sections);
  const inside = flat.filter((s) => s.start >= paragraph.start && s.start < paragraph.end);
  const found = inside.find((s) => s.kind === "beslut") ?? inside.find((s) => s.kind === "forslag_till_beslut");
  if (!found) return null;
  const start = found.start + found.heading.length;
  // "Beslut\nFörslag till beslut i kommunfullmäktige\nMotionen avslås …": the decision runs on through a proposal heading
  const next = inside.find((s) => s.start > found.start && !flat.some((p) => p === s && s.kind === "forslag_till_beslut") && s.kind !== "forslag_till_beslut" && !isWithin(s, found));
  const end = Math.min(next?.start ?? paragraph.end, paragraph.end);
  const body = text.slice(start, end).trim();
  if (!body) return null;
  const from = text.indexOf(body, start);
  return { text: body, start: from, end: from + body.length };
}
