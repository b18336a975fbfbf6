import {
  CUE_AMENDMENTS,
  CUE_MATTERS,
  CUE_NO_PART,
  CUE_NOUN_PREPOSITIONS,
  CUE_NOUNS,
  CUE_PARTLY,
  CUE_PASSIVE_SUBJECTS,
  CUE_PASSIVES,
  CUE_RETURNS,
  CUE_VERBS,
  CUE_WHOLE,
  CUE_WITH_PROPOSAL,
  PROPOSAL_STEMS,
  alternation,
  formsOf,
  formsWhere,
  regex,
  NOT_AFTER_LETTER,
} from "@diarium/parser";
import type { Stance } from "@diarium/schema";

/**
 * The stance vocabulary: the Swedish verbs and phrases by which a body or a party group takes a
 * position toward the matter (a motion, a skrivelse), and those by which it refers to a proposal
 * whose direction is only known from the proposal itself ("bifall till kommunstyrelsens förslag").
 */

/** What a phrase says: a stance toward the matter, or agreement with a proposal whose outcome decides it. */
export type StanceCue = { stance: Stance; start: number; end: number } | { proposal: true; start: number; end: number };

// The matter as object: "motionen", "motionens förslag", "förslaget i motionen", "medborgarförslaget".
const MATTER = alternation(formsOf(CUE_MATTERS));
// Partial before the verb ("Delvis bifalla") and after it ("bifalles i huvudsak").
const PARTLY_BEFORE = alternation(formsWhere(CUE_PARTLY, "place", "before"));
const PARTLY_AFTER = alternation(formsWhere(CUE_PARTLY, "place", "after"));

// A verb toward the matter, then the matter: "Delvis bifalla motionen", "tillstyrker motionen", "anta motionens förslag".
const VERB_THEN_MATTER = regex(
  String.raw`(${PARTLY_BEFORE}\s+)?\b(${alternation(formsOf(CUE_VERBS))})\s+(?:${PARTLY_AFTER}\s+)?(?:${alternation(formsOf(CUE_WHOLE))}\s+)?${MATTER}`,
  "iu",
);

// A noun toward the matter: "yrkar bifall till motionen", "avslag på motionen".
const NOUN_THEN_MATTER = regex(String.raw`(${PARTLY_BEFORE}\s+)?\b(${alternation(formsOf(CUE_NOUNS))})\s+${alternation(formsOf(CUE_NOUN_PREPOSITIONS))}\s+${MATTER}`, "iu");

// The matter, then a passive: "att motionen tillstyrks", "Motion (2012:46) av … anses besvarad", "… bifalles i huvudsak".
const MATTER_THEN_PASSIVE = regex(
  String.raw`\b${alternation(formsOf(CUE_PASSIVE_SUBJECTS))}\b[^.;]{0,300}?${NOT_AFTER_LETTER}(${alternation(formsOf(CUE_PASSIVES))})\b(\s+${PARTLY_AFTER})?`,
  "iu",
);

// Procedure and abstention: "att ärendet återremitteras", "yrkar återremiss", "deltar inte i beslutet".
const RETURN = regex(String.raw`${NOT_AFTER_LETTER}${alternation(formsOf(CUE_RETURNS))}\b`, "iu");
const NO_PART = regex(String.raw`\b${alternation(formsOf(CUE_NO_PART))}\b`, "iu");

// Amendments to the proposal: "föreslår följande ändringar i förslag till beslut", "tilläggsyrkande".
const AMENDS = regex(
  String.raw`${alternation(formsWhere(CUE_AMENDMENTS, "part", "change"), NOT_AFTER_LETTER)}\s+(?:\S+\s+)?${alternation(formsWhere(CUE_AMENDMENTS, "part", "proposal"))}\b|${alternation(formsWhere(CUE_AMENDMENTS, "part", "addition"), String.raw`\b`)}\b`,
  "iu",
);

// Agreement with a proposal: "bifall till kommunstyrelsens förslag", "kommunstyrelsens förslag till beslut bifalls",
// "instämmer i förvaltningens förslag", "tillstyrker föredragande borgarrådets förslag".
const WITH_PROPOSAL = regex(
  String.raw`\b${alternation(formsWhere(CUE_WITH_PROPOSAL, "place", "before"))}\s+[\p{L}\s]{0,40}?${alternation(formsOf(PROPOSAL_STEMS))}|\b${alternation(formsWhere(CUE_WITH_PROPOSAL, "place", "passive"))}\b`,
  "iu",
);
// A cue made partial after its verb: "… bifalla i huvudsak motionen".
const PARTLY_AFTER_WORD = regex(PARTLY_AFTER, "iu");

/** The stance of each cue word, by its form in lower case with single spaces: "bifalla" → bifall, "anses vara besvarad" → besvarad. */
const CUE_STANCES = new Map<string, Stance>([...CUE_VERBS, ...CUE_NOUNS, ...CUE_PASSIVES].flatMap((row) => row.forms.map((f): [string, Stance] => [f, row.stance])));

function verbStance(verb: string, partly: boolean): Stance {
  const stance = CUE_STANCES.get(verb.toLowerCase().replace(/\s+/gu, " ")) ?? "bifall";
  return stance === "bifall" && partly ? "delvis_bifall" : stance;
}

/**
 * The first stance cue in a passage, tried from the most to the least specific form.
 * @example stanceCue("1. Delvis bifalla motionen") // { stance: "delvis_bifall", … }
 * @example stanceCue("föreslår bifall till kommunstyrelsens förslag till beslut") // { proposal: true, … }
 */
export function stanceCue(text: string): StanceCue | null {
  const found: StanceCue[] = [];
  const at = (m: RegExpExecArray | null, make: (m: RegExpExecArray) => StanceCue): void => {
    if (m) found.push(make(m));
  };
  const span = (m: RegExpExecArray): { start: number; end: number } => ({ start: m.index, end: m.index + m[0].length });
  at(NO_PART.exec(text), (m) => ({ stance: "ingen_stallning", ...span(m) }));
  at(RETURN.exec(text), (m) => ({ stance: "aterremiss", ...span(m) }));
  at(VERB_THEN_MATTER.exec(text) ?? NOUN_THEN_MATTER.exec(text), (m) => ({
    stance: verbStance(m[2] ?? "", Boolean(m[1]) || PARTLY_AFTER_WORD.test(m[0])),
    ...span(m),
  }));
  at(MATTER_THEN_PASSIVE.exec(text), (m) => {
    const verbText = m[1] ?? "";
    return { stance: verbStance(verbText, Boolean(m[2])), ...span(m) };
  });
  at(AMENDS.exec(text), (m) => ({ stance: "delvis_bifall", ...span(m) }));
  at(WITH_PROPOSAL.exec(text), (m) => ({ proposal: true, ...span(m) }));
  // the earliest cue is the one the passage opens with: "1. Delvis bifalla motionen 2. Att därutöver anföra …"
  return found.sort((a, b) => a.start - b.start)[0] ?? null;
}

/**
 * The stance a cue gives, once the proposal's own outcome is known.
 * @example resolveCue({ proposal: true, start: 0, end: 5 }, "avslag") // "avslag"
 */
export function resolveCue(cue: StanceCue | null, proposalOutcome: Stance | null): Stance | null {
  if (!cue) return null;
  return "stance" in cue ? cue.stance : proposalOutcome;
}
