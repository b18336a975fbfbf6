/**
 * Text a page carries in annotations rather than in its content stream: the value of a filled
 * form field, the words of a FreeText annotation typed onto the page, a sticky note. pdf.js's
 * `getTextContent` reads only the content stream, so a filled form comes out blank without this.
 * The reader adds such text as lines of their own after the page's text, and says where each came from.
 */

/** Whether annotation text is read: "include" reads filled fields, FreeText and notes; "exclude" none. */
export type AnnotationMode = "include" | "exclude";

/** What kind of annotation holds the text. */
export type AnnotationKind = "field" | "freetext" | "note";

/** The text one annotation holds, with the annotation's place on its page. */
export type AnnotationText = {
  /** "field": a filled text or choice field; "freetext": text typed onto the page; "note": a sticky note. */
  kind: AnnotationKind;
  /** The form field's name ("Text2"), or null for other annotations. */
  name: string | null;
  /** The annotation's rectangle in PDF points, [x0, y0, x1, y1] (y upwards). */
  box: [number, number, number, number];
  /** Its text, a line an entry, blank lines dropped. */
  lines: string[];
};

/** One page's annotation text: what is read, and what holds text but is not read (and why). */
export type PageAnnotations = {
  read: AnnotationText[];
  /** Text in annotations left out: hidden ones, popups (which repeat their parent's text), or all under "exclude". */
  skipped: { hidden: number; popups: number; excluded: number };
  /** Form fields that hold no text: text and choice fields with no value, checkboxes, radio and push buttons. */
  emptyFields: number;
};

/** Annotation flags of the PDF format (table 165): a hidden annotation, and one not to be displayed. */
const FLAG_HIDDEN = 1 << 1;
const FLAG_NOVIEW = 1 << 5;

/** Line breaks inside a field value or a FreeText: "tx annotation\rLine2\rLine3" (annotation-tx3.pdf). */
const LINE_BREAK = /\r\n|\r|\n/;
/** Control characters a value may hold ("\u0000" padding, tabs): shown as spaces. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** The fields of pdf.js's annotation data this module reads (the rest of its objects are ignored). */
type AnnotationData = {
  subtype?: unknown;
  fieldType?: unknown;
  fieldName?: unknown;
  fieldValue?: unknown;
  options?: unknown;
  contentsObj?: { str?: unknown };
  textContent?: unknown;
  rect?: unknown;
  annotationFlags?: unknown;
  hidden?: unknown;
};

function stringOf(value: unknown): string {
  return typeof value === "string" ? value : "";
}

function linesOf(text: string): string[] {
  return text
    .split(LINE_BREAK)
    .map((l) => l.replace(CONTROL, " ").trim())
    .filter((l) => l !== "");
}

/** A choice field's selected values as shown: the export value "x1" shown as its option's display text. */
function choiceText(value: unknown, options: unknown): string {
  const chosen = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === "string");
  const shown = Array.isArray(options) ? (options as { exportValue?: unknown; displayValue?: unknown }[]) : [];
  return chosen.map((v) => stringOf(shown.find((o) => o.exportValue === v)?.displayValue) || v).join("\n");
}

/** The text an annotation holds and its kind, or null for one that holds no text (a link, a button, a signature). */
function textOf(a: AnnotationData): { kind: AnnotationKind | "popup"; text: string } | null {
  const subtype = stringOf(a.subtype);
  if (subtype === "Widget") {
    if (a.fieldType === "Tx") return { kind: "field", text: stringOf(a.fieldValue) };
    if (a.fieldType === "Ch") return { kind: "field", text: choiceText(a.fieldValue, a.options) };
    // A checkbox, radio or push button ("Yes", "Off", "Choice1") or a signature: a state, not text.
    return typeof a.fieldType === "string" ? { kind: "field", text: "" } : null;
  }
  const contents = stringOf(a.contentsObj?.str);
  // A FreeText may hold its words only in its appearance (bug1851498.pdf: /Contents empty, "Hello World" drawn).
  const drawn = Array.isArray(a.textContent) ? a.textContent.filter((t): t is string => typeof t === "string").join("\n") : "";
  if (subtype === "FreeText") return { kind: "freetext", text: contents || drawn };
  if (subtype === "Text") return { kind: "note", text: contents };
  if (subtype === "Popup") return { kind: "popup", text: contents };
  return null;
}

function boxOf(rect: unknown): [number, number, number, number] {
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = Array.isArray(rect) ? rect.map((v) => (typeof v === "number" && Number.isFinite(v) ? v : 0)) : [];
  const round = (v: number) => Math.round(v * 10) / 10;
  return [round(Math.min(x0, x1)), round(Math.min(y0, y1)), round(Math.max(x0, x1)), round(Math.max(y0, y1))];
}

/**
 * The text a page's annotations hold, as pdf.js's `page.getAnnotations()` gives them, in reading
 * order (top to bottom, then left to right). Under "include" filled text and choice fields,
 * FreeText and notes are read; hidden annotations and popups never are (a popup repeats the text
 * of the annotation it belongs to). A field shown twice with one value is read once.
 * @example annotationTextsOf(await page.getAnnotations(), "include").read
 * // annotation-tx.pdf: [{ kind: "field", name: "Text2", box: [22.4, 711.1, 172.4, 733.1], lines: ["tx annotation"] }]
 */
export function annotationTextsOf(annotations: readonly unknown[], mode: AnnotationMode): PageAnnotations {
  const out: PageAnnotations = { read: [], skipped: { hidden: 0, popups: 0, excluded: 0 }, emptyFields: 0 };
  const seen = new Set<string>();
  for (const item of annotations) {
    if (typeof item !== "object" || item === null) continue;
    const a = item as AnnotationData;
    const found = textOf(a);
    if (!found) continue;
    const lines = linesOf(found.text);
    if (lines.length === 0) {
      if (found.kind === "field") out.emptyFields++;
      continue;
    }
    const flags = typeof a.annotationFlags === "number" ? a.annotationFlags : 0;
    if (found.kind === "popup") out.skipped.popups++;
    else if (a.hidden === true || (flags & (FLAG_HIDDEN | FLAG_NOVIEW)) !== 0) out.skipped.hidden++;
    else if (mode === "exclude") out.skipped.excluded++;
    else {
      const name = found.kind === "field" ? stringOf(a.fieldName) || null : null;
      const key = `${found.kind}\u0000${name ?? ""}\u0000${lines.join("\n")}`;
      if (name !== null && seen.has(key)) continue;
      seen.add(key);
      out.read.push({ kind: found.kind, name, box: boxOf(a.rect), lines });
    }
  }
  out.read.sort((p, q) => q.box[3] - p.box[3] || p.box[0] - q.box[0]);
  return out;
}
