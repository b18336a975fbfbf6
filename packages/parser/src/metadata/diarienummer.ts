import type { NormalizedDocument } from "../document.ts";
import { DNR_LABELS, SEE_ALSO_WORDS } from "../lexicon/documents.ts";
import { alternation, cased, formsOf } from "../lexicon/match.ts";
import { regex } from "../text/regex.ts";
import { NOT_AFTER_LETTER } from "../text/boundaries.ts";

/**
 * Diarienummer in their many forms: "Dnr 325-1328/2012", "Dnr 2009-05-0001", "Diarienummer
 * KS 2023-00135", "Dnr KS-2022-00311", "Dnr KS/2021:345", "SÖ 2019/0312", "KS 2020/00123", a
 * protocol's "§ 65 2025.242 TEN", and "00562/20241.1.2" where a classification code is glued to
 * "00562/2024". A number cross-referenced in parentheses ("(se 2021.527 SBN)", "(KS 2023-00811)")
 * is another case's, not the paper's.
 */

// An office code before the number: "KS ", "KS-", "KS/", "SÖ ".
const CODE_BEFORE = String.raw`(?:[A-ZÅÄÖ]{1,5}[ /-])?`;
// An office code and number after the year and a slash, and a classification code ending the line: "2011/KS 0193 10".
const CODE_AFTER_YEAR = String.raw`(?:\/[A-ZÅÄÖ]{1,5}[ \t]?\d+(?:[.:-]\d+)*(?:[ \t]\d{1,3}(?=[ \t]*(?:\n|$)))?)?`;
// A labelled number: "Dnr 325-1328/2012", "Diarienummer\nKS 2023-00135", "Dnr KS-2024-00131", "Ärendenummer SLK-2025-00123",
// "Dnr. 2011/KS 0193 10", "Dnr 2016/0729 KS-16".
const LABELLED = regex(
  String.raw`${NOT_AFTER_LETTER}${alternation(cased(formsOf(DNR_LABELS)))}\s*:?\s*(${CODE_BEFORE}\d[\d./:-]*\d${CODE_AFTER_YEAR}(?:[ \t][A-ZÅÄÖ]{1,5}(?:-\d{1,4}(?![\d./:-]))?(?![\p{L}]))?)`,
  "gu",
);
// A protocol paragraph line with its number, on the line or the next: "§ 65 2025.242 TEN", "§ 116\t2020.008 KS",
// "§ 87\n2025.311 KS".
const PARAGRAPH_DNR = /^§\s?\d{1,4}[ \t]*\n?[ \t]*(\d{4}\.\d{1,5}(?:[ \t][A-ZÅÄÖ]{1,5})?)[ \t]*$/gmu;
// An unlabelled office code and number in the header: "KS 2020/00123", "SÖ 2019/0312", "KS-2022-00311".
const CODED = /\b([A-ZÅÄÖ]{2,4}[\s-]\d{4}[/-]\d{2,6})\b/gu;
// A number with a year and a glued classification code: "00562/20241.1.2" → "00562/2024".
const GLUED_CODE = /^(\d{2,6}\/(?:19|20)\d{2})\d[\d.]*$/u;
// An open parenthesis before a number: a cross-reference, "(se 2021.527 SBN)", "(KS 2023-00811)".
const IN_PARENTHESES = regex(String.raw`\((?:${alternation(formsOf(SEE_ALSO_WORDS))}\s+)?$`, "iu");

/** How much of the start of the paper is its header, where unlabelled numbers are trusted. */
const HEADER = 800;

function clean(value: string): string {
  const v = value.replace(/\s+/g, " ").replace(/\.$/u, "").trim();
  const glued = GLUED_CODE.exec(v);
  return glued ? (glued[1] as string) : v;
}

/**
 * Every diarienummer the paper gives for itself (not those inside its attachments), each once.
 * @example diarienummerOf(doc, attachmentsStart) // ["325-1328/2012"]
 */
export function diarienummerOf(doc: Pick<NormalizedDocument, "text">, attachmentsStart: number): string[] {
  const body = doc.text.slice(0, attachmentsStart);
  const found: string[] = [];
  const add = (v: string) => {
    const c = clean(v);
    if (!found.includes(c)) found.push(c);
  };
  for (const m of body.matchAll(LABELLED)) add(m[1] as string);
  for (const m of body.matchAll(PARAGRAPH_DNR)) add(m[1] as string);
  if (found.length > 0) return found;
  for (const m of body.slice(0, HEADER).matchAll(CODED)) {
    if (IN_PARENTHESES.test(body.slice(Math.max(0, (m.index ?? 0) - 6), m.index ?? 0))) continue;
    add(m[1] as string);
  }
  return found;
}
