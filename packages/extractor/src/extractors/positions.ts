import { NAME, evidence, sentencesOf, type NormalizedDocument } from "@diarium/parser";
import { actorIndex } from "../protocol/actors.ts";
import { memberActs, type MemberAct } from "../protocol/acts.ts";
import { meetingOf } from "../protocol/meeting.ts";
import { resolvePositions } from "../protocol/resolve.ts";
import { readVotes, rollCallsOf } from "../protocol/votes.ts";
import { itemOf } from "../protocol/item.ts";
import { paragraphsOf, type Paragraph } from "../protocol/items.ts";
import { partyCode, type DocumentMeta, type Matter, type Person, type Position, type Section, type Stance, type Vote, type Warning, type Item } from "@diarium/schema";
import { enclosing, forumAt, forumIndex, type ForumIndex } from "../forum.ts";
import { personMentions } from "../swedish/names.ts";
import { resolveCue, stanceCue } from "../swedish/stance.ts";
import { PARTIES } from "@diarium/schema";
import { groupNounCodes, partyNameMentions } from "./parties.ts";

// A party's name as a word: "Socialdemokraterna", "Miljöpartiet".
const PARTY_WORD = PARTIES.flatMap((p) => p.stems).map((stem) => String.raw`${stem}\p{L}*`).join("|");

/**
 * Positions: reservations and särskilda uttalanden (sections), and in protocols the sentences in
 * which named members propose, reserve themselves, abstain or leave a protokollsanteckning.
 */

// A member's act right after the party mark: "Anton Karlsson (V) föreslår att motionen tillstyrks".
const ACT = /\)\s*(?:,\s*)?(?:m\.?\s?fl\.?\s*)?(föreslår|yrkar|reserverar\s+sig|deltar\s+inte|lämnar\s+följande\s+(?:protokolls)?anteckning|ställer\s+sig\s+bakom\s+anteckningen|avstår|:(?=\s*(?:bifall|avslag|återremiss|att\s)))/iu;
// Members named by party in words: "Ledamöterna från Miljöpartiet och Kristdemokraterna deltar inte i beslutet".
const GROUP_ACT = /\b(?:ledamöterna|ledamoten|företrädarna|gruppen)\s+(?:från|för)\s+([^.]{2,120}?)\s+(föreslår|yrkar|reserverar\s+sig|deltar\s+inte|avstår)/iu;
// Members named by a group noun or a party's name: "S-ledamöterna reserverar sig", "Moderaterna och Liberalerna yrkar avslag".
const PARTY_SUBJECT_ACT = new RegExp(
  String.raw`(?:^|\s)((?:\p{L}{1,2}-(?:,\s*|\s+och\s+)){0,8}\p{L}{1,2}-(?:ledamöterna|ledamoten|gruppen)|(?:${PARTY_WORD})(?:(?:,\s*|\s+och\s+)(?:${PARTY_WORD})){0,8})\s+(föreslår|yrkar|reserverar\s+sig|deltar\s+inte|avstår)`,
  "iu",
);
// Named members without a party mark: "Anna Berg och Per Holm yrkar bifall till motionen".
const NAMES_ACT = new RegExp(String.raw`(${NAME})(?:\s+m\.?\s?fl\.?)?\s+(föreslår|yrkar|reserverar\s+sig)`, "u");
const NAME_G = new RegExp(NAME, "gu");
// A reference to an earlier reservation: "med hänvisning till reservationen av (S) i borgarrådsberedningen".
const REFERS = /med\s+hänvisning\s+till\s+reservationen\s+av\s+\((\p{L}{1,3})\)\s+i\s+(\p{L}+)/iu;
// The end of a reservation's opening sentence: "… (båda S) enligt följande." or "…, bilaga 1."
const INTRO_END = /enligt\s+följande\.?/u;
// A sentence boundary: a full stop or colon before a capital, or a blank line.
const SENTENCE_END = /(?:[.!?]|(?<!\)):)(?=\s+[\p{Lu}\d•”"])|\n\n/gu;

type Context = {
  doc: NormalizedDocument;
  sections: Section[];
  meta: DocumentMeta;
  proposalOutcome: Stance | null;
  forums: ForumIndex;
  /** The party each person has where the paper marks it (an attendance list, an earlier mention). */
  partyOf: Map<string, string | null>;
};

function partiesOf(mentions: { party: string | null }[]): string[] {
  return [...new Set(mentions.map((m) => m.party).filter((p): p is string => Boolean(p)))];
}

function peopleOf(mentions: { name: string; party: string | null; role: string | null }[]): Person[] {
  const seen = new Map<string, Person>();
  for (const m of mentions) if (!seen.has(m.name)) seen.set(m.name, { name: m.name, party: m.party, role: m.role });
  return [...seen.values()];
}

/** Names the paper elsewhere marks with a party, found in a passage without marks; the party goes to the person only. */
function knownNames(passage: string, partyOf: Map<string, string | null>): { name: string; party: string | null; role: string | null }[] {
  const out: { name: string; party: string | null; role: string | null }[] = [];
  for (const m of passage.matchAll(NAME_G)) {
    const words = m[0].split(/\s+/u);
    // the capitalised run may start with a sentence's first word: try the last two and three words
    for (const n of [words.slice(-2).join(" "), words.slice(-3).join(" "), m[0]]) {
      if (partyOf.has(n)) {
        out.push({ name: n, party: partyOf.get(n) ?? null, role: null });
        break;
      }
    }
  }
  return out;
}

function sectionPositions(ctx: Context, out: Position[]): void {
  const text = ctx.doc.text;
  const pointers: { position: Position; names: string }[] = [];
  const walk = (list: Section[]): void => {
    for (const s of list) {
      walk(s.children);
      if (s.kind !== "reservation" && s.kind !== "sarskilt_uttalande") continue;
      if (!/^(?:reservation|särskilt\s+uttalande)\s+(?:anfördes|gjordes|lämnades)/iu.test(s.heading)) continue;
      const body = text.slice(s.start, s.end);
      const introEnd = INTRO_END.exec(body);
      const cut = introEnd ? introEnd.index + introEnd[0].length : body.length;
      const intro = body.slice(0, cut);
      const mentions = personMentions(intro);
      const parties = [...new Set([...partiesOf(mentions), ...groupNounCodes(intro).map((g) => g.code)])];
      const forum = forumAt(ctx.forums, ctx.sections, ctx.meta, s.start);
      const rest = body.slice(cut);
      const cue = stanceCue(rest);
      let stance = resolveCue(cue, ctx.proposalOutcome);
      const ref = REFERS.exec(body);
      if (!stance && ref) {
        const party = partyCode(ref[1] ?? "");
        const where = (ref[2] ?? "").toLowerCase().replace(/en$/u, "");
        stance = out.find((p) => p.parties.includes(party) && p.forum.toLowerCase().includes(where))?.stance ?? null;
      }
      const evStart = cue ? s.start + cut + cue.start : s.start;
      const evEnd = cue ? s.start + cut + cue.end : s.start + cut;
      const position: Position = {
        item: null,
        kind: s.kind === "reservation" ? "reservation" : "sarskilt_uttalande",
        forum,
        parties,
        people: peopleOf(mentions),
        stance,
        evidence: evidence(ctx.doc, evStart, evEnd),
      };
      out.push(position);
      pointers.push({ position, names: mentions.map((m) => m.name).sort().join("|") });
    }
  };
  walk(ctx.sections);
  // "Reservation anfördes av … (S), bilaga 1.": the body's own record says who and where, the
  // appendix says what; the two are the same reservation when the same people make it.
  // Runs after the walk, so `out` holds only section positions here.
  for (const ref of pointers) {
    if (!/\bbilaga\s+\d/iu.test(ref.position.evidence.quote) || ref.position.stance) continue;
    const full = pointers.find((p) => p !== ref && p.names === ref.names && p.position.stance && p.position.evidence.start > ref.position.evidence.start);
    if (!full) continue;
    // one reservation, reported once: where it is argued, in the forum its record names
    full.position.forum = ref.position.forum;
    out.splice(out.indexOf(ref.position), 1);
  }
}

/**
 * Every position the paper states.
 * @example extractPositions(doc, sections, meta, "besvarad") // [{ kind: "reservation", forum: "Borgarrådsberedningen", parties: ["S"], stance: "delvis_bifall", … }, …]
 */
export function extractPositions(
  doc: NormalizedDocument,
  sections: Section[],
  meta: DocumentMeta,
  proposalOutcome: Stance | null,
  matters: Matter[] = [],
): { positions: Position[]; warnings: Warning[]; votes: Vote[]; items: Item[] } {
  const mentions = personMentions(doc.text);
  const index = actorIndex(doc.text, mentions);
  const partyOf = index.partyOf;
  const forums = forumIndex(doc.text);
  const ctx: Context = { doc, sections, meta, proposalOutcome, forums, partyOf };
  const out: Position[] = [];
  sectionPositions(ctx, out);
  const sentences = sentencesOf(doc.text);
  const paragraphs = paragraphsOf(doc.text);
  const warnings: Warning[] = [];
  const votes: Vote[] = [];
  const items: Item[] = [];
  // a whole protocol is read paragraph by paragraph, each with its own matter and proposals
  const spans: (Paragraph | null)[] = paragraphs.length ? paragraphs : [null];
  const rollCalls = rollCallsOf(doc.text);
  for (const paragraph of spans) {
    const item = paragraph ? `§ ${paragraph.number}` : null;
    const own = paragraph ? sentences.filter((s) => s.start >= paragraph.headerEnd && s.start < paragraph.end) : sentences;
    const meeting = meetingOf(doc.text, own, sections, meta, matters, proposalOutcome, paragraph);
    const acts = memberActs(doc.text, own, sections, index).filter((a) => !insideSectionStatement(sections, a.sentence.start));
    // a protocol's positions belong to its meeting; an utlåtande's to the body whose part of the paper holds them
    const forumOf = (act: MemberAct): string | null => (meta.kind === "protokollsutdrag" || paragraph || meeting.forum === null ? meeting.forum : forumAt(forums, sections, meta, act.sentence.start));
    const read = readVotes(doc, own, meeting.forum, paragraph ?? undefined, item, rollCalls);
    const resolved = resolvePositions(doc, acts, meeting, index, read, forumOf);
    out.push(...resolved.positions.map((p) => ({ ...p, item })));
    warnings.push(...resolved.warnings);
    votes.push(...read.map((v) => v.vote));
    if (paragraph) items.push(itemOf(doc, paragraph, meeting, sections));
  }
  return { positions: out, warnings, votes, items };
}

/** A reservation or statement section of the kind the section rules read whole ("Reservation anfördes av …"). */
function insideSectionStatement(sections: Section[], at: number): boolean {
  return enclosing(sections, at).some((s) => /^reservation|^särskilt/iu.test(s.heading) && /anfördes|gjordes|lämnades/iu.test(s.heading));
}
