import { NO_STANCE_COLOURS, STANCE_COLOURS } from "../view/stance-colours.ts";

/**
 * The app's one style sheet and one script, served from /static/ (the Content-Security-Policy
 * allows scripts and styles from the server itself only, so nothing is inline in the pages).
 */

export const STYLESHEET = `
:root { --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg: #fff; --head: #f6f8fa; --accent: #0969da; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); background: var(--bg); }
header.top { display: flex; gap: 1.5rem; align-items: baseline; padding: .6rem 1.2rem; border-bottom: 1px solid var(--line); background: var(--head); }
header.top strong { font-size: 1.1rem; }
header.top a { color: var(--ink); text-decoration: none; }
header.top a[aria-current] { font-weight: 600; border-bottom: 2px solid var(--accent); }
main { padding: 1rem 1.2rem 3rem; }
h1 { font-size: 1.3rem; margin: .2rem 0 1rem; }
form.filters { display: flex; flex-wrap: wrap; gap: .6rem 1rem; align-items: end; margin-bottom: 1rem; }
form.filters label { display: flex; flex-direction: column; font-size: .8rem; color: var(--muted); }
form.filters input, form.filters select { font: inherit; padding: .2rem .35rem; min-width: 8rem; }
button { font: inherit; padding: .25rem .8rem; }
p.count { color: var(--muted); margin: .3rem 0 .6rem; }
table.rows { border-collapse: collapse; width: 100%; }
table.rows th, table.rows td { text-align: left; vertical-align: top; padding: .3rem .5rem; border-bottom: 1px solid var(--line); }
table.rows th { background: var(--head); position: sticky; top: 0; font-size: .85rem; }
table.rows tbody tr[data-href] { cursor: pointer; }
table.rows tbody tr[data-href]:hover, table.rows tbody tr[data-href]:focus-within { background: #eef6ff; }
td.quote { max-width: 36rem; color: var(--muted); font-size: .9rem; white-space: pre-line; }
.stance { display: inline-block; padding: 0 .45rem; border-radius: .7rem; color: #fff; font-size: .8rem; white-space: nowrap; }
${STANCE_COLOURS.map((c) => `.stance-${c.stance} { background: ${c.strong}; }`).join("\n")}
.stance-none { background: ${NO_STANCE_COLOURS.strong}; }
.errors { border: 1px solid #cf222e; background: #fff0ee; padding: .6rem 1rem; border-radius: .4rem; }
.errors li { margin: .3rem 0; }
mark { background: #fff1a8; }
.snippet { color: var(--muted); }
ol.hits li { margin-bottom: .9rem; }
.timeline svg { width: 100%; height: auto; border: 1px solid var(--line); background: var(--head); }
.timeline h2 { font-size: 1rem; margin: 1.2rem 0 .3rem; }
.paper-text { white-space: pre-wrap; font: 14px/1.5 ui-monospace, "DejaVu Sans Mono", monospace; max-width: 60rem; }
.paper-text mark:target { outline: 3px solid var(--accent); background: #ffd33d; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
dl.meta dt { color: var(--muted); }
.pager a { margin-right: 1rem; }
`;

/**
 * The client script: a stance row is a link as a whole (click or Enter anywhere on it), and a
 * changed select submits its filter form. Everything works without it, by the links in each row.
 */
export const CLIENT_SCRIPT = `
document.addEventListener("click", function (event) {
  var target = event.target;
  if (!(target instanceof Element) || target.closest("a, button, input, select")) return;
  var row = target.closest("tr[data-href]");
  if (row) location.assign(row.getAttribute("data-href"));
});
document.addEventListener("keydown", function (event) {
  var target = event.target;
  if (event.key !== "Enter" || !(target instanceof Element) || !target.matches("tr[data-href]")) return;
  location.assign(target.getAttribute("data-href"));
});
document.addEventListener("change", function (event) {
  var target = event.target;
  if (target instanceof HTMLSelectElement && target.form && target.form.classList.contains("filters")) target.form.requestSubmit();
});
`;

/**
 * The paper page's script, after the view's: opens the fact the address names ("#fact-9", where a
 * stance row's link lands) through the view's own `select` (scroll to its evidence, flash it).
 */
export const VIEW_OPENER_SCRIPT = `
function openFact() {
  var m = /^#fact-(\\d+)$/.exec(location.hash);
  if (m && window.diariumView) window.diariumView.select(Number(m[1]));
}
openFact();
addEventListener("hashchange", openFact);
`;
