import { html } from "hono/html";
import { PositionKind, Stance } from "@diarium/schema";
import type { StanceRow } from "../../db/queries.ts";
import { hrefOf, layout, stanceBadge, type Html } from "./layout.ts";

/** The filters as typed in the form (shown back as they were, valid or not). */
export type StanceQuery = Partial<Record<"party" | "forum" | "stance" | "kind" | "municipality" | "item" | "from" | "to" | "undated", string>>;

/** Rows on one page of the table; the rest are a "next" link away. */
export const ROWS_PER_PAGE = 200;

/**
 * Where a stance row leads: the paper's page at this fact's evidence (/fact finds the position in
 * the paper's analysis and sends the browser to its anchor).
 * @example factHref(row) // "/fact?paper=corpus%2Fstockholm-utlatande-2013-125.txt&forum=Kommunstyrelsen&party=MP&kind=reservation&quote=…"
 */
export function factHref(row: Pick<StanceRow, "paper" | "forum" | "party" | "kind" | "quote">): string {
  return hrefOf("/fact", { paper: row.paper, forum: row.forum, party: row.party, kind: row.kind, quote: row.quote });
}

/**
 * The stance table: the filter form, which rows of how many match (and how many undated papers a
 * date filter left out), and one row per party position, each a link to its evidence. `rows` are
 * the page's, from row `offset`; `more` says whether rows follow.
 * @example stancesPage({ query: { party: "MP" }, rows, offset: 0, more: false, partyCodes: ["MP", "S", "V"], undatedLeftOut: 0, page: 1 })
 */
export function stancesPage(p: { query: StanceQuery; rows: StanceRow[]; offset: number; more: boolean; partyCodes: string[]; undatedLeftOut: number; page: number }): Html {
  const paged = p.more || p.offset > 0;
  const count =
    p.rows.length === 0 && p.offset > 0 ? html`inga fler rader`
    : paged ? html`rader ${p.offset + 1}–${p.offset + p.rows.length}${p.more ? " (fler på nästa sida)" : ""}`
    : html`${p.rows.length} rader`;
  return layout({
    title: "Ställningstaganden",
    section: "stances",
    body: html`<h1>Ställningstaganden</h1>
${stanceFilterForm(p.query, p.partyCodes)}
<p class="count" id="count">${count}${p.undatedLeftOut > 0 ? html` · ${p.undatedLeftOut} papper utan datum utelämnade (välj «med» under Utan datum)` : ""}</p>
<table class="rows stances">
<thead><tr><th>Datum</th><th>Papper</th><th>Forum</th><th>Parti</th><th>Ställning</th><th>Typ</th><th>Sida</th><th>Citat</th></tr></thead>
<tbody>
${p.rows.map((r) => {
  const href = factHref(r);
  return html`<tr data-href="${href}" tabindex="0">
<td>${r.date ?? "–"}</td>
<td><a href="${href}">${r.number ?? r.paper}</a>${r.title ? html`<br><small>${r.title}</small>` : ""}${r.item ? html`<br><small>${r.item}</small>` : ""}</td>
<td>${r.forum}</td><td>${r.party}</td><td>${stanceBadge(r.stance)}</td><td>${r.kind}</td><td>${r.page ?? ""}</td>
<td class="quote">${r.quote}</td>
</tr>`;
})}
</tbody>
</table>
${paged ? pager(p.query, p.page, p.more) : ""}`,
  });
}

/** Previous/next links that keep the filters. */
function pager(query: StanceQuery, page: number, more: boolean): Html {
  return html`<p class="pager">${page > 1 ? html`<a href="${hrefOf("/stances", { ...query, page: page - 1 })}">← föregående</a>` : ""}${
    more ? html`<a href="${hrefOf("/stances", { ...query, page: page + 1 })}">nästa →</a>` : ""
  }</p>`;
}

/** The filter form; also shown on the 400 page, holding what was typed. */
export function stanceFilterForm(q: StanceQuery, partyCodes: string[]): Html {
  const option = (value: string, current: string | undefined, label = value) => html`<option value="${value}"${value === (current ?? "") ? html` selected` : ""}>${label}</option>`;
  // A party typed in words ("Miljöpartiet") or not in the archive is kept as typed, so the form shows it.
  const parties = q.party && !partyCodes.includes(q.party) ? [...partyCodes, q.party] : partyCodes;
  return html`<form class="filters" method="get" action="/stances">
<label>Parti <select name="party">${option("", q.party, "alla")}${parties.map((c) => option(c, q.party))}</select></label>
<label>Forum <input name="forum" value="${q.forum ?? ""}" placeholder="t.ex. Kommunstyrelsen"></label>
<label>Ställning <select name="stance">${option("", q.stance, "alla")}${Stance.options.map((s) => option(s, q.stance))}</select></label>
<label>Typ <select name="kind">${option("", q.kind, "alla")}${PositionKind.options.map((k) => option(k, q.kind))}</select></label>
<label>Från <input name="from" value="${q.from ?? ""}" placeholder="ÅÅÅÅ-MM-DD" size="10"></label>
<label>Till <input name="to" value="${q.to ?? ""}" placeholder="ÅÅÅÅ-MM-DD" size="10"></label>
<label>Utan datum <select name="undated">${option("", q.undated, "utan")}${option("include", q.undated, "med")}${option("only", q.undated, "bara")}</select></label>
<label>Kommun <input name="municipality" value="${q.municipality ?? ""}" placeholder="t.ex. Stockholm" size="10"></label>
<label>Paragraf <input name="item" value="${q.item ?? ""}" placeholder="§ 98" size="6"></label>
<button type="submit">Filtrera</button>
</form>`;
}

/**
 * The 400 page of a filter the archive cannot mean: each bad value with its valid values (the
 * messages of the same zod schema `diarium query stance` checks its options with).
 * @example badFilterPage({ query: { party: "XYZ" }, problems: [{ field: "party", message: 'unknown party "XYZ"; valid: S (Socialdemokraterna), …' }], partyCodes })
 */
export function badFilterPage(p: { query: StanceQuery; problems: { field: string; message: string }[]; partyCodes: string[] }): Html {
  return layout({
    title: "Ogiltigt filter",
    section: "stances",
    body: html`<h1>Ogiltigt filter</h1>
<div class="errors" role="alert"><ul>${p.problems.map((x) => html`<li><strong>${x.field}</strong>: ${x.message}</li>`)}</ul></div>
<p>Rätta filtret och försök igen:</p>
${stanceFilterForm(p.query, p.partyCodes)}`,
  });
}
