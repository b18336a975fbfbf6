import {
  BODY_STEMS,
  DECISION_OBJECTS,
  MATTER_PARTS,
  PARTLY,
  PASSIVE_OUTCOMES,
  REJECTION_STEMS,
  REMAINDER,
  DEEM_ADVERBS,
  DEEM_VERBS,
  DEEMED_ANSWERED_WORDS,
  MEETING_PROPOSAL_WORDS,
  PART_OWNERS,
  PART_VERBS,
  PREDICATIVE_LINKS,
  PROPOSAL_BLOCK_ENDS,
  PROPOSAL_HEADING_ADDRESSES,
  PROPOSAL_HEADING_DECISIONS,
  PROPOSAL_HEADINGS,
  UTLATANDE_PROPOSAL_CLOSES,
  UTLATANDE_PROPOSAL_OPENINGS,
  alternation,
  evidence,
  formsOf,
  headingKind,
  type NormalizedDocument,
  regex,
  NOT_AFTER_LETTER,
  CAPITAL_FIRST,
} from "@diarium/parser";
import type { Proposal, Section, Stance } from "@diarium/schema";
import { resolveCue, stanceCue } from "../swedish/stance.ts";

/**
 * The issuer's proposal: the "föreslår att kommunfullmäktige beslutar följande" block that opens an
 * utlåtande, the "Förslag till beslut" block of a tjänsteskrivelse, or the decision or förslag block
 * that opens a protocol paragraph ("Beslut", "Kommunfullmäktiges beslut", "Beslut – Förslag till
 * kommunfullmäktige", "Nämnden för Vård & Omsorgs förslag till beslut till kommunfullmäktige").
 */

// The opening of an utlåtande: "Kommunstyrelsen föreslår att kommunfullmäktige beslutar följande."
const PROPOSES = regex(
  String.raw`${NOT_AFTER_LETTER}${alternation(formsOf(UTLATANDE_PROPOSAL_OPENINGS))}\s+\p{L}*${alternation(BODY_STEMS)}\p{L}*\s+${alternation(formsOf(UTLATANDE_PROPOSAL_CLOSES))}\.?`,
  "iu",
);
// Mixed parts: "avslår motionens första yrkande … bifaller motionens andra yrkande".
const partOf = (stance: "bifall" | "avslag"): RegExp =>
  regex(
    String.raw`${NOT_AFTER_LETTER}${alternation(PART_VERBS.filter((row) => row.stance === stance).flatMap((row) => [...row.forms]))}\s+${alternation(formsOf(PART_OWNERS))}\s+\p{L}+\s+${alternation(formsOf(MATTER_PARTS))}`,
    "iu",
  );
const GRANTS_PART = partOf("bifall");
const REJECTS_PART = partOf("avslag");
// A heading of the issuer's proposal or decision, alone on its line: "Förslag till beslut i kommunfullmäktige",
// "Kommunstyrelsens förslag till kommunfullmäktige", "Regionfullmäktiges beslut", "Beslut – Förslag till kommunfullmäktige".
const ADDRESS = alternation(formsOf(PROPOSAL_HEADING_ADDRESSES));
const PROPOSAL_HEADING = regex(
  String.raw`^(?:\p{Lu}[\p{L}&\s-]{0,60}?s\s+|[\p{L}\s]{0,12}[–-]\s*)?${alternation(formsOf(PROPOSAL_HEADINGS))}(?:\s+${ADDRESS}\s+(?:${alternation(formsOf(PROPOSAL_HEADING_DECISIONS))}\s+${ADDRESS}\s+)?\p{L}+)?\s*:?$`,
  "iu",
);
// The members' proposals at the meeting, not the issuer's: "Förslag till beslut på sammanträdet", "Ledamöternas förslag till beslut".
const MEETING_PROPOSALS = regex(alternation(formsOf(MEETING_PROPOSAL_WORDS)), "iu");
// A matter or its parts held for answered: "anse motionen besvarad", "ansåg därmed skrivelsen besvarad",
// "Att anse att-satserna ett (1), tre (3), fyra (4) och fem (5) som besvarade".
const DEEMED_ANSWERED = regex(
  String.raw`${NOT_AFTER_LETTER}${alternation(formsOf(DEEM_VERBS))}\s+(?:${alternation(formsOf(DEEM_ADVERBS))}\s+)?(?:att\s+)?${alternation(formsOf(DECISION_OBJECTS))}[^.;\n]{0,80}?\s(?:${alternation(formsOf(PREDICATIVE_LINKS))}\s+)?${alternation(formsOf(DEEMED_ANSWERED_WORDS))}(?!\p{L})`,
  "iu",
);
// A part of the matter granted or rejected: "Att avslå att-satsen två (2)", "bifaller motionens första att-sats".
const PART = regex(String.raw`${NOT_AFTER_LETTER}(${alternation(formsOf(PART_VERBS))})\s+(?:${alternation(formsOf(DECISION_OBJECTS))}|${alternation(formsOf(PART_OWNERS))}\s+\p{L}+\s+${alternation(formsOf(MATTER_PARTS))})`, "giu");
// The matter's outcome in the past passive after it: "Motionen avslogs.", "Skrivelsen ansågs besvarad."
const PASSIVE = regex(String.raw`${alternation(formsOf(DECISION_OBJECTS))}\s+(${alternation(formsOf(PASSIVE_OUTCOMES))})(?!\p{L})`, "iu");
// A granting decision made partial: "i huvudsak", "delvis"; a decision on the rest of the matter: "i övrigt".
const PARTLY_WORD = regex(String.raw`${NOT_AFTER_LETTER}${alternation(formsOf(PARTLY))}(?!\p{L})`, "iu");
const REMAINDER_WORD = regex(String.raw`${NOT_AFTER_LETTER}${alternation(formsOf(REMAINDER))}(?!\p{L})`, "iu");
// The sentence after an utlåtande's proposal, in the rapporteur's or a body's voice: "Borgarrådsberedningen tillstyrker …".
const NEXT_VOICE = regex(String.raw`\n\p{Lu}[^\n]*\s${alternation(formsOf(PROPOSAL_BLOCK_ENDS))}\s`, "u");
// Any word that rejects, by its stem: "avslår motionen i övrigt", "avstyrker".
const REJECTS = regex(alternation(formsOf(REJECTION_STEMS)), "iu");
/** The longest block read as a proposal, in characters. */
const BLOCK = 1500;

/** The stances of one clause of a proposal: every part it grants or rejects, else its one outcome. */
function clauseStances(clause: string): Stance[] {
  if (DEEMED_ANSWERED.test(clause)) return ["besvarad"];
  const out: Stance[] = [];
  for (const part of clause.matchAll(PART)) {
    const stance = PART_VERBS.find((row) => (row.forms as readonly string[]).includes((part[1] ?? "").toLowerCase()))?.stance;
    if (stance) out.push(stance);
  }
  const passive = PASSIVE.exec(clause);
  if (passive) {
    const stance = PASSIVE_OUTCOMES.find((row) => (row.forms as readonly string[]).includes((passive[1] ?? "").toLowerCase().replace(/\s+/gu, " ")))?.stance;
    if (stance) out.push(stance);
  }
  const cue = stanceCue(clause);
  if (cue && "stance" in cue && !out.includes(cue.stance)) out.push(cue.stance);
  // "… och avslår motionen i övrigt": a decision on the rest beside a decided part
  if (REMAINDER_WORD.test(clause) && out.length === 1 && out[0] === "bifall" && REJECTS.test(clause)) out.push("avslag");
  if (PARTLY_WORD.test(clause) && out.length === 1 && out[0] === "bifall") return ["delvis_bifall"];
  return out;
}

/**
 * The stance of a proposal's text toward the matter; a paper without a matter adopts what it proposes.
 * Clauses that grant one part and reject another make a delvis bifall; parts held answered and parts
 * rejected make the matter answered.
 * @example outcomeOf("Motionen avstyrks.", true) // "avslag" (Alingsås TEN § 65)
 * @example outcomeOf("Att anse att-satserna ett (1), tre (3), fyra (4) och fem (5) som besvarade.\nAtt avslå att-satsen två (2).", true) // "besvarad" (Mölndal KF § 121)
 */
export function outcomeOf(text: string, hasMatter: boolean): Stance | null {
  if (GRANTS_PART.test(text) && REJECTS_PART.test(text)) return "delvis_bifall";
  const clauses = text.split(/\n(?=\s*(?:\d{1,2}[.)]?\s|[•–-]\s*)?att\s)|(?<=[.;])\s+/iu);
  const each = clauses.map(clauseStances);
  const stances = new Set(each.flat());
  if ((stances.has("bifall") || stances.has("delvis_bifall")) && stances.has("avslag")) return "delvis_bifall";
  if (stances.has("besvarad")) return "besvarad";
  const first = each.find((s) => s.length > 0)?.[0];
  if (first) return first;
  const stance = resolveCue(stanceCue(text), hasMatter ? null : "bifall");
  if (stance) return stance;
  return hasMatter ? null : "bifall";
}

/** The line is a heading of its own: short, not a sentence. */
function headingLike(line: string): boolean {
  return line.length <= 90 && !/[.,;]$/u.test(line) && headingKind(line) !== null;
}

/**
 * The blocks under proposal or decision headings that hold text, in order: the lines after the heading up
 * to the next heading. A heading directly over another ("Beslut\nFörslag till beslut i kommunfullmäktige")
 * gives way to the inner one.
 */
function headedBlocks(doc: NormalizedDocument, before: number): { start: number; end: number }[] {
  const lines = doc.lines;
  const out: { start: number; end: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as (typeof lines)[number];
    if (line.start >= before) break;
    const t = doc.text.slice(line.start, line.end).trim();
    // a heading opens with a capital ("Förslag till beslut"), not a wrapped "förslag till beslut" in prose
    // (looked at first: a line of prose opening in lower case need not be tried against the headings)
    if (!CAPITAL_FIRST.test(t) || !PROPOSAL_HEADING.test(t) || MEETING_PROPOSALS.test(t)) continue;
    let end = -1;
    let start = -1;
    for (let j = i + 1; j < lines.length; j++) {
      const next = lines[j] as (typeof lines)[number];
      const nt = doc.text.slice(next.start, next.end).trim();
      if (nt === "") continue;
      if (PROPOSAL_HEADING.test(nt) || headingLike(nt) || (nt.length <= 60 && !/[.!?]$/u.test(nt) && MEETING_PROPOSALS.test(nt)) || next.start - line.end > BLOCK) break;
      if (start < 0) start = next.start;
      end = next.end;
    }
    if (start >= 0 && start < before) out.push({ start, end });
  }
  return out;
}

/**
 * The proposal and its outcome.
 * @example extractProposal(doc, sections, true).outcome // "besvarad" for "… anses besvarad med vad som sägs i utlåtandet."
 */
export function extractProposal(doc: NormalizedDocument, sections: Section[], hasMatter: boolean): Proposal | null {
  const text = doc.text;
  const opening = PROPOSES.exec(text);
  let start: number;
  let end: number;
  if (opening) {
    start = opening.index + opening[0].length;
    const para = text.indexOf("\n\n", start + 2);
    const nextSentence = text.slice(start).search(NEXT_VOICE);
    end = Math.min(para < 0 ? text.length : para, nextSentence < 0 ? text.length : start + nextSentence);
  } else {
    const attachments = sections.find((s) => s.kind === "bilaga")?.start ?? text.length;
    const blocks = headedBlocks(doc, attachments);
    const first = blocks[0];
    if (!first) return null;
    // A decision that refers to a proposal ("Kommunstyrelsen beslutar enligt arbetsutskottets förslag") takes its
    // outcome from the next proposal block that gives one ("Arbetsutskottets förslag till beslut\nKommunfullmäktige avslår motionen").
    const firstEv = evidence(doc, first.start, first.end);
    if (hasMatter && firstEv.quote && outcomeOf(firstEv.quote, hasMatter) === null) {
      for (const b of blocks.slice(1)) {
        const ev = evidence(doc, b.start, b.end);
        const outcome = ev.quote ? outcomeOf(ev.quote, hasMatter) : null;
        if (outcome) return { text: ev.quote, outcome, evidence: ev };
      }
    }
    ({ start, end } = first);
  }
  const ev = evidence(doc, start, end);
  if (!ev.quote) return null;
  return { text: ev.quote, outcome: outcomeOf(ev.quote, hasMatter), evidence: ev };
}
