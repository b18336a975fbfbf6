import { z } from "zod";
import { ERROR_CODES, WARNING_CODES } from "./codes.ts";

/**
 * The output contract (shared/CONTRACT.md, version 1.1) as zod schemas. This file is the only
 * place the shape is written: types come from `z.infer`, the JSON Schema from `z.toJSONSchema`.
 */

export const SCHEMA_VERSION = "1.1";

/** A stance toward the matter the paper decides on. */
export const Stance = z.enum(["bifall", "delvis_bifall", "avslag", "besvarad", "aterremiss", "ingen_stallning"]);
export type Stance = z.infer<typeof Stance>;

/**
 * Added: a rectangle on a PDF page in PDF user space (points, origin at the page's lower left, y
 * upwards, before the page's /Rotate): `x`, `y` its lower left corner. Where a quote's words are
 * printed; an OCR'd page gives its words' boxes in the same space.
 */
export const PageBox = z.object({
  page: z.number().int().positive(),
  x: z.number(),
  y: z.number(),
  width: z.number().nonnegative(),
  height: z.number().nonnegative(),
});
export type PageBox = z.infer<typeof PageBox>;

/** A span of `Analysis.text` that proves a fact; `quote === text.slice(start, end)`. */
export const Evidence = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  page: z.number().int().positive().nullable(),
  quote: z.string(),
  /** Added field: on a PDF, the quote's words on their pages, one box per line piece in reading order (absent on text papers). */
  boxes: z.array(PageBox).optional(),
});
export type Evidence = z.infer<typeof Evidence>;

/** "Karin Wanngård", "S", "borgarråd". */
export const Person = z.object({
  name: z.string().min(1),
  party: z.string().nullable(),
  role: z.string().nullable(),
});
export type Person = z.infer<typeof Person>;

/** Added: who a substitute replaced at a meeting, and for which paragraphs: "Irene Jonsson (S) §§99-110 ersätter Peter Norlander (S)". */
export const Replacement = z.object({
  name: z.string().min(1),
  party: z.string().nullable(),
  from: z.string().nullable(),
  to: z.string().nullable(),
});
export type Replacement = z.infer<typeof Replacement>;

/** Added: a member on a protocol's attendance list, with the roles the list gives ("ledamot", "ordförande"). */
export const Attendee = z.object({
  name: z.string().min(1),
  party: z.string().nullable(),
  roles: z.array(z.string()),
  replaces: Replacement.nullable(),
  evidence: Evidence,
});
export type Attendee = z.infer<typeof Attendee>;

export const DocumentKind = z.enum(["utlatande", "tjansteutlatande", "motion", "skrivelse", "protokollsutdrag", "remissvar", "other"]);
export type DocumentKind = z.infer<typeof DocumentKind>;

export const Source = z.object({
  path: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  format: z.enum(["pdf", "text"]),
  pages: z.number().int().nonnegative().nullable(),
  /**
   * Added field: the pages of a PDF read by OCR (scanned, or a text layer that was empty or
   * garbage), each with Tesseract's mean word confidence (0–100, null for a page without words),
   * and the language data used; absent when no page was OCR'd.
   */
  ocr: z
    .object({
      lang: z.string(),
      pages: z.array(z.object({ page: z.number().int().positive(), confidence: z.number().min(0).max(100).nullable() })),
    })
    .optional(),
});
export type Source = z.infer<typeof Source>;

export const DocumentMeta = z.object({
  kind: DocumentKind,
  series: z.string().nullable(),
  number: z.string().nullable(),
  diarienummer: z.array(z.string()),
  title: z.string().nullable(),
  date: z.string().nullable(),
  place: z.string().nullable(),
  issuer: z.string().nullable(),
  rapporteur: Person.nullable(),
  signatories: z.array(Person),
  /** Added field: a meeting protocol's attendance list, in its order; absent on a paper without one. */
  attendance: z.array(Attendee).optional(),
  /** Added field: where each metadata value was read, keyed by field name. */
  evidence: z.record(z.string(), Evidence).optional(),
});
export type DocumentMeta = z.infer<typeof DocumentMeta>;

export const Proposal = z.object({
  text: z.string(),
  outcome: Stance.nullable(),
  evidence: Evidence,
});
export type Proposal = z.infer<typeof Proposal>;

export const MatterKind = z.enum(["motion", "skrivelse", "remiss", "other"]);
export const Matter = z.object({
  kind: MatterKind,
  /** v1.1: the paragraph of a whole protocol the matter is handled in, "§ 99"; null in a paper about one matter. */
  item: z.string().nullable(),
  number: z.string().nullable(),
  title: z.string().nullable(),
  date: z.string().nullable(),
  authors: z.array(Person),
  proposals: z.array(z.string()),
  /** Added field: where the matter is named. */
  evidence: Evidence.nullable().optional(),
});
export type Matter = z.infer<typeof Matter>;
/** A matter as an extractor finds it, before it is placed in a paragraph. */
export type MatterFact = Omit<Matter, "item">;

export const SectionKind = z.enum([
  "sammanfattning", "forslag_till_beslut", "beslut", "arendet", "beredning", "bakgrund", "synpunkter",
  "yrkanden", "omrostning", "remissvar", "reservationer", "reservation", "sarskilt_uttalande",
  "motion", "bilagor", "bilaga", "other",
]);
export type SectionKind = z.infer<typeof SectionKind>;

export type Section = {
  kind: SectionKind;
  heading: string;
  actor: string | null;
  start: number;
  end: number;
  children: Section[];
};
export const Section: z.ZodType<Section> = z.lazy(() =>
  z.object({
    kind: SectionKind,
    heading: z.string(),
    actor: z.string().nullable(),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    children: z.array(Section),
  }),
).meta({ id: "Section" });

export const Consultation = z.object({
  body: z.string(),
  responded: z.boolean(),
  decisionDate: z.string().nullable(),
  statementDate: z.string().nullable(),
  outcome: Stance.nullable(),
  evidence: Evidence.nullable(),
});
export type Consultation = z.infer<typeof Consultation>;

export const PositionKind = z.enum(["reservation", "sarskilt_uttalande", "forslag", "yrkande", "beslut", "remissvar", "votering"]);
export type PositionKind = z.infer<typeof PositionKind>;

/** The paragraph of a whole protocol a fact belongs to: "§ 114"; null in a paper about one matter. */
export const ItemRef = z.string().nullable();

export const Position = z.object({
  kind: PositionKind,
  item: ItemRef,
  forum: z.string(),
  parties: z.array(z.string()),
  people: z.array(Person),
  stance: Stance.nullable(),
  evidence: Evidence,
});
export type Position = z.infer<typeof Position>;

export const Ballot = z.object({
  name: z.string(),
  party: z.string().nullable(),
  vote: z.enum(["ja", "nej", "avstar"]),
});
export type Ballot = z.infer<typeof Ballot>;

export const Vote = z.object({
  forum: z.string(),
  item: ItemRef,
  question: z.string(),
  yes: z.number().int().nonnegative(),
  no: z.number().int().nonnegative(),
  abstain: z.number().int().nonnegative(),
  ballots: z.array(Ballot),
  evidence: Evidence,
});
export type Vote = z.infer<typeof Vote>;

export const PersonEntry = z.object({
  name: z.string().min(1),
  party: z.string().nullable(),
  roles: z.array(z.string()),
  /** Added field: the member a substitute replaced at the meeting. */
  replaces: Replacement.optional(),
});
export type PersonEntry = z.infer<typeof PersonEntry>;

export const PartyEntry = z.object({
  code: z.string().min(1),
  name: z.string(),
  mentions: z.number().int().nonnegative(),
});
export type PartyEntry = z.infer<typeof PartyEntry>;

/** "YYYY-MM-DD", "YYYY-MM" or "YYYY". */
export const DateValue = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);

export const DateFact = z.object({
  value: DateValue,
  end: DateValue.nullable(),
  text: z.string(),
  evidence: Evidence,
});
export type DateFact = z.infer<typeof DateFact>;

export const FigureUnit = z.enum(["SEK", "percent", "count", "times", "hours", "days", "weeks", "months", "years"]);
export type FigureUnit = z.infer<typeof FigureUnit>;

export const Figure = z.object({
  value: z.number().finite(),
  max: z.number().finite().nullable(),
  unit: FigureUnit,
  subject: z.string().nullable(),
  text: z.string(),
  evidence: Evidence,
});
export type Figure = z.infer<typeof Figure>;

export const Check = z.object({
  kind: z.literal("sum"),
  total: z.number().int().nonnegative(),
  parts: z.array(z.number().int().nonnegative()),
  holds: z.boolean(),
  evidence: Evidence,
});
export type Check = z.infer<typeof Check>;

export const Warning = z.object({
  /** One of WARNING_CODES (codes.ts): "W_STANCE_UNRESOLVED", "W_LONG_LINE", … */
  code: z.enum(WARNING_CODES),
  /** Added field: the rule that raised it, "positions/reference". */
  rule: z.string(),
  message: z.string(),
  evidence: Evidence.nullable(),
});
export type Warning = z.infer<typeof Warning>;

/** Every code diarium reports (codes.ts). */
export const DiagnosticCode = z.enum([...WARNING_CODES, ...ERROR_CODES]);
export type DiagnosticCode = z.infer<typeof DiagnosticCode>;

/**
 * Added: a part of `text` read from a PDF's annotation rather than its page text: the value of a
 * filled form field ("field"), text typed onto the page as FreeText ("freetext") or a sticky note
 * ("note"), with the annotation's rectangle on its page in PDF points, [x0, y0, x1, y1].
 */
export const AnnotationText = z.object({
  kind: z.enum(["field", "freetext", "note"]),
  /** The form field's name ("Text2"), or null. */
  name: z.string().nullable(),
  box: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  /** The annotation's text as read ("tx annotation\nLine2"), whether or not normalisation kept it in `text`. */
  text: z.string(),
  /** Where its text stands in `text`, with its page; null when normalisation left none of it (a lone "100" reads as a page number). */
  evidence: Evidence.nullable(),
});
export type AnnotationText = z.infer<typeof AnnotationText>;

/** A paragraph (§) of a whole meeting protocol: its number, title, Dnr, decision and the proposal put to the meeting. */
export const Item = z.object({
  number: z.string(),
  title: z.string().nullable(),
  diarienummer: z.array(z.string()),
  decision: z.string().nullable(),
  proposal: z.object({ outcome: Stance.nullable(), evidence: Evidence }).nullable(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Item = z.infer<typeof Item>;

export const Analysis = z.object({
  schemaVersion: z.string(),
  /** Added field: the diarium version that wrote this analysis (batch re-runs compare it). */
  generator: z.object({ name: z.literal("diarium"), version: z.string() }).optional(),
  source: Source,
  text: z.string(),
  document: DocumentMeta,
  proposal: Proposal.nullable(),
  matters: z.array(Matter),
  sections: z.array(Section),
  consultations: z.array(Consultation),
  positions: z.array(Position),
  votes: z.array(Vote),
  people: z.array(PersonEntry),
  parties: z.array(PartyEntry),
  dates: z.array(DateFact),
  figures: z.array(Figure),
  checks: z.array(Check),
  warnings: z.array(Warning),
  /** The paragraphs of a whole meeting protocol; [] for a paper about one matter. */
  items: z.array(Item),
  /** Added field: which parts of `text` come from a PDF's annotations (absent: none, or not a PDF). */
  annotations: z.array(AnnotationText).optional(),
});
export type Analysis = z.infer<typeof Analysis>;
