import { NAME } from "@diarium/parser";
import { partyCode } from "@diarium/schema";

/** A person as the text names them, with the party mark that follows and where it stands. */
export type PersonMention = { name: string; party: string | null; role: string | null; start: number; end: number };

// A party mark after a name: "(MP)", "(mp)", "(-)" for a politisk vilde, "(båda MP)", "(alla S)".
const MARK = String.raw`\((?:(?:båda|alla|samtliga)\s+)?(\p{L}{1,3}|-)\)`;
// A role word before a name: "borgarrådet", "vice ordföranden", "ledamoten".
const ROLE = /^(?:borgarråd(?:et|en)?|vice\s+ordförande(?:n)?|ordförande(?:n)?|ledamot(?:en)?|ledamöterna|ersättare(?:n)?|stadsdirektör(?:en)?|förvaltningschef(?:en)?|handläggare(?:n)?|kommunalråd(?:et)?|föredragande)$/iu;
// A role in parentheses right after the party mark: " (ordförande)", " (2:e vice ordförande)".
const ROLE_AFTER = /^\s?\(((?:\d:e\s)?(?:vice\s)?ordförande|ersättare|ledamot|gruppledare|kommunalråd)\)/u;
// Leading words the name pattern may swallow from a heading or a sentence start: "Beslutande Linda Espeving".
const NOT_A_FIRST_NAME = /^(?:\p{L}+(?:ande|ende|arna|orna|erna|ning|else|het|tion|ighet)|Reservation|Ordföranden|Föredragande|Motion|Protokoll|Justerande|Sekreterare|Beslutande|Ersättare|Närvarande)$/u;
// One marked name, maybe "m.fl.": "Roger Mogert m.fl. (S)", "Boris Jernskiegg (-)".
const MARKED_NAME = new RegExp(String.raw`(${NAME})\s*(?:m\.?\s?fl\.?\s*)?${MARK}`, "gu");
// A group mark closes a list of names: "Stefan Nilsson och Jonas Eklund (båda MP)".
const GROUP_MARK = /\((?:båda|alla|samtliga)\s+(\p{L}{1,3})\)/gu;
const NAME_G = new RegExp(NAME, "gu");
// A name with a role in parentheses on an attendance list: "Ulrika Månsson (kommunsekreterare)".
const NAME_WITH_ROLE = new RegExp(String.raw`(?:^|\n|\t)(${NAME})\s\((\p{Ll}[\p{Ll}\s]{3,40})\)`, "gu");

/**
 * Drops role words and heading words that the capitalised-word pattern took for a first name.
 * @example cleanName("Beslutande Linda Espeving") // "Linda Espeving"
 */
export function cleanName(raw: string): string {
  const words = raw.split(/\s+/u);
  while (words.length > 2 && NOT_A_FIRST_NAME.test(words[0] ?? "")) words.shift();
  return words.join(" ");
}

function roleBefore(text: string, start: number): string | null {
  const before = text.slice(Math.max(0, start - 30), start);
  const m = /(vice\s+ordförande[n]?|\p{L}+)\s*$/u.exec(before);
  if (!m || !ROLE.test(m[1] ?? "")) return null;
  const word = (m[1] ?? "").toLowerCase().replace(/\s+/gu, " ");
  return word.replace(/^(borgarråd|ledamot|ordförande|vice ordförande|ersättare)(?:et|en|n)$/u, "$1");
}

function partyOf(mark: string): string | null {
  return mark === "-" ? null : partyCode(mark);
}

/**
 * Every person the text names with a party mark, a list mark or an attendance role.
 * @example personMentions("borgarråden Karin Wanngård och Tomas Rudin (båda S)") // two mentions, party "S"
 */
export function personMentions(text: string): PersonMention[] {
  const out: PersonMention[] = [];
  for (const m of text.matchAll(MARKED_NAME)) {
    const name = cleanName(m[1] ?? "");
    const start = (m.index ?? 0) + (m[0].length - m[0].replace(/^\s+/u, "").length) + (m[1] ?? "").length - name.length;
    const end = (m.index ?? 0) + m[0].length;
    // an attendance list gives the role after the party: "Linda Espeving (M) (ordförande)"
    const after = ROLE_AFTER.exec(text.slice(end, end + 30))?.[1] ?? null;
    out.push({ name, party: partyOf(m[2] ?? "-"), role: roleBefore(text, start) ?? after, start, end });
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
      const name = cleanName(n[0]);
      const start = base + (n.index ?? 0) + n[0].length - name.length;
      out.push({ name, party: partyCode(g[1] ?? ""), role: roleBefore(text, start), start, end: end + g[0].length });
    }
  }
  for (const m of text.matchAll(NAME_WITH_ROLE)) {
    const name = cleanName(m[1] ?? "");
    const start = (m.index ?? 0) + m[0].indexOf(m[1] ?? "");
    out.push({ name, party: null, role: (m[2] ?? "").trim(), start, end: (m.index ?? 0) + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}
