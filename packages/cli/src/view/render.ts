/**
 * One paper's view as HTML: the facts panel beside the paper, the paper either as its normalised
 * text with every evidence span marked, or (a PDF, given its bytes) as its pages drawn by pdf.js
 * with the evidence boxes over them. Pure: an analysis (and the PDF's bytes) in, a string out;
 * the page loads nothing from anywhere and opens from disk.
 */
import type { Analysis } from "@diarium/schema";
import { CLIENT_SCRIPT } from "./client.ts";
import { sha256Source, viewCsp } from "./csp.ts";
import { escapeHtml as h, jsonForScript } from "./escape.ts";
import { factsOf } from "./facts.ts";
import { renderFactsPanel } from "./panel.ts";
import { highlightedText } from "./paper-text.ts";
import { loadPdfJsAssets, type PdfJsAssets } from "./pdfjs-assets.ts";
import { VIEW_STYLE } from "./style.ts";

export type PaperViewInput = {
  analysis: Analysis;
  /** The PDF the analysis was made from: its pages are drawn with the evidence boxes over them. */
  pdfBytes?: Uint8Array;
  /** pdf.js's browser files; read from the installed pdfjs-dist when absent. */
  pdfjs?: PdfJsAssets;
  /** CSS pixels per PDF point (default 1.4). */
  scale?: number;
};

/**
 * A view in parts, for a page that has its own frame (`diarium serve`): `head` goes in <head>
 * (the stylesheet), `body` is the content (header, panel, paper, inert data, scripts), and `csp`
 * is the policy the page must be served with for the scripts and style to run.
 */
export type PaperViewParts = { title: string; head: string; body: string; csp: string; scriptHashes: string[]; styleHashes: string[] };

const CLIENT_HASH = sha256Source(CLIENT_SCRIPT);
const STYLE_HASH = sha256Source(VIEW_STYLE);

/** Text for an inert `<script>` element: as is when the HTML parser keeps it whole, base64 otherwise. */
function inertScript(id: string, type: string, content: string | Uint8Array): string {
  const safe = typeof content === "string" && !/<\/script|<!--/i.test(content);
  const text = safe ? (content as string) : Buffer.from(content).toString("base64");
  return `<script type="${type}" id="${id}"${safe ? "" : ' data-encoding="base64"'}>${text}</script>`;
}

/**
 * The view's parts, for embedding in another page.
 * @example paperViewParts({ analysis }).csp // "default-src 'none'; script-src 'sha256-…'; …"
 */
export function paperViewParts(input: PaperViewInput): PaperViewParts {
  const a = input.analysis;
  const index = factsOf(a);
  const pdf = input.pdfBytes !== undefined && a.source.format === "pdf";
  const pdfjs = pdf ? (input.pdfjs ?? loadPdfJsAssets()) : undefined;
  const data = {
    pdf,
    scale: input.scale ?? 1.4,
    facts: index.facts.map((f) => ({ id: f.id, label: f.label, boxes: (f.evidence.boxes ?? []).map((b) => [b.page, b.x, b.y, b.width, b.height]) })),
  };
  const title = a.document.series ?? a.document.number ?? a.document.title ?? a.source.path;
  const text = `<article id="text" class="view"${pdf ? " hidden" : ""}>${highlightedText(a.text, index.facts)}</article>`;
  const paper = pdf
    ? `<div class="tabs" role="tablist"><button type="button" role="tab" data-tab="pages" aria-selected="true">Sidor</button> <button type="button" role="tab" data-tab="text" aria-selected="false">Text</button></div><div id="pages" class="view"></div>${text}`
    : text;
  const scripts = [
    inertScript("view-data", "application/json", jsonForScript(data)),
    pdf && pdfjs && input.pdfBytes ? inertScript("pdf-data", "application/octet-stream", input.pdfBytes) + inertScript("pdfjs-worker", "text/plain", pdfjs.worker) : "",
    pdfjs ? `<script type="module">${pdfjs.main}</script>` : "",
    // A module script too, so that it runs after pdf.js's (module scripts run in document order).
    `<script type="module">${CLIENT_SCRIPT}</script>`,
  ].join("");
  const body = [
    `<header><h1>${h(title)}</h1><span class="path">${h(a.source.path)}${a.source.pages ? ` · ${a.source.pages} sidor` : ""}</span></header>`,
    renderFactsPanel(a, index),
    `<main id="paper">${paper}</main>`,
    `<div id="tip" role="tooltip" hidden></div>`,
    scripts,
  ].join("\n");
  const scriptHashes = [...(pdfjs ? [pdfjs.mainHash] : []), CLIENT_HASH];
  return { title, head: `<style>${VIEW_STYLE}</style>`, body, csp: viewCsp(scriptHashes, [STYLE_HASH]), scriptHashes, styleHashes: [STYLE_HASH] };
}

/**
 * One self-contained HTML page viewing a paper's analysis: no network, opens from disk.
 * @example renderPaperView({ analysis, pdfBytes }) // "<!doctype html>…"
 */
export function renderPaperView(input: PaperViewInput): string {
  const parts = paperViewParts(input);
  return [
    "<!doctype html>",
    `<html lang="sv"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="${h(parts.csp)}">`,
    `<meta name="viewport" content="width=device-width,initial-scale=1">`,
    `<meta name="referrer" content="no-referrer">`,
    `<title>${h(parts.title)} – diarium</title>`,
    parts.head,
    `</head><body>`,
    parts.body,
    `</body></html>`,
  ].join("\n");
}
