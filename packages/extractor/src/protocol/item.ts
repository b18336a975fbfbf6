import { evidence, type NormalizedDocument } from "@diarium/parser";
import type { Item, Stance } from "@diarium/schema";
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
 * @example itemOf(doc, paragraph, meeting) // { number: "§ 88", title: "Yttrande över motion (SD) - …", diarienummer: ["VO-2024-00122"], … }
 */
export function itemOf(doc: NormalizedDocument, paragraph: Paragraph, meeting: Meeting): Item {
  const decision = meeting.decision ?? meeting.proposalText;
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
