import { NAME, evidence, type NormalizedDocument } from "@diarium/parser";
import { isKnownParty, partyCode, type DocumentMeta, type Person, type Position, type Section, type Stance } from "@diarium/schema";
import { forumAt, forumIndex, type ForumIndex } from "../forum.ts";
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

// Sections that report the matter or a statement read elsewhere, not a member's act in this forum.
const NOT_ACTS = new Set<Section["kind"]>(["arendet", "sammanfattning", "motion", "bakgrund"]);

function insideStatement(sections: Section[], at: number): boolean {
  const hit = (list: Section[]): boolean =>
    list.some(
      (s) => s.start <= at && at < s.end && (NOT_ACTS.has(s.kind) || (/^reservation|^särskilt/iu.test(s.heading) && /anfördes|gjordes/iu.test(s.heading)) || hit(s.children)),
    );
  return hit(sections);
}

function sentencePositions(ctx: Context, out: Position[]): void {
  const text = ctx.doc.text;
  let from = 0;
  const sentences: [number, number][] = [];
  for (const m of text.matchAll(SENTENCE_END)) {
    sentences.push([from, (m.index ?? 0) + 1]);
    from = (m.index ?? 0) + m[0].length;
  }
  sentences.push([from, text.length]);
  const own: Position[] = [];
  const notes = new Set<number>();
  for (const [start, end] of sentences) {
    const sentence = text.slice(start, end);
    if (insideStatement(ctx.sections, start)) continue;
    const act = ACT.exec(sentence);
    const group = act ? null : (GROUP_ACT.exec(sentence) ?? PARTY_SUBJECT_ACT.exec(sentence));
    const plain = act || group ? null : NAMES_ACT.exec(sentence);
    if (!act && !group && !plain) continue;
    const actAt = act ? act.index : plain ? plain.index + (plain[1] ?? "").length : (group?.index ?? 0);
    const verb = (act?.[1] ?? group?.[2] ?? plain?.[2] ?? "").toLowerCase();
    // "föreslår i en motion", "föreslår i motionen": the motion's authors, not members acting here
    if (/\bi\s+(?:en\s+|sin\s+)?motion(?:en)?\b/iu.test(sentence.slice(actAt, actAt + 60))) continue;
    const anteckning = /anteckning/u.test(verb);
    const head = sentence.slice(0, actAt + 1);
    const mentions = act ? personMentions(head).filter((m) => m.end <= actAt + 1) : plain ? knownNames(head, ctx.partyOf) : [];
    // a name the paper never marks with a party is no member's act here ("Ordföranden Anna Berg")
    if (plain && !mentions.length) continue;
    const named = group ? [...partyNameMentions(group[1] ?? ""), ...groupNounCodes(group[1] ?? "")].map((p) => p.code) : [];
    const codes = group ? [...(group[1] ?? "").matchAll(/\b(\p{Lu}{1,2})\b/gu)].map((c) => c[1] ?? "").filter(isKnownParty) : [];
    const parties = [...new Set([...(plain ? [] : partiesOf(mentions)), ...named, ...codes])];
    // "Samhällsbyggnadsförvaltningen (SBF) föreslår …": no member and no party, so no party position
    if (!mentions.length && !parties.length) continue;
    const tail = sentence.slice(actAt);
    const forum = forumAt(ctx.forums, ctx.sections, ctx.meta, start);
    let stance: Stance | null;
    let kind: Position["kind"] = "yrkande";
    const cue = stanceCue(tail);
    if (anteckning) {
      // a protokollsanteckning is a statement beside the decision, the nearest kind is a särskilt uttalande
      kind = "sarskilt_uttalande";
      stance = "ingen_stallning";
      notes.add(own.length);
    } else if (/deltar\s+inte|avstår/u.test(verb)) {
      // not taking part is a statement about the decision, not a proposal
      kind = "beslut";
      stance = "ingen_stallning";
    } else if (/reserverar/u.test(verb)) {
      kind = "reservation";
      stance = resolveCue(cue, ctx.proposalOutcome);
      // "till förmån för eget förslag", "för sitt yrkande", or no reason given: their own earlier proposal says it
      if (!stance) {
        const names = new Set(mentions.map((m) => m.name));
        stance = own.find((p) => p.people.some((x) => names.has(x.name)))?.stance ?? null;
      }
    } else {
      stance = resolveCue(cue, ctx.proposalOutcome);
    }
    // the quote opens with the first member named, not with the heading the sentence runs on from
    const subject = act ? Math.min(actAt, ...personMentions(head).map((m) => m.start)) : plain ? plain.index : (group?.index ?? 0);
    const ev = evidence(ctx.doc, start + subject, cue && !anteckning ? start + actAt + cue.end : end);
    const position: Position = { kind, forum, parties, people: peopleOf(mentions), stance, evidence: ev };
    own.push(position);
  }
  // A protokollsanteckning states no position of its own; it counts only for a party that took none.
  for (const p of own) {
    if (notes.has(own.indexOf(p)) && p.stance === "ingen_stallning") {
      const other = own.some((q) => q !== p && !notes.has(own.indexOf(q)) && q.forum === p.forum && q.parties.some((x) => p.parties.includes(x)));
      if (other) p.stance = null;
    }
    out.push(p);
  }
}

/**
 * Every position the paper states.
 * @example extractPositions(doc, sections, meta, "besvarad") // [{ kind: "reservation", forum: "Borgarrådsberedningen", parties: ["S"], stance: "delvis_bifall", … }, …]
 */
export function extractPositions(doc: NormalizedDocument, sections: Section[], meta: DocumentMeta, proposalOutcome: Stance | null): Position[] {
  const partyOf = new Map<string, string | null>();
  for (const m of personMentions(doc.text)) if (m.party || !partyOf.has(m.name)) partyOf.set(m.name, m.party);
  const ctx: Context = { doc, sections, meta, proposalOutcome, forums: forumIndex(doc.text), partyOf };
  const out: Position[] = [];
  sectionPositions(ctx, out);
  sentencePositions(ctx, out);
  return out;
}
