export { renderPaperView, paperViewParts, type PaperViewInput, type PaperViewParts } from "./render.ts";
export { loadPdfJsAssets, type PdfJsAssets } from "./pdfjs-assets.ts";
export { factsOf, type ViewFact, type FactIndex } from "./facts.ts";
export { escapeHtml } from "./escape.ts";
