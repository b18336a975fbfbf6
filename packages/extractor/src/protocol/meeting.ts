import {
  ACT_VERBS,
  ADDRESSED_OPENINGS,
  ADOPTION_QUESTION_CLOSES,
  ADOPTION_QUESTION_OPENINGS,
  ADOPTION_VERBS,
  ANSWER_PHRASES,
  BODY_ENDINGS,
  BODY_FIELD_WORDS,
  BODY_STEMS,
  DECIDING_BODY_ENDINGS,
  DECISION_FILLERS,
  DECISION_VERBS,
  FINDING_WORDS,
  MATTER_KINDS,
  MATTER_NOUNS,
  OFFICE_VERBS,
  PASSING_ON,
  PROPOSAL_IN_HEADING,
  PROPOSAL_NOUNS,
  STANDING_OWNERS,
  alternation,
  formsOf,
  formsWhere,
  type Sentence,
  type Span,
  regex,
  NOT_AFTER_LETTER,
} from "@diarium/parser";
import type { DocumentMeta, MatterFact, Section, Stance } from "@diarium/schema";
import { deciderOf } from "../forum.ts";
import { claimsOf } from "./object.ts";

/**
 * What a protocol paragraph says about its own meeting: the body that holds it (the forum of every
 * position the paper does not place elsewhere), whether it decides on a motion or on a proposal,
 * the direction of the proposal before the meeting, and which proposals the meeting adopted.
 */
export type Meeting = {
  /** The deciding body, or null when the paper does not say. */
  forum: string | null;
  /** True when the paper answers a motion, medborgarförslag or skrivelse; false when the matter is a proposal. */
  answersMatter: boolean;
  /** The stance toward the matter of the proposal before the meeting ("liggande förslag"). */
  standing: Stance | null;
  /** The stance toward the matter of what the meeting decided. */
  decided: Stance | null;
  /** Owners of proposals the meeting adopted, as written: "Merjem Maslos (M)", "kommunstyrelsens". */
  adopted: string[];
  /** The stance of the paper's "Förslag till beslut", and of its decision as written (null where it states none). */
  proposed: Stance | null;
  decidedAsWritten: Stance | null;
  /** The stance of the office's proposal (förvaltningen, kontoret) where the paper states it. */
  officeProposal: Stance | null;
  /** The decision as written under its heading, or the sentence in which the body decides. */
  decision: (Span & { text: string }) | null;
  /** The text of the paper's "Förslag till beslut" section. */
  proposalText: (Span & { text: string }) | null;
  /** True when the decision only receives the matter or sends it on ("överlämnas för beredning"). */
  passesOn: boolean;
};

// A body's name is one word around its stem, of at most 40 letters each side ("Stadsbyggnadsnämndens"):
// unbounded, a paper of one long word ("nämndnämnd…") made the decision pattern quadratic.
const BODY = String.raw`\p{L}{0,40}(?:${BODY_STEMS.join("|")})\p{L}{0,40}`;
// The chair's finding before the body: "finner att", "fann att".
const FINDING = alternation(formsOf(FINDING_WORDS));
// A decision sentence: "Kommunfullmäktige avslår motionen.", "finner att kommunfullmäktige beslutat …", "Regionfullmäktige beslutade enligt …".
// "Nämnden för Vård & Omsorg": a body named by its kind, then its field.
const FIELD = alternation(formsOf(BODY_FIELD_WORDS));
const DECIDING_BODY = String.raw`(?:${alternation(formsWhere(DECIDING_BODY_ENDINGS, "fieldAfter", true))}\s+${FIELD}\s+[\p{L}&\s-]{3,60}?|${BODY}(?:s\s+${BODY})?)`;
const DECIDES = regex(String.raw`(?:^|${FINDING}\s+)${DECIDING_BODY}(?:\s+${alternation(formsOf(DECISION_FILLERS))})*\s+${alternation(formsOf(DECISION_VERBS))}(?!\p{L})`, "iu");
// A proposal the meeting adopted: "finner att kommunstyrelsen bifaller kommunstyrelsens arbetsutskotts förslag",
// "beslutat enligt förvaltningens förslag", "frågar om Merjem Maslos (M) förslag kan antas och finner att så sker".
const ADOPTS = regex(String.raw`${alternation(formsOf(ADOPTION_VERBS))}\s+(?:det\s+)?([^.;]{0,80}?)\s*${alternation(formsOf(PROPOSAL_NOUNS))}(?!\p{L})`, "giu");
const ASKED_AND_ADOPTED = alternation(formsOf(ADOPTION_QUESTION_CLOSES));
const ASKS_ADOPTED = regex(String.raw`${alternation(formsOf(ADOPTION_QUESTION_OPENINGS))}\s+([^.;]{0,80}?)\s*${ASKED_AND_ADOPTED}`, "giu");
// The question's close alone: a paragraph without it needs no try of ASKS_ADOPTED at every "om" (of "kommun", "som", …).
const ANY_ASKED_AND_ADOPTED = regex(ASKED_AND_ADOPTED, "iu");
const POLITICAL = BODY_STEMS.filter((stem) => BODY_ENDINGS.some((b) => b.role === "political" && (b.forms as readonly string[]).includes(stem)));
const OFFICE_WORDS = BODY_ENDINGS.filter((b) => b.role === "office").flatMap((b) => [...b.forms]);
// An office's proposal heading or sentence: "Förvaltningens förslag till beslut", "Kommunledningskontoret föreslår att …".
// (only tested, never matched out: a leading \p{L}* would change no answer, and would be tried from every letter of every word)
const OFFICE = regex(String.raw`(?:${OFFICE_WORDS.join("|")})\b`, "iu");
const OFFICE_PROPOSES = regex(String.raw`^\s*\p{L}*${alternation(OFFICE_WORDS)}\s+(?:${FIELD}\s+[\p{L}&\s]+?\s+)?${alternation(formsOf(OFFICE_VERBS))}(?!\p{L})`, "iu");
const PASSES_ON = regex(String.raw`${NOT_AFTER_LETTER}${alternation(formsOf(PASSING_ON))}(?!\p{L})`, "iu");
// A body's own proposal: "kommunstyrelsens", "Socialnämndens arbetsutskotts".
const BODY_OWNER = regex(String.raw`^(?:\p{L}+s\s+)?${BODY}\s*$`, "iu");
// An issuer that is a body: "Kommunstyrelsen", "Socialnämnden".
const BODY_NAMED = regex(BODY, "iu");
// The chair's finding before a body's name: "finner att kommunfullmäktige".
const FINDING_OPENING = regex(String.raw`^${FINDING}\s+`, "iu");
// The filler words and verb after a deciding body's name: "Kommunfullmäktige (härmed) beslutar".
const FILLERS_AND_VERB = regex(String.raw`(?:\s+${alternation(formsOf(DECISION_FILLERS))})*\s+\p{L}+$`, "u");
// A political body in a letterhead: "Göteborgs Stad Kommunfullmäktige".
const LETTERHEAD_BODY = regex(String.raw`${NOT_AFTER_LETTER}(\p{Lu}\p{L}*(?:${POLITICAL.join("|")}))(?![\p{L}])`, "u");
// A proposal standing before the meeting: "det liggande".
const STANDING_OWNER = regex(String.raw`^(?:det\s+)?${alternation(formsOf(STANDING_OWNERS))}\s*$`, "iu");
// A body named only by its kind: "nämnden", "fullmäktige".
const BODY_KIND_ONLY = regex(String.raw`^${alternation(BODY_ENDINGS.filter((b) => b.role === "political").map((b) => b.forms[b.forms.length === 2 ? 0 : 1] ?? b.forms[0]))}$`, "iu");
// A member's proposal addressed to the meeting: "Merjem Maslo (M) föreslår kommunstyrelsen besluta att …".
const PROPOSING_VERBS = ACT_VERBS.filter((row) => row.act === "yrkande").flatMap((row) => [...row.forms]);
const ADDRESSED = regex(String.raw`\)\s+${alternation(PROPOSING_VERBS)}\s+(${BODY})\s+${alternation(formsOf(ADDRESSED_OPENINGS))}(?!\p{L})`, "u");
// A decision heading that names a proposal, and so is no decision: "Beslut – Förslag till kommunfullmäktige".
const NAMES_PROPOSAL = regex(String.raw`\b${alternation(formsOf(PROPOSAL_IN_HEADING))}\b`, "iu");
// A paper answering a matter: "Svar på motion", "Motion från …", "besvarande av skrivelse".
const ANSWERS = regex(String.raw`${alternation(formsOf(ANSWER_PHRASES))}\s+${alternation([...formsOf(MATTER_NOUNS), ...formsOf(MATTER_KINDS)])}|^\s*${alternation(formsOf(MATTER_KINDS))}(?!\p{L})`, "iu");

/**
 * The meeting of a paper.
 * @example meetingOf(text, sentences, sections, meta, matters).forum // "Kommunfullmäktige"
 */
export function meetingOf(
  text: string,
  sentences: readonly Sentence[],
  sections: Section[],
  meta: Pick<DocumentMeta, "issuer" | "title" | "kind">,
  matters: MatterFact[],
  proposalOutcome: Stance | null,
  paragraph: (Span & { title: string | null }) | null = null,
): Meeting {
  const span = paragraph ?? { start: 0, end: text.length };
  const own = text.slice(span.start, span.end);
  const head = own.slice(0, 1500);
  const title = paragraph ? paragraph.title : meta.title;
  const answersMatter = paragraph ? ANSWERS.test(title ?? "") : matters.length > 0 || ANSWERS.test(title ?? "") || ANSWERS.test(head.split("\n").slice(0, 8).join(" "));
  const adopted: string[] = [];
  for (const re of ANY_ASKED_AND_ADOPTED.test(own) ? [ADOPTS, ASKS_ADOPTED] : [ADOPTS]) for (const m of own.matchAll(re)) adopted.push((m[1] ?? "").trim());
  const within = (list: Section[]): Section[] => list.flatMap((s) => (s.start >= span.start && s.start < span.end ? [s, ...within(s.children)] : within(s.children)));
  const scoped = within(sections);
  // the decision under its heading, or where no heading names it, the sentence in which the body decides
  const sentenceDecision = decisionSentence(text, sentences);
  const decision = sectionText(text, span, scoped, scoped.find((s) => s.kind === "beslut" && !NAMES_PROPOSAL.test(s.heading))) ?? sentenceDecision;
  const decidedAsWritten = decision ? (claimsOf(decision.text).find((c) => c.stance)?.stance ?? null) : null;
  const decided = decidedAsWritten ?? firstStance(text, scoped, "beslut") ?? sentenceDecision?.stance ?? null;
  const officeParts = new Set(officePartsOf(sections));
  const proposed = firstStance(text, scoped.filter((s) => !officeParts.has(s)), "forslag_till_beslut");
  // the office's proposal: its own heading or sentence, or the decision where the meeting adopted it ("beslutat enligt förvaltningens förslag")
  const officeProposal =
    firstStance(text, scoped.filter((s) => officeParts.has(s)), "forslag_till_beslut") ??
    officeSentenceStance(text, sentences) ??
    (adopted.some((a) => OFFICE.test(a)) ? decided : null);
  const standing = answersMatter ? (proposed ?? (adopted.some(isBodyOwner) || !adopted.length ? decided : null) ?? proposalOutcome) : "bifall";
  return {
    forum: forumOf(text, sentences, meta),
    answersMatter,
    standing,
    decided: answersMatter ? decided : "bifall",
    adopted,
    proposed: proposed ?? null,
    decidedAsWritten,
    officeProposal,
    decision: decision ? { start: decision.start, end: decision.end, text: decision.text } : null,
    proposalText: sectionText(text, span, scoped, scoped.find((s) => s.kind === "forslag_till_beslut")),
    passesOn: decision ? PASSES_ON.test(decision.text) : false,
  };
}

// The rule lines that part a protocol's paragraphs, at a section's end: "\n___________". No part of its text.
const TRAILING_RULES = /(?:\n[ \t]*[_=\-–—]{3,}[ \t]*)+\s*$/u;

/** The text under a section's heading, running on through a "Förslag till beslut i kommunfullmäktige" heading under it. */
function sectionText(text: string, span: Span, scoped: Section[], found: Section | undefined): (Span & { text: string }) | null {
  if (!found) return null;
  const start = found.start + found.heading.length;
  const next = scoped.find((s) => s.start > found.start && s.kind !== "forslag_till_beslut" && !(s.start >= found.start && s.end <= found.end));
  const end = Math.min(next?.start ?? span.end, span.end);
  const body = text.slice(start, end).replace(TRAILING_RULES, "").trim();
  if (!body) return null;
  const from = text.indexOf(body, start);
  return { text: body, start: from, end: from + body.length };
}

/** "Förvaltningen föreslår att nämnden avstyrker motionen", "Kommunledningskontoret föreslår att motionen avslås". */
function officeSentenceStance(text: string, sentences: readonly Sentence[]): Stance | null {
  for (const s of sentences) {
    const body = text.slice(s.start, s.end);
    if (!OFFICE_PROPOSES.test(body)) continue;
    const claim = claimsOf(body).find((c) => c.stance);
    if (claim?.stance) return claim.stance;
  }
  return null;
}

/** True for a proposal owned by a body or standing before the meeting: "kommunstyrelsens", "det liggande". */
function isBodyOwner(owner: string): boolean {
  return owner === "" || STANDING_OWNER.test(owner) || BODY_OWNER.test(owner.trim());
}

/**
 * The office's parts: each section titled as the office's, and every part under one. A plain "Förslag till
 * beslut" inside "Bilaga 1 Kommunledningskontorets tjänsteskrivelse" is the office's proposal, not the paper's.
 */
function officePartsOf(sections: readonly Section[], inOffice = false): Section[] {
  return sections.flatMap((s) => {
    const office = inOffice || OFFICE.test(s.heading);
    const under = officePartsOf(s.children, office);
    return office ? [s, ...under] : under;
  });
}

/**
 * The stance of the first of `sections` of this kind that states one. The list is the caller's, already
 * flat and filtered (the office's parts, or all but them): walking into children again would bring back
 * a part the filter left out ("Bilaga 1" > "Förvaltningens förslag till beslut" read as the paper's own proposal).
 */
function firstStance(text: string, sections: readonly Section[], kind: Section["kind"]): Stance | null {
  for (const s of sections) {
    if (s.kind !== kind) continue;
    const claim = claimsOf(text.slice(s.start + s.heading.length, Math.min(s.end, s.start + 1500))).find((c) => c.stance);
    if (claim?.stance) return claim.stance;
  }
  return null;
}

/** The first sentence in which a body decides on the matter: "Kommunfullmäktige bifaller motionen …". */
function decisionSentence(text: string, sentences: readonly Sentence[]): (Span & { text: string; stance: Stance }) | null {
  for (const s of sentences) {
    const body = text.slice(s.start, s.end);
    if (!DECIDES.test(body)) continue;
    const claim = claimsOf(body).find((c) => c.stance);
    if (claim?.stance) return { start: s.start, end: s.end, text: body, stance: claim.stance };
  }
  return null;
}

/** The body holding the meeting: the issuer when it is a body, else the body the decision sentences name. */
function forumOf(text: string, sentences: readonly Sentence[], meta: Pick<DocumentMeta, "issuer">): string | null {
  if (meta.issuer && BODY_NAMED.test(meta.issuer)) return meta.issuer;
  for (const s of sentences) {
    const m = DECIDES.exec(text.slice(s.start, s.end));
    if (!m) continue;
    const name = m[0].replace(FINDING_OPENING, "").replace(FILLERS_AND_VERB, "").trim();
    // "nämnden", "fullmäktige": a body named only by its kind says no more than the issuer would
    if (BODY_KIND_ONLY.test(name)) continue;
    return name.charAt(0).toUpperCase() + name.slice(1);
  }
  const addressed = ADDRESSED.exec(text)?.[1];
  const found = deciderOf(text) ?? meta.issuer ?? (addressed ? addressed.charAt(0).toUpperCase() + addressed.slice(1) : null);
  if (found) return found;
  // a letterhead that names the body: "Göteborgs Stad Kommunfullmäktige"
  const head = text.split("\n").filter((l) => l.trim()).slice(0, 6).join("\n");
  const named = LETTERHEAD_BODY.exec(head)?.[1];
  return named ?? null;
}
