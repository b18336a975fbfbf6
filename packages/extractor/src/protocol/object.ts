import {
  AMENDMENT_NOUNS,
  BODY_ENDINGS,
  BODY_STEMS,
  CUE_NOUN_PREPOSITIONS,
  IN_FAVOUR_OF,
  JOINING_PREPOSITIONS,
  OBJECT_PREPOSITIONS,
  POINTING_WORDS,
  RELATIVES,
  STANDING_OWNERS,
  WHOLE_WORDS,
  WITH_CHANGE,
  MATTER_NOUNS,
  MATTER_PARTS,
  ORDINALS,
  OWN_PROPOSAL,
  PARTIAL,
  PROPOSAL_NOUNS,
  PROPOSAL_PREPOSITIONS,
  RANKS,
  RETURN_STEMS,
  STANCE_WORDS,
  STANDING_PROPOSAL,
  alternation,
  formsOf,
  formsWhere,
  matchesOf,
  regex,
  NOT_AFTER_WORD_OR_HYPHEN,
} from "@diarium/parser";
import type { Stance } from "@diarium/schema";

/**
 * What a member's act is directed at, read from the words after the verb: a stance toward the
 * matter ("bifall till motionen", "att ärendet ska återremitteras"), or a proposal whose direction
 * the paper gives elsewhere ("bifall till kommunstyrelsens förslag", "Lena Holmgrens yrkanden",
 * "eget förslag", "det yrkande som M och KD framställde i regionstyrelsen"), in rank order
 * ("i första hand …, i andra hand …").
 */

/** A proposal an act points to. */
export type Reference =
  | { kind: "standing"; office?: boolean } // the proposal before the meeting: "liggande förslag", "kommunstyrelsens förslag"; office: "förvaltningens förslag"
  | { kind: "own" } // the actor's own proposal: "eget förslag"
  | { kind: "owner"; owner: string } // a member's or a party's proposal: "Anders Lunds yrkande", "M:s och KD:s yrkande"
  | { kind: "previous"; orStanding?: boolean }; // the proposal just made: "instämde i yrkandet"; orStanding ("bifall till förslaget"): or the one before the meeting, which alone counts before any member's and must agree with it after one

/** One ranked claim of an act. `amendment` marks support for an addition to the proposal. */
export type Claim = { rank: number; stance: Stance | null; reference: Reference | null; amendment: boolean; start: number; end: number; against?: boolean };

const STANCE_OF = new Map<string, Stance>(STANCE_WORDS.flatMap((row) => row.forms.map((f) => [f, row.stance] as [string, Stance])));
const W = NOT_AFTER_WORD_OR_HYPHEN;
const E = String.raw`(?![\p{L}\d-])`;
const STANCE = alternation(formsOf(STANCE_WORDS));
const MATTER = alternation(formsOf(MATTER_NOUNS));
const PROPOSAL = alternation([...formsOf(PROPOSAL_NOUNS), ...formsOf(AMENDMENT_NOUNS)]);
// A stance word, then (within a few words, no other proposal between) the matter: "bifall till motionen",
// "avslag på motionen", "att bifalla att-satsen två (2)", "delvis bifalla motionen".
const STANCE_ON_MATTER = regex(String.raw`${W}(${alternation(formsOf(PARTIAL))}\s+)?(${STANCE})${E}(?:\s+${alternation(formsOf(OBJECT_PREPOSITIONS))})?\s+(?:${alternation(formsOf(POINTING_WORDS))}\s+|${alternation(formsOf(WHOLE_WORDS))}\s+)?(?:[\p{L}-]+\s+){0,2}?${MATTER}${E}(\s+${alternation(formsOf(PARTIAL))})?`, "iu");
// An owner's words run over abbreviations ("Tommy Rydfeldt (L) m.fl. förslag") but not over a sentence end.
const OWNER_TEXT = String.raw`(?:[^.;]|\.(?=\s?\p{Ll}))`;
// One numbered part of the matter: "motionens första att-sats", "andra yrkandet", "att-sats 2", "punkt 3".
const PART = String.raw`${alternation(formsOf(MATTER_PARTS))}\p{Ll}*`;
const NUMBERED_PART = regex(String.raw`${W}(?:${alternation(formsOf(ORDINALS))}|\d{1,2})\s+${PART}${E}|${W}${PART}\s+\d{1,2}(?!\d)`, "iu");
const WITH_CHANGE_AFTER = regex(String.raw`^[\s,]*${alternation(formsOf(WITH_CHANGE))}${E}`, "iu");
const STANCE_ON_MATTER_G = regex(STANCE_ON_MATTER.source, "giu");
// The matter, then a passive stance: "motionen anses besvarad", "att ärendet ska återremitteras", "att-satserna … som besvarade".
const MATTER_THEN_STANCE = regex(String.raw`${W}${MATTER}${E}[^.;]{0,160}?${W}(${STANCE})${E}(\s+${alternation(formsOf(PARTIAL))}${E})?`, "iu");
// A stance word toward a named proposal: "bifall till Lena Ekströms (C) förslag", "avslag till Jenny Holfs (KD) tilläggsförslag".
const STANCE_ON_PROPOSAL = regex(String.raw`${W}(${STANCE})${E}(?:\s+${alternation(formsOf(PROPOSAL_PREPOSITIONS))})?\s+([^;]{0,160}?)${W}(${PROPOSAL})${E}`, "iu");
// Joining a proposal without a stance word: "instämde i Anders Lunds yrkande", "till förmån för eget förslag".
const ON_PROPOSAL = regex(String.raw`(?:^\s*|${W}${alternation([...formsOf(IN_FAVOUR_OF), ...formsOf(JOINING_PREPOSITIONS)])}\s+)(${OWNER_TEXT}{0,160}?)${W}(${PROPOSAL})${E}`, "iu");
// A return to the preparing body, wherever it stands: "att ärendet ska återremitteras", "Maria Losmans (MP) återremissyrkande".
const REJECTING = alternation(STANCE_WORDS.filter((r) => r.stance === "avslag").flatMap((r) => [...r.forms]));
const RETURN = regex(String.raw`${W}(?<!${REJECTING}\s+${alternation(formsOf(CUE_NOUN_PREPOSITIONS))}?\s*[^.;]{0,40})${alternation(STANCE_WORDS.filter((r) => r.stance === "aterremiss").flatMap((r) => [...r.forms]))}${E}`, "iu");
// A proposal that is a return by its name: "återremissyrkande".
const RETURN_NAMED = regex(alternation(formsOf(RETURN_STEMS)), "iu");
const STANDING = regex(String.raw`${W}${alternation(formsOf(STANDING_PROPOSAL))}${E}`, "iu");
// A proposal noun that may name the proposal before the meeting: "förslaget", not "yrkandet".
const MAY_STAND = regex(String.raw`${W}${alternation(formsWhere(PROPOSAL_NOUNS, "standing", true))}${E}`, "iu");
const OWN = regex(String.raw`${W}${alternation(formsOf(OWN_PROPOSAL))}${E}`, "iu");
const AMENDMENT = regex(String.raw`${W}${alternation(formsOf(AMENDMENT_NOUNS))}${E}`, "iu");
const RANK = regex(String.raw`${W}(${alternation(formsOf(RANKS))})${E}`, "giu");
// A lone stance word with no object: "föreslår i första hand avslag", "yrkar återremiss"; not one whose object
// the rules before did not understand ("bifall till eget budgetförslag": the member's own budget, not this one).
const BARE_STANCE = regex(String.raw`${W}(${STANCE})${E}(?!\s+${alternation(formsOf(CUE_NOUN_PREPOSITIONS))}\s)`, "iu");
// An owner in the genitive before a proposal noun: a body ("kommunstyrelsens arbetsutskotts"), a member
// ("Fredrik Hanssons (C) m.fl."), a party ("Socialdemokraternas", "M:s och KD:s").
// "bifall till det yrkande som M och KD framställde …": the owner follows in a relative clause
const RELATIVE_CLAUSE = regex(String.raw`^\s+${alternation(formsOf(RELATIVES))}\s+([^.;]{1,120})`, "u");
// Nothing but a pointing word ("det", "detta") or nothing at all.
const POINTING_ONLY = regex(String.raw`^\s*(?:${alternation(formsOf(POINTING_WORDS))})?\s*$`, "iu");
const LEADING_PREPOSITION = regex(String.raw`^\s*${alternation(formsOf(OBJECT_PREPOSITIONS))}\s+`, "iu");
const LEADING_POINTER = regex(String.raw`^\s*${alternation(formsOf(POINTING_WORDS))}\s+`, "iu");
const STANDING_OWNER = regex(String.raw`^${alternation(formsOf(STANDING_OWNERS))}$`, "iu");
const OFFICE_OWNER = regex(String.raw`(?:${BODY_ENDINGS.filter((b) => b.role === "office").flatMap((b) => [...b.forms]).join("|")})\s*$`, "iu");
const POLITICAL_STEMS = BODY_STEMS.filter((stem) => BODY_ENDINGS.some((b) => b.role === "political" && (b.forms as readonly string[]).includes(stem)));
const BODY_OWNER = regex(String.raw`${alternation([...BODY_STEMS])}\p{L}*\s*$`, "iu");
// A political body as the first owner of a longer phrase: "kommunstyrelsens arbetsutskotts"
const BODY_FIRST = regex(String.raw`^(?:\p{L}+s\s+)?\p{L}*${alternation(POLITICAL_STEMS)}\p{L}*(?!\p{L})`, "iu");

/**
 * The ranked claims of an object phrase; offsets are relative to it.
 * @example claimsOf("i första hand att ärendet skulle återremitteras …, och i andra hand bifall till motionen.")
 * // [{ rank: 1, stance: "aterremiss", … }, { rank: 2, stance: "bifall", … }]
 */
export function claimsOf(object: string): Claim[] {
  const cuts: { rank: number; at: number }[] = [];
  for (const m of matchesOf(RANK, object)) {
    const row = RANKS.find((r) => (r.forms as readonly string[]).includes((m[1] ?? "").toLowerCase().replace(/\s+/gu, " ")));
    cuts.push({ rank: row?.rank ?? 1, at: m.index });
  }
  if (!cuts.length) cuts.push({ rank: 1, at: 0 });
  const out: Claim[] = [];
  cuts.forEach((cut, k) => {
    const from = k === 0 ? 0 : cut.at;
    const to = cuts[k + 1]?.at ?? object.length;
    const claim = claimIn(object.slice(from, to));
    if (claim) out.push({ ...claim, rank: cut.rank, start: claim.start + from, end: claim.end + from });
  });
  return out;
}

function stanceOf(word: string, partial: boolean): Stance | null {
  const s = STANCE_OF.get(word.toLowerCase().replace(/\s+/gu, " ")) ?? null;
  return s === "bifall" && partial ? "delvis_bifall" : s;
}

function claimIn(part: string): Omit<Claim, "rank"> | null {
  const base = { amendment: false };
  const back = RETURN.exec(part);
  if (back) return { ...base, stance: "aterremiss", reference: null, start: back.index, end: back.index + back[0].length };
  // a procedure first: "yrkar att ärendet ska återremitteras", "bifall till … återremissyrkande"
  const passive = MATTER_THEN_STANCE.exec(part);
  const stances: { stance: Stance; start: number; end: number }[] = [];
  // every stance on the matter in the part: "bifall till motionens första att-sats och avslag på övriga att-satser"
  for (const direct of matchesOf(STANCE_ON_MATTER_G, part)) {
    const s = stanceOf(direct[2] ?? "", Boolean(direct[1] || direct[3]));
    if (s) stances.push({ stance: s, start: direct.index, end: direct.index + direct[0].length });
  }
  if (passive) {
    // "Motion (2012:46) av … bifalles i huvudsak."
    const s = stanceOf(passive[1] ?? "", Boolean(passive[2]));
    if (s) stances.push({ stance: s, start: passive.index, end: passive.index + passive[0].length });
  }
  if (stances.length) {
    stances.sort((a, b) => a.start - b.start);
    const kinds = new Set(stances.map((s) => s.stance));
    const first = stances[0] as { stance: Stance; start: number; end: number };
    // "anse att-satserna ett, tre … som besvarade, och att bifalla att-satsen två": part of the motion granted
    // and so is one numbered part alone ("bifall till motionens första att-sats"), or the matter granted with a change of one's own
    const end = Math.max(...stances.map((s) => s.end));
    const partly = first.stance === "bifall" && stances.length === 1 && (NUMBERED_PART.test(part.slice(first.start, end + 30)) || WITH_CHANGE_AFTER.test(part.slice(end, end + 40)));
    const stance: Stance = (kinds.has("bifall") && (kinds.has("besvarad") || kinds.has("avslag"))) || partly ? "delvis_bifall" : first.stance;
    return { ...base, stance, reference: null, start: first.start, end };
  }
  const toProposal = STANCE_ON_PROPOSAL.exec(part);
  if (toProposal) {
    const word = stanceOf(toProposal[1] ?? "", false);
    const owner = toProposal[2] ?? "";
    const span = { start: toProposal.index, end: toProposal.index + toProposal[0].length };
    if (word === "aterremiss" || RETURN_NAMED.test(toProposal[3] ?? "")) return { ...base, stance: "aterremiss", reference: null, ...span };
    const amendment = AMENDMENT.test(toProposal[0]);
    // "avslag till Jenny Holfs (KD) tilläggsförslag" says nothing of the matter itself; "avslag på förslaget"
    // rejects the proposal before the meeting, which is the matter when no motion is answered
    if (word !== "bifall") return amendment ? null : { ...base, stance: null, reference: referenceOf(toProposal[0], owner), against: true, ...span };
    // "bifall till det yrkande som M och KD framställde i regionstyrelsen": the owner follows in a relative clause
    const relative = RELATIVE_CLAUSE.exec(part.slice(span.end));
    if (relative && POINTING_ONLY.test(owner)) return { ...base, stance: null, reference: { kind: "owner", owner: relative[1] ?? "" }, amendment, start: span.start, end: span.end + relative[0].length };
    const reference = referenceOf(owner + (toProposal[3] ?? ""), owner);
    // "bifall till kommunstyrelsens förslag med den ändringen att …": the proposal, changed
    const changed = WITH_CHANGE_AFTER.test(part.slice(span.end, span.end + 40));
    // support for an addition to the proposal is partial agreement with the matter
    if (amendment) return { ...base, stance: "delvis_bifall", reference: null, amendment: true, ...span };
    return { ...base, stance: null, reference, amendment: amendment || changed, ...span };
  }
  const joined = ON_PROPOSAL.exec(part);
  if (joined) {
    const span = { start: joined.index, end: joined.index + joined[0].length };
    if (RETURN_NAMED.test(joined[2] ?? "")) return { ...base, stance: "aterremiss", reference: null, ...span };
    // "föreslår följande ändringar i förslag till beslut": an amendment, partial agreement
    if (AMENDMENT.test(part.slice(0, span.end))) return { ...base, stance: "delvis_bifall", reference: null, amendment: true, ...span };
    return { ...base, stance: null, reference: referenceOf(joined[0], joined[1] ?? ""), amendment: false, ...span };
  }
  const bare = BARE_STANCE.exec(part);
  if (bare) {
    const s = stanceOf(bare[1] ?? "", false);
    if (s) return { ...base, stance: s, reference: null, start: bare.index, end: bare.index + bare[0].length };
  }
  return null;
}

/** What a proposal phrase points to. */
function referenceOf(phrase: string, owner: string): Reference {
  if (OWN.test(phrase)) return { kind: "own" };
  const who = owner.replace(LEADING_PREPOSITION, "").replace(LEADING_POINTER, "").trim();
  // a named owner wins over the words of the proposal: "Heidi Hankanen Ängbergs (C) förslag till beslut"
  if (!who || POINTING_ONLY.test(who)) return STANDING.test(phrase) ? { kind: "standing" } : MAY_STAND.test(phrase) ? { kind: "previous", orStanding: true } : { kind: "previous" };
  if (STANDING.test(`${who} förslag`) || STANDING_OWNER.test(who)) return { kind: "standing" };
  // an office's proposal ("förvaltningens förslag") is the paper's proposal only where the paper says the office made it
  if (OFFICE_OWNER.test(who)) return { kind: "standing", office: true };
  if (BODY_OWNER.test(who) || BODY_FIRST.test(who)) return { kind: "standing" };
  return { kind: "owner", owner: who };
}
