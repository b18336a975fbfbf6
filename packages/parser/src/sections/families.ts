import type { SectionKind } from "@diarium/schema";
import { BODY_ENDINGS, BODY_FIELD_WORDS } from "../lexicon/bodies.ts";
import { HEADING_WORDS, type HeadingPlace } from "../lexicon/headings.ts";
import { alternation, formsOf } from "../lexicon/match.ts";
import { regex } from "../text/regex.ts";
import { singleSpaced } from "../text/spaces.ts";

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
const OWNER = String.raw`(?:\p{L}+s (?:\p{L}+s )?|${BODY_KIND_FIRST} ${alternation(formsOf(BODY_FIELD_WORDS))} [\p{L}& -]{2,40}s )?`;
// What follows a heading's words when the row asks for it: "Bilaga 1", "Konsekvenser för miljön".
const THEN = { word: String.raw` \p{L}+`, number: String.raw`\s+\d+` } as const;

type Row = { place: HeadingPlace; owner?: boolean; then?: keyof typeof THEN; forms: readonly string[] };

/** A row's words with the owner and tail it allows, after the `^` of a place that opens the heading. */
function openingBody(row: Row): string {
  const words = alternation(row.forms) + (row.then ? THEN[row.then] : "");
  const owner = row.owner ? OWNER : "";
  return { whole: `${owner}${words}$`, opening: String.raw`${owner}${words}(?![\p{L}\p{N}])`, prefix: `${owner}${words}`, closing: "" }[row.place];
}

/** A closing row's words with their tail, before the heading's end. */
function closingWords(row: Row): string {
  return alternation(row.forms) + (row.then ? THEN[row.then] : "");
}

/** The pattern of one family row: its words in their place, with an owner and a tail if the row allows them. */
function familyPattern(row: Row): RegExp {
  return regex(row.place === "closing" ? String.raw`(?:^|\s)${closingWords(row)}$` : `^${openingBody(row)}`, "u");
}

export const HEADING_FAMILIES: readonly Family[] = HEADING_WORDS.map((row) => ({ kind: row.kind, pattern: familyPattern(row) }));
// Every family at once: most lines a paper has name none, and two patterns reject them faster than
// each in turn. The families anchored at the start share one `^` (tried at the first position
// only); those that close a heading share one `(?:^|\s)…$` (tried only after a space).
const ANY_OPENING_FAMILY = regex(`^(?:${HEADING_WORDS.filter((row) => row.place !== "closing").map((row) => `(?:${openingBody(row)})`).join("|")})`, "u");
const ANY_CLOSING_FAMILY = regex(String.raw`(?:^|\s)(?:${HEADING_WORDS.filter((row) => row.place === "closing").map((row) => `(?:${closingWords(row)})`).join("|")})$`, "u");

/**
 * The kind of a heading, or null when no family names it.
 * @example headingKind("Mina synpunkter") // "synpunkter"
 * @example headingKind("Ärendets behandling") // "beredning"
 */
export function headingKind(heading: string): SectionKind | null {
  const spaced = singleSpaced(heading.toLowerCase());
  // (the last character looked at directly: a pattern ending in `$` is tried at every position)
  const h = (spaced.endsWith(":") || spaced.endsWith(".") ? spaced.slice(0, -1) : spaced).trim();
  if (!ANY_OPENING_FAMILY.test(h) && !ANY_CLOSING_FAMILY.test(h)) return null;
  for (const f of HEADING_FAMILIES) if (f.pattern.test(h)) return f.kind;
  return null;
}
