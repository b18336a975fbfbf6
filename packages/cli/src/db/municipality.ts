import type { Analysis } from "@diarium/schema";

/** "Alingsås kommun", "Stockholms stad", "MÖLNDALS STAD": a municipality as a paper names itself. */
const MUNICIPALITY_NAME = /(?<name>\p{Lu}[\p{L}-]+) (?:[Kk]ommun|KOMMUN|[Ss]tad|STAD)\b/u;
/** Names whose final "s" belongs to the name, not a genitive: Alingsås, Borås, Kramfors, Bollnäs. */
const NAME_ENDS_IN_S = /(?:ås|äs|ors)$/u;

/**
 * The municipality of a paper: the place of its dateline ("Stockholm den 18 september 2013"), else
 * the first "X kommun" / "Xs stad" in its text, else null. An archive of one municipality can name it
 * (`diarium index --municipality`), which wins over both.
 * @example municipalityOf(analysis) // "Stockholm"
 */
export function municipalityOf(a: Analysis): string | null {
  if (a.document.place) return a.document.place;
  const name = MUNICIPALITY_NAME.exec(a.text)?.groups?.["name"];
  if (!name) return null;
  const titled = name === name.toUpperCase() ? name.charAt(0) + name.slice(1).toLowerCase() : name;
  return titled.endsWith("s") && !NAME_ENDS_IN_S.test(titled.toLowerCase()) ? titled.slice(0, -1) : titled;
}

/**
 * The key that makes one paper of two readings (the .txt and the .pdf of Utlåtande 2013:125): its
 * kind, number, diarienummer and date. Null without a diarienummer ("§ 116" alone names a paragraph
 * of many protocols), so that papers are never merged by guess.
 * @example paperKey(analysis) // "utlatande|2013:125|325-1328/2012|2013-09-18"
 */
export function paperKey(a: Analysis): string | null {
  const { kind, number, diarienummer, date } = a.document;
  if (diarienummer.length === 0) return null;
  return [kind, number ?? "", [...diarienummer].sort().join(";"), date ?? ""].join("|");
}
