import type { SectionKind } from "@diarium/schema";
import { BODY_ENDINGS } from "../lexicon/bodies.ts";
import { HEADING_WORDS, type HeadingPlace } from "../lexicon/headings.ts";
import { alternation } from "../lexicon/match.ts";
import { regex } from "../text/regex.ts";

/**
 * The heading families: how Swedish decision papers name their parts, read from the lexicon's
 * HEADING_WORDS. Matched against a heading's text in lower case; the first family that matches
 * wins, so specific forms come first.
 */
type Family = { kind: SectionKind; pattern: RegExp };

// The kinds of political body in their definite form: "nämnden", "styrelsen".
const BODY_KIND_FIRST = alternation(BODY_ENDINGS.filter((b) => b.role === "political").map((b) => b.forms[1] ?? b.forms[0]));

// A genitive owner before a heading's words: "Förvaltningens förslag till beslut", "Kommunfullmäktiges beslut".
// The owner may be two genitives ("Kommunstyrelsens arbetsutskotts förslag") or a body named by its
// kind first ("Nämnden för Vård & Omsorgs förslag till beslut").
const OWNER = String.raw`(?:\p{L}+s (?:\p{L}+s )?|${BODY_KIND_FIRST} för [\p{L}& -]{2,40}s )?`;
// What follows a heading's words when the row asks for it: "Bilaga 1", "Konsekvenser för miljön".
const THEN = { word: String.raw` \p{L}+`, number: String.raw`\s+\d+` } as const;

/** The pattern of one family row: its words in their place, with an owner and a tail if the row allows them. */
function familyPattern(row: { place: HeadingPlace; owner?: boolean; then?: keyof typeof THEN; forms: readonly string[] }): RegExp {
  const words = alternation(row.forms) + (row.then ? THEN[row.then] : "");
  const owner = row.owner ? OWNER : "";
  const source = {
    whole: `^${owner}${words}$`,
    opening: String.raw`^${owner}${words}(?![\p{L}\p{N}])`,
    prefix: `^${owner}${words}`,
    closing: String.raw`(?:^|\s)${words}$`,
  }[row.place];
  return regex(source, "u");
}

export const HEADING_FAMILIES: readonly Family[] = HEADING_WORDS.map((row) => ({ kind: row.kind, pattern: familyPattern(row) }));
// Every family at once: most lines a paper has name none, and one pattern rejects them faster than each in turn.
const ANY_FAMILY = regex(HEADING_FAMILIES.map((f) => `(?:${f.pattern.source})`).join("|"), "u");

/**
 * The kind of a heading, or null when no family names it.
 * @example headingKind("Mina synpunkter") // "synpunkter"
 * @example headingKind("Ärendets behandling") // "beredning"
 */
export function headingKind(heading: string): SectionKind | null {
  const h = heading.toLowerCase().replace(/\s+/g, " ").replace(/[:.]$/, "").trim();
  if (!ANY_FAMILY.test(h)) return null;
  for (const f of HEADING_FAMILIES) if (f.pattern.test(h)) return f.kind;
  return null;
}
