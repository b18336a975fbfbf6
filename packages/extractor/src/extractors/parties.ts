import { MARK_PREPOSITIONS, PARTY_MEMBER_NOUNS, alternation, formsOf, regex, NOT_AFTER_LETTER, NOT_AFTER_WORD, NOT_AFTER_WORD_OR_HYPHEN } from "@diarium/parser";
import { warning, PARTIES, isKnownParty, partyCode, partyInfo, type PartyEntry, type Warning } from "@diarium/schema";
import type { PersonMention } from "../swedish/names.ts";

/**
 * Parties: codes counted only in party contexts, so that a list letter, "Taxebilaga B" or
 * "typhus A" is never a party, and names in words ("Ledamöterna från Miljöpartiet").
 */

// The codes of the party vocabulary as papers write them: "MP", and the older capitalised "Fp".
const CODE = alternation(PARTIES.flatMap((p) => (p.code.length > 1 ? [p.code, p.code.charAt(0) + p.code.slice(1).toLowerCase()] : [p.code])));
// A code list in prose: "S och M", "MP, L, och KD:s förslag"; every member must be a known code.
const CODE_LIST = regex(String.raw`${NOT_AFTER_WORD_OR_HYPHEN}${CODE}(?::s)?(?:(?:,\s*|\s+och\s+|,\s+och\s+)${CODE}(?::s)?)+(?![\p{L}\d-])`, "gu");
// A lone code in the genitive or before a group noun: "KD:s förslag", "S-ledamöterna", "s-, mp- och v-ledamöterna".
const CODE_GENITIVE = regex(String.raw`${NOT_AFTER_WORD_OR_HYPHEN}(${CODE}):s\b`, "gu");
const GROUP_NOUN = regex(String.raw`${NOT_AFTER_WORD}((?:\p{L}{1,2}-(?:,\s*|\s+och\s+)){0,8}\p{L}{1,2})-${alternation(formsOf(PARTY_MEMBER_NOUNS))}(?!\p{L})`, "giu");
// The hyphen and group noun alone ("-ledamöterna"): a text without one holds no group noun, and this
// search, led by a plain "-", rejects it far faster than GROUP_NOUN's try at every word.
const HYPHEN_NOUN = regex(`-${alternation(formsOf(PARTY_MEMBER_NOUNS))}`, "iu");
// A bare parenthesised code not after a name: "reservationen av (S)", "motionen från (MP)".
const BARE_MARK = regex(String.raw`${NOT_AFTER_LETTER}${alternation(formsOf(MARK_PREPOSITIONS))}\s+\((\p{L}{1,3})\)`, "gu");

// A party named in words, stem by stem: "Sverigedemokraterna", "Vänsterpartiets", "Miljöpartiet de gröna"
// (sticky: each stem is tried only where some stem stands).
const PARTY_WORDS = PARTIES.flatMap((p) => p.stems.map((stem) => ({ code: p.code, re: regex(String.raw`${NOT_AFTER_LETTER}${stem}\p{L}*`, "iuy") })));
// Any stem at all, written as PARTY_WORDS writes each: one search of the text finds where the stems may stand.
const ANY_STEM = regex(`(?:${PARTIES.flatMap((p) => p.stems).join("|")})`, "giu");

/**
 * A party named in words: "Miljöpartiet", "Vänsterpartiets", "Socialdemokraterna"; party by party
 * (stem by stem), each in text order.
 * @example partyNameMentions("Ledamöterna från Miljöpartiet och Kristdemokraterna").map((m) => m.code) // ["MP", "KD"]
 */
export function partyNameMentions(text: string): { code: string; start: number; end: number }[] {
  // Every offset where a stem stands, overlapping ones too (the search goes on from the next
  // character): one search instead of one per stem, and most passages name no party in words.
  const starts: number[] = [];
  ANY_STEM.lastIndex = 0;
  for (let m = ANY_STEM.exec(text); m; m = ANY_STEM.exec(text)) {
    starts.push(m.index);
    ANY_STEM.lastIndex = m.index + 1;
  }
  const out: { code: string; start: number; end: number }[] = [];
  if (starts.length === 0) return out;
  for (const { code, re } of PARTY_WORDS) {
    for (const at of starts) {
      re.lastIndex = at;
      const m = re.exec(text);
      if (m) out.push({ code, start: at, end: at + m[0].length });
    }
  }
  return out;
}

/**
 * Codes named by a group noun.
 * @example groupNounCodes("Reservation anfördes av s-, mp- och v-ledamöterna").map((m) => m.code) // ["S", "MP", "V"]
 */
export function groupNounCodes(text: string): { code: string; start: number; end: number }[] {
  const out: { code: string; start: number; end: number }[] = [];
  if (!HYPHEN_NOUN.test(text)) return out;
  for (const m of text.matchAll(GROUP_NOUN)) {
    const codes = (m[1] ?? "").split(/-?(?:,\s*|\s+och\s+)/u).map((c) => partyCode(c));
    for (const code of codes) if (isKnownParty(code)) out.push({ code, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  return out;
}

/**
 * Every party the paper names in a party context, with its mention count.
 * @example extractParties("Göran Isacsson (M) och Marie Omström (SD) föreslår bifall", mentions) // M, SD
 */
export function extractParties(text: string, people: PersonMention[]): { parties: PartyEntry[]; warnings: Warning[] } {
  const counts = new Map<string, number>();
  const add = (code: string): void => void counts.set(code, (counts.get(code) ?? 0) + 1);
  const seenGroup = new Set<number>();
  for (const p of people) {
    if (!p.party) continue;
    // a list "(båda MP)" counts once, not once per name
    if (seenGroup.has(p.end)) continue;
    seenGroup.add(p.end);
    add(p.party);
  }
  for (const m of text.matchAll(CODE_LIST)) for (const c of m[0].split(/,\s*och\s+|,\s*|\s+och\s+/u)) add(partyCode(c.replace(/:s$/u, "")));
  for (const m of text.matchAll(CODE_GENITIVE)) {
    const before = text.slice(Math.max(0, (m.index ?? 0) - 4), m.index ?? 0);
    if (!/(?:,\s*|\s+och\s+)$/u.test(before)) add(partyCode(m[1] ?? ""));
  }
  for (const m of groupNounCodes(text)) add(m.code);
  for (const m of text.matchAll(BARE_MARK)) if (isKnownParty(m[1] ?? "")) add(partyCode(m[1] ?? ""));
  for (const m of partyNameMentions(text)) add(m.code);
  const parties: PartyEntry[] = [];
  const warnings: Warning[] = [];
  for (const [code, mentions] of counts) {
    const info = partyInfo(code);
    if (!info) {
      warnings.push(warning("W_UNKNOWN_PARTY", `party code ${code} is not in the vocabulary`, null));
    }
    parties.push({ code, name: info?.name ?? code, mentions });
  }
  return { parties, warnings };
}
