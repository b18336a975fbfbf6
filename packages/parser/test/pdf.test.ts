import { describe, expect, it } from "vitest";
import { isReadError, readPdf, type RawDocument, type SourceLine } from "../src/index.ts";
import { hasLetterRuns, respaceLetters } from "../src/pdf/letterspacing.ts";
import { corpusBytes } from "./helpers.ts";
import { hasShared, noteSkipped } from "./helpers.ts";

noteSkipped("pdf");
import { ENCRYPTED_PDF, HALF_SCANNED_PDF, IMAGE_ONLY_PDF, pdfOf, SIDEWAYS_PDF, TWO_COLUMN_PDF, TWO_PAGE_PDF, ZERO_PAGE_PDF } from "./pdf-fixtures.ts";

async function read(path: string): Promise<RawDocument> {
  const doc = await readPdf(corpusBytes(path));
  if (isReadError(doc)) throw new Error(`${path}: ${doc.code}: ${doc.message}`);
  return doc;
}

const STOCKHOLM = "stockholm-utlatande-2013-125-print.pdf";
const TEKNISKA = "real/alingsas-ten-2025-12-15-65-motion-laddstationer.pdf";
const KF = "real/alingsas-kf-2026-06-10-protokoll.pdf";

function line(doc: RawDocument, text: string): SourceLine {
  const found = doc.lines.find((l) => l.text === text);
  if (!found) throw new Error(`no line "${text}"`);
  return found;
}

/** The words of a text, bullets aside, for comparing a PDF's reading order with the text paper. */
function words(text: string): string[] {
  return text.replace(/[\uF0B7•\uFFFD]/g, " ").split(/\s+/).filter(Boolean);
}

describe("readPdf on the Stockholm print PDF", () => {
  it("reads the same words in the same order as the text paper, furniture aside", async () => {
    const doc = await read(STOCKHOLM);
    const text = new TextDecoder().decode(corpusBytes("stockholm-utlatande-2013-125.txt"));
    expect(words(doc.lines.filter((l) => !l.furniture).map((l) => l.text).join("\n"))).toEqual(words(text));
  });

  it("flags 'Sida n (12)' and the address footer on every page, and nothing else", async () => {
    const doc = await read(STOCKHOLM);
    expect(doc.pages).toBe(12);
    const marks = doc.lines.filter((l) => /Sida \d+ \(12\)/.test(l.text));
    expect(marks.map((l) => l.page)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(marks.every((l) => l.furniture)).toBe(true);
    const footers = doc.lines.filter((l) => l.text.startsWith("Stockholms stad · Stadshuset"));
    expect(footers).toHaveLength(12);
    expect(footers.every((l) => l.furniture)).toBe(true);
    expect(doc.lines.filter((l) => l.furniture)).toHaveLength(24);
  });

  it("gives headings their bold face and a paragraph break before them", async () => {
    const doc = await read(STOCKHOLM);
    const heading = line(doc, "Ärendet");
    expect(heading.cues?.bold).toBe(true);
    const body = line(doc, "till minst 20 tjänster.");
    expect(body.cues?.bold).toBe(false);
    expect(heading.cues?.size).toBe(body.cues?.size);
    const k = doc.lines.indexOf(heading);
    expect(doc.lines[k - 1]?.text).toBe("");
  });

  it("keeps offsets: every line's start points at its text in raw", async () => {
    const doc = await read(STOCKHOLM);
    for (const l of doc.lines) expect(doc.raw.slice(l.start, l.start + l.text.length)).toBe(l.text);
    expect(doc.raw.split("\n")).toHaveLength(doc.lines.length);
  });

  it("keeps the word gap of a letter-spaced signature, which pdf.js's text content folds", async () => {
    const doc = await read(STOCKHOLM);
    expect(doc.lines.map((l) => l.text)).toContain("S T E N  N O R D I N");
  });

  it("reads a bullet drawn from a font without a Unicode map as a bullet", async () => {
    const doc = await read(STOCKHOLM);
    expect(doc.lines.some((l) => l.text === "• RSMH Stockholm stödjer i sin helhet motionen: Antalet PO bör öka tills")).toBe(true);
  });
});

describe("readPdf on the Alingsås protocols", () => {
  it.skipIf(!hasShared)("keeps the first page's header block as its own lines and flags its repetitions", async () => {
    const doc = await read(TEKNISKA);
    expect(doc.lines.slice(0, 4).map((l) => l.text)).toEqual(["Tekniska nämnden", "Protokoll", "", "2025-12-15"]);
    expect(doc.lines.slice(0, 4).some((l) => l.furniture)).toBe(false);
    const repeats = doc.lines.filter((l) => l.page === 2 && ["Tekniska nämnden", "Protokoll", "2025-12-15"].includes(l.text));
    expect(repeats).toHaveLength(3);
    expect(repeats.every((l) => l.furniture)).toBe(true);
  });

  it.skipIf(!hasShared)("flags 'Sida n av 2' and 'Utdragsbestyrkande' on both pages", async () => {
    const doc = await read(TEKNISKA);
    const footers = doc.lines.filter((l) => /^Sida \d av 2$|^Utdragsbestyrkande$/.test(l.text));
    expect(footers.map((l) => [l.page, l.furniture])).toEqual([
      [1, true],
      [1, true],
      [2, true],
      [2, true],
    ]);
  });

  it.skipIf(!hasShared)("puts every line on the page it was read from", async () => {
    const doc = await read(TEKNISKA);
    expect(line(doc, "Följande beslutsgång bestäms.").page).toBe(1);
    expect(line(doc, "Motionen avstyrks.").page).toBe(2);
    const pages = doc.lines.map((l) => l.page);
    expect(pages).toEqual([...pages].sort((a, b) => (a ?? 0) - (b ?? 0)));
  });

  it.skipIf(!hasShared)("reads a bullet list in order, one line per printed line", async () => {
    const doc = await read(TEKNISKA);
    const k = doc.lines.findIndex((l) => l.text === "Motionären föreslår följande:");
    expect(doc.lines.slice(k + 1, k + 6).map((l) => l.text)).toEqual([
      "",
      "• att kommunfullmäktige beslutar att uppdra åt tekniska nämnden i samverkan med",
      "Alingsås Energi att införa stöldsäkra laddstationer för elcyklar i Alingsås kommun.",
      "• att kommunfullmäktige uppmanar Alingsåshem att införa laddstationer för elcyklar i",
      "större boendeområden",
    ]);
  });

  it.skipIf(!hasShared)("reads the attendance table's label column beside its values, then the values below", async () => {
    const doc = await read(KF);
    const k = doc.lines.findIndex((l) => l.text === "Beslutande\tLinda Espeving (M) (ordförande)");
    expect(k).toBeGreaterThan(0);
    expect(doc.lines[k + 1]?.text).toBe("Sebastian Aronsson (S) (vice ordförande)");
    expect(doc.lines[k]?.cues?.x).toBeLessThan(doc.lines[k + 1]?.cues?.x ?? 0);
    const numbers = doc.lines.filter((l) => /^\d$/.test(l.text));
    expect(numbers.map((l) => l.page)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(numbers.every((l) => l.furniture)).toBe(true);
  });

  it.skipIf(!hasShared)("gives a larger, bold title its size", async () => {
    const doc = await read(TEKNISKA);
    const title = line(doc, "Andersson (MP)");
    expect(title.cues).toMatchObject({ size: 13, bold: true });
  });
});

describe("letter-spaced items", () => {
  const item = (text: string) => ({ text, x: 60, y: 291.6, width: 105.4, size: 11, font: "g_d0_f1" });

  it("takes back the word gaps of the string as drawn", () => {
    const items = [item("S T E N N O R D I N"), item("Stockholm den 18 september 2013")];
    expect(respaceLetters(items, ["S T E N  N O R D I N", "Stockholm den 18 september 2013"]).map((i) => i.text)).toEqual([
      "S T E N  N O R D I N",
      "Stockholm den 18 september 2013",
    ]);
  });

  it("leaves an item alone when no drawn string has its letters", () => {
    expect(respaceLetters([item("K A R I N W A N N G Å R D")], ["S T E N  N O R D I N"])[0]?.text).toBe("K A R I N W A N N G Å R D");
    expect(hasLetterRuns([item("Sida 3 (12)")])).toBe(false);
  });
});

describe("readPdf on a two-column page", () => {
  it("reads the left column, then the right column, then the text below", async () => {
    const doc = await readPdf(TWO_COLUMN_PDF);
    if (isReadError(doc)) throw new Error(doc.message);
    expect(doc.lines.map((l) => l.text)).toEqual([
      "Två spalter",
      "",
      "Vänster spalt, första raden, med text som går",
      "vidare på andra raden i samma spalt och som",
      "slutar här på den tredje raden i vänsterspalten.",
      "",
      "Höger spalt, första raden, med sin egen text",
      "som löper nedåt i spalten, rad för rad, till",
      "den sista raden längst ned i högerspalten.",
      "",
      "En rad under spalterna som går över hela sidans bredd, från vänster marginal till höger marginal.",
    ]);
  });
});

describe("readPdf on a page turned on its side", () => {
  it("reads the upward-running lines top to bottom, each row's cells left to right", async () => {
    const doc = await readPdf(SIDEWAYS_PDF);
    if (isReadError(doc)) throw new Error(doc.message);
    expect(doc.lines.map((l) => l.text)).toEqual(["Bilaga 2, tabell", "", "Parti\tJa", "Socialdemokraterna\t12"]);
  });
});

describe("readPdf on PDFs that cannot be read", () => {
  it("refuses bytes that are not a PDF", async () => {
    expect(await readPdf(new TextEncoder().encode("Utlåtande 2013:125 RVII"))).toMatchObject({ code: "E_NOT_PDF" });
  });

  it("reads a PDF without its %PDF- header when pdf.js finds a PDF in it, and notes the missing header", async () => {
    const bytes = TWO_PAGE_PDF.slice();
    bytes.set(new TextEncoder().encode("%Paper 1\n")); // as long as "%PDF-1.4\n", so the xref still holds
    const doc = await readPdf(bytes);
    if (isReadError(doc)) throw new Error(doc.message);
    expect(doc.lines.map((l) => l.text)).toContain("Första sidan");
    expect(doc.notes.map((n) => n.code)).toEqual(["W_PDF_NO_HEADER"]);
  });

  it("keeps pdf.js's reason when no page can be read", async () => {
    const kidsNotAnArray = pdfOf(["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids 3 0 R /Count 1 >>", "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"]);
    expect(await readPdf(kidsNotAnArray)).toEqual({
      ok: false,
      code: "E_DAMAGED",
      message: "the PDF is damaged: no page could be read (pdf.js: Page dictionary kids object is not an array.)",
    });
  });

  it("refuses a PDF header followed by noise as damaged", async () => {
    const noise = Uint8Array.from({ length: 4000 }, (_, i) => (i * 7919) % 251);
    const bytes = new Uint8Array([...new TextEncoder().encode("%PDF-1.7\n"), ...noise]);
    expect(await readPdf(bytes)).toMatchObject({ code: "E_DAMAGED" });
  });

  it("refuses a truncated PDF whose page tree was cut off, or reads it with a note", async () => {
    const bytes = corpusBytes(STOCKHOLM);
    const result = await readPdf(bytes.subarray(0, Math.floor(bytes.length / 2)));
    if (isReadError(result)) expect(result.code).toBe("E_DAMAGED");
    else expect(result.notes.map((n) => n.code)).toContain("W_PDF_TRUNCATED");
  });

  it("says a PDF that needs a password is encrypted", async () => {
    expect(await readPdf(ENCRYPTED_PDF)).toMatchObject({ code: "E_ENCRYPTED" });
  });

  it("says a PDF without text is a scan, read without OCR", async () => {
    const result = await readPdf(IMAGE_ONLY_PDF);
    expect(result).toMatchObject({ code: "E_NO_TEXT" });
    expect(isReadError(result) && result.message).toBe("no text layer (a scanned PDF?); OCR was not asked for");
  });

  it("reads the text pages of a partly scanned PDF and notes the pages without text", async () => {
    const doc = await readPdf(HALF_SCANNED_PDF);
    if (isReadError(doc)) throw new Error(doc.message);
    expect(doc.pages).toBe(2);
    expect(doc.lines.map((l) => l.text)).toEqual(["Protokollet i text"]);
    expect(doc.notes).toEqual([{ code: "W_PDF_PAGES_WITHOUT_TEXT", message: "no text layer on page 2 (scanned?); OCR was not asked for" }]);
  });

  it("says a PDF with an empty page tree has zero pages", async () => {
    expect(await readPdf(ZERO_PAGE_PDF)).toMatchObject({ code: "E_ZERO_PAGES" });
  });

  it("gives up with E_TIMEOUT past the time limit", async () => {
    expect(await readPdf(corpusBytes(STOCKHOLM), { timeoutMs: 1 })).toMatchObject({ code: "E_TIMEOUT" });
  });

  it("reads a hand-written two-page PDF and flags its 'Sida n av 2' footer", async () => {
    const doc = await readPdf(TWO_PAGE_PDF);
    if (isReadError(doc)) throw new Error(doc.message);
    expect(doc.lines.map((l) => [l.text, l.page, l.furniture === true])).toEqual([
      ["Första sidan", 1, false],
      ["Sida 1 av 2", 1, true],
      ["Andra sidan", 2, false],
      ["Sida 2 av 2", 2, true],
    ]);
  });

  it("reads only the first pages when asked, with a note", async () => {
    const doc = await readPdf(corpusBytes(STOCKHOLM), { maxPages: 2 });
    if (isReadError(doc)) throw new Error(doc.message);
    expect(doc.pages).toBe(2);
    expect(doc.notes.map((n) => n.code)).toEqual(["W_PDF_PAGES_LEFT_OUT"]);
  });
});
