/**
 * The normalised text with every fact's evidence marked. Spans overlap (a position inside the
 * proposal it answers), so the text is cut at every span edge and each piece names all the facts
 * that cover it: `<span class="hl" data-f="3 7">`. A fact's pieces, joined, are its quote.
 */
import { escapeHtml } from "./escape.ts";
import type { ViewFact } from "./facts.ts";

/**
 * The text as HTML, each piece covered by evidence wrapped in a span naming its facts.
 * @example highlightedText("Beslut: bifall.", [{ id: 0, evidence: { start: 8, end: 14, … }, … }])
 * // 'Beslut: <span class="hl" data-f="0">bifall</span>.'
 */
export function highlightedText(text: string, facts: readonly ViewFact[]): string {
  // Edges as events: at each offset, the facts that start and end there.
  const starts = new Map<number, number[]>();
  const ends = new Map<number, number[]>();
  for (const f of facts) {
    const { start, end } = f.evidence;
    if (end <= start || end > text.length) continue;
    starts.set(start, [...(starts.get(start) ?? []), f.id]);
    ends.set(end, [...(ends.get(end) ?? []), f.id]);
  }
  const edges = [...new Set([0, text.length, ...starts.keys(), ...ends.keys()])].sort((a, b) => a - b);
  const active = new Set<number>();
  const out: string[] = [];
  for (let k = 0; k < edges.length - 1; k++) {
    const at = edges[k] as number;
    for (const id of ends.get(at) ?? []) active.delete(id);
    for (const id of starts.get(at) ?? []) active.add(id);
    const piece = escapeHtml(text.slice(at, edges[k + 1]));
    out.push(active.size ? `<span class="hl" data-f="${[...active].sort((a, b) => a - b).join(" ")}">${piece}</span>` : piece);
  }
  return out.join("");
}
