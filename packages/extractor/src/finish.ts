/**
 * What only the raw reading of a PDF knows, added to its finished analysis: which parts of the
 * text came from annotations, and where every evidence span is printed on its page. Both
 * `analyzeInput` and the CLI's workers finish an analysis here.
 */
import type { Analysis } from "@diarium/schema";
import { annotationsIn, evidenceBoxes, type NormalizedDocument, type PdfRawDocument, type RawDocument } from "@diarium/parser";
import { withEvidenceBoxes } from "./evidence-boxes.ts";

/**
 * The analysis with the PDF reading's annotations and evidence boxes; a text paper's as it is.
 * @example finishAnalysis(analyzeDocument(doc, source), raw, doc).proposal.evidence.boxes // [{ page: 1, … }]
 */
export function finishAnalysis(analysis: Analysis, raw: RawDocument | PdfRawDocument, doc: NormalizedDocument): Analysis {
  if (!("annotations" in raw)) return analysis;
  const annotated = raw.annotations.length > 0 ? { ...analysis, annotations: annotationsIn(raw.annotations, doc) } : analysis;
  return raw.boxes.length > 0 ? withEvidenceBoxes(annotated, evidenceBoxes(raw.boxes, doc.offsets, raw.raw)) : annotated;
}
