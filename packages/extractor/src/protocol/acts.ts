import {
  ACT_VERBS,
  AUTHOR_WORDS,
  BODY_STEMS,
  IN_FAVOUR_OF,
  JOINING,
  MATTER_KINDS,
  OBJECT_OPENINGS,
  PART_ONLY as PART_ONLY_WORDS,
  PROPOSAL_MAKING_VERBS,
  PROPOSAL_NOUNS,
  RELATIVES,
  NOTE_NOUNS,
  NOTE_VERBS,
  NOTE_PASSIVE_VERBS,
  SPEECH_VERBS,
  alternation,
  formsOf,
  type Act,
  type Sentence,
  regex,
  NOT_AFTER_WORD_OR_HYPHEN,
} from "@diarium/parser";
import type { Person, Position, Section } from "@diarium/schema";
import { enclosing } from "../forum.ts";
import { actorsIn, CODE_LIST, type ActorIndex, type Actors } from "./actors.ts";
import { claimsOf, type Claim } from "./object.ts";
import { count } from "./votes.ts";

/**
 * The protocol grammar: in each sentence, who acts (the subject), what they do (an act verb in any
 * tense, or a note handed in) and toward what (the claims of the object). Word order may be
 * straight ("Anna Berg (S) yrkade bifall") or inverted after an adverbial ("I regionstyrelsen
 * yrkade Moderaterna och Kristdemokraterna avslag"). The place of an act is the meeting unless the
 * sentence, or an earlier one in its paragraph, names another body ("I regionstyrelsen …").
 */

/** One act of one or more members, before references to other proposals are resolved. */
export type MemberAct = {
  act: Act;
  kind: Position["kind"];
  actors: Actors;
  claims: Claim[];
  /** The body the sentence places the act in, or null for the meeting itself. */
  place: string | null;
  /** Offsets of the sentence, the subject's start and the verb's end in the text. */
  sentence: Sentence;
  subjectStart: number;
  verbEnd: number;
  /** Set for a party's ballots in a vote: no proposal of its own for others to refer to. */
  vote?: boolean;
};

const W = NOT_AFTER_WORD_OR_HYPHEN;
const E = String.raw`(?![\p{L}\d-])`;
const ACT_OF = new Map<string, Act>(ACT_VERBS.flatMap((row) => row.forms.map((f) => [f, row.act] as [string, Act])));
const ACT_VERB = regex(String.raw`(${alternation(formsOf(ACT_VERBS), W)})${E}`, "giu");
// A note handed in: "lämnar följande protokollsanteckning", "anmälde ett särskilt uttalande", "lämnade för Liberalernas räkning följande anteckning".
const NOTE = regex(String.raw`${alternation(formsOf(NOTE_VERBS), W)}${E}[^.:;]{0,60}?${W}(${alternation(formsOf(NOTE_NOUNS))})${E}`, "iu");
// A note as a heading of names: "Anteckning Jan-Erik Wallin (M), Lay France Mulumba (KD) och Jens Christian Berlin (L):",
// or of party marks alone: "Reservation (M)", "Protokollsanteckning (S, V)".
const NOTE_HEADING = regex(String.raw`^(${alternation(formsOf(NOTE_NOUNS))})(?:\s+(?=\p{Lu})[^:]{3,300}:|\s*\(\s*${CODE_LIST}\s*\)\s*:?)$`, "iu");
// A note in the passive, its makers after "av": "Reservation anmäls av Miljöpartiet och Vänsterpartiet till förmån för …".
const NOTE_PASSIVE = regex(String.raw`^(${alternation(formsOf(NOTE_NOUNS))})\s+${alternation(formsOf(NOTE_PASSIVE_VERBS))}\s+av\s+`, "iu");
// Either's verb alone, where ACT_VERB or NOTE would start: a sentence without one holds no act (most
// sentences), and one search says so where the two patterns would each search it.
const ACT_OR_NOTE_VERB = regex(alternation([...formsOf(ACT_VERBS), ...formsOf(NOTE_VERBS)], W), "iu");
const NOTE_OF = new Map<string, Act>(NOTE_NOUNS.flatMap((row) => row.forms.map((f) => [f, row.act] as [string, Act])));
// Members, a colon, their proposal: "Eva Berg (C): Bifall till motionen."
const COLON_ACT = regex(String.raw`^([^:\n]{3,200}\))\s*:\s*(?=\p{L})`, "u");
const SPEECH = regex(String.raw`${W}${alternation(formsOf(SPEECH_VERBS))}${E}`, "iu");
const JOINED = regex(String.raw`${W}${alternation(formsOf(JOINING))}\s+`, "iu");
// The motion's authors, not members acting here: "föreslår i en motion", "har i en motion … föreslagit", "Motionärerna föreslår".
const MOTION_AUTHORS = regex(String.raw`${W}i\s+(?:\p{L}{1,3}\s+)?${alternation(formsOf(MATTER_KINDS))}(?:en)?${E}|${W}${alternation(formsOf(AUTHOR_WORDS))}${E}`, "iu");
// A body named as the place of an act: "I regionstyrelsen", "i kommunstyrelsen den 28 februari".
const PLACE = regex(String.raw`(?:^|[\s,])[Ii]\s+(\p{L}*(?:${BODY_STEMS.join("|")})\p{L}*(?:s\s+\p{L}*(?:${BODY_STEMS.join("|")})\p{L}*)?)`, "u");
// Not taking part in only part of the decision: "deltar inte i beslutet i fråga om … tilläggsförslag".
const PART_ONLY = regex(String.raw`${W}${alternation(formsOf(PART_ONLY_WORDS))}${E}`, "iu");
// A reservation's reason: "till förmån för eget förslag", "för bifall till motionen".
const IN_FAVOUR = regex(String.raw`${W}${alternation(formsOf(IN_FAVOUR_OF))}${E}`, "iu");
// The words that make a place part of a reference, not of the act: "det yrkande som M och KD framställde i regionstyrelsen".
const REFERENCE_BEFORE = regex(String.raw`${W}${alternation([...formsOf(RELATIVES), ...formsOf(PROPOSAL_NOUNS), ...formsOf(PROPOSAL_MAKING_VERBS)])}${E}[^.]*$`, "iu");
// Where the object begins after an inverted subject or a joined list: "… Kristdemokraterna avslag på förslaget".
const OBJECT_OPENING = regex(String.raw`${W}${alternation(formsOf(OBJECT_OPENINGS))}${E}`, "iu");
// Where a joined member's part ends: a comma or the object's opening ("…, med instämmande av Jonas Lindqvist (V), bifall").
const JOINED_END = regex(String.raw`,\s|\s${OBJECT_OPENING.source}`, "iu");

const KIND_OF: Record<Act, Position["kind"]> = {
  yrkande: "yrkande",
  instammer: "yrkande",
  tillstyrker: "yrkande",
  avstyrker: "yrkande",
  reservation: "reservation",
  anteckning: "sarskilt_uttalande",
  sarskilt_uttalande: "sarskilt_uttalande",
  avstar: "beslut",
  deltar_ej: "beslut",
};

/** Sections whose sentences report what others did elsewhere (the motion, the background). */
const REPORTING = new Set<Section["kind"]>(["arendet", "sammanfattning", "motion", "bakgrund", "synpunkter"]);

/**
 * Every member act of a paper, sentence by sentence.
 * @example memberActs(text, sentencesOf(text), sections, index)[0]
 * // for "Anna Berg (S) yrkade bifall till motionen.": { act: "yrkande", actors: { parties: ["S"], … }, claims: [{ stance: "bifall", … }], … }
 */
export function memberActs(text: string, sentences: readonly Sentence[], sections: Section[], index: ActorIndex): MemberAct[] {
  const out: MemberAct[] = [];
  let paragraph = -1;
  let carried: string | null = null;
  for (const sentence of sentences) {
    if (sentence.paragraph !== paragraph) {
      paragraph = sentence.paragraph;
      carried = null;
    }
    const body = text.slice(sentence.start, sentence.end);
    const place = PLACE.exec(body);
    if (place && !REFERENCE_BEFORE.test(body.slice(0, place.index))) carried = place[1] ?? carried;
    // a table row (a roll call) is no sentence of anyone's act
    if (inside(sections, sentence.start, REPORTING) || body.startsWith("|")) continue;
    const found = actIn(text, sentence, body, index);
    if (found) out.push({ ...found, place: carried });
  }
  return out;
}

function inside(sections: Section[], at: number, kinds: Set<Section["kind"]>): boolean {
  return enclosing(sections, at).some((s) => kinds.has(s.kind));
}

function actIn(text: string, sentence: Sentence, body: string, index: ActorIndex): Omit<MemberAct, "place"> | null {
  const base = sentence.start;
  const heading = NOTE_HEADING.exec(body);
  if (heading) {
    const act = NOTE_OF.get((heading[1] ?? "").toLowerCase()) ?? "anteckning";
    const actors = actorsIn(text, base + (heading[1] ?? "").length, sentence.end, index);
    if (!hasActors(actors)) return null;
    return { act, kind: KIND_OF[act], actors, claims: [], sentence, subjectStart: base, verbEnd: sentence.end };
  }
  const passive = NOTE_PASSIVE.exec(body);
  if (passive) {
    const act = NOTE_OF.get((passive[1] ?? "").toLowerCase()) ?? "anteckning";
    // the makers run to the object: "… av Miljöpartiet och Vänsterpartiet till förmån för Ulla Bergs yrkande"
    const rest = body.slice(passive[0].length);
    const stop = rest.search(OBJECT_OPENING);
    const end = passive[0].length + (stop < 0 ? rest.length : stop);
    const actors = actorsIn(text, base + passive[0].length, base + end, index);
    if (!hasActors(actors)) return null;
    const claims = claimsFor(act, body.slice(end)).map((c) => ({ ...c, start: c.start + base + end, end: c.end + base + end }));
    return { act, kind: KIND_OF[act], actors, claims, sentence, subjectStart: base, verbEnd: base + passive[0].length };
  }
  // (most sentences hold no ")" and ":" at all, and the pattern would try a bracket at each of its first 200 characters)
  const colon = body.includes(")") && body.includes(":") ? COLON_ACT.exec(body) : null;
  if (colon) {
    // "Eva Berg (C): Bifall till motionen."
    const actors = actorsIn(text, base, base + colon.index + (colon[1] ?? "").length, index);
    const from = colon.index + colon[0].length;
    const claims = claimsOf(body.slice(from)).map((c) => ({ ...c, start: c.start + base + from, end: c.end + base + from }));
    if (hasActors(actors) && claims.length) return { act: "yrkande", kind: "yrkande", actors, claims, sentence, subjectStart: base, verbEnd: base + from };
  }
  if (!ACT_OR_NOTE_VERB.test(body)) return null;
  const note = NOTE.exec(body);
  ACT_VERB.lastIndex = 0;
  const verb = ACT_VERB.exec(body);
  const useNote = note && (!verb || note.index <= verb.index);
  if (!useNote && !verb) return null;
  const at = useNote ? (note?.index ?? 0) : (verb?.index ?? 0);
  const verbEnd = useNote ? at + (note?.[0].length ?? 0) : at + (verb?.[0].length ?? 0);
  const act: Act = useNote ? (NOTE_OF.get((note?.[1] ?? "").toLowerCase().replace(/\s+/gu, " ")) ?? "anteckning") : (ACT_OF.get((verb?.[1] ?? "").toLowerCase().replace(/\s+/gu, " ")) ?? "yrkande");
  const subject = body.slice(0, at);
  // a count before the verb is a tally, not a subject: "3 nej-röster (S, V), 2 avstår (SD)"
  if (count(LAST_WORD.exec(subject)?.[1]) !== null) return null;
  if (SPEECH.test(subject) || MOTION_AUTHORS.test(body.slice(0, Math.min(body.length, verbEnd + 40)))) return null;
  let actors = actorsIn(text, base, base + at, index);
  let objectFrom = verbEnd;
  if (!hasActors(actors)) {
    // inverted order after an adverbial: "I regionstyrelsen yrkade Moderaterna och Kristdemokraterna avslag …"
    const window = body.slice(verbEnd, verbEnd + 90);
    const stop = window.search(OBJECT_OPENING);
    const end = stop < 0 ? window.length : stop;
    actors = actorsIn(text, base + verbEnd, base + verbEnd + end, index);
    objectFrom = verbEnd + end;
  }
  if (!hasActors(actors)) return null;
  let object = body.slice(objectFrom);
  // "yrkade, med instämmande av ledamoten Jonas Lindqvist (V), bifall till skrivelsen"
  const joined = JOINED.exec(object);
  if (joined) {
    const from = joined.index + joined[0].length;
    const rest = object.slice(from);
    const close = rest.search(JOINED_END);
    const to = from + (close < 0 ? rest.length : close);
    actors = merge(actors, actorsIn(text, base + objectFrom + from, base + objectFrom + to, index));
    object = object.slice(0, joined.index) + " ".repeat(to - joined.index) + object.slice(to);
  }
  const claims = claimsFor(act, object).map((c) => ({ ...c, start: c.start + base + objectFrom, end: c.end + base + objectFrom }));
  if (act === "deltar_ej" && PART_ONLY.test(object)) return null;
  return { act, kind: KIND_OF[act], actors, claims, sentence, subjectStart: base, verbEnd: base + verbEnd };
}

// The last word before a verb: "2" in "…, 2 avstår".
const LAST_WORD = /([\p{L}\d]+)\s*$/u;

/** The claims an act makes of its object. */
function claimsFor(act: Act, object: string): Claim[] {
  switch (act) {
    case "reservation": {
      // a reservation is against the decision; what it is for, if anything, follows "till förmån för"
      const favour = IN_FAVOUR.exec(object);
      if (!favour) return [];
      return claimsOf(object.slice(favour.index + favour[0].length)).map((c) => ({ ...c, start: c.start + favour.index + favour[0].length, end: c.end + favour.index + favour[0].length }));
    }
    case "tillstyrker":
    case "avstyrker": {
      const claims = claimsOf(object);
      if (claims.length) return claims;
      return [{ rank: 1, stance: act === "tillstyrker" ? "bifall" : "avslag", reference: null, amendment: false, start: 0, end: Math.min(object.length, 40) }];
    }
    case "yrkande":
    case "instammer":
      return claimsOf(object);
    default:
      return [];
  }
}

function hasActors(a: Actors): boolean {
  return a.parties.length > 0 || a.people.length > 0;
}

function merge(a: Actors, b: Actors): Actors {
  const people = new Map<string, Person>(a.people.map((p) => [p.name, p]));
  for (const p of b.people) if (!people.has(p.name)) people.set(p.name, p);
  return { people: [...people.values()], parties: [...new Set([...a.parties, ...b.parties])] };
}
