import { isStrayPdfJsRejection } from "@diarium/parser";

/**
 * On some damaged PDFs pdf.js rejects an internal promise that nothing awaits ("FormatError:
 * Invalid number" while it rebuilds a broken xref, mozilla/pdf.js#8608, #17981); the reader's own
 * calls still settle and report what could not be read (E_DAMAGED). Node's default would end the
 * process for it, so a thread of the CLI that reads a PDF drops such a rejection. Any other
 * unhandled rejection is left to the process's other handlers, or thrown as Node would when there
 * are none. Process state, so here and not in the parser, which keeps none.
 */
let contained = false;

/**
 * Installs the listener, once per thread (a worker thread has its own `process` events).
 * @example containStrayPdfJsRejections(); await readDocument(bytes, "pdf", options)
 */
export function containStrayPdfJsRejections(): void {
  if (contained) return;
  contained = true;
  process.on("unhandledRejection", (reason) => {
    if (isStrayPdfJsRejection(reason)) return;
    if (process.listenerCount("unhandledRejection") === 1) throw reason;
  });
}
