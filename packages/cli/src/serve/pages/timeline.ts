import { html } from "hono/html";
import type { StanceRow } from "../../db/queries.ts";
import { strongColourOf } from "../../view/stance-colours.ts";
import { factHref } from "./stances.ts";
import { layout, stanceBadge, type Html } from "./layout.ts";

const WIDTH = 1000;
const HEIGHT = 90;
const MARGIN = 30;

/** Days since 1970 of an ISO date: "2013-09-18" → 15966. */
function dayOf(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / 86_400_000;
}

/**
 * One party's stances along time: a strip with a dot per stance (coloured by stance, a link to
 * its evidence), then the stances year by year; undated papers last.
 * @example timelinePage({ party: "MP", partyCodes: ["MP", "S"], rows: queryStances(db, { party: "MP" }) })
 */
export function timelinePage(p: { party: string | null; partyCodes: string[]; rows: StanceRow[]; error?: string | null }): Html {
  const dated = p.rows.filter((r) => r.date !== null);
  const byYear = new Map<string, StanceRow[]>();
  for (const r of p.rows) {
    const year = r.date?.slice(0, 4) ?? "utan datum";
    byYear.set(year, [...(byYear.get(year) ?? []), r]);
  }
  const years = [...byYear.keys()].sort((a, b) => (a === "utan datum" ? 1 : b === "utan datum" ? -1 : a.localeCompare(b)));
  return layout({
    title: p.party ? `Tidslinje ${p.party}` : "Tidslinje",
    section: "timeline",
    body: html`<h1>Tidslinje${p.party ? html` för ${p.party}` : ""}</h1>
<form class="filters" method="get" action="/timeline">
<label>Parti <select name="party"><option value="">välj parti</option>${p.partyCodes.map((c) => html`<option value="${c}"${c === p.party ? html` selected` : ""}>${c}</option>`)}</select></label>
<button type="submit">Visa</button>
</form>
${p.error ? html`<div class="errors" role="alert">${p.error}</div>` : ""}
${p.party && !p.error ? html`<section class="timeline">
<p class="count">${p.rows.length} ställningstaganden${p.rows.length > dated.length ? html`, ${p.rows.length - dated.length} utan datum` : ""}</p>
${dated.length ? strip(dated) : ""}
${years.map(
  (year) => html`<h2>${year}</h2>
<table class="rows"><tbody>${(byYear.get(year) ?? []).map(
    (r) => html`<tr data-href="${factHref(r)}" tabindex="0"><td>${r.date ?? "–"}</td><td>${stanceBadge(r.stance)}</td><td><a href="${factHref(r)}">${r.number ?? r.paper}</a> ${r.title ?? ""}</td><td>${r.forum}</td><td>${r.kind}</td></tr>`,
  )}</tbody></table>`,
)}
</section>` : ""}`,
  });
}

/** The strip: x is the date between the first and the last; stances of one day stack upwards. */
function strip(rows: StanceRow[]): Html {
  const days = rows.map((r) => dayOf(r.date!));
  const min = Math.min(...days);
  const span = Math.max(...days) - min;
  const stacked = new Map<number, number>();
  // Stances of a single day stand in the middle.
  const x = (day: number) => Math.round(span === 0 ? WIDTH / 2 : MARGIN + ((day - min) / span) * (WIDTH - 2 * MARGIN));
  return html`<svg viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="ställningstaganden över tid">
<line x1="${MARGIN}" y1="${HEIGHT - 20}" x2="${WIDTH - MARGIN}" y2="${HEIGHT - 20}" stroke="#8c959f"/>
<text x="${MARGIN}" y="${HEIGHT - 4}" font-size="11">${rows[0]!.date}</text>
<text x="${WIDTH - MARGIN}" y="${HEIGHT - 4}" font-size="11" text-anchor="end">${rows[rows.length - 1]!.date}</text>
${rows.map((r, i) => {
  const cx = x(days[i]!);
  const level = stacked.get(cx) ?? 0;
  stacked.set(cx, level + 1);
  return html`<a href="${factHref(r)}"><circle cx="${cx}" cy="${HEIGHT - 30 - Math.min(level, 5) * 9}" r="4" fill="${strongColourOf(r.stance)}"><title>${r.date} ${r.stance ?? "–"} · ${r.forum} · ${r.number ?? r.paper}</title></circle></a>`;
})}
</svg>`;
}
