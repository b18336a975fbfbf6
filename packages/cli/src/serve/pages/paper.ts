import type { Analysis } from "@diarium/schema";
import { html, raw } from "hono/html";
import { factsOf, paperViewParts, type PdfJsAssets } from "../../view/index.ts";
import { sha256Source, viewCsp } from "../../view/csp.ts";
import { layout, type Html } from "./layout.ts";

/** What a stance row says about its fact: enough to find it among the paper's positions. */
export type FactKey = { forum: string; party: string; kind: string; quote: string };

/**
 * The view's id of the position a stance row stands for (same quote, forum and kind, the party
 * among its parties: the index has a row per party of a position), or null when none matches
 * (the analysis changed since it was indexed).
 * @example viewFactOf(analysis, { forum: "Kommunstyrelsen", party: "MP", kind: "reservation", quote: "Reservation anfördes av …" }) // 9
 */
export function viewFactOf(analysis: Analysis, key: FactKey): number | null {
  const index = analysis.positions.findIndex(
    (p) => p.evidence.quote === key.quote && p.forum === key.forum && p.kind === key.kind && p.parties.some((x) => x.toUpperCase() === key.party.toUpperCase()),
  );
  return index < 0 ? null : (factsOf(analysis).ids.positions[index] ?? null);
}

/**
 * The address fragment that opens a paper's page at a fact: the serve script asks the view to
 * select it (scroll to its evidence and flash it).
 * @example factFragment(9) // "#fact-9"
 */
export function factFragment(id: number): string {
  return `#fact-${id}`;
}

/** The link back to the app, in the view's dark header bar (its own style, allowed by hash). */
const BACK_STYLE = "a.serve-back{position:fixed;top:.55rem;right:1rem;color:#fff;font:14px system-ui,sans-serif;z-index:10}";

/**
 * A paper's page: the view of `diarium view` (facts panel, the paper's text or its PDF pages with
 * the evidence marked) in a frame with a link back, and /static/serve-view.js, which opens the
 * fact the address names (#fact-9). Returns the page and the Content-Security-Policy it must be
 * served with: the view's (inline scripts and style by hash, pdf.js's worker from blob:) plus
 * this server's own script.
 * @example paperPage({ analysis, pdfBytes }).csp // "default-src 'none'; script-src 'sha256-…' 'self'; …"
 */
export function paperPage(p: { analysis: Analysis; pdfBytes?: Uint8Array; pdfjs?: PdfJsAssets }): { html: Html; csp: string } {
  const parts = paperViewParts({ analysis: p.analysis, ...(p.pdfBytes ? { pdfBytes: p.pdfBytes } : {}), ...(p.pdfjs ? { pdfjs: p.pdfjs } : {}) });
  const csp = `${viewCsp([...parts.scriptHashes, "'self'"], [...parts.styleHashes, BACK_STYLE_HASH])}; frame-ancestors 'none'`;
  // The view's parts are its own escaped HTML (view/escape.ts); they go in as they are.
  const page = html`<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${parts.title} · diarium</title>
${raw(parts.head)}
<style>${raw(BACK_STYLE)}</style>
</head>
<body>
${raw(parts.body)}
<a class="serve-back" href="/stances">← Ställningstaganden</a>
<script type="module" src="/static/serve-view.js"></script>
</body>
</html>`;
  return { html: page, csp };
}

const BACK_STYLE_HASH = sha256Source(BACK_STYLE);

/** The page of a paper the index does not hold, or whose analysis is no longer where it was indexed (404). */
export function paperMissingPage(path: string): Html {
  return layout({
    title: "Papper saknas",
    section: "paper",
    body: html`<h1>Papper saknas</h1><p class="errors">Analysen av <strong>${path}</strong> finns inte i indexet, eller inte längre där den indexerades (kör <code>diarium index</code> igen).</p>`,
  });
}
