import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { request } from "node:http";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromium, type Browser, type Page } from "playwright-core";
import { ensureBundle, root } from "./helpers.ts";
import { buildServeIndex, HOSTILE, type ServeIndex } from "./serve-fixture.ts";

// `diarium serve` as a user runs it (the built command, a loopback port), driven by the system
// Chromium through playwright-core (no browser download): a stance row clicked lands on its
// evidence, the hostile paper runs no script, and the stance table is photographed for the
// artefact folder. Without /usr/bin/chromium the browser part is skipped in one line (in CI it runs).
const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM) || Boolean(process.env["CI"]);
if (!hasChromium) console.log(`serve-browser: no Chromium at ${CHROMIUM}; the browser tests of diarium serve are skipped`);
const SHOTS = join(root, "artifacts/screenshots");

let index: ServeIndex;
let server: ChildProcess;
let base: string;
let browser: Browser | undefined;

/** Starts `diarium serve` on a free loopback port; resolves with its address once it listens. */
function startServe(db: string, port = 0): Promise<{ child: ChildProcess; url: string | null; stderr: () => string; exit: Promise<number | null> }> {
  const child = spawn(process.execPath, [join(root, "scripts/diarium.mjs"), "serve", "--db", db, "--port", String(port)], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  const exit = new Promise<number | null>((r) => child.on("exit", (code) => r(code)));
  return new Promise((resolve) => {
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      const url = /http:\/\/\S+\//.exec(out)?.[0];
      if (url) resolve({ child, url, stderr: () => err, exit });
    });
    child.stderr!.on("data", (d: Buffer) => (err += d.toString()));
    void exit.then(() => resolve({ child, url: null, stderr: () => err, exit }));
  });
}

beforeAll(async () => {
  await ensureBundle();
  index = await buildServeIndex();
  const started = await startServe(index.db);
  if (!started.url) throw new Error(`diarium serve did not start: ${started.stderr()}`);
  server = started.child;
  base = started.url.replace(/\/$/, "");
  if (hasChromium) browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  if (server && server.exitCode === null) server.kill("SIGKILL");
});

/** A page that records what a test must not see: dialogs (alert), requests off this server, console errors (CSP refusals). */
async function watchedPage(): Promise<{ page: Page; dialogs: string[]; foreign: string[]; errors: string[] }> {
  const page = await browser!.newPage({ viewport: { width: 1280, height: 800 } });
  const dialogs: string[] = [];
  const foreign: string[] = [];
  const errors: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on("request", (r) => {
    const url = r.url();
    if (!url.startsWith(base + "/") && !url.startsWith("blob:") && !url.startsWith("data:")) foreign.push(url);
  });
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  return { page, dialogs, foreign, errors };
}

/** Whether an element's box lies (at least partly) inside the window. */
const inView = (page: Page, selector: string) =>
  page.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    const view = globalThis as unknown as { innerHeight: number; innerWidth: number };
    return r.height > 0 && r.bottom > 0 && r.top < view.innerHeight && r.right > 0 && r.left < view.innerWidth;
  });

describe.skipIf(!hasChromium)("diarium serve in a browser", () => {
  it("opens the stance table, and a clicked row scrolls its evidence on the PDF's pages into view", async () => {
    const { page, dialogs, foreign, errors } = await watchedPage();
    await page.goto(`${base}/stances?party=MP`);
    const rows = page.locator("table.stances tbody tr");
    expect(await rows.count()).toBeGreaterThan(3);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, "serve-stances-mp.png") });
    // The MP reservation in Kommunstyrelsen, on page 3 of the printed PDF: clicked on its quote cell (the row is the link).
    const row = rows.filter({ hasText: "Kommunstyrelsen" }).filter({ hasText: "Åsa Jernberg" }).first();
    const pageOfRow = (await row.locator("td:nth-child(7)").innerText()).trim();
    await Promise.all([page.waitForURL(/\/paper\?path=.*\.pdf#fact-\d+$/), row.locator("td.quote").click()]);
    const fact = new URL(page.url()).hash.slice("#fact-".length);
    await page.waitForSelector(`#pages .box.current[data-f~="${fact}"]`, { timeout: 60_000 });
    expect(await inView(page, `#pages .box.current[data-f~="${fact}"]`)).toBe(true);
    // The box lies on the page the stance row names.
    const onPage = await page.$eval(`#pages .box.current[data-f~="${fact}"]`, (el) => el.closest(".page")?.getAttribute("data-page"));
    expect(onPage).toBe(pageOfRow);
    await page.screenshot({ path: join(SHOTS, "serve-paper-pdf-fact.png") });
    expect({ dialogs, foreign, errors }).toEqual({ dialogs: [], foreign: [], errors: [] });
    await page.close();
  });

  it("lands a text paper's row on its highlighted words, which read as the quote", async () => {
    const { page, errors } = await watchedPage();
    await page.goto(`${base}/stances?party=S&forum=Kommunstyrelsen`);
    const row = page.locator("table.stances tbody tr").filter({ hasText: "2013:999" }).first();
    await Promise.all([page.waitForURL(/#fact-\d+$/), row.locator("td:nth-child(3)").click()]);
    const fact = new URL(page.url()).hash.slice("#fact-".length);
    const marks = `#text .hl.current[data-f~="${fact}"]`;
    await page.waitForSelector(marks);
    expect(await inView(page, marks)).toBe(true);
    const text = await page.$$eval(`#text .hl[data-f~="${fact}"]`, (els) => els.map((e) => e.textContent).join(""));
    expect(text).toContain(HOSTILE);
    expect(text.startsWith("Reservation anfördes av Karin Wanngård")).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows the hostile paper's markup as text on every page and runs none of it", async () => {
    const { page, dialogs, foreign, errors } = await watchedPage();
    for (const path of ["/stances", "/timeline?party=S", "/search?q=pwned", `/paper?path=${encodeURIComponent(index.hostile)}`]) {
      await page.goto(base + path);
      await page.waitForLoadState("load");
      expect(await page.title()).not.toBe("pwned");
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      expect(await page.locator("body").innerText()).toContain('<script>document.title="pwned"</script>">');
    }
    // The <img src=x> would have asked this server for /x; an alert would have opened a dialog.
    expect({ dialogs, foreign, errors }).toEqual({ dialogs: [], foreign: [], errors: [] });
    await page.close();
  });

  it("photographs the whole stance table for the artefact folder", async () => {
    const page = await browser!.newPage({ viewport: { width: 1100, height: 620 } });
    await page.goto(`${base}/stances`);
    await page.screenshot({ path: join(SHOTS, "serve-stances.png"), fullPage: true });
    await page.screenshot({ path: join(SHOTS, "serve-stances-top.png") });
    await page.goto(`${base}/timeline?party=MP`);
    await page.screenshot({ path: join(SHOTS, "serve-timeline-mp.png") });
    expect(existsSync(join(SHOTS, "serve-stances.png"))).toBe(true);
    await page.close();
  });
});

describe("diarium serve as a process", () => {
  it("says in one line that a port is taken, and exits 1", async () => {
    const port = new URL(base).port;
    const second = await startServe(index.db, Number(port));
    expect(second.url).toBeNull();
    expect(await second.exit).toBe(1);
    expect(second.stderr()).toBe(`diarium serve: E_LISTEN: 127.0.0.1:${port} is in use (another server runs there; choose a free port with --port)\n`);
  });

  it("answers only to loopback names", async () => {
    // fetch() will not send another Host header; node:http will, as a DNS-rebound page's would.
    const status = await new Promise<number | undefined>((resolve, reject) =>
      request(`${base}/stances`, { headers: { host: "evil.example" } }, (r) => {
        r.resume();
        resolve(r.statusCode);
      })
        .on("error", reject)
        .end(),
    );
    expect(status).toBe(421);
  });

  it("stops on SIGTERM with exit 0, open keep-alive connections and all", async () => {
    // A browser holds keep-alive connections; the server must not wait for them.
    await browser?.close();
    browser = undefined;
    const held = await fetch(`${base}/stances`, { headers: { connection: "keep-alive" } });
    expect(held.status).toBe(200);
    const exit = new Promise<number | null>((r) => server.on("exit", (code) => r(code)));
    server.kill("SIGTERM");
    expect(await exit).toBe(0);
  });
});
