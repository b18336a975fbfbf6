import type { NormalizedDocument, Sentence } from "@diarium/parser";
import { actorIndex } from "../protocol/actors.ts";
import { memberActs, type MemberAct } from "../protocol/acts.ts";
import { meetingOf } from "../protocol/meeting.ts";
import { resolvePositions } from "../protocol/resolve.ts";
import { readVotes, rollCallsOf, type VoteReading } from "../protocol/votes.ts";
import { attendeeOf } from "./people.ts";
import { itemOf } from "../protocol/item.ts";
import { paragraphsOf, type Paragraph } from "../protocol/items.ts";
import { warning, type DocumentMeta, type Item, type MatterFact, type Position, type Section, type Stance, type Vote, type Warning } from "@diarium/schema";
import { enclosing, forumAt, forumIndex } from "../forum.ts";
import { firstAtOrAfter } from "../offsets.ts";
import { isRecordedStatement, recordedStatements } from "../protocol/statements.ts";
import { personMentions, type PersonMention } from "../swedish/names.ts";

/**
 * Positions: the statements an utlåtande records under headings of their own, and in protocols the
 * acts of members sentence by sentence, with the votes of a roll call, paragraph by paragraph in a
 * whole protocol.
 */

/**
 * Every position the paper states.
 * @example extractPositions(doc, sections, meta, "besvarad") // [{ kind: "reservation", forum: "Borgarrådsberedningen", parties: ["S"], stance: "delvis_bifall", … }, …]
 */
export function extractPositions(
  doc: NormalizedDocument,
  sections: Section[],
  meta: DocumentMeta,
  proposalOutcome: Stance | null,
  matters: MatterFact[] = [],
  mentions: PersonMention[] = personMentions(doc.text),
): { positions: Position[]; warnings: Warning[]; votes: Vote[]; items: Item[] } {
  const index = actorIndex(doc.text, mentions);
  const forums = forumIndex(doc.text);
  const out: Position[] = recordedStatements({ doc, sections, meta, proposalOutcome, forums });
  const sentences = doc.sentences;
  const paragraphs = paragraphsOf(doc.text);
  const warnings: Warning[] = [];
  const votes: Vote[] = [];
  const items: Item[] = [];
  // a whole protocol is read paragraph by paragraph, each with its own matter and proposals
  const spans: (Paragraph | null)[] = paragraphs.length ? paragraphs : [null];
  const rollCalls = rollCallsOf(doc.text);
  for (const paragraph of spans) {
    const item = paragraph ? `§ ${paragraph.number}` : null;
    const own = paragraph ? sentencesIn(sentences, paragraph.headerEnd, paragraph.end) : sentences;
    const meeting = meetingOf(doc.text, own, sections, meta, matters, proposalOutcome, paragraph);
    const acts = memberActs(doc.text, own, sections, index).filter((a) => !insideSectionStatement(sections, a.sentence.start));
    // a protocol's positions belong to its meeting; an utlåtande's to the body whose part of the paper holds them
    const forumOf = (act: MemberAct): string | null => (meta.kind === "protokollsutdrag" || paragraph || meeting.forum === null ? meeting.forum : forumAt(forums, sections, meta, act.sentence.start));
    const read = withAttendance(readVotes(doc, own, meeting.forum, paragraph ?? undefined, item, rollCalls), meta);
    const resolved = resolvePositions(doc, acts, meeting, index, read, forumOf);
    out.push(...resolved.positions.map((p) => ({ ...p, item })));
    warnings.push(...resolved.warnings);
    votes.push(...read.map((v) => v.vote));
    if (paragraph) items.push(itemOf(doc, paragraph, meeting));
  }
  // one warning for a paper that names no body, whichever reader left a forum empty
  if (out.some((p) => p.forum === "")) warnings.push(warning("W_FORUM_UNKNOWN", "the paper names no body holding the meeting; positions carry an empty forum", null));
  return { positions: out, warnings, votes, items };
}

/** The sentences that start from `start` up to `end`, found by halving (a whole protocol has hundreds of paragraphs). */
function sentencesIn(sentences: readonly Sentence[], start: number, end: number): Sentence[] {
  const from = firstAtOrAfter(sentences, (s) => s.start, start);
  return sentences.slice(from, firstAtOrAfter(sentences, (s) => s.start, end));
}

/** A reservation or statement section of the kind the section rules read whole ("Reservation anfördes av …"). */
function insideSectionStatement(sections: Section[], at: number): boolean {
  return enclosing(sections, at).some((s) => isRecordedStatement(s));
}

/**
 * Ballots matched to the meeting's attendance list: a ballot without a party mark ("| Conny Loftander | X |")
 * takes the party of the attendee it names, across spellings ("Škorić" on the ballot, "Skoric" on the list).
 * @example withAttendance(readings, meta)[0]?.vote.ballots
 */
function withAttendance(readings: VoteReading[], meta: DocumentMeta): VoteReading[] {
  const attendees = meta.attendance ?? [];
  if (!attendees.length) return readings;
  return readings.map((r) => ({
    ...r,
    vote: { ...r.vote, ballots: r.vote.ballots.map((b) => (b.party ? b : { ...b, party: attendeeOf(b, attendees)?.party ?? null })) },
  }));
}
