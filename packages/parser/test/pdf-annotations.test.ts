import { describe, expect, it } from "vitest";
import { annotationsIn, isReadError, normalize, readPdf } from "../src/index.ts";
import { annotationTextsOf } from "../src/pdf/annotations.ts";
import { FORM_PDF } from "./pdf-fixtures.ts";

describe("readPdf on a filled-in form", () => {
  it("reads the page's text, then the field value and the FreeText as lines of their own, top to bottom", async () => {
    const doc = await readPdf(FORM_PDF);
    if (isReadError(doc)) throw new Error(doc.message);
    expect(doc.lines.map((l) => l.text)).toEqual(["Ansökan om bygglov", "", "BN 2024-0815", "", "Beviljas enligt delegation"]);
    expect(doc.annotations.map(({ kind, name, page, box, text }) => ({ kind, name, page, box, text }))).toEqual([
      { kind: "field", name: "dnr", page: 1, box: [72, 700, 272, 720], text: "BN 2024-0815" },
      { kind: "freetext", name: null, page: 1, box: [72, 600, 372, 620], text: "Beviljas enligt delegation" },
    ]);
    for (const a of doc.annotations) expect(doc.raw.slice(a.start, a.end)).toBe(a.text);
    expect(doc.notes.map((n) => n.code)).toEqual(["W_PDF_ANNOTATION_TEXT", "W_PDF_ANNOTATION_TEXT_LEFT_OUT"]);
    expect(doc.notes[1]?.message).toBe("1 annotation holds text that is not read (1 hidden)");
  });

  it("gives each annotation evidence in the normalised text, on its page", async () => {
    const raw = await readPdf(FORM_PDF);
    if (isReadError(raw)) throw new Error(raw.message);
    const doc = normalize(raw);
    const found = annotationsIn(raw.annotations, doc);
    expect(found.map((a) => a.evidence?.quote)).toEqual(["BN 2024-0815", "Beviljas enligt delegation"]);
    for (const a of found) expect(doc.text.slice(a.evidence?.start, a.evidence?.end)).toBe(a.evidence?.quote);
    expect(found.every((a) => a.evidence?.page === 1)).toBe(true);
  });

  it("reads only the page's text under 'exclude', and notes what was left out", async () => {
    const doc = await readPdf(FORM_PDF, { annotations: "exclude" });
    if (isReadError(doc)) throw new Error(doc.message);
    expect(doc.lines.map((l) => l.text)).toEqual(["Ansökan om bygglov"]);
    expect(doc.annotations).toEqual([]);
    expect(doc.notes).toEqual([{ code: "W_PDF_ANNOTATION_TEXT_LEFT_OUT", message: "3 annotations hold text that is not read (2 left out by --annotations exclude, 1 hidden)" }]);
  });
});

describe("annotationTextsOf", () => {
  it("shows a choice field's selected export value as its option's display text", () => {
    const choice = { subtype: "Widget", fieldType: "Ch", fieldName: "beslut", fieldValue: ["B"], options: [{ exportValue: "A", displayValue: "Avslag" }, { exportValue: "B", displayValue: "Bifall" }], rect: [0, 0, 10, 10], annotationFlags: 4 };
    expect(annotationTextsOf([choice], "include").read).toEqual([{ kind: "field", name: "beslut", box: [0, 0, 10, 10], lines: ["Bifall"] }]);
  });

  it("counts checkboxes, buttons and empty fields as fields that hold no text", () => {
    const fields = [
      { subtype: "Widget", fieldType: "Btn", fieldValue: "Yes", rect: [0, 0, 1, 1] },
      { subtype: "Widget", fieldType: "Tx", fieldValue: "", rect: [0, 0, 1, 1] },
      { subtype: "Link", rect: [0, 0, 1, 1] },
    ];
    expect(annotationTextsOf(fields, "include")).toEqual({ read: [], skipped: { hidden: 0, popups: 0, excluded: 0 }, emptyFields: 2 });
  });

  it("reads a field shown on two widgets with one value once", () => {
    const widget = { subtype: "Widget", fieldType: "Tx", fieldName: "dnr", fieldValue: "KS 2023-00135", rect: [0, 0, 1, 1] };
    expect(annotationTextsOf([widget, { ...widget, rect: [0, 5, 1, 6] }], "include").read).toHaveLength(1);
  });
});
