/**
 * The facts panel: the paper's metadata, proposal, matters with their att-satser, positions as a
 * party × forum table, votes with their ballots, figures and sum checks, consultations, a
 * protocol's paragraphs and the warnings. Each fact with evidence is a button carrying its id
 * (`data-f`); the client script takes a click to its evidence.
 */
import type { Analysis, Position } from "@diarium/schema";
import { escapeHtml as h } from "./escape.ts";
import { FIELD_LABELS, POSITION_KIND_LABELS, STANCE_LABELS, type FactIndex } from "./facts.ts";

const KIND_LABELS: Readonly<Record<string, string>> = {
  utlatande: "utlåtande",
  tjansteutlatande: "tjänsteutlåtande",
  motion: "motion",
  skrivelse: "skrivelse",
  protokollsutdrag: "protokoll",
  remissvar: "remissvar",
  other: "annat",
};

const MATTER_KIND_LABELS: Readonly<Record<string, string>> = { motion: "motion", skrivelse: "skrivelse", remiss: "remiss", other: "ärende" };

const UNIT_LABELS: Readonly<Record<string, string>> = {
  SEK: "kr",
  percent: "%",
  count: "st",
  times: "gånger",
  hours: "timmar",
  days: "dagar",
  weeks: "veckor",
  months: "månader",
  years: "år",
};

/** A number as a Swedish paper prints it: "766 778". */
function number(value: number): string {
  return Number.isFinite(value) ? value.toLocaleString("sv-SE").replace(/\u00a0/g, " ") : "?";
}

/** A fact's clickable text: a button when it has evidence, plain text when not. */
function fact(id: number | null | undefined, inner: string, extra = ""): string {
  if (id === null || id === undefined) return `<span class="nofact${extra ? ` ${extra}` : ""}">${inner}</span>`;
  return `<button type="button" class="fact${extra ? ` ${extra}` : ""}" data-f="${id}">${inner}</button>`;
}

function section(title: string, count: number, body: string): string {
  return `<section class="group"><h2>${h(title)} <span class="count">${count}</span></h2>${body}</section>`;
}

function metadata(a: Analysis, ids: FactIndex["ids"]): string {
  const d = a.document;
  const person = (p: { name: string; party: string | null; role: string | null }) => h(`${p.name}${p.party ? ` (${p.party})` : ""}${p.role ? `, ${p.role}` : ""}`);
  const rows: [string, string, string][] = [
    ["kind", FIELD_LABELS.kind ?? "", h(KIND_LABELS[d.kind] ?? d.kind)],
    ["series", FIELD_LABELS.series ?? "", d.series ? h(d.series) : ""],
    ["number", FIELD_LABELS.number ?? "", d.number ? h(d.number) : ""],
    ["diarienummer", FIELD_LABELS.diarienummer ?? "", h(d.diarienummer.join(", "))],
    ["title", FIELD_LABELS.title ?? "", d.title ? h(d.title) : ""],
    ["date", FIELD_LABELS.date ?? "", d.date ? h(d.date) : ""],
    ["place", FIELD_LABELS.place ?? "", d.place ? h(d.place) : ""],
    ["issuer", FIELD_LABELS.issuer ?? "", d.issuer ? h(d.issuer) : ""],
    ["rapporteur", FIELD_LABELS.rapporteur ?? "", d.rapporteur ? person(d.rapporteur) : ""],
    ["signatories", FIELD_LABELS.signatories ?? "", d.signatories.map(person).join("; ")],
  ];
  const shown = rows.filter(([, , value]) => value !== "");
  const body = shown.map(([field, label, value]) => `<tr><th>${h(label)}</th><td>${fact(ids.document[field], value)}</td></tr>`).join("");
  return section("Dokument", shown.length, `<table class="meta">${body}</table>`);
}

function stanceChip(p: Position, id: number | null): string {
  const stance = p.stance ?? "okand";
  const text = `${p.stance ? STANCE_LABELS[p.stance] : "okänd"}${p.item ? ` ${p.item}` : ""}`;
  return fact(id, `${h(text)}<small>${h(POSITION_KIND_LABELS[p.kind])}</small>`, `chip stance-${stance}`);
}

/** Positions as a table: a row per party, a column per forum, a chip per position in its cell. */
function positionTable(a: Analysis, ids: FactIndex["ids"]): string {
  if (a.positions.length === 0) return section("Ställningstaganden", 0, `<p class="empty">Inga ställningstaganden.</p>`);
  const forums = [...new Set(a.positions.map((p) => p.forum))];
  const parties = [...new Set(a.positions.flatMap((p) => (p.parties.length ? p.parties : ["–"])))];
  const cells = new Map<string, string[]>();
  a.positions.forEach((p, k) => {
    for (const party of p.parties.length ? p.parties : ["–"]) {
      const key = `${party}\u0000${p.forum}`;
      cells.set(key, [...(cells.get(key) ?? []), stanceChip(p, ids.positions[k] ?? null)]);
    }
  });
  const head = `<tr><th>Parti</th>${forums.map((f) => `<th scope="col">${h(f)}</th>`).join("")}</tr>`;
  const rows = parties
    .map((party) => `<tr><th scope="row">${h(party)}</th>${forums.map((f) => `<td>${(cells.get(`${party}\u0000${f}`) ?? []).join("")}</td>`).join("")}</tr>`)
    .join("");
  return section("Ställningstaganden", a.positions.length, `<div class="scroll"><table class="stances">${head}${rows}</table></div>`);
}

function votes(a: Analysis, ids: FactIndex["ids"]): string {
  const vote = { ja: "ja", nej: "nej", avstar: "avstår" } as const;
  const body = a.votes
    .map((v, k) => {
      const ballots = v.ballots.length
        ? `<details><summary>${v.ballots.length} röster</summary><ul class="ballots">${v.ballots
            .map((b) => `<li class="ballot-${b.vote}">${h(b.name)}${b.party ? ` (${h(b.party)})` : ""}: ${vote[b.vote]}</li>`)
            .join("")}</ul></details>`
        : "";
      const label = `${h(v.forum)}${v.item ? ` ${h(v.item)}` : ""}: ${h(v.question)} <b>ja ${v.yes} · nej ${v.no} · avstår ${v.abstain}</b>`;
      return `<li>${fact(ids.votes[k], label)}${ballots}</li>`;
    })
    .join("");
  return section("Omröstningar", a.votes.length, `<ul>${body}</ul>`);
}

function figures(a: Analysis, ids: FactIndex["ids"]): string {
  // a check names its total and parts by their place in `figures`
  const valueOf = (i: number) => a.figures[i]?.value ?? Number.NaN;
  const checks = a.checks
    .map((c, k) => {
      const parts = c.parts.map(valueOf);
      const sum = parts.reduce((s, p) => s + p, 0);
      const text = `${parts.map(number).join(" + ")} = ${number(sum)} ${c.holds ? "=" : "≠"} ${number(valueOf(c.total))}: ${c.holds ? "stämmer" : "stämmer inte"}`;
      return `<li>${fact(ids.checks[k], h(text), c.holds ? "check-ok" : "check-failed")}</li>`;
    })
    .join("");
  const list = a.figures
    .map((f, k) => {
      const value = `${f.value}${f.max !== null ? `–${f.max}` : ""} ${UNIT_LABELS[f.unit] ?? f.unit}`;
      return `<li>${fact(ids.figures[k], `<b>${h(value)}</b> ${f.subject ? h(f.subject) : ""} <q>${h(f.text)}</q>`)}</li>`;
    })
    .join("");
  return (
    section("Summakontroller", a.checks.length, `<ul class="checks">${checks}</ul>`) + section("Belopp och tal", a.figures.length, `<ul>${list}</ul>`)
  );
}

function consultations(a: Analysis, ids: FactIndex["ids"]): string {
  const body = a.consultations
    .map((c, k) => {
      const dates = [c.decisionDate ? `beslut ${c.decisionDate}` : "", c.statementDate ? `yttrande ${c.statementDate}` : ""].filter(Boolean).join(", ");
      const outcome = c.outcome ? ` <span class="stance-${c.outcome}">${h(STANCE_LABELS[c.outcome])}</span>` : "";
      return `<li>${fact(ids.consultations[k], `${h(c.body)}${c.responded ? "" : " (har inte svarat)"}${dates ? ` · ${h(dates)}` : ""}${outcome}`)}</li>`;
    })
    .join("");
  return section("Remissinstanser", a.consultations.length, `<ul>${body}</ul>`);
}

/**
 * The panel's HTML, every paper string escaped.
 * @example renderFactsPanel(analysis, factsOf(analysis)) // "<nav class=\"facts\" …>…</nav>"
 */
export function renderFactsPanel(a: Analysis, index: FactIndex): string {
  const { ids } = index;
  const proposal = a.proposal
    ? fact(ids.proposal, `${h(a.proposal.text)}${a.proposal.outcome ? ` → <span class="stance-${a.proposal.outcome}">${h(STANCE_LABELS[a.proposal.outcome])}</span>` : ""}`)
    : `<p class="empty">Inget förslag.</p>`;
  const matters = a.matters
    .map((m, k) => {
      const authors = m.authors.map((p) => `${p.name}${p.party ? ` (${p.party})` : ""}`).join(", ");
      const title = `${h(MATTER_KIND_LABELS[m.kind] ?? m.kind)} ${m.number ? h(m.number) : ""} ${m.title ? h(m.title) : ""}${authors ? ` av ${h(authors)}` : ""}${m.date ? `, ${h(m.date)}` : ""}`;
      const atts = m.proposals.length ? `<ol class="att">${m.proposals.map((p) => `<li>att ${h(p)}</li>`).join("")}</ol>` : "";
      return `<li>${fact(ids.matters[k], title)}${atts}</li>`;
    })
    .join("");
  const items = a.items
    .map((i, k) => `<li>${fact(ids.items[k], `${h(i.number)} ${i.title ? h(i.title) : ""}${i.decision ? ` <q>${h(i.decision)}</q>` : ""}`)}</li>`)
    .join("");
  const warnings = a.warnings.map((w, k) => `<li>${fact(ids.warnings[k], `<code>${h(w.code)}</code> ${h(w.message)}`, "warning")}</li>`).join("");
  return [
    `<nav class="facts" aria-label="Fakta">`,
    `<p class="hint">Klicka på ett faktum för att se beviset. <kbd>j</kbd>/<kbd>k</kbd> eller <kbd>↓</kbd>/<kbd>↑</kbd> bläddrar.</p>`,
    metadata(a, ids),
    section("Förslag till beslut", a.proposal ? 1 : 0, proposal),
    section("Ärenden", a.matters.length, `<ul>${matters}</ul>`),
    a.items.length ? section("Paragrafer", a.items.length, `<ul>${items}</ul>`) : "",
    positionTable(a, ids),
    votes(a, ids),
    figures(a, ids),
    consultations(a, ids),
    section("Varningar", a.warnings.length, `<ul>${warnings}</ul>`),
    `</nav>`,
  ].join("");
}
