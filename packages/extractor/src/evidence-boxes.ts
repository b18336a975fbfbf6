/**
 * Page boxes on every evidence span of a PDF's analysis, in one pass once the analysis is done:
 * the extractors make evidence in many places, and none of them needs to know about pages.
 */
import type { Analysis, Evidence, PageBox } from "@diarium/schema";

function isEvidence(value: object): value is Evidence {
  const v = value as Partial<Evidence>;
  return typeof v.start === "number" && typeof v.end === "number" && typeof v.quote === "string" && "page" in v;
}

/**
 * The analysis with `boxes` on every evidence object, from `boxesOf(start, end)`. Copies only what
 * it changes (an object holding evidence somewhere below it); the rest is shared with the analysis
 * passed in, which is left as it is.
 * @example withEvidenceBoxes(analysis, evidenceBoxes(raw.boxes, doc.offsets, raw.raw)).proposal.evidence.boxes
 * // [{ page: 1, x: 60, y: 654.7, width: 371.1, height: 12.1 }, …]
 */
export function withEvidenceBoxes(analysis: Analysis, boxesOf: (start: number, end: number) => PageBox[]): Analysis {
  const visit = (value: unknown): unknown => {
    if (typeof value !== "object" || value === null) return value;
    if (Array.isArray(value)) {
      let out: unknown[] | null = null;
      for (let i = 0; i < value.length; i++) {
        const v = visit(value[i]);
        if (v !== value[i]) (out ??= value.slice())[i] = v;
      }
      return out ?? value;
    }
    if (isEvidence(value)) return { ...value, boxes: boxesOf(value.start, value.end) };
    let out: Record<string, unknown> | null = null;
    for (const key in value) {
      const before = (value as Record<string, unknown>)[key];
      const after = visit(before);
      if (after !== before) (out ??= { ...(value as Record<string, unknown>) })[key] = after;
    }
    return out ?? value;
  };
  return visit(analysis) as Analysis;
}
