import {
  alternation,
  bodyKey,
  bodyStem,
  DATED_WORDS,
  evidence,
  formsOf,
  isBodyName,
  isCouncilChain,
  isoFrom,
  isPoliticalBody,
  LIST_JOINS,
  MOTION_WORDS,
  remissAnswers,
  remissMentions,
  REMISS_TREATED,
  servesCouncilChain,
  STATEMENT_PAPERS,
  wordsRegex,
  type NormalizedDocument,
  type RemissAnswer,
  type RemissMention,
  regex,
  NOT_AFTER_LETTER,
  ownClause,
} from "@diarium/parser";
import type { Consultation, Section, Stance } from "@diarium/schema";
import { firstAtOrAfter } from "../offsets.ts";
import { stanceCue, type StanceCue } from "../swedish/stance.ts";

/**
 * Remissinstanser: the bodies asked, whether they answered, the dates of their decision and of
 * their tjänsteutlåtande or yttrande, and the outcome of their answer toward the matter. The remiss
 * sentence and the answers are read by the parser (`remissMentions`, `remissAnswers`); this module
 * decides which bodies answered a remiss:
 * - the bodies a remiss sentence names, when the paper reports the round (one of them answered,
 *   declined, or the sentence says their answers were collected);
 * - a body that tillstyrker or avstyrker the matter in prose;
 * - in a paper on a motion, a nämnd whose decision paragraph the Beslutsunderlag lists.
 * Fullmäktige, the kommunstyrelse and their utskott prepare or take the decision and never count.
 */

const LONG_DATE = String.raw`(\d{1,2}\s+\p{L}+\s+\d{4})`;
// "beslutade vid sitt sammanträde den 16 april 2013"
const DECIDED = regex(String.raw`${NOT_AFTER_LETTER}${alternation(REMISS_TREATED[1].forms)}\s+den\s+${LONG_DATE}`, "u");
// "tjänsteutlåtande daterat den 21 mars 2013", "RSMH:s yttrande daterat den 26 november 2012"
const STATED = regex(String.raw`${NOT_AFTER_LETTER}${alternation(formsOf(STATEMENT_PAPERS))}\s+${alternation(formsOf(DATED_WORDS))}\s+den\s+${LONG_DATE}`, "u");
const MOTION = wordsRegex(formsOf(MOTION_WORDS));
// A heading that names more than one body: "Kultur- och fritidsnämnden samt byggnadsnämnden", "Skolnämnden, utbildningsnämnden".
const SEVERAL_BODIES = regex(String.raw`,|\b${alternation(formsOf(LIST_JOINS))}\b`, "u");
/** A statement listed this close after a body's decision is that body's förvaltning's. */
const PAIRED_WITHIN = 300;

type Candidate = { name: string; key: string; start: number; end: number };

/**
 * The consultations of a paper; `mentions` is its remiss round when the caller has read it already.
 * @example extractConsultations(doc, sections).map((c) => c.body) // ["Stadsledningskontoret", "Socialnämnden", …]
 */
export function extractConsultations(doc: NormalizedDocument, sections: Section[], mentions: readonly RemissMention[] = remissMentions(doc)): Consultation[] {
  const text = doc.text;
  const answers = remissAnswers(doc, mentions).filter((a) => !a.chain);
  const replies = sections.flatMap((s) => [s, ...s.children]).filter((s) => s.kind === "remissvar" && s.actor);
  const declined = new Set(mentions.filter((m) => m.role === "declined").map((m) => m.key));
  const replyOf = (key: string) => replies.find((s) => bodyKey(s.actor ?? "") === key || bodyKey(s.heading) === key);
  const answered = (key: string) => declined.has(key) || replyOf(key) !== undefined || answers.some((a) => a.key === key);

  const own = ownBodies(doc);
  const candidates = new Map<string, Candidate>();
  const add = (c: Candidate) => {
    if (!candidates.has(c.key) && !isCouncilChain(c.name) && !own.has(c.key)) candidates.set(c.key, c);
  };
  const named = mentions.filter((m) => m.role !== "declined");
  if (named.some((m) => m.role === "answered" || answered(m.key))) for (const m of named) add(m);
  for (const a of answers) if (a.kind === "prose" && a.stance && isPoliticalBody(a.name)) add(a);
  for (const a of answers) if (a.kind === "decision" && a.paragraph && isPoliticalBody(a.name) && onMotion(text, a)) add(a);

  const out: Consultation[] = [];
  // several bodies may share one reply section (a joint answer): its cue is read once
  const cues = new Map<Section, StanceCue | null>();
  const cueOf = (section: Section, reply: string): StanceCue | null => {
    if (!cues.has(section)) cues.set(section, stanceCue(reply));
    return cues.get(section) ?? null;
  };
  for (const c of [...candidates.values()].sort((a, b) => a.start - b.start)) {
    const section = replyOf(c.key);
    const reply = section ? text.slice(section.start, section.end) : "";
    const cue = section ? cueOf(section, reply) : null;
    const prose = answers.find((a) => a.key === c.key && a.kind === "prose" && a.stance) ?? proseCue(doc, answers, c.key);
    const actor = section && !SEVERAL_BODIES.test(section.actor ?? "") ? section.actor : null;
    out.push({
      body: capitalised((actor ?? c.name).replace(/\s*\([^()]*\)$/u, "")),
      responded: !declined.has(c.key),
      decisionDate: isoFrom(DECIDED.exec(reply)?.[1] ?? "") ?? decisionOf(answers, c.key),
      statementDate: isoFrom(STATED.exec(reply)?.[1] ?? "") ?? statementOf(answers, c.key),
      outcome: cue && "stance" in cue ? cue.stance : (prose?.stance ?? null),
      evidence: evidence(doc, c.start, c.end),
    });
  }
  return out;
}

/**
 * A body's answer told in prose with no tillstyrker or avstyrker, by the stance its sentence gives
 * the matter after the body's name: "Barn- och utbildningsnämnden har yttrat sig över motionen och
 * anser att motionen bör avslås" → avslag. A sentence that only names a proposal gives none.
 */
function proseCue(doc: NormalizedDocument, answers: readonly RemissAnswer[], key: string): { stance: Stance } | undefined {
  for (const a of answers) {
    if (a.key !== key || a.kind !== "prose") continue;
    const sentence = doc.sentences[firstAtOrAfter(doc.sentences, (s) => s.end, a.end)];
    if (!sentence || sentence.start > a.start) continue;
    const cue = stanceCue(ownClause(doc.text.slice(a.end, sentence.end)));
    if (cue && "stance" in cue) return { stance: cue.stance };
  }
  return undefined;
}

/** How far before a decision line of the Beslutsunderlag the paper may name the motion it concerns (one protocol paragraph). */
const MOTION_BEFORE = 6000;
/** How far after it (a title or a motion line further down the list). */
const MOTION_AFTER = 1500;

/** True when the part of the paper around a Beslutsunderlag line concerns a motion. */
function onMotion(text: string, line: RemissAnswer): boolean {
  return MOTION.test(text.slice(Math.max(0, line.start - MOTION_BEFORE), line.end + MOTION_AFTER));
}

/**
 * The bodies the paper itself speaks for: those its own header names ("KUNGSBACKA KOMMUN
 * SAMMANTRÄDESPROTOKOLL" / "Nämnden för Vård & Omsorg"), at its top or as dropped page furniture.
 * Their answer is the paper itself, not a consultation within it.
 */
function ownBodies(doc: NormalizedDocument): Set<string> {
  const top = doc.text.slice(0, Math.max(0, doc.text.indexOf("\n\n"))).split("\n").slice(0, HEADER_LINES);
  const cells = [...top, ...(doc.furniture ?? []).map((f) => f.text)].flatMap((line) => line.split(/\t|\s{2,}/u));
  return new Set(cells.map((c) => c.trim()).filter((c) => isBodyName(c)).map((c) => bodyKey(c)));
}
/** A paper's own header holds no more lines than this. */
const HEADER_LINES = 6;

/** The body's meeting date: a dated sentence about it, else its decision paragraph in a list. */
function decisionOf(answers: readonly RemissAnswer[], key: string): string | null {
  const mine = answers.filter((a) => a.key === key && a.date !== null);
  return (mine.find((a) => a.kind === "prose") ?? mine.find((a) => a.kind === "decision"))?.date ?? null;
}

/**
 * The date of the paper that holds the body's answer: its own yttrande, else its förvaltning's
 * tjänsteskrivelse, known by the shared stem ("Utbildningsförvaltningens" for "Utbildningsnämnden")
 * or by standing right after the body's decision in the list ("Byggnadsnämnden, 2024-06-11, § 136" /
 * "Bygg- och miljöförvaltningens tjänsteskrivelse, 2024-05-07").
 */
function statementOf(answers: readonly RemissAnswer[], key: string): string | null {
  const statements = answers.filter((a) => a.kind === "statement" && a.date !== null);
  const own = statements.find((a) => a.key === key);
  if (own) return own.date;
  const stem = bodyStem(key);
  const kin = stem.length > 2 ? statements.find((a) => bodyStem(a.key) === stem) : undefined;
  if (kin) return kin.date;
  for (let i = 0; i < answers.length - 1; i++) {
    const a = answers[i] as RemissAnswer;
    const next = answers[i + 1] as RemissAnswer;
    if (a.key !== key || a.kind === "statement" || next.kind !== "statement" || !next.date || next.start - a.end >= PAIRED_WITHIN) continue;
    // the office of the kommunstyrelse, or of a body that answers on its own, writes for no other
    if (!servesCouncilChain(next.name) && !answers.some((x) => x.kind !== "statement" && x.key === next.key)) return next.date;
  }
  return null;
}

function capitalised(name: string): string {
  return (name[0]?.toUpperCase() ?? "") + name.slice(1);
}
