/**
 * Page furniture: the words of the headers and footers that a protocol or a letter repeats on every
 * page, so that they are dropped from the text wherever a page turn puts them, even mid-sentence.
 */

/** Lines that are only a footer of a protocol page (signature boxes, e-signature stamps, dispatch marks). */
export const FOOTER_LINES = [
  { forms: ["justerandes sign", "justerandes signatur", "justerare sign", "utdragsbestyrkande", "ordförandes sign", "sekreterarens sign"], example: "Justerandes sign\tUtdragsbestyrkande" },
  { forms: ["expedierat/bestyrkt", "expedierat", "bestyrkt"], example: "Expedierat/bestyrkt" },
  { forms: ["det här dokumentet är digitalt signerat", "detta dokument är digitalt signerat", "dokumentet är elektroniskt signerat"], example: "Det här dokumentet är digitalt signerat" },
] as const;

/** Labels of a footer line followed by an identifier: "Transaktionsidentitet: 6D5C33C0AAE5…". */
export const FOOTER_LABELS = [{ forms: ["transaktionsidentitet", "verifikationsnummer", "dokument-id"], example: "Transaktionsidentitet: E9EA6493FBF6704ABF3DFAB861B724E36F14F1A54F" }] as const;

/**
 * The words of a page mark, Swedish and English: the page's word ("Sida 9 (12)", "Sida 1 av 2"), which may stand
 * alone before its number, and its abbreviation, only before a number and a count; the word between a page and the count.
 * (No paper of the corpus writes "Page 4 of 9" or "s. 3 (7)"; the rule was written for them.)
 */
export const PAGE_WORDS = [
  { language: "sv", abbreviation: false, forms: ["sida"], example: "Sida 9 (12)" },
  { language: "en", abbreviation: false, forms: ["page"], example: "Page 4 of 9" },
  { language: "sv", abbreviation: true, forms: ["s."], example: "s. 3 (7)" },
] as const;
export const PAGE_COUNT_WORDS = [
  { language: "sv", forms: ["av"], example: "Sida 1 av 2" },
  { language: "en", forms: ["of"], example: "Page 4 of 9" },
] as const;

/** The mark a protocol page puts under its header when a paragraph runs on: "forts. 60", "forts. § 60". */
export const CONTINUATION_MARKS = [{ forms: ["forts.", "forts", "fortsättning", "fortsättn."], example: "forts. 60" }] as const;

/** Labels of a letterhead's address block: "Telefon 0300-83 40 00", "Bankgiro 123-4567". */
export const ADDRESS_LABELS = [{ forms: ["telefon", "tel", "tel.", "fax", "e-post", "epost", "webb", "org.nr", "org nr", "orgnr", "organisationsnummer", "besöksadress", "postadress", "bankgiro", "plusgiro"], example: "Telefon 0300-83 40 00" }] as const;

