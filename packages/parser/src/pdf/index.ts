export { readPdf, type PdfReadOptions } from "./read.ts";
export { isStrayPdfJsRejection } from "./load.ts";
