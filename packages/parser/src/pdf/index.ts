export { readPdf, type PdfReadOptions, type PdfRawDocument, type AnnotationSpan } from "./read.ts";
export type { AnnotationKind, AnnotationMode } from "./annotations.ts";
export { isStrayPdfJsRejection, pdfLibrary, type PdfJsLoader } from "./load.ts";
export { annotationsIn } from "./evidence.ts";
export { evidenceBoxes, type TextBox } from "./boxes.ts";
