import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/serve/app.ts";
import { pdfBytesOf } from "../src/serve/data.ts";
import { openSqliteStore } from "../src/store/sqlite.ts";
import type { Store } from "../src/store/types.ts";
import { validateAnalysis } from "@diarium/schema";
import { buildServeIndex, HOSTILE, type ServeIndex } from "./serve-fixture.ts";

// `diarium serve`'s app over an index of the corpus and a hostile paper, through app.request():
// no socket, no browser (serve-browser.test.ts has those).
let index: ServeIndex;
let store: Store;
let app: ReturnType<typeof createApp>;
let dbHash: string;

const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");
const get = async (path: string) => {
  const response = await app.request(path);
  return { status: response.status, headers: response.headers, body: await response.text() };
};
const queryStances = (filter: Parameters<Store["queryStances"]>[0] = {}) => store.queryStances(filter);
/** The stance rows of a page, each as its cells' text. */
const rowsOf = (body: string) => [...body.matchAll(/<tr data-href="[^"]*" tabindex="0">([\s\S]*?)<\/tr>/g)].map((m) => m[1]!);

beforeAll(async () => {
  index = await buildServeIndex();
  dbHash = sha(index.db);
  store = openSqliteStore(index.db, { readonly: true });
  app = createApp(store);
}, 120_000);
afterAll(() => store?.close());

describe("the stance table", () => {
  it("lists every stance row of the archive, each a link to its evidence", async () => {
    const page = await get("/stances");
    expect(page.status).toBe(200);
    const expected = await queryStances();
    expect(rowsOf(page.body)).toHaveLength(expected.length);
    expect(page.body).toContain(`${expected.length} rader`);
    expect(page.body).toContain('href="/fact?paper=');
  });

  it("filters by party (code or name in any case), stance, forum and dates, as query stance does", async () => {
    const mp = rowsOf((await get("/stances?party=MP")).body);
    expect(mp.length).toBeGreaterThan(0);
    expect(mp.every((r) => r.includes("<td>MP</td>"))).toBe(true);
    for (const name of ["mp", "Milj%C3%B6partiet"]) expect(rowsOf((await get(`/stances?party=${name}`)).body)).toEqual(mp);

    const delvis = rowsOf((await get("/stances?stance=delvis_bifall")).body);
    expect(delvis.length).toBe((await queryStances({ stance: "delvis_bifall" })).length);
    expect(delvis.every((r) => r.includes("stance-delvis_bifall"))).toBe(true);

    const social = rowsOf((await get("/stances?forum=Socialn%C3%A4mnden&party=S")).body);
    expect(social.length).toBe((await queryStances({ forum: "Socialnämnden", party: "S" })).length);
    expect(social.every((r) => r.includes("<td>Socialnämnden</td>"))).toBe(true);

    const in2013 = rowsOf((await get("/stances?from=2013&to=2013-12-31")).body);
    expect(in2013.length).toBe((await queryStances({ from: "2013-01-01", to: "2013-12-31" })).length);
    expect(in2013.every((r) => r.includes("<td>2013-"))).toBe(true);
  });

  it("keeps blank form fields out of the filter (an empty select is no filter)", async () => {
    expect(rowsOf((await get("/stances?party=&stance=&from=&undated=")).body)).toHaveLength((await queryStances()).length);
  });

  it("pages a long table in the database, page after page in the table's order", async () => {
    const all = (await queryStances()).map((r) => `${r.paper} ${r.forum} ${r.party} ${r.quote}`);
    const paged = createApp(store, { rowsPerPage: 10 });
    const pages = Math.ceil(all.length / 10);
    expect(pages).toBeGreaterThan(1);
    const seen: string[] = [];
    for (let page = 1; page <= pages; page++) {
      const body = await (await paged.request(`/stances?page=${page}`)).text();
      expect(body).toContain(`rader ${(page - 1) * 10 + 1}–${Math.min(page * 10, all.length)}${page < pages ? " (fler på nästa sida)" : ""}`);
      expect(body.includes(`page=${page + 1}`)).toBe(page < pages);
      seen.push(...rowsOf(body));
    }
    // Every row once, in the unpaged table's order.
    expect(seen).toEqual(rowsOf(await (await get("/stances")).body));
    const past = await (await paged.request(`/stances?page=${pages + 1}`)).text();
    expect(rowsOf(past)).toHaveLength(0);
    expect(past).toContain("inga fler rader");
  });

  it.each([
    ["party=XYZ", "party", /unknown party &quot;XYZ&quot;; valid: S \(Socialdemokraterna\), M \(Moderaterna\)/],
    ["stance=yes", "stance", /unknown stance &quot;yes&quot;; valid: bifall, delvis_bifall, avslag, besvarad, aterremiss, ingen_stallning/],
    ["kind=motion", "kind", /unknown kind &quot;motion&quot;; valid: reservation, sarskilt_uttalande/],
    ["from=18%2F9%2F2013", "from", /not a date: &quot;18\/9\/2013&quot;; valid: YYYY-MM-DD/],
    ["to=2013-02-29", "to", /not a date: &quot;2013-02-29&quot;/],
    ["undated=maybe", "undated", /.*include.*exclude.*only/],
    ["item=%C2%A7%20x", "item", /not a paragraph: &quot;§ x&quot;/],
  ])("answers a bad filter %s with 400 and its valid values", async (query, field, message) => {
    const page = await get(`/stances?${query}`);
    expect(page.status).toBe(400);
    expect(page.body).toMatch(new RegExp(`<li><strong>${field}</strong>: ${message.source}`));
    expect(rowsOf(page.body)).toHaveLength(0);
  });

  it("lists every bad filter at once, and shows the form with what was typed", async () => {
    const page = await get("/stances?party=XYZ&stance=yes&forum=Kommunstyrelsen");
    expect(page.status).toBe(400);
    expect(page.body.match(/<li><strong>/g)).toHaveLength(2);
    expect(page.body).toContain('<option value="XYZ" selected>XYZ</option>');
    expect(page.body).toContain('value="Kommunstyrelsen"');
  });
});

describe("a stance row leads to its evidence on the paper's page", () => {
  it("redirects to the paper's view at the fact, whose marked pieces are the quote", async () => {
    const row = (await queryStances({ party: "MP", forum: "Kommunstyrelsen" }))[0]!;
    const link = rowsOf((await get("/stances?party=MP&forum=Kommunstyrelsen")).body)[0]!.match(/href="([^"]+)"/)![1]!.replaceAll("&amp;", "&");
    const redirect = await app.request(link);
    expect(redirect.status).toBe(302);
    const location = redirect.headers.get("location")!;
    expect(location).toMatch(/^\/paper\?path=[^#]+#fact-\d+$/);
    const fact = location.split("#fact-")[1]!;
    const paper = await get(location.split("#")[0]!);
    expect(paper.status).toBe(200);
    const pieces = [...paper.body.matchAll(/<span class="hl" data-f="([\d ]+)">([^<]*)<\/span>/g)].filter((m) => m[1]!.split(" ").includes(fact));
    const unescape = (t: string) => t.replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&quot;", '"').replaceAll("&#39;", "'").replaceAll("&amp;", "&");
    expect(pieces.map((m) => unescape(m[2]!)).join("")).toBe(row.quote);
    expect(paper.body).toContain('<script type="module" src="/static/serve-view.js"></script>');
  });

  it("answers a paper the index does not hold with 404, and reads no file it names", async () => {
    expect((await get("/paper?path=%2Fetc%2Fpasswd")).status).toBe(404);
    expect((await get("/fact?paper=..%2F..%2Fpackage.json")).status).toBe(404);
  });
});

describe("search and timeline", () => {
  it("finds every form of a word, matches marked in the snippet", async () => {
    const page = await get("/search?q=ombud");
    expect(page.status).toBe(200);
    expect(page.body).toMatch(/<mark>ombud(en)?<\/mark>/i);
    expect(page.body).toMatch(/\d+ träffar/);
  });

  it("answers a search the syntax does not allow with 400 and the reason", async () => {
    const page = await get("/search?q=NOT%20motion");
    expect(page.status).toBe(400);
    expect(page.body).toContain("&quot;NOT&quot; needs a word before it");
  });

  it("shows one party's stances along time, and 400 for a party the archive cannot mean", async () => {
    const page = await get("/timeline?party=V");
    expect(page.status).toBe(200);
    expect(page.body.match(/<circle /g)).toHaveLength((await queryStances({ party: "V" })).filter((r) => r.date).length);
    const bad = await get("/timeline?party=XYZ");
    expect(bad.status).toBe(400);
    expect(bad.body).toContain("unknown party &quot;XYZ&quot;");
  });
});

describe("safety", () => {
  const escaped = "&lt;script&gt;document.title=&quot;pwned&quot;&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;";

  it("renders a hostile paper's title and quote as text on every page", async () => {
    const hostileRow = (await queryStances({ party: "S", forum: "Kommunstyrelsen" })).find((r) => r.quote.includes(HOSTILE))!;
    expect(hostileRow.title).toContain(HOSTILE);
    const pages = [
      await get("/stances"),
      await get("/timeline?party=S"),
      await get("/search?q=pwned"),
      await get(`/paper?path=${encodeURIComponent(index.hostile)}`),
    ];
    for (const page of pages) {
      expect(page.status).toBe(200);
      expect(page.body).toContain(escaped);
      expect(page.body).not.toContain("<script>document");
      expect(page.body).not.toContain("<img src=x");
      // No script element but the app's and the view's own (inert data, or code allowed by hash).
      const tags = new Set(page.body.match(/<script[^>]*>/g));
      const known = ['<script src="/static/serve.js" defer>', '<script type="module">', '<script type="module" src="/static/serve-view.js">', '<script type="application/json" id="view-data">'];
      for (const tag of tags) expect(known).toContain(tag);
    }
  });

  it("sends a strict Content-Security-Policy: nothing remote, no inline script without the nonce", async () => {
    for (const path of ["/stances", "/search?q=ombud", "/timeline?party=MP", "/stances?party=XYZ", "/nowhere"]) {
      const csp = (await app.request(path)).headers.get("content-security-policy")!;
      const directives = Object.fromEntries(csp.split(/;\s*/).map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));
      expect(directives["default-src"]).toEqual(["'none'"]);
      expect(directives["script-src"]).toEqual(["'self'"]);
      expect(directives["style-src"]).toEqual(["'self'"]);
      expect(directives["frame-ancestors"]).toEqual(["'none'"]);
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    }
  });

  it("serves a paper's view with the view's inline scripts allowed by hash only, and no remote source", async () => {
    for (const path of [index.hostile, (await queryStances({ party: "S" })).find((r) => r.paper.endsWith(".pdf"))!.paper]) {
      const response = await app.request(`/paper?path=${encodeURIComponent(path)}`);
      expect(response.status).toBe(200);
      const csp = response.headers.get("content-security-policy")!;
      const directives = Object.fromEntries(csp.split(/;\s*/).map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));
      expect(directives["default-src"]).toEqual(["'none'"]);
      expect(directives["script-src"]!.every((s: string) => s === "'self'" || /^'sha256-[A-Za-z0-9+/=]+'$/.test(s))).toBe(true);
      expect(directives["frame-ancestors"]).toEqual(["'none'"]);
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
      // Every inline script the page holds runs only because its hash is listed.
      const body = await response.text();
      const inline = [...body.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => `'sha256-${createHash("sha256").update(m[1]!).digest("base64")}'`);
      expect(inline.length).toBeGreaterThan(0);
      for (const hash of inline) expect(directives["script-src"]).toContain(hash);
    }
  });

  it("opens the database read-only: a write fails, and serving leaves the file as it was", async () => {
    const analysis = validateAnalysis(JSON.parse(readFileSync(`${index.out}/hostile-2013-999.txt.json`, "utf8")));
    if (!analysis.ok) throw new Error("fixture analysis invalid");
    await expect(store.putAnalysis({ root: index.out, file: "x.json", analysis: analysis.analysis })).rejects.toThrow(/readonly/i);
    await get("/stances");
    await get(`/paper?path=${encodeURIComponent(index.hostile)}`);
    expect(sha(index.db)).toBe(dbHash);
  });

  it("answers only to loopback host names when told to (no DNS rebinding)", async () => {
    const local = createApp(store, { allowedHosts: ["127.0.0.1", "localhost", "::1"] });
    expect((await local.request("http://127.0.0.1:8080/stances")).status).toBe(200);
    expect((await local.request("http://[::1]:8080/stances")).status).toBe(200);
    expect((await local.request("http://evil.example/stances")).status).toBe(421);
  });
});

describe("a paper's PDF", () => {
  it("is drawn only when it is the file that was analysed (its SHA-256), else the view shows the text", async () => {
    const pdfRow = (await queryStances({ party: "MP" })).find((r) => r.paper.endsWith(".pdf"))!;
    const paper = (await store.paper(pdfRow.paper))!;
    expect(pdfBytesOf(paper)?.length).toBeGreaterThan(0);
    expect(pdfBytesOf({ ...paper, analysis: { ...paper.analysis, source: { ...paper.analysis.source, sha256: "0".repeat(64) } } })).toBeUndefined();
    expect(pdfBytesOf({ ...paper, sourcePath: `${index.papers}/moved.pdf` })).toBeUndefined();
    const text = (await store.paper(index.hostile))!;
    expect(pdfBytesOf(text)).toBeUndefined();
  });
});
