import { CAPITAL_AHEAD, GROUP_MARK_WORDS, NAME, NAME_PARTICLES, NOT_NAME_ENDINGS, NOT_NAME_WORDS, OFFICIAL_LABELS, PARTY_NOUNS, ROLES, alternation, formsOf, roleOf, regex, NOT_AFTER_LETTER } from "@diarium/parser";
import { isKnownParty, partyCode } from "@diarium/schema";

/** A person as the text names them, with the party mark that follows and where it stands. */
export type PersonMention = { name: string; party: string | null; role: string | null; start: number; end: number };

// A party mark after a name: "(MP)", "(mp)", "(-)" for a politisk vilde, "(båda MP)", "(alla S)".
const GROUP = alternation(formsOf(GROUP_MARK_WORDS));
const MARK = String.raw`\((?:${GROUP}\s+)?(\p{L}{1,3}|-)\)`;
// A role in parentheses right after the party mark: " (ordförande)", " (2:e vice ordförande)".
const ROLE_AFTER = regex(String.raw`^\s?\(((?:\d:e\s)?${alternation(formsOf(ROLES))})\)`, "iu");
// A role word right before a name: "borgarrådet", "vice ordföranden", "ledamoten", "1:e vice ordförande".
const ROLE_BEFORE = regex(String.raw`${NOT_AFTER_LETTER}((?:\d:e\s+)?${alternation(formsOf(ROLES))})\s*$`, "iu");
// A line of a list that is one member and the role after the mark: "Eva Ek (M), ordförande". Its role is that member's,
// not the next line's ("…(MP), vice ordförande" over "Anita Lindskog m.fl. (S)" in prose is the next name's).
// (capitalised words only, a name's particles aside: a vote column's word may lead, "Ja        Henrik Malmqvist (M), ordförande")
const CAPITAL_WORD = String.raw`(?:\p{Lu}[\p{L}'’.-]*|${alternation(formsOf(NAME_PARTICLES))})`;
const LISTED_MEMBER = regex(String.raw`^[ \t]*(?:${CAPITAL_WORD}[ \t]+)*${CAPITAL_WORD}[ \t]*\((?:\p{L}{1,3}|-)\)[ \t]*,?[ \t]*$`, "u");
// Words that are no first name: headings, labels, vote columns, roles ("Yrkanden", "Avstod", "Ledamoten").
const NOT_A_NAME_WORD = regex(String.raw`^${alternation([...formsOf(NOT_NAME_WORDS), ...formsOf(ROLES)])}$`, "iu");
// A capitalised word with a noun or participle ending: "Beslutande", "Ledamöterna", "Sammanfattning".
const NOUN_ENDING = regex(String.raw`^\p{L}+${alternation(formsOf(NOT_NAME_ENDINGS))}$`, "u");
// A party noun right before a marked name: "det lokala partiet Väståsas Väl (VV)".
const PARTY_NOUN_BEFORE = regex(String.raw`${NOT_AFTER_LETTER}${alternation(formsOf(PARTY_NOUNS))}\s+$`, "iu");
// One marked name, maybe "m.fl.": "Roger Mogert m.fl. (S)", "Boris Jernskiegg (-)".
// (CAPITAL_AHEAD first: the pattern runs over the whole paper, and most of its positions are no capital.)
const MARKED_NAME = regex(String.raw`${CAPITAL_AHEAD}(${NAME})\s*(?:m\.?\s?fl\.?\s*)?${MARK}`, "gu");
// A group mark closes a list of names: "Stefan Nilsson och Jonas Eklund (båda MP)".
const GROUP_MARK = regex(String.raw`\(${GROUP}\s+(\p{L}{1,3})\)`, "gu");
const NAME_G = regex(NAME, "gu");
// A name with a role in parentheses on an attendance list: "Ulrika Månsson (kommunsekreterare)".
const ROLE_IN_PARENS = String.raw`\((\p{Ll}[\p{Ll}\s]{3,40})\)`;
const NAME_WITH_ROLE = regex(String.raw`(?:^|\n|\t)(${NAME})\s${ROLE_IN_PARENS}`, "gu");
// The role alone: a text without one has no such name, and this search, led by a plain "(", says so fast.
const ANY_ROLE_IN_PARENS = regex(ROLE_IN_PARENS, "u");

// The official handling the paper, after the label: "Handläggare:\tJerker Gustafsson", "Handläggare\nEva Ström".
const OFFICIAL = regex(String.raw`(?:^|\t)${alternation(formsOf(OFFICIAL_LABELS))}\s*:?[ \t]*\n?[ \t]*(${NAME})[ \t]*$`, "gimu");
// The label alone: a text without one has no official to read, and OFFICIAL need not try each line.
const ANY_OFFICIAL_LABEL = regex(alternation(formsOf(OFFICIAL_LABELS)), "iu");
// The role of the official the label or the contact block names: "handläggare".
const OFFICIAL_ROLE: string = OFFICIAL_LABELS[0].role;
// A contact block: a line that is only a name over a line that opens with a telephone number ("Andrea Egerlundh\n0300-834272").
const PHONE_LINE = String.raw`\n(?:\+46|0)\d{1,3}[- ]?\d{2,3}[- ]?\d{2}[- ]?\d{0,2}(?!\d)`;
const CONTACT = regex(String.raw`^(${NAME})[ \t]*${PHONE_LINE}`, "gmu");
// The telephone line alone: a text without one has no contact block, and CONTACT need not try each line.
const ANY_PHONE_LINE = regex(PHONE_LINE, "u");

/** True for a word that a capitalised-word pattern took for a first name but that is a heading, label or role. */
function notAFirstName(word: string): boolean {
  return NOT_A_NAME_WORD.test(word) || NOUN_ENDING.test(word);
}

/**
 * The part of a matched name that is the name: not across a tab (a table cell or a label column),
 * not from a line that holds only the words before the break (a heading: "Ärendet\nJoakim Ramberg"),
 * and without leading heading, label or role words.
 * @example trimName("Ledamoten Lars-Göran Bäck") // { name: "Lars-Göran Bäck", skip: 10 }
 * @example trimName("Ärendet\nLennart Jonsson") // { name: "Lennart Jonsson", skip: 8 }
 */
export function trimName(raw: string, lineStart = true): { name: string; skip: number } {
  let skip = 0;
  let rest = raw;
  const tab = rest.lastIndexOf("\t");
  if (tab >= 0) {
    skip += tab + 1;
    rest = rest.slice(tab + 1);
  }
  const newline = rest.lastIndexOf("\n");
  // a wrapped name keeps its first line ("… Ann-Louise\nLundqvist (S)") unless that line is all it holds
  if (newline >= 0 && (lineStart || skip > 0) && rest.slice(newline + 1).split(/\s+/u).length >= 2) {
    skip += newline + 1;
    rest = rest.slice(newline + 1);
  }
  const words = rest.split(/(\s+)/u);
  while (words.length > 3 && notAFirstName(words[0] ?? "")) {
    skip += (words[0] ?? "").length + (words[1] ?? "").length;
    words.splice(0, 2);
  }
  return { name: words.join("").replace(/\s+/gu, " "), skip };
}

/**
 * Drops role words and heading words that the capitalised-word pattern took for a first name.
 * @example cleanName("Beslutande Linda Espeving") // "Linda Espeving"
 */
export function cleanName(raw: string): string {
  return trimName(raw).name;
}

function atLineStart(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "\t")) i--;
  return i < 0 || text[i] === "\n";
}

/**
 * True when a mark outside the party vocabulary spells the initials of the words before it.
 * @example abbreviates("Region Halland", "RH") // true
 */
function abbreviates(name: string, mark: string): boolean {
  if (isKnownParty(partyCode(mark))) return false;
  const initials = name.split(/[\s-]+/u).map((w) => w.charAt(0)).join("");
  return initials.toUpperCase() === mark.toUpperCase();
}

// A role after a comma, ending its line: ", ordförande", ", 2:e vice ordförande".
const ROLE_TRAILING = regex(String.raw`^[ \t]*,[ \t]*((?:\d:e\s)?${alternation(formsOf(ROLES))})[ \t]*(?:\n|$)`, "iu");

/** True when the line up to `at` is a list line of one member and its mark ("Eva Ek (M),"): what follows on it is that member's. */
function listLineBefore(text: string, at: number): boolean {
  return LISTED_MEMBER.test(text.slice(text.lastIndexOf("\n", at - 1) + 1, at));
}

/** The role that ends the list line of a member whose mark ends at `end` ("Eva Ek (M), ordförande"), or null (in prose it is the next name's). */
function listedRole(text: string, end: number): string | null {
  const role = ROLE_TRAILING.exec(text.slice(end, end + 40))?.[1];
  return role && listLineBefore(text, end) ? role : null;
}

function roleBefore(text: string, start: number): string | null {
  const from = Math.max(0, start - 30);
  const m = ROLE_BEFORE.exec(text.slice(from, start));
  if (!m) return null;
  const at = from + m.index;
  // a role ending a list line is the member's before it, not this name's
  if (text.slice(at, start).includes("\n") && listLineBefore(text, at)) return null;
  return roleOf((m[1] ?? "").replace(/^\d:e\s+/u, ""));
}

function partyOf(mark: string): string | null {
  return mark === "-" ? null : partyCode(mark);
}

/** A name found by a pattern, trimmed to the name proper, or null when too little is left. */
function mention(text: string, raw: string, at: number): { name: string; start: number } | null {
  const { name, skip } = trimName(raw, atLineStart(text, at));
  if (name.split(" ").length < 2) return null;
  return { name, start: at + skip };
}

/**
 * True for a character that may stand between a marked name's first letter and its mark: a letter,
 * an apostrophe, a hyphen, a full stop or white space (and, to be safe, anything past ASCII).
 */
function mayPrecedeMark(code: number): boolean {
  if (code >= 0x80) return true;
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0x27 || code === 0x2d || code === 0x2e;
}

/**
 * The matches of MARKED_NAME over the text, found from its marks: the pattern runs only over the
 * run of name characters before each "(" up to its ")", not from every capital of the paper (most of
 * which start no marked name). A match holds no "(" before its mark and ends at the first ")"
 * after it, so no match is missed and each is the one a scan of the whole text finds.
 * @example [...markedNames("yrkade Anna Berg (S) bifall")][0]?.[1] // "Anna Berg"
 */
function* markedNames(text: string): Generator<RegExpExecArray & { index: number }> {
  let from = 0;
  for (let open = text.indexOf("(", from); open >= 0; open = text.indexOf("(", from)) {
    const close = text.indexOf(")", open);
    if (close < 0) return;
    let start = open;
    while (start > from && mayPrecedeMark(text.charCodeAt(start - 1))) start--;
    MARKED_NAME.lastIndex = 0;
    const m = start < open ? MARKED_NAME.exec(text.slice(start, close + 1)) : null;
    if (!m) {
      from = open + 1;
      continue;
    }
    m.index += start;
    from = m.index + m[0].length;
    yield m;
  }
}

/**
 * Every person the text names with a party mark, a list mark or an attendance role, and the official
 * handling the paper ("Handläggare:\tJerker Gustafsson", a contact block's name over a telephone number).
 * @example personMentions("borgarråden Karin Wanngård och Tomas Rudin (båda S)") // two mentions, party "S"
 */
export function personMentions(text: string): PersonMention[] {
  const out: PersonMention[] = [];
  for (const m of markedNames(text)) {
    const found = mention(text, m[1] ?? "", m.index);
    if (!found) continue;
    // a party's own name with its code is no person: "det lokala partiet Väståsas Väl (VV)"
    if (PARTY_NOUN_BEFORE.test(text.slice(Math.max(0, found.start - 30), found.start))) continue;
    // an organisation's own abbreviation is no party: "Region Halland (RH)", "Göteborgs Stad (GS)"
    if (abbreviates(found.name, m[2] ?? "")) continue;
    const end = m.index + m[0].length;
    // an attendance list gives the role after the party: "Linda Espeving (M) (ordförande)", or after a comma at
    // the end of a list line: "Eva Ek (M), ordförande"
    const after = ROLE_AFTER.exec(text.slice(end, end + 40))?.[1] ?? listedRole(text, end);
    out.push({ name: found.name, party: partyOf(m[2] ?? "-"), role: roleBefore(text, found.start) ?? (after ? roleOf(after.replace(/^\d:e\s+/u, "")) : null), start: found.start, end });
  }
  for (const g of text.matchAll(GROUP_MARK)) {
    const end = g.index ?? 0;
    // The list runs back to the verb or preposition that introduces it: "anfördes av", "Motion (2012:46) av".
    const from = Math.max(0, end - 200);
    const window = text.slice(from, end);
    const cut = Math.max(window.lastIndexOf(" av "), window.lastIndexOf("\n\n"), window.lastIndexOf(". "), window.lastIndexOf(")"));
    const list = window.slice(cut + 1);
    const base = from + cut + 1;
    for (const n of list.matchAll(NAME_G)) {
      const found = mention(text, n[0], base + (n.index ?? 0));
      if (!found) continue;
      out.push({ name: found.name, party: partyCode(g[1] ?? ""), role: roleBefore(text, found.start), start: found.start, end: end + g[0].length });
    }
  }
  for (const m of ANY_ROLE_IN_PARENS.test(text) ? text.matchAll(NAME_WITH_ROLE) : []) {
    const at = (m.index ?? 0) + m[0].indexOf(m[1] ?? "");
    const found = mention(text, m[1] ?? "", at);
    if (!found) continue;
    out.push({ name: found.name, party: null, role: (m[2] ?? "").trim(), start: found.start, end: (m.index ?? 0) + m[0].length });
  }
  // the official who handles the paper, from the header label or the contact block of a tjänsteskrivelse
  for (const re of [...(ANY_OFFICIAL_LABEL.test(text) ? [OFFICIAL] : []), ...(ANY_PHONE_LINE.test(text) ? [CONTACT] : [])]) {
    for (const m of text.matchAll(re)) {
      const at = (m.index ?? 0) + m[0].indexOf(m[1] ?? "");
      const found = mention(text, m[1] ?? "", at);
      if (found) out.push({ name: found.name, party: null, role: OFFICIAL_ROLE, start: found.start, end: at + (m[1] ?? "").length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
