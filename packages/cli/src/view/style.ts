import { NO_STANCE_COLOURS, STANCE_COLOURS } from "./stance-colours.ts";

/** The view's stylesheet, inline and allowed by its hash. Stance colours: green for, red against. */
export const VIEW_STYLE = `
*{box-sizing:border-box}
html,body{margin:0;height:100%}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d1d1f;background:#eceff1;display:grid;grid-template-columns:minmax(340px,40%) 1fr;grid-template-rows:auto 1fr}
header{grid-column:1/3;background:#263238;color:#fff;padding:.5rem 1rem;display:flex;gap:1rem;align-items:baseline}
header h1{font-size:1.05rem;margin:0;font-weight:600}
header .path{opacity:.7;font-size:.85rem;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
nav.facts{overflow:auto;padding:.5rem 1rem 2rem;background:#fff;border-right:1px solid #cfd8dc}
.hint{color:#546e7a;font-size:.85rem;margin:.25rem 0 .5rem}
.group h2{font-size:.95rem;margin:1rem 0 .35rem;color:#37474f}
.count{font-weight:normal;color:#78909c;font-size:.8rem}
.group ul,.group ol{margin:0;padding-left:1.1rem}
.group li{margin:.15rem 0}
.empty{color:#90a4ae;margin:0}
table{border-collapse:collapse}
.meta th{text-align:left;font-weight:600;padding:.1rem .6rem .1rem 0;vertical-align:top;color:#455a64;white-space:nowrap}
.scroll{overflow:auto}
.stances th,.stances td{border:1px solid #cfd8dc;padding:.2rem .3rem;vertical-align:top}
.stances thead th,.stances tr:first-child th{font-size:.8rem;background:#f5f7f8}
button.fact{font:inherit;color:inherit;text-align:left;background:none;border:0;border-radius:4px;padding:.05rem .25rem;cursor:pointer}
button.fact:hover,button.fact.lit{background:#fff3c4}
button.fact:focus-visible{outline:2px solid #1565c0}
button.fact.current{box-shadow:0 0 0 2px #ef6c00}
.chip{display:inline-block;margin:.1rem;border:1px solid #b0bec5;white-space:nowrap}
.chip small{display:block;font-size:.7rem;color:#546e7a}
${STANCE_COLOURS.map((c) => `.stance-${c.stance}{background:${c.light}!important}`).join("\n")}
.stance-okand{background:${NO_STANCE_COLOURS.light}!important}
span[class^=stance-]{padding:0 .3rem;border-radius:3px}
.check-ok{border-left:4px solid #2e7d32}
.check-failed{border-left:4px solid #c62828;background:#ffebee;font-weight:700;color:#b71c1c}
.warning code{color:#bf360c}
.ballots{columns:2;font-size:.85rem}
.ballot-ja{color:#1b5e20}.ballot-nej{color:#b71c1c}.ballot-avstar{color:#616161}
main#paper{overflow:auto;padding:1rem;position:relative}
.tabs{position:sticky;top:-1rem;z-index:3;background:#eceff1;padding:.25rem 0;margin-bottom:.5rem}
.tabs button{font:inherit;border:1px solid #90a4ae;background:#fff;padding:.2rem .8rem;border-radius:4px;cursor:pointer}
.tabs button[aria-selected=true]{background:#263238;color:#fff}
#text{background:#fff;padding:1.5rem 2rem;max-width:52rem;margin:0 auto;white-space:pre-wrap;font:14px/1.6 Georgia,"Times New Roman",serif;box-shadow:0 1px 3px #0003}
.hl{background:#ffe08299;border-bottom:2px solid #f9a825;cursor:help}
.hl.current{background:#ffb74d}
#pages{display:flex;flex-direction:column;align-items:center;gap:1rem}
.page{position:relative;background:#fff;box-shadow:0 1px 4px #0004}
.page canvas{position:absolute;inset:0;width:100%;height:100%}
.pageno{position:absolute;right:.4rem;bottom:.2rem;font-size:.7rem;color:#90a4ae}
.box{position:absolute;background:#ffd54f55;border-bottom:2px solid #f9a825;mix-blend-mode:multiply;cursor:help}
.box.current{background:#ff980066}
.flash{animation:flash 1.2s ease-out 2}
@keyframes flash{0%{outline:4px solid #e65100;outline-offset:2px}100%{outline:4px solid #e6510000;outline-offset:8px}}
#tip{position:fixed;z-index:10;max-width:26rem;background:#263238;color:#fff;font-size:.8rem;padding:.35rem .5rem;border-radius:4px;pointer-events:none}
.error{color:#b71c1c}
@media (max-width:800px){body{grid-template-columns:1fr;grid-template-rows:auto auto auto}nav.facts{max-height:45vh}}
`;
