import { Hono } from "hono";
import { secureHeaders } from "hono/secure-headers";
import { stanceFilterOptions, partyOption } from "../options.ts";
import { SearchSyntaxError } from "../db/search-syntax.ts";
import { messageOf } from "../batch/failure.ts";
import { pdfBytesOf, type ServeData } from "./data.ts";
import { CLIENT_SCRIPT, STYLESHEET, VIEW_OPENER_SCRIPT } from "./assets.ts";
import { badFilterPage, ROWS_PER_PAGE, stancesPage, type StanceQuery } from "./pages/stances.ts";
import { searchPage } from "./pages/search.ts";
import { timelinePage } from "./pages/timeline.ts";
import { factFragment, paperMissingPage, paperPage, viewFactOf } from "./pages/paper.ts";
import { hrefOf, layout } from "./pages/layout.ts";
import { html } from "hono/html";

export type AppOptions = {
  /**
   * Host names the server answers to (the Host header, without port); others get 421. A server
   * bound to loopback lists only loopback names, so a web page elsewhere cannot reach it through
   * a DNS name rebound to 127.0.0.1. Undefined: any host.
   */
  allowedHosts?: readonly string[];
  /** Where an unexpected error is told (one line); the browser sees a page without details. */
  log?: (line: string) => void;
  /** Rows on one page of the stance table (default {@link ROWS_PER_PAGE}). */
  rowsPerPage?: number;
};

/** How long the archive's party codes are taken as read (ms). */
const PARTY_CODES_TTL_MS = 10_000;
/** Search hits on a page. */
const SEARCH_LIMIT = 50;
const STANCE_FIELDS = ["party", "forum", "stance", "kind", "municipality", "item", "from", "to", "undated"] as const;

/**
 * The web app of `diarium serve`, over a {@link ServeData}: testable with `app.request(…)`
 * without a socket. Every page is a pure function of rows (pages/*.ts); this file reads the
 * request, checks it with the CLI's own zod schemas, and sets the security headers: a strict
 * Content-Security-Policy (scripts and styles from this server only, nothing inline but the
 * paper view's own scripts by hash; nothing remote), no framing, no referrer.
 * @example const app = createApp(openSqliteServeData("archive.sqlite")); await app.request("/stances?party=MP")
 */
export function createApp(data: ServeData, options: AppOptions = {}) {
  const app = new Hono();
  const perPage = options.rowsPerPage ?? ROWS_PER_PAGE;
  // The archive's party codes check every filter; a scan of all positions, so they are read again
  // at most every few seconds (a party indexed while the server runs shows up that much later).
  let codes: { at: number; value: Promise<string[]> } | undefined;
  const archiveParties = (): Promise<string[]> => {
    if (codes && Date.now() - codes.at <= PARTY_CODES_TTL_MS) return codes.value;
    const value = data.partyCodes().catch((error: unknown) => {
      codes = undefined;
      throw error;
    });
    codes = { at: Date.now(), value };
    return value;
  };
  const allowed = options.allowedHosts ? new Set(options.allowedHosts.map((h) => h.toLowerCase())) : null;
  app.use(async (c, next) => {
    // The request's URL carries its Host header (the node server builds it from there).
    if (allowed && !allowed.has(hostName(new URL(c.req.url).hostname))) return c.text("unknown host\n", 421);
    await next();
  });
  app.use(
    secureHeaders({
      // A page that sets its own policy keeps it (the paper page: the view's inline scripts by hash).
      overwrite: false,
      contentSecurityPolicy: {
        defaultSrc: ["'none'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
      },
      referrerPolicy: "no-referrer",
      crossOriginEmbedderPolicy: false,
      strictTransportSecurity: false,
    }),
  );

  app.get("/static/serve.css", (c) => c.body(STYLESHEET, 200, { "content-type": "text/css; charset=utf-8", "cache-control": "max-age=300" }));
  app.get("/static/serve.js", (c) => c.body(CLIENT_SCRIPT, 200, { "content-type": "text/javascript; charset=utf-8", "cache-control": "max-age=300" }));
  app.get("/static/serve-view.js", (c) => c.body(VIEW_OPENER_SCRIPT, 200, { "content-type": "text/javascript; charset=utf-8", "cache-control": "max-age=300" }));
  app.get("/", (c) => c.redirect("/stances"));
  // Browsers ask for it on every page; no icon, and no 404 in their console.
  app.get("/favicon.ico", (c) => c.body(null, 204));

  app.get("/stances", async (c) => {
    const query = stanceQuery(c.req.query());
    const partyCodes = await archiveParties();
    const parsed = stanceFilterOptions(partyCodes).safeParse(query);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => ({ field: String(i.path[0] ?? "filter"), message: i.message }));
      return c.html(badFilterPage({ query, problems, partyCodes }), 400);
    }
    const page = pageNumber(c.req.query("page"));
    const offset = (page - 1) * perPage;
    // One row past the page says whether another follows.
    const [rows, undated] = await Promise.all([data.queryStances({ ...parsed.data, limit: perPage + 1, offset }), data.undatedLeftOut(parsed.data)]);
    return c.html(stancesPage({ query, rows: rows.slice(0, perPage), offset, more: rows.length > perPage, partyCodes, undatedLeftOut: undated, page }));
  });

  app.get("/search", async (c) => {
    const q = (c.req.query("q") ?? "").trim();
    if (!q) return c.html(searchPage({ query: "", hits: [], error: null }));
    try {
      return c.html(searchPage({ query: q, hits: await data.search(q, SEARCH_LIMIT), error: null }));
    } catch (error) {
      if (error instanceof SearchSyntaxError) return c.html(searchPage({ query: q, hits: [], error: error.message }), 400);
      throw error;
    }
  });

  app.get("/timeline", async (c) => {
    const partyCodes = await archiveParties();
    const typed = (c.req.query("party") ?? "").trim();
    if (!typed) return c.html(timelinePage({ party: null, partyCodes, rows: [] }));
    const party = partyOption(partyCodes).safeParse(typed);
    if (!party.success) return c.html(timelinePage({ party: typed, partyCodes, rows: [], error: party.error.issues[0]?.message ?? "unknown party" }), 400);
    return c.html(timelinePage({ party: party.data, partyCodes, rows: await data.queryStances({ party: party.data, undated: "include" }) }));
  });

  app.get("/paper", async (c) => {
    const path = c.req.query("path") ?? "";
    const paper = path ? await data.paper(path) : null;
    if (!paper) return c.html(paperMissingPage(path), 404);
    const pdfBytes = pdfBytesOf(paper);
    const page = paperPage({ analysis: paper.analysis, ...(pdfBytes ? { pdfBytes } : {}) });
    c.header("Content-Security-Policy", page.csp);
    return c.html(page.html);
  });

  // A stance row's link: the paper's page at the fact's evidence (a redirect, so the paper page
  // keeps one address per paper and the browser scrolls to the anchor itself).
  app.get("/fact", async (c) => {
    const q = c.req.query();
    const path = q["paper"] ?? "";
    const paper = path ? await data.paper(path) : null;
    if (!paper) return c.html(paperMissingPage(path), 404);
    const fact = viewFactOf(paper.analysis, { forum: q["forum"] ?? "", party: q["party"] ?? "", kind: q["kind"] ?? "", quote: q["quote"] ?? "" });
    return c.redirect(hrefOf("/paper", { path }) + (fact === null ? "" : factFragment(fact)), 302);
  });

  app.notFound((c) => c.html(layout({ title: "Finns inte", section: "search", body: html`<h1>Finns inte</h1><p>Ingen sida här: ${c.req.path}</p>` }), 404));
  app.onError((error, c) => {
    options.log?.(`diarium serve: E_INTERNAL: ${c.req.method} ${c.req.path}: ${messageOf(error)}`);
    return c.html(layout({ title: "Fel", section: "search", body: html`<h1>Något gick fel</h1><p>Felet är loggat där servern körs.</p>` }), 500);
  });
  return app;
}

/** The stance filters of a request: known fields only, blank fields (an empty form input) dropped. */
function stanceQuery(params: Record<string, string>): StanceQuery {
  const out: StanceQuery = {};
  for (const field of STANCE_FIELDS) {
    const value = params[field]?.trim();
    if (value) out[field] = value;
  }
  return out;
}

/** A page number from the query: a whole number ≥ 1, else the first page. */
function pageNumber(text: string | undefined): number {
  const n = Number(text);
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

/** A URL's host name as the allowed list writes it: "[::1]" → "::1", "LOCALHOST" → "localhost". */
function hostName(hostname: string): string {
  const h = hostname.toLowerCase();
  return h.startsWith("[") && h.endsWith("]") ? h.slice(1, -1) : h;
}
