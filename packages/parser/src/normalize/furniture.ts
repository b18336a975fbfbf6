import type { SourceLine } from "../source.ts";

/**
 * Page furniture in text: page numbers and page marks, running headers that repeat beside them, and
 * the address block of a letterhead. Found by shape and repetition, not by the words of one paper.
 */

// A page mark: "Sida 2 (6)", "Sida 1 av 2", "2 (6)", "- 3 -", "Page 4 of 9".
const PAGE_MARK = /^(?:(?:sida|page|s\.)\s*)?\d{1,4}\s*(?:\(\s*\d{1,4}\s*\)|(?:av|of|\/)\s*\d{1,4})$|^-\s*\d{1,4}\s*-$|^(?:sida|page)\s+\d{1,4}$/i;
// A lone number on its own line: a page number or a footnote mark ("1", "12").
const LONE_NUMBER = /^\d{1,3}$/;
// Lines of a letterhead's address block: "434 81 Kungsbacka", "Telefon 0300-83 40 00", "www.kungsbacka.se".
const ADDRESS_LINE = /^(?:\d{3} ?\d{2}\s+\p{Lu}[\p{L} -]*|(?:telefon|tel\.?|fax|e-post|epost|webb|org\.?\s*nr|organisationsnummer|besöksadress|postadress|bankgiro|plusgiro)\b.*|(?:www\.|https?:\/\/)\S+|[\p{L} ,]*(?:gatan|vägen|torget|gränd|allén|stigen|backen|platsen) \d{1,4}[A-Z]?|\S+@\S+\.\w{2,})$/iu;
/** Lines either side of a page mark within which repeated lines count as its header or footer. */
const NEAR = 3;
/** Lines after a page mark within which an address block is looked for. */
const ADDRESS_NEAR = 8;

/** The shape of a line for comparing repeats: case and digits folded ("Sida 2 (6)" ~ "Sida 3 (6)"). */
function shapeOf(text: string): string {
  return text.trim().toLowerCase().replace(/\d+/g, "#").replace(/\s+/g, " ");
}

/**
 * Which lines are page furniture. `content[i]` is true for a non-blank line.
 * @example furnitureOf(lines)[k] // true for "Sida 2 (12)" and the "KUNGSBACKA  KOMMUN" header beside each "2 (4)"
 */
export function furnitureOf(lines: readonly SourceLine[], format: "pdf" | "text" = "text"): boolean[] {
  const n = lines.length;
  const furniture = lines.map((l) => l.furniture === true);
  const trimmed = lines.map((l) => l.text.trim());
  const marks: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = trimmed[i] as string;
    if (t === "") continue;
    if (PAGE_MARK.test(t) || LONE_NUMBER.test(t)) {
      furniture[i] = true;
      if (PAGE_MARK.test(t)) marks.push(i);
    }
  }
  // A PDF reader finds headers and footers by their place on the page, which is surer than
  // repetition next to a page edge: a body named on two pages' last lines is no header.
  if (format === "pdf") return furniture;
  // Page boundaries: page marks, and for paged input the first and last lines of each page.
  // The document's own start and end count: a running header stands above the first page too.
  const boundaries = [...marks, 0, n - 1];
  for (let i = 1; i < n; i++) if (lines[i]?.page !== lines[i - 1]?.page) boundaries.push(i - 1, i);
  if (marks.length === 0 && !lines.some((l, i) => i > 0 && l.page !== lines[i - 1]?.page)) return furniture;
  const nearBoundary = new Uint8Array(n);
  for (const b of boundaries) {
    // Walk outward over non-blank lines only, so blank spacing does not hide a header.
    for (const dir of [-1, 1]) {
      let seen = 0;
      for (let j = b; j >= 0 && j < n && seen <= NEAR; j += dir) {
        nearBoundary[j] = 1;
        if ((trimmed[j] as string) !== "") seen++;
      }
    }
  }
  // A short line that repeats and stands beside a page boundary each time is a running header/footer.
  const byShape = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    const t = trimmed[i] as string;
    if (t === "" || furniture[i] || t.length > 80) continue;
    const key = shapeOf(t);
    const list = byShape.get(key) ?? [];
    list.push(i);
    byShape.set(key, list);
  }
  // The first occurrence at the top of the paper is its own header (issuer, date): it stays.
  let top = 0;
  for (let seen = 0; top < n && seen < NEAR; top++) if ((trimmed[top] as string) !== "" && !furniture[top]) seen++;
  for (const list of byShape.values()) {
    if (list.length >= 2 && list.every((i) => nearBoundary[i])) for (const i of list) furniture[i] = !(i === list[0] && i < top && !PAGE_MARK.test(trimmed[i] as string));
  }
  // The address block of a letterhead, next to a page mark.
  for (const m of marks) {
    for (let j = Math.max(0, m - ADDRESS_NEAR); j < Math.min(n, m + ADDRESS_NEAR); j++) {
      if (ADDRESS_LINE.test(trimmed[j] as string)) furniture[j] = true;
    }
  }
  return furniture;
}
