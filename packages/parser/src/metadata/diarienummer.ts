import type { NormalizedDocument } from "../document.ts";

/**
 * Diarienummer in their many forms: "Dnr 325-1328/2012", "Dnr 2009-05-0001", "Diarienummer
 * KS 2023-00135", "SÖ 2019/0312", "KS 2020/00123", a protocol's "§ 65 2025.242 TEN", and
 * "00562/20241.1.2" where a classification code is glued to "00562/2024".
 */

// A labelled number: "Dnr 325-1328/2012", "Diarienummer\nKS 2023-00135", "Dnr: SÖ 2019/0312".
const LABELLED = /\b(?:Dnr|Dnr\.|Diarienummer|Diarienr|Diarie-nr|Ärendenummer)\s*:?\s*((?:[A-ZÅÄÖ]{1,5}\s)?\d[\d./-]*\d(?:\s[A-ZÅÄÖ]{1,5}\b)?)/gu;
// A protocol paragraph line with its number: "§ 65 2025.242 TEN", "§ 116 2020.008 KS".
const PARAGRAPH_DNR = /^§\s?\d{1,4}\s+(\d{4}\.\d{1,5}(?:\s[A-ZÅÄÖ]{1,5})?)\s*$/gmu;
// An unlabelled office code and number in the header: "KS 2020/00123", "SÖ 2019/0312".
const CODED = /\b([A-ZÅÄÖ]{2,4}\s\d{4}[/-]\d{2,6})\b/gu;
// A number with a year and a glued classification code: "00562/20241.1.2" → "00562/2024".
const GLUED_CODE = /^(\d{2,6}\/(?:19|20)\d{2})\d[\d.]*$/u;

/** How much of the start of the paper is its header, where unlabelled numbers are trusted. */
const HEADER = 800;

function clean(value: string): string {
  const v = value.replace(/\s+/g, " ").trim();
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
  for (const m of body.slice(0, HEADER).matchAll(CODED)) if (!found.some((f) => f.includes(m[1] as string))) add(m[1] as string);
  return found;
}
