import {
  ANSWER_PHRASES,
  AUTHOR_NOUNS,
  AUTHORED_MATTERS,
  COUNCILS,
  DATED_WORDS,
  DOCUMENT_KINDS,
  MATTER_AUTHOR_PREPOSITIONS,
  MATTER_NAMES,
  MATTER_PARTS,
  MOTION_LIST_OPENINGS,
  MOTION_PROPOSING,
  ORDINALS,
  OWN_VOICE_PLACES,
  PART_OWNERS,
  SUBJECT_WORDS,
  SUBMISSION_PHRASES,
  alternation,
  capitalized,
  evidence,
  formsOf,
  formsWhere,
  isoFrom,
  matchesOf,
  sentenceAt,
  sentencesOf,
  type NormalizedDocument,
  type Sentence,
  regex,
  NOT_AFTER_LETTER,
  CAPITAL_FIRST,
  NAME,
} from "@diarium/parser";
import { isKnownParty, partyCode, type DocumentMeta, type Matter, type MatterFact, type Person, type PersonEntry, type Section } from "@diarium/schema";
import type { PersonMention } from "../swedish/names.ts";
import { mergeVariants } from "./people.ts";

/**
 * The matter the paper decides on: a motion, medborgarförslag or skrivelse with its number, authors,
 * date and att-satser, read from the sentences that hand it in ("X (S) och Y (S) föreslår i en motion",
 * "har … lämnat en motion", "Motion från X (SD)", "en skrivelse, daterad …, från …") and the list or
 * the sentences in which it proposes.
 */

// A paper's kind word: "Motion (2012:46) av …", "Skrivelse från Anna Berg (S) om …".
const MOTION = alternation(formsWhere(DOCUMENT_KINDS, "kind", "motion"));
const SKRIVELSE = alternation(formsWhere(DOCUMENT_KINDS, "kind", "skrivelse"));
// The words before a matter's authors: "från", "av".
const BY = alternation(formsOf(MATTER_AUTHOR_PREPOSITIONS));
// The date word agreeing with a matter (motion, skrivelse): "daterad".
const DATED_WORD = alternation(formsWhere(DATED_WORDS, "agrees", "common"));
// The word naming the matter, undeclined (not "motionen", "motionär"): "Motion (2012:46) av", "svar på motion från".
const MOTION_WORD = regex(String.raw`${NOT_AFTER_LETTER}${alternation(formsOf(MATTER_NAMES))}(?!\p{L})`, "giu");
// "Motion (2012:46)", "motion nr 2025:115", "Motion 2025 nr 115".
// (the word before its boundary: a pattern that opens with a plain word is searched for fast, one that opens with \b is tried at every position)
const MOTION_NUMBER = regex(String.raw`${MOTION}(?<=\b${MOTION})\s*(?:nr\s*)?\(?(\d{4}:\d{1,4}|\d{4}\s+nr\s+\d{1,4})\)?`, "iu");
// A skrivelse by members: "Skrivelse från Anna Berg (S) om …", "skrivelse av (V)".
const SKRIVELSE_BY = regex(String.raw`${SKRIVELSE}(?<=\b${SKRIVELSE})\s+${BY}\s+[^.\n]{0,80}?\(\p{L}{1,3}\)`, "iu");
// The answer a paper's title gives: "Svar på motion från …", "Svar på skrivelse från Socialdemokraterna …".
const REPLY = formsWhere(ANSWER_PHRASES, "reply", true);
const ANSWERS = regex(String.raw`${NOT_AFTER_LETTER}${alternation([...REPLY, ...capitalized(REPLY)])}\s+(${alternation(formsOf(AUTHORED_MATTERS))})(?!\p{L})`, "u");
// The matter a title answers is a skrivelse: "Svar på skrivelse från Socialdemokraterna …".
const ANSWERS_SKRIVELSE = regex(`^${SKRIVELSE}`, "iu");
// A closing place and date: "Stockholm den 17 september 2012".
const CLOSING_DATE = regex(String.raw`\n\p{Lu}[\p{L}-]+\s+den\s+(\d{1,2}\s+\p{L}+\s+\d{4})\s*\n`, "gu");
// A Beslutsunderlag line naming the motion and its date: "Motion från Viking Bengtsson (V) … barnfamiljer, 2023-02-01",
// "Motion från Stefan Jägnert (SD) 2024-01-30".
const UNDERLAG_LINE = regex(String.raw`(?:^|\n)${alternation(capitalized(formsWhere(DOCUMENT_KINDS, "kind", "motion")))}\b[^\n]*(?:\n[^\n]+)?,?\s(\d{4}-\d{2}-\d{2})\s*(?:\n|$)`, "u");
// A matter dated where it is named: "en skrivelse, daterad den 22 mars 2021", "i en motion daterad den 27 september 2021".
const DATED = regex(String.raw`${NOT_AFTER_LETTER}${alternation(formsOf(AUTHORED_MATTERS))}(?!\p{L})[^.]{0,60}?${NOT_AFTER_LETTER}${DATED_WORD}\s+(?:den\s+)?(\d{1,2}\s+\p{L}+\s+\d{4}|\d{4}-\d{2}-\d{2})`, "iu");
// The sentence a motion was handed in with: "har till kommunfullmäktige den 24 september 2025, § 204 lämnat en motion".
const HANDED_IN = regex(String.raw`${NOT_AFTER_LETTER}den\s+(\d{1,2}\s+\p{L}+\s+\d{4})[^.]{0,40}?${alternation(formsOf(SUBMISSION_PHRASES))}(?!\p{L})`, "iu");
// The motion's proposal list opens: "Vi föreslår därför att kommunfullmäktige beslutar att", "Motionären föreslår följande:".
const ANNOUNCES_LIST = alternation(formsWhere(MOTION_LIST_OPENINGS, "part", "announcement"));
const LIST_OPENS = regex(
  String.raw`${NOT_AFTER_LETTER}${alternation(formsOf(MOTION_PROPOSING))}\s+(?:${alternation(formsWhere(MOTION_LIST_OPENINGS, "part", "subject"))}\s+)?(?:${alternation(formsWhere(MOTION_LIST_OPENINGS, "part", "adverb"))}\s+)?(?:${alternation(formsWhere(MOTION_LIST_OPENINGS, "part", "council"))}|${ANNOUNCES_LIST})\s*:?\s*\n`,
  "giu",
);
// Two lines that open a list end where it begins: "föreslår följande:", "daterad den 27 september\n2021".
const OPENS_LIST_AT_END = regex(String.raw`:$|(?:${ANNOUNCES_LIST}|\d{4})$`, "u");
// A list item: "1. förstärka …", "•\tatt …", "-Att …", "4 Att …", "att …".
const ITEM = /^(?:\d{1,2}[.)]|\d{1,2}\s+(?=att\s)|[•\-–−]|att\s)/iu;
const ITEM_MARK = /^(?:\d{1,2}[.)]?|[•\-–−])\s*/u;
// Ordinal yrkanden named by the answer when the motion is not quoted: "motionens första yrkande".
const ORDINAL = regex(String.raw`${NOT_AFTER_LETTER}${alternation(formsOf(PART_OWNERS))}\s+(${alternation(formsOf(ORDINALS))})\s+${alternation(formsWhere(MATTER_PARTS, "part", "yrkande"))}`, "giu");
// The phrase that hands a matter in, with its authors before it: "föreslår i en motion", "har … lämnat en motion".
const SUBMITTED = regex(String.raw`${alternation(formsOf(SUBMISSION_PHRASES), NOT_AFTER_LETTER)}(?!\p{L})`, "iu");
// The matter with its authors after it: "motion från", "Motion (2012:46) av", "skrivelse, daterad den 22 mars 2021, från".
const AUTHORED = regex(String.raw`${NOT_AFTER_LETTER}${alternation(formsOf(AUTHORED_MATTERS))}(?:\s*\([^)]{1,20}\))?(?:,?\s+${DATED_WORD}\s+[^,.]{4,30},)?\s+${BY}\s`, "iu");
// Where a list of authors after "från" ends: the subject ("om …", "gällande …"), a dash, a date.
const AUTHORS_END = regex(String.raw`\s${alternation(formsOf(SUBJECT_WORDS))}\s|\s[–-]\s|,?\s\d{4}-\d{2}-\d{2}`, "u");
// Words that open the motion's own proposals: "föreslår", "föreslogs", "Förslagen i motionen är".
const PROPOSING = regex(String.raw`${NOT_AFTER_LETTER}${alternation(formsOf(MOTION_PROPOSING))}(?!\p{L})`, "iu");
const PROPOSING_AT_END = regex(String.raw`${PROPOSING.source}$`, "iu");
// The motion's own voice: "Motionären föreslår", "I skrivelsen föreslogs", "Förslagen i motionen".
const OWN_VOICE = regex(String.raw`${NOT_AFTER_LETTER}(?:${alternation(formsOf(AUTHOR_NOUNS))}|${alternation(formsOf(OWN_VOICE_PLACES))})(?!\p{L})`, "iu");
const SUBMITTED_G = regex(SUBMITTED.source, "giu");
const AUTHORED_G = regex(AUTHORED.source, "giu");
// A proposal to the council in prose: "Motionären vill … att kommunfullmäktige ger …", "föreslagit att kommunfullmäktige beslutar".
const ASKS_COUNCIL = regex(String.raw`${NOT_AFTER_LETTER}${alternation(formsOf(MOTION_PROPOSING))}(?!\p{L})[^.]{0,80}?\batt\s+${alternation(formsOf(COUNCILS))}\b`, "iu");
// The handing-in sentence that states the motion's one proposal: "föreslår i en motion att initiera en förstudie".
const SUBMITTED_WITH_PROPOSAL = regex(String.raw`${NOT_AFTER_LETTER}${alternation(formsOf(MOTION_PROPOSING))}\s+${alternation(formsOf(SUBMISSION_PHRASES))}\s+att\s+\p{Ll}`, "iu");

// A motion's subject after it: "Motion från Viking Bengtsson (V) om …".
const MOTION_TITLE = regex(String.raw`${MOTION}(?<=\b${MOTION})[^\n]{0,120}?\bom\s+[”"]?([^”"\n.]+(?:\n[^”"\n.]+)?)`, "iu");
// A reference to the matter that names a motion (not a medborgarförslag).
const MOTION_NAMED = regex(MOTION, "iu");

const ASKS_COUNCIL_G = regex(ASKS_COUNCIL.source, "giu");
const SUBMITTED_WITH_PROPOSAL_G = regex(SUBMITTED_WITH_PROPOSAL.source, "giu");

/** The items of a list that starts at `lines[from]`, each item with its wrapped lines. */
function listItems(lines: readonly string[], from: number): string[] {
  const items: string[] = [];
  for (let j = from; j < lines.length; j++) {
    const line = (lines[j] ?? "").trim();
    if (!line) {
      if (items.length && !ITEM.test((lines[j + 1] ?? "").trim())) break;
      continue;
    }
    if (ITEM.test(line)) items.push(line.replace(ITEM_MARK, ""));
    // a new statement ("Kommunfullmäktige beslutar …") after a line that ends a sentence closes the list
    else if (/[.!]$/u.test(items.at(-1) ?? "") && CAPITAL_FIRST.test(line)) break;
    else items[items.length - 1] += ` ${line}`;
  }
  return items;
}

/**
 * The motion's proposals as a list after the words that open them: "Motionärerna föreslår följande:\n• Att …",
 * "I skrivelsen\nföreslogs\natt …", "föreslår i en motion att:\nKommunstyrelsen ger … i uppdrag:\n- Att …".
 */
function listedProposals(text: string, own: boolean): string[] {
  for (const m of text.matchAll(LIST_OPENS)) {
    const items = listItems(text.slice((m.index ?? 0) + m[0].length).split("\n"), 0);
    if (items.length) return items;
  }
  const lines = text.split("\n");
  for (let i = 1; i < lines.length; i++) {
    if (!ITEM.test((lines[i] ?? "").trim()) || ITEM.test((lines[i - 1] ?? "").trim())) continue;
    // the two lines before the list, blank lines skipped, open it
    const before: string[] = [];
    for (let k = i - 1; k >= 0 && before.length < 2; k--) if ((lines[k] ?? "").trim()) before.unshift((lines[k] ?? "").trim());
    const opening = before.join(" ");
    if (!PROPOSING.test(opening) || !(own || OWN_VOICE.test(opening) || SUBMITTED.test(opening))) continue;
    // the opening ends where the list begins: "föreslår följande:", "I skrivelsen\nföreslogs", "daterad den 27 september\n2021"
    if (!OPENS_LIST_AT_END.test(opening) && !PROPOSING_AT_END.test(opening)) continue;
    const items = listItems(lines, i);
    // bare "att" lines are a list only when there are two or more; one is a wrapped sentence ("föreslagit\natt kommunfullmäktige …")
    const bare = /^att\s/iu.test((lines[i] ?? "").trim());
    if (items.length >= (bare ? 2 : 1)) return items;
  }
  return [];
}

/**
 * The motion's proposals told in prose: each sentence in which the motion or its authors ask the council
 * for something ("Motionären vill … att kommunfullmäktige ger …"), a sentence repeated in a later part
 * counted once; else the one proposal of the sentence that hands it in ("föreslår i en motion att initiera …").
 */
function proseProposals(text: string, sentences: readonly Sentence[], authors: readonly Person[]): string[] {
  const said = new Map<string, string>();
  const byAuthor = (s: string): boolean => OWN_VOICE.test(s) || authors.some((a) => s.includes(a.name));
  for (const { sentence, at, match } of inSentences(text, sentences, ASKS_COUNCIL_G)) {
    const body = text.slice(sentence.start, sentence.end);
    const key = body.replace(/\s+/gu, " ");
    if (!said.has(key) && byAuthor(body)) said.set(key, text.slice(at + match.lastIndexOf("att"), sentence.end).replace(/\s+/gu, " "));
  }
  if (said.size) return [...said.values()];
  for (const { sentence, at, match } of inSentences(text, sentences, SUBMITTED_WITH_PROPOSAL_G)) {
    if (byAuthor(text.slice(sentence.start, sentence.end))) return [text.slice(at + match.lastIndexOf("att"), sentence.end).replace(/\s+/gu, " ")];
  }
  return [];
}

/** Every match of a global pattern that lies within one sentence, with that sentence: one pass over the text. */
function* inSentences(text: string, sentences: readonly Sentence[], pattern: RegExp): Generator<{ sentence: Sentence; at: number; match: string }> {
  for (const m of matchesOf(pattern, text)) {
    const at = m.index;
    const sentence = sentenceAt(sentences, at);
    if (sentence && at + m[0].length <= sentence.end) yield { sentence, at, match: m[0] };
  }
}

/** The first mention that starts at or after `at`, by binary search over mentions sorted by start. */
function firstFrom(mentions: readonly PersonMention[], at: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid] as PersonMention).start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function motionDate(text: string, sections: Section[]): string | null {
  const motion = sections.flatMap((s) => [s, ...s.children]).find((s) => s.kind === "motion");
  if (motion) {
    const closing = [...text.slice(motion.start, motion.end).matchAll(CLOSING_DATE)].at(-1);
    if (closing) return isoFrom(closing[1] ?? "");
  }
  const underlag = UNDERLAG_LINE.exec(text);
  if (underlag) return underlag[1] ?? null;
  const dated = DATED.exec(text);
  if (dated) return isoFrom(dated[1] ?? "");
  const handed = HANDED_IN.exec(text);
  return handed ? isoFrom(handed[1] ?? "") : null;
}

/**
 * The authors: the marked names before the phrase that hands the matter in, in the same sentence
 * ("Lennart Jonsson (SD) och Marie Omström (SD) föreslår i en motion"), and after the matter's "från"/"av"
 * up to its subject ("Svar på motion från Stefan Jägnert (SD) om …"); spellings of one person joined.
 */
function authorsOf(text: string, sentences: readonly Sentence[], mentions: readonly PersonMention[]): Person[] {
  const spans: [number, number][] = [];
  for (const { sentence, at } of inSentences(text, sentences, SUBMITTED_G)) spans.push([sentence.start, at]);
  for (const { sentence, at, match } of inSentences(text, sentences, AUTHORED_G)) {
    const from = at + match.length;
    const stop = text.slice(from, sentence.end).search(AUTHORS_END);
    spans.push([from, stop < 0 ? sentence.end : from + stop]);
  }
  const found: PersonEntry[] = [];
  const taken = new Set<PersonMention>();
  for (const [a, b] of spans.sort((x, y) => x[0] - y[0])) {
    for (let k = firstFrom(mentions, a); k < mentions.length && (mentions[k] as PersonMention).start < b; k++) {
      const m = mentions[k] as PersonMention;
      if (taken.has(m)) continue;
      taken.add(m);
      found.push({ name: m.name, party: m.party, roles: [] });
    }
  }
  return mergeVariants(found).map((p) => ({ name: p.name, party: p.party, role: null }));
}

// A signer's line at a motion's end: a name and its party mark alone, "Anna Ek (V)".
const SIGNER_LINE = regex(String.raw`^[ \t]*(${NAME})[ \t]*\((\p{Lu}{1,3})\)[ \t]*$`, "gmu");

/**
 * A paper that is itself a motion ("Motion till kommunfullmäktige" over its title) is its own matter:
 * its title and date, its att-satser, and the members who sign it, each on a line of their own after them.
 * @example ownMotion(doc, meta).proposals // ["att kommunen inför gratis kollektivtrafik för alla under 20 år,", …]
 */
export function ownMotion(doc: NormalizedDocument, meta: Pick<DocumentMeta, "title" | "date" | "evidence">): MatterFact {
  const text = doc.text;
  const proposals = listedProposals(text, true);
  const last = proposals.at(-1);
  const after = last ? text.lastIndexOf(last.slice(0, 40)) : 0;
  const authors: Person[] = [];
  for (const m of text.slice(Math.max(0, after)).matchAll(SIGNER_LINE)) if (isKnownParty(m[2] ?? "")) authors.push({ name: (m[1] ?? "").trim(), party: partyCode(m[2] ?? ""), role: null });
  return { kind: "motion", number: null, title: meta.title, date: meta.date, authors, proposals, evidence: meta.evidence?.title ?? null };
}

/**
 * The motion the paper answers, if it answers one.
 * @example extractMatters(doc, sections, mentions)[0].number // "2012:46"
 */
export function extractMatters(doc: NormalizedDocument, sections: Section[], mentions: PersonMention[]): MatterFact[] {
  const text = doc.text;
  // the matter is named early and often; a hundred mentions are plenty to find it
  let refs = [...text.matchAll(MOTION_WORD)].slice(0, 100);
  // the paper's own title names what it answers: "Svar på skrivelse från …" is a skrivelse though a motion is mentioned
  const answers = ANSWERS.exec(text.slice(0, 2000));
  const answersSkrivelse = ANSWERS_SKRIVELSE.test(answers?.[1] ?? "");
  const skrivelse = refs.length && !answersSkrivelse ? null : (SKRIVELSE_BY.exec(text) ?? (answersSkrivelse ? answers : null));
  if (skrivelse) refs = [skrivelse];
  if (!refs.length) return [];
  const attachments = sections.find((s) => s.kind === "bilaga")?.start ?? text.length;
  // the clause layer already holds the sentences of a paper without attachments
  const sentences = attachments === text.length ? doc.sentences : sentencesOf(text.slice(0, attachments));
  const authors = authorsOf(text, sentences, mentions);
  const kind = skrivelse ? "skrivelse" : refs.some((r) => MOTION_NAMED.test(r[0])) ? "motion" : "other";
  const first = refs[0];
  const number = MOTION_NUMBER.exec(text)?.[1] ?? null;
  const motionSection = sections.flatMap((s) => [s, ...s.children]).find((s) => s.kind === "motion");
  const listed = motionSection ? listedProposals(text.slice(motionSection.start, motionSection.end), true) : [];
  const ordinals = [...new Set([...text.matchAll(ORDINAL)].map((m) => (m[1] ?? "").toLowerCase()))].map((o) => `motionens ${o} yrkande`);
  const proposals = listed.length ? listed : listedProposals(text.slice(0, attachments), false);
  const prose = proposals.length || ordinals.length ? [] : proseProposals(text, sentences, authors);
  const titleMatch = MOTION_TITLE.exec(text);
  const title = titleMatch ? (titleMatch[1] ?? "").replace(/\s+/gu, " ").trim() : null;
  return [
    {
      kind,
      number,
      title,
      date: motionDate(text, sections),
      authors,
      proposals: proposals.length ? proposals : ordinals.length ? ordinals : prose,
      evidence: first ? evidence(doc, first.index ?? 0, (first.index ?? 0) + first[0].length) : null,
    },
  ];
}
