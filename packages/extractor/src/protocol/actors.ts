import { GROUP_NOUNS, GROUP_PREPOSITIONS, LIST_JOINS, PARTY_NOUNS, alternation, formsOf, formsWhere, matchesOf, regex, roleOf, NOT_AFTER_LETTER, NOT_AFTER_WORD_OR_HYPHEN, WORD_OPENING } from "@diarium/parser";
import { isKnownParty, partyCode, type Person } from "@diarium/schema";
import { groupNounCodes, partyNameMentions } from "../extractors/parties.ts";
import { firstAtOrAfter } from "../offsets.ts";
import type { PersonMention } from "../swedish/names.ts";

/**
 * Who acts in a clause: members named with a party mark, members named without one whom the
 * paper marks elsewhere, and party groups named in words or codes ("Ledamöterna för M och KD",
 * "Sverigedemokraternas ledamöter", "Moderaterna och Kristdemokraterna").
 */

/** The members and parties of a clause's subject. */
export type Actors = { people: Person[]; parties: string[] };

/** What a paper says once about its people and parties, read by every clause. */
export type ActorIndex = {
  mentions: PersonMention[];
  /** The party each person has where the paper marks it. */
  partyOf: Map<string, string | null>;
  /** Local parties the paper introduces: "det lokala partiet Väståsas Väl (VV)" → "väståsas väl" → "VV". */
  localParties: Map<string, string>;
};

// A party introduced by name and code after the word "partiet": "det lokala partiet Väståsas Väl (VV)".
const PARTY_WORD = alternation(formsWhere(PARTY_NOUNS, "introduces", true));
const LOCAL_PARTY = regex(String.raw`${PARTY_WORD}(?<=\b${PARTY_WORD})\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}?[\p{L}-]+){0,3})\s+\((\p{Lu}{1,4})\)`, "gu");
// A party code standing as a word: "Ledamöterna för M och KD", "M:s och KD:s yrkande".
const CODE_WORD = regex(String.raw`${NOT_AFTER_WORD_OR_HYPHEN}(\p{Lu}{1,3})(?::s)?(?![\p{L}\d-])`, "gu");
// What parts party codes in a list: "M, KD", "S och V", "S & V".
export const CODE_SEPARATOR = String.raw`\s*(?:,|&|${alternation(formsOf(LIST_JOINS))})\s*`;
/** A list of party codes: "M och KD", "S, V och MP" (the codes' own check is the caller's). */
export const CODE_LIST = String.raw`\p{Lu}{1,3}(?:${CODE_SEPARATOR}\p{Lu}{1,3})*`;
// A subject of party codes alone: "M och KD", "S, V och MP".
const CODES_ONLY = regex(String.raw`^\s*${CODE_LIST}\s*$`, "u");
// Party codes in parentheses, the party mark: "(S)", "(MP)", "(S, V och MP)"; before and after one of them.
const CODES_OPEN = regex(String.raw`\(\s*(?:\p{Lu}{1,3}${CODE_SEPARATOR})*$`, "u");
const CODES_CLOSE = regex(String.raw`^${CODE_LIST}\s*\)`, "u");
// A group of a party's members: "Ledamöterna från", "Samtliga ledamöter för".
const GROUP = regex(String.raw`${NOT_AFTER_LETTER}${alternation(formsOf(GROUP_NOUNS))}\s+${alternation(formsOf(GROUP_PREPOSITIONS))}\s`, "iu");

/**
 * Reads once what every clause needs about people and parties.
 * @example actorIndex(text, personMentions(text)).localParties.get("väståsas väl") // "VV"
 */
export function actorIndex(text: string, mentions: PersonMention[]): ActorIndex {
  const localParties = new Map<string, string>();
  for (const m of text.matchAll(LOCAL_PARTY)) if (!isKnownParty(m[2] ?? "")) localParties.set((m[1] ?? "").toLowerCase(), m[2] ?? "");
  const people = mentions.filter((m) => !isPartyName(m.name, localParties)).sort((a, b) => a.start - b.start);
  const partyOf = new Map<string, string | null>();
  for (const m of people) if (m.party || !partyOf.has(m.name)) partyOf.set(m.name, m.party);
  return { mentions: people, partyOf, localParties };
}

function isPartyName(name: string, local: Map<string, string>): boolean {
  return local.has(name.toLowerCase());
}

/**
 * The parties a passage names in words or codes, in order.
 * @example partiesNamed("Ledamöterna för Centerpartiet, Liberalerna och Väståsas Väl", index) // ["C", "L", "VV"]
 */
export function partiesNamed(passage: string, index: ActorIndex): { code: string; at: number }[] {
  const out: { code: string; at: number }[] = [];
  for (const m of partyNameMentions(passage)) out.push({ code: m.code, at: m.start });
  for (const [name, code] of index.localParties) {
    const at = passage.toLowerCase().indexOf(name);
    if (at >= 0) out.push({ code, at });
  }
  for (const m of matchesOf(CODE_WORD, passage)) {
    const code = m[1] ?? "";
    if (isKnownParty(code) || [...index.localParties.values()].includes(code)) out.push({ code: partyCode(code), at: m.index });
  }
  return out.sort((a, b) => a.at - b.at);
}

/**
 * The mentions that lie in [start, end), by binary search over mentions sorted by start.
 * @example mentionsBetween(index.mentions, 0, 60)
 */
export function mentionsBetween(mentions: readonly PersonMention[], start: number, end: number): PersonMention[] {
  const out: PersonMention[] = [];
  for (let i = firstAtOrAfter(mentions, (m) => m.start, start); i < mentions.length; i++) {
    const m = mentions[i] as PersonMention;
    if (m.start >= end) break;
    if (m.end <= end) out.push(m);
  }
  return out;
}

/**
 * The actors of a clause's subject, the span [start, end) of the text.
 * @example actorsIn(text, 0, 60, index) // for "Ermin Škorić (S), Astrid Börjesson (S) och Eva Tingström (S) reserverar sig": three people, ["S"]
 */
export function actorsIn(text: string, start: number, end: number, index: ActorIndex): Actors {
  const people = new Map<string, Person>();
  const parties: string[] = [];
  const addParty = (code: string): void => {
    if (!parties.includes(code)) parties.push(code);
  };
  for (const m of mentionsBetween(index.mentions, start, end)) {
    if (!people.has(m.name)) people.set(m.name, { name: m.name, party: m.party, role: m.role });
    if (m.party) addParty(m.party);
  }
  const passage = text.slice(start, end);
  if (people.size === 0) {
    // a group of members ("Ledamöterna för M och KD") or parties as the subject ("Moderaterna och Kristdemokraterna")
    for (const g of groupNounCodes(passage)) addParty(g.code);
    const group = GROUP.exec(passage);
    const named = partiesNamed(group ? passage.slice(group.index) : passage, index);
    // a code alone is a party only after a group noun, as a party mark ("(S), (V) och (MP) reserverar sig") or
    // where the subject's line is codes and nothing else ("M och KD yrkar avslag"); in running prose "S" or "M" may be anything
    const codesOnly = CODES_ONLY.test(passage.slice(passage.lastIndexOf("\n") + 1));
    for (const p of named) if (group || codesOnly || wordAt(passage, p.at) || markAt(passage, p.at)) addParty(p.code);
    if (!parties.length) for (const [name, party] of index.partyOf) if (party && passage.includes(name)) {
      people.set(name, { name, party, role: null });
    }
    // the chair by office alone, "Ordföranden yrkar bifall …": the one member the paper gives that office
    const chair = !parties.length && !people.size ? holderOf(index, passage.trim()) : null;
    if (chair) people.set(chair.name, { name: chair.name, party: chair.party, role: chair.role });
  }
  return { people: [...people.values()], parties };
}

/**
 * The member who holds the office a subject names alone ("Ordföranden", "Vice ordföranden"), where
 * the paper gives it to one member only (the attendance list: "Eva Ek (M), ordförande"); else null.
 */
function holderOf(index: ActorIndex, subject: string): PersonMention | null {
  const role = subject.length < 30 ? roleOf(subject) : null;
  if (!role) return null;
  const holders = index.mentions.filter((m) => m.role === role && m.party);
  return new Set(holders.map((m) => m.name)).size === 1 ? (holders[0] ?? null) : null;
}

/** True when the code at `at` stands in parentheses, as a party mark does: "(MP)", "(S, V)". */
function markAt(passage: string, at: number): boolean {
  return CODES_OPEN.test(passage.slice(Math.max(0, at - 40), at)) && CODES_CLOSE.test(passage.slice(at, at + 40));
}

/** True when the text at `at` is a party named in words, not a bare code. */
function wordAt(passage: string, at: number): boolean {
  return WORD_OPENING.test(passage.slice(at, at + 2));
}
