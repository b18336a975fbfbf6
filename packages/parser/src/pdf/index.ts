export { readPdf, type PdfReadOptions } from "./read.ts";
