/**
 * Where a PDF's annotation text stands in the normalised text: the reader knows each annotation's
 * span in the raw text; normalisation keeps each raw line's start in its offset map, so the
 * normalised lines that begin inside an annotation's span are that annotation's text.
 */
import type { AnnotationText } from "@diarium/schema";
import { rawOffset, type NormalizedDocument } from "../document.ts";
import type { AnnotationSpan } from "./read.ts";

/**
 * The annotations of a PDF read, each with the evidence of its text in `doc.text` (null when
 * normalisation left none of its lines: a field holding only "100" is dropped as a page number).
 * @example annotationsIn(raw.annotations, normalize(raw))
 * // annotation-tx.pdf: [{ kind: "field", name: "Text2", box: [22.4, 711.1, 172.4, 733.1], text: "tx annotation",
 * //   evidence: { start: 0, end: 13, page: 1, quote: "tx annotation" } }]
 */
export function annotationsIn(spans: readonly AnnotationSpan[], doc: Pick<NormalizedDocument, "text" | "lines" | "offsets">): AnnotationText[] {
  const starts = doc.lines.map((line) => rawOffset(doc.offsets, line.start));
  let k = 0;
  return [...spans]
    .sort((a, b) => a.start - b.start)
    .map((span) => {
      while (k < starts.length && (starts[k] as number) < span.start) k++;
      let last = k;
      while (last < starts.length && (starts[last] as number) < span.end) last++;
      const first = doc.lines[k];
      const end = doc.lines[last - 1];
      const evidence =
        last > k && first && end && end.end > first.start
          ? { start: first.start, end: end.end, page: span.page, quote: doc.text.slice(first.start, end.end) }
          : null;
      return { kind: span.kind, name: span.name, box: span.box, text: span.text, evidence };
    });
}
