import { html } from "hono/html";
import type { SearchHit } from "../../db/queries.ts";
import { hrefOf, layout, type Html } from "./layout.ts";

/** A match in a snippet, as the search marks it: "«laddplatser»". */
const MARKED = /«([^»]*)»/g;

/**
 * A snippet with its «matches» as <mark>, every piece escaped.
 * @example snippetHtml("nya «laddplatser» vid <b>") // 'nya <mark>laddplatser</mark> vid &lt;b&gt;'
 */
export function snippetHtml(snippet: string): Html {
  const parts: Html[] = [];
  let at = 0;
  for (const m of snippet.matchAll(MARKED)) {
    parts.push(html`${snippet.slice(at, m.index)}<mark>${m[1]}</mark>`);
    at = m.index + m[0].length;
  }
  parts.push(html`${snippet.slice(at)}`);
  return html`${parts}`;
}

/**
 * The search page: the box (the syntax of `diarium search`), then the ranked sections, each with
 * its paper, heading and snippet; a search the syntax does not allow shows why (status 400).
 * @example searchPage({ query: "laddplats", hits, error: null })
 */
export function searchPage(p: { query: string; hits: SearchHit[]; error: string | null }): Html {
  return layout({
    title: p.query ? `Sök: ${p.query}` : "Sök",
    section: "search",
    body: html`<h1>Sök i arkivet</h1>
<form class="filters" method="get" action="/search">
<label>Sökord <input name="q" value="${p.query}" size="50" placeholder='laddplats OR "personligt ombud"' autofocus></label>
<button type="submit">Sök</button>
</form>
<details><summary>Söksyntax</summary><pre>laddplats              alla former: laddplatsen, laddplatser, laddplatserna
personligt ombud       båda orden, var som helst i avsnittet
"personligt ombud"     orden bredvid varandra
ladd*                  ord som börjar på ladd
bifall OR avslag       något av orden
motion NOT återremiss  det första utan det andra
(bifall OR avslag) motion   parenteser grupperar</pre></details>
${p.error ? html`<div class="errors" role="alert">${p.error}</div>` : ""}
${p.query && !p.error ? html`<p class="count">${p.hits.length} träffar</p>` : ""}
<ol class="hits">${p.hits.map(
      (h) => html`<li><a href="${hrefOf("/paper", { path: h.paper })}">${h.number ?? h.paper}</a> ${h.date ?? ""} · ${h.heading}${h.page ? html` · s. ${h.page}` : ""}<br><span class="snippet">${snippetHtml(h.snippet)}</span></li>`,
    )}</ol>`,
  });
}
