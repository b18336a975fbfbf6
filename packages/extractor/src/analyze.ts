import { SCHEMA_VERSION, warning, type Analysis, type DocumentMeta, type Item, type Source, type Warning } from "@diarium/schema";
import {
  buildSections,
  isReadError,
  normalize,
  readDocument,
  readMetadata,
  remissMentions,
  type AnnotationMode,
  type InputFormat,
  type NormalizedDocument,
  type OcrOptions,
  type ReadError,
} from "@diarium/parser";
import { checkSums } from "./extractors/checks.ts";
import { extractDates } from "./extractors/dates.ts";
import { extractFigures } from "./extractors/figures.ts";
import { extractStances } from "./stances.ts";
import { finishAnalysis } from "./finish.ts";

export type AnalyzeInput = { path: string; bytes: Uint8Array; sha256: string; format: InputFormat };
export type AnalyzeOptions = {
  /** Time limit for reading a PDF. */
  timeoutMs?: number;
  /** Size limit in bytes; by default the parser's MAX_BYTES for the format. */
  maxBytes?: number;
  /** Whether a PDF's filled form fields, FreeText and notes are read (default "include"). */
  annotations?: AnnotationMode;
  /** OCR of a PDF's pages without a usable text layer, by the caller's engine (the CLI gives tesseract); none by default. */
  ocr?: OcrOptions;
  version?: string;
};
export type AnalyzeResult = { ok: true; analysis: Analysis } | ReadError;

/**
 * Analyses one paper from its bytes: read, normalise, sections, metadata and every fact family.
 * Pure: bytes in, an analysis or a read error out.
 * @example await analyzeInput({ path: "utlatande.txt", bytes, sha256, format: "text" })
 */
export async function analyzeInput(input: AnalyzeInput, options: AnalyzeOptions = {}): Promise<AnalyzeResult> {
  const raw = await readDocument(input.bytes, input.format, {
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
    ...(options.annotations === undefined ? {} : { annotations: options.annotations }),
    ...(options.ocr === undefined ? {} : { ocr: options.ocr }),
  });
  if (isReadError(raw)) return raw;
  const doc = normalize(raw);
  const source: Source = { path: input.path, sha256: input.sha256, format: input.format, pages: doc.pages, ...("ocr" in raw && raw.ocr ? { ocr: raw.ocr } : {}) };
  // a PDF's annotations and evidence boxes, which only its raw reading knows
  return { ok: true, analysis: finishAnalysis(analyzeDocument(doc, source, options.version), raw, doc) };
}

/**
 * Analyses a normalised paper.
 * @example analyzeDocument(plainDocument(text), source).sections[0].kind // "arendet"
 */
export function analyzeDocument(doc: NormalizedDocument, source: Source, version?: string): Analysis {
  // the remiss round is read once: the section tree and the consultations both need it
  const remiss = remissMentions(doc);
  const sections = buildSections(doc, remiss);
  const document = readMetadata(doc, sections);
  const stances = extractStances(doc, sections, document, remiss);
  const dates = extractDates(doc);
  const figures = extractFigures(doc, dates);
  const checks = checkSums(doc, figures.figures);
  const warnings: Warning[] = [
    ...doc.notes.map((n) => warning(n.code, n.message, null)),
    ...stances.warnings,
    ...dates.warnings,
    ...figures.warnings,
    ...checks.warnings,
  ];
  return {
    schemaVersion: SCHEMA_VERSION,
    ...(version ? { generator: { name: "diarium" as const, version } } : {}),
    source,
    text: doc.text,
    document: stances.items.length ? wholeProtocol(document, stances.items) : document,
    proposal: stances.proposal,
    matters: stances.matters,
    sections,
    consultations: stances.consultations,
    positions: stances.positions,
    votes: stances.votes,
    people: stances.people,
    parties: stances.parties,
    dates: dates.dates,
    figures: figures.figures,
    checks: checks.checks,
    warnings,
    items: stances.items,
  };
}

/**
 * A whole protocol's own fields: its number and title are the meeting's, not its first paragraph's
 * (which `items` hold), and its diarienummer are its paragraphs' own, not every case number its
 * delegation lists mention.
 * @example wholeProtocol(meta, items).number // null
 */
function wholeProtocol(meta: DocumentMeta, items: Item[]): DocumentMeta {
  const { number: _number, title: _title, diarienummer: _dnr, ...evidence } = meta.evidence ?? {};
  return {
    ...meta,
    number: null,
    title: null,
    diarienummer: [...new Set(items.flatMap((i) => i.diarienummer))],
    ...(meta.evidence ? { evidence } : {}),
  };
}
