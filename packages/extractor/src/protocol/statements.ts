import {
  APPENDIX_WORDS,
  NOTE_NOUNS,
  STATEMENT_OPENING_ENDS,
  STATEMENT_RECORDS,
  STATEMENT_REFERENCES,
  alternation,
  evidence,
  formsOf,
  sentencesOf,
  type NormalizedDocument,
  regex,
  NOT_AFTER_LETTER,
} from "@diarium/parser";
import { partyCode, type Person, type Position, type Section, type Stance } from "@diarium/schema";
import { groupNounCodes } from "../extractors/parties.ts";
import { forumAt, type ForumIndex } from "../forum.ts";
import type { DocumentMeta } from "@diarium/schema";
import { personMentions, type PersonMention } from "../swedish/names.ts";
import { claimsOf, type Claim } from "./object.ts";

/**
 * Statements an utlåtande records under headings of their own: "Reservation anfördes av borgarråden
 * Karin Wanngård och Tomas Rudin (båda S) enligt följande. … 1. Delvis bifalla motionen", in the
 * forum of the part of the paper that holds them (a body's block, Bilaga 1). A statement that
 * refers to an earlier one takes its stance; a record that points to an appendix and the
 * appendix's argument are one reservation, reported once.
 */

// The heading of a recorded statement: "Reservation anfördes av …", "Särskilt uttalande gjordes av …".
const RECORDED = regex(String.raw`^${alternation(formsOf(NOTE_NOUNS))}\s+${alternation(formsOf(STATEMENT_RECORDS))}`, "iu");
// "… enligt följande."
const OPENING_END = regex(String.raw`${alternation(formsOf(STATEMENT_OPENING_ENDS))}\.?`, "iu");
// "med hänvisning till reservationen av (S) i borgarrådsberedningen"
const REFERS = regex(String.raw`${alternation(formsOf(STATEMENT_REFERENCES))}\s+\((\p{L}{1,3})\)\s+i\s+(\p{L}+)`, "iu");
// "…, bilaga 1."
const APPENDIX = regex(String.raw`${NOT_AFTER_LETTER}${alternation(formsOf(APPENDIX_WORDS))}\s+\d`, "iu");

/** True for a section that records a statement: "Reservation anfördes av …". */
export function isRecordedStatement(s: Section): boolean {
  return RECORDED.test(s.heading);
}

/** What the statement reader needs of the paper. */
export type StatementContext = { doc: NormalizedDocument; sections: Section[]; meta: DocumentMeta; proposalOutcome: Stance | null; forums: ForumIndex };

function peopleOf(mentions: PersonMention[]): Person[] {
  const seen = new Map<string, Person>();
  for (const m of mentions) if (!seen.has(m.name)) seen.set(m.name, { name: m.name, party: m.party, role: m.role });
  return [...seen.values()];
}

/**
 * The recorded statements of a paper as positions.
 * @example recordedStatements(ctx)[0] // { kind: "reservation", forum: "Borgarrådsberedningen", parties: ["S"], stance: "delvis_bifall", … } (Stockholm 2013:125)
 */
export function recordedStatements(ctx: StatementContext): Position[] {
  const text = ctx.doc.text;
  const out: Position[] = [];
  const pointers: { position: Position; names: string }[] = [];
  const walk = (list: Section[]): void => {
    for (const s of list) {
      walk(s.children);
      if ((s.kind !== "reservation" && s.kind !== "sarskilt_uttalande") || !isRecordedStatement(s)) continue;
      const body = text.slice(s.start, s.end);
      const openingEnd = OPENING_END.exec(body);
      const cut = openingEnd ? openingEnd.index + openingEnd[0].length : body.length;
      const opening = body.slice(0, cut);
      const mentions = personMentions(opening);
      const parties = [...new Set([...mentions.map((m) => m.party).filter((p): p is string => Boolean(p)), ...groupNounCodes(opening).map((g) => g.code)])];
      const forum = forumAt(ctx.forums, ctx.sections, ctx.meta, s.start);
      // the stance is in the statement's proposal, its first sentence that states one; the argument after it is not read
      const rest = body.slice(cut);
      let claim: Claim | undefined;
      for (const sentence of sentencesOf(rest)) {
        const found = claimsOf(rest.slice(sentence.start, sentence.end))[0];
        if (found) {
          claim = { ...found, start: found.start + sentence.start, end: found.end + sentence.start };
          break;
        }
      }
      let stance = claim ? (claim.stance ?? (claim.reference?.kind === "standing" ? ctx.proposalOutcome : null)) : null;
      const ref = REFERS.exec(body);
      if (!stance && ref) {
        const party = partyCode(ref[1] ?? "");
        const where = (ref[2] ?? "").toLowerCase().replace(/en$/u, "");
        stance = out.find((p) => p.parties.includes(party) && p.forum.toLowerCase().includes(where))?.stance ?? null;
      }
      const span = claim ? [s.start + cut + claim.start, s.start + cut + claim.end] : [s.start, s.start + cut];
      const position: Position = {
        item: null,
        kind: s.kind === "reservation" ? "reservation" : "sarskilt_uttalande",
        // a paper that names no body: the forum stays empty, and the positions' warning says so
        forum: forum ?? "",
        parties,
        people: peopleOf(mentions),
        stance,
        evidence: evidence(ctx.doc, span[0] ?? s.start, span[1] ?? s.start),
      };
      out.push(position);
      pointers.push({ position, names: mentions.map((m) => m.name).sort().join("|") });
    }
  };
  walk(ctx.sections);
  // "Reservation anfördes av … (S), bilaga 1.": the body's own record says who and where, the
  // appendix says what; the two are the same reservation when the same people make it.
  for (const ref of pointers) {
    if (!APPENDIX.test(ref.position.evidence.quote) || ref.position.stance) continue;
    const full = pointers.find((p) => p !== ref && p.names === ref.names && p.position.stance && p.position.evidence.start > ref.position.evidence.start);
    if (!full) continue;
    // one reservation, reported once: where it is argued, in the forum its record names
    full.position.forum = ref.position.forum;
    out.splice(out.indexOf(ref.position), 1);
  }
  return out;
}
