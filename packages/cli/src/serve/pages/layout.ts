import { html } from "hono/html";

/** A page or a part of one, escaped by hono's `html` template (every interpolated string is). */
export type Html = ReturnType<typeof html>;

/** The pages of the top bar. */
export type Section = "search" | "stances" | "timeline" | "paper";

const NAV: [Section, string, string][] = [
  ["search", "/search", "Sök"],
  ["stances", "/stances", "Ställningstaganden"],
  ["timeline", "/timeline", "Tidslinje"],
];

/**
 * The frame of every page: the top bar, the style sheet and the client script, both from /static/
 * (the Content-Security-Policy allows nothing inline without the request's nonce, and nothing remote).
 * @example layout({ title: "Ställningstaganden", section: "stances", body: html`<h1>…</h1>` })
 */
export function layout(page: { title: string; section: Section; body: Html }): Html {
  return html`<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title} · diarium</title>
<link rel="stylesheet" href="/static/serve.css">
<script src="/static/serve.js" defer></script>
</head>
<body>
<header class="top"><strong>diarium</strong>
<nav>${NAV.map(([id, href, label]) => html`<a href="${href}"${id === page.section ? html` aria-current="page"` : ""}>${label}</a> `)}</nav>
</header>
<main>
${page.body}
</main>
</body>
</html>`;
}

/**
 * A link with query parameters, values percent-encoded (and the whole escaped where it is written).
 * @example hrefOf("/stances", { party: "MP", forum: "" }) // "/stances?party=MP"
 */
export function hrefOf(path: string, params: Record<string, string | number | null | undefined>): string {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "") query.set(k, String(v));
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** A stance as a coloured badge: "bifall" in green. */
export function stanceBadge(stance: string | null): Html {
  return html`<span class="stance stance-${stance ?? "none"}">${stance ?? "–"}</span>`;
}
