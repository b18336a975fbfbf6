import { html } from "hono/html";
import type { Analysis } from "@diarium/schema";
import { layout, stanceBadge, type Html } from "./layout.ts";

/**
 * The anchor of a position's evidence on the paper page.
 * @example positionAnchor(3) // "position-3"
 */
export function positionAnchor(index: number): string {
  return `position-${index}`;
}

/** What a stance row says about its fact: enough to find it among the paper's positions. */
export type FactKey = { forum: string; party: string; kind: string; quote: string };

/**
 * The position of an analysis a stance row stands for: same quote, forum and kind, the party
 * among its parties (the index has a row per party of a position). -1 when none matches (the
 * analysis changed since it was indexed).
 * @example positionOf(analysis, { forum: "Kommunstyrelsen", party: "MP", kind: "reservation", quote: "…" }) // 4
 */
export function positionOf(analysis: Analysis, key: FactKey): number {
  return analysis.positions.findIndex(
    (p) => p.evidence.quote === key.quote && p.forum === key.forum && p.kind === key.kind && p.parties.some((x) => x.toUpperCase() === key.party.toUpperCase()),
  );
}

/**
 * A paper's page without the full view: its metadata, its positions, and its normalised text
 * with every position's evidence marked (id {@link positionAnchor}), so a stance row's link lands
 * on its words.
 * @example paperPage({ path: "corpus/stockholm-utlatande-2013-125.txt", analysis })
 */
export function paperPage(p: { path: string; analysis: Analysis }): Html {
  const a = p.analysis;
  const spans = a.positions.map((pos, i) => ({ i, start: pos.evidence.start, end: pos.evidence.end })).sort((x, y) => x.start - y.start || x.i - y.i);
  // Overlapping spans make one mark; the anchors of all but the first are empty spans before it.
  const clusters: { start: number; end: number; ids: number[] }[] = [];
  for (const s of spans) {
    const last = clusters[clusters.length - 1];
    if (last && s.start < last.end) (last.end = Math.max(last.end, s.end)), last.ids.push(s.i);
    else clusters.push({ start: s.start, end: s.end, ids: [s.i] });
  }
  const pieces: Html[] = [];
  let at = 0;
  for (const c of clusters) {
    const [first, ...others] = c.ids;
    pieces.push(html`${a.text.slice(at, c.start)}${others.map((i) => html`<span id="${positionAnchor(i)}"></span>`)}<mark id="${positionAnchor(first!)}">${a.text.slice(c.start, c.end)}</mark>`);
    at = c.end;
  }
  pieces.push(html`${a.text.slice(at)}`);
  const d = a.document;
  return layout({
    title: d.title ?? p.path,
    section: "paper",
    body: html`<h1>${d.series ?? d.number ?? p.path}${d.title ? html`: ${d.title}` : ""}</h1>
<dl class="meta"><dt>Källa</dt><dd>${p.path}</dd><dt>Dnr</dt><dd>${d.diarienummer.join(", ")}</dd><dt>Datum</dt><dd>${d.date ?? "–"}</dd><dt>Utfärdare</dt><dd>${d.issuer ?? "–"}</dd></dl>
<h2>Ställningstaganden</h2>
<table class="rows"><tbody>${a.positions.map(
      (pos, i) => html`<tr><td>${pos.forum}</td><td>${pos.parties.join(", ")}</td><td>${stanceBadge(pos.stance)}</td><td>${pos.kind}</td><td><a href="#${positionAnchor(i)}">s. ${pos.evidence.page ?? "–"}: ${pos.evidence.quote.slice(0, 80)}</a></td></tr>`,
    )}</tbody></table>
<h2>Text</h2>
<div class="paper-text">${pieces}</div>`,
  });
}

/** The page of a paper the index names but whose analysis is no longer where it was indexed (404). */
export function paperMissingPage(path: string): Html {
  return layout({
    title: "Papper saknas",
    section: "paper",
    body: html`<h1>Papper saknas</h1><p class="errors">Analysen av <strong>${path}</strong> finns inte i indexet, eller inte längre där den indexerades (kör <code>diarium index</code> igen).</p>`,
  });
}
