import { BODY_STEMS, MATTER_NOUNS, alternation, formsOf, type Sentence } from "@diarium/parser";
import type { DocumentMeta, Matter, Section, Stance } from "@diarium/schema";
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
};

const BODY = String.raw`\p{L}*(?:${BODY_STEMS.join("|")})\p{L}*`;
// A decision sentence: "Kommunfullmäktige avslår motionen.", "finner att kommunfullmäktige beslutat …", "Regionfullmäktige beslutade enligt …".
const DECIDES = new RegExp(String.raw`(?:^|finner\s+att\s+|fann\s+att\s+)(?:(?:Nämnden|nämnden)\s+för\s+[\p{L}&\s-]{3,60}?|${BODY}(?:s\s+${BODY})?)\s+(?:beslutar|beslutade|beslutat|avslår|bifaller|antar|antog|godkänner|förklarar|anser|avslog|biföll)\b`, "iu");
// A proposal the meeting adopted: "finner att kommunstyrelsen bifaller kommunstyrelsens arbetsutskotts förslag",
// "beslutat enligt förvaltningens förslag", "frågar om Merjem Maslos (M) förslag kan antas och finner att så sker".
const ADOPTS = /(?:beslut(?:ar|ade|at)\s+enligt|bifaller|antar|antog|anta)\s+(?:det\s+)?([^.;]{0,80}?)\s*(?:förslag|yrkande|förlag)\b/giu;
const ASKS_ADOPTED = /om\s+([^.;]{0,80}?)\s*förslag\s+kan\s+antas\s+och\s+finner\s+att\s+så\s+sker/giu;
// A member's proposal addressed to the meeting: "Merjem Maslo (M) föreslår kommunstyrelsen besluta att …".
const ADDRESSED = new RegExp(String.raw`\)\s+(?:föreslår|föreslog|yrkar|yrkade)\s+(${BODY})\s+(?:att|besluta)\b`, "u");
// A paper answering a matter: "Svar på motion", "Motion från …", "besvarande av skrivelse".
const ANSWERS = new RegExp(String.raw`(?:svar\s+på|besvarande\s+av|yttrande\s+över)\s+(?:${alternation(formsOf(MATTER_NOUNS))}|medborgarförslag|motion)|^\s*(?:motion|medborgarförslag)\b`, "iu");

/**
 * The meeting of a paper.
 * @example meetingOf(text, sentences, sections, meta, matters).forum // "Kommunfullmäktige"
 */
export function meetingOf(text: string, sentences: readonly Sentence[], sections: Section[], meta: Pick<DocumentMeta, "issuer" | "title" | "kind">, matters: Matter[], proposalOutcome: Stance | null): Meeting {
  const head = text.slice(0, 1500);
  const answersMatter = matters.length > 0 || ANSWERS.test(meta.title ?? "") || ANSWERS.test(head.split("\n").slice(0, 8).join(" "));
  const adopted: string[] = [];
  for (const re of [ADOPTS, ASKS_ADOPTED]) for (const m of text.matchAll(re)) adopted.push((m[1] ?? "").trim());
  const decided = firstStance(text, sections, "beslut") ?? decisionSentenceStance(text, sentences);
  const proposed = firstStance(text, sections, "forslag_till_beslut");
  const standing = answersMatter ? (proposed ?? (adopted.some(isBodyOwner) || !adopted.length ? decided : null) ?? proposalOutcome) : "bifall";
  return { forum: forumOf(text, sentences, meta), answersMatter, standing, decided: answersMatter ? decided : "bifall", adopted };
}

/** True for a proposal owned by a body or standing before the meeting: "kommunstyrelsens", "det liggande". */
export function isBodyOwner(owner: string): boolean {
  return owner === "" || /^(?:det\s+)?(?:liggande|föreliggande)\s*$/iu.test(owner) || new RegExp(String.raw`^(?:\p{L}+s\s+)?${BODY}\s*$`, "iu").test(owner.trim());
}

function firstStance(text: string, sections: Section[], kind: Section["kind"]): Stance | null {
  const flat: Section[] = [];
  const walk = (list: Section[]): void => list.forEach((s) => (flat.push(s), walk(s.children)));
  walk(sections);
  for (const s of flat.filter((x) => x.kind === kind)) {
    const claim = claimsOf(text.slice(s.start + s.heading.length, Math.min(s.end, s.start + 1500))).find((c) => c.stance);
    if (claim?.stance) return claim.stance;
  }
  return null;
}

function decisionSentenceStance(text: string, sentences: readonly Sentence[]): Stance | null {
  for (const s of sentences) {
    const body = text.slice(s.start, s.end);
    if (!DECIDES.test(body)) continue;
    const claim = claimsOf(body).find((c) => c.stance);
    if (claim?.stance) return claim.stance;
  }
  return null;
}

/** The body holding the meeting: the issuer when it is a body, else the body the decision sentences name. */
function forumOf(text: string, sentences: readonly Sentence[], meta: Pick<DocumentMeta, "issuer">): string | null {
  if (meta.issuer && new RegExp(BODY, "iu").test(meta.issuer)) return meta.issuer;
  for (const s of sentences) {
    const m = DECIDES.exec(text.slice(s.start, s.end));
    if (!m) continue;
    const name = m[0].replace(/^(?:finner|fann)\s+att\s+/iu, "").replace(/\s+\p{L}+$/u, "").trim();
    // "nämnden", "fullmäktige": a body named only by its kind says no more than the issuer would
    if (/^(?:nämnden|fullmäktige|styrelsen|utskottet)$/iu.test(name)) continue;
    return name.charAt(0).toUpperCase() + name.slice(1);
  }
  const addressed = ADDRESSED.exec(text)?.[1];
  return deciderOf(text) ?? meta.issuer ?? (addressed ? addressed.charAt(0).toUpperCase() + addressed.slice(1) : null);
}
