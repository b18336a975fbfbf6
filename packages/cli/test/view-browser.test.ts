import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromium, type Browser, type Page } from "playwright-core";
import type { Analysis, PageBox } from "@diarium/schema";
import { glyphWidth } from "../../parser/src/pdf/glyph-widths.ts";
import { factsOf, type ViewFact } from "../src/view/facts.ts";
import { corpus, diarium, ensureBundle, root, tempDir } from "./helpers.ts";

// `diarium view` as a user runs it (the built command), its pages opened from disk in the system
// Chromium through playwright-core (no browser download): every fact has its highlight and every
// highlight its fact's words, a PDF's boxes lie on their pages over the words they quote, a click
// lands on the evidence, and a hostile paper runs no script. Without /usr/bin/chromium the browser
// part is skipped in one line (in CI it runs, and fails when the browser is missing).
const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM) || Boolean(process.env["CI"]);
if (!hasChromium) console.log(`view-browser: no Chromium at ${CHROMIUM}; the browser tests of diarium view are skipped`);
const SHOTS = join(root, "artifacts/screenshots");
const FLAG = "__pwned";
const HOSTILE = `<script>window.${FLAG}=1</script>"><img src=x onerror="window.${FLAG}=2">`;

/** What the tests read of the page (the project's TypeScript has no DOM library; these casts are erased). */
type Rect = { top: number; bottom: number; left: number; right: number; width: number; height: number };
type Node_ = { dataset: Record<string, string | undefined>; getBoundingClientRect(): Rect; parentElement: Node_ | null };
type PageGlobals = {
  __violations: string[];
  document: { getElementById(id: string): Node_ | null; activeElement: Node_ | null; addEventListener(type: string, f: (e: { violatedDirective: string; blockedURI: string }) => void): void };
};

let browser: Browser | undefined;
const dir = tempDir("view");
const html = { text: join(dir, "text.html"), pdf: join(dir, "print.html"), hostile: join(dir, "hostile.html") };
let analyses: { text: Analysis; pdf: Analysis };

function view(input: string, out: string): void {
  const run = diarium(["view", input, "--out", out]);
  if (run.status !== 0) throw new Error(`diarium view ${input}: ${run.stderr}`);
}

beforeAll(async () => {
  if (!hasChromium) return;
  await ensureBundle();
  // The two corpus papers analysed once (`diarium analyze --out`), viewed from their analyses (the
  // PDF found by its source path); the hostile paper viewed straight from its text.
  const out = join(dir, "out");
  const run = diarium(["analyze", corpus("stockholm-utlatande-2013-125.txt"), corpus("stockholm-utlatande-2013-125-print.pdf"), "--out", out, "--quiet"]);
  if (run.status !== 0) throw new Error(`diarium analyze: ${run.stderr}`);
  const json = { text: join(out, "stockholm-utlatande-2013-125.json"), pdf: join(out, "stockholm-utlatande-2013-125-print.json") };
  analyses = { text: JSON.parse(readFileSync(json.text, "utf8")) as Analysis, pdf: JSON.parse(readFileSync(json.pdf, "utf8")) as Analysis };
  view(json.text, html.text);
  view(json.pdf, html.pdf);
  const hostile = join(dir, "hostile-2013-999.txt");
  writeFileSync(
    hostile,
    readFileSync(corpus("stockholm-utlatande-2013-125.txt"), "utf8")
      .replace("Fler personliga ombud för personer med psykisk funk-", `Fler personliga ombud ${HOSTILE} funk-`)
      .replace("(alla S) med hänvisning till reservationen", `(alla S) med hänvisning till ${HOSTILE} reservationen`),
  );
  view(hostile, html.hostile);
  if (hasChromium) browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
  mkdirSync(SHOTS, { recursive: true });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  if (browser) console.log(`view-browser: screenshots in ${SHOTS}`);
});

/** A page opened from disk that records what must not happen: requests off the file, CSP refusals, errors. */
async function open(file: string): Promise<{ page: Page; foreign: string[]; violations: string[]; errors: string[] }> {
  const page = await browser!.newPage({ viewport: { width: 1280, height: 800 } });
  const foreign: string[] = [];
  const errors: string[] = [];
  page.on("request", (r) => {
    if (!/^(file|blob|data):/.test(r.url())) foreign.push(r.url());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  // The page's CSP refusals, collected from before its first script runs.
  await page.addInitScript(() => {
    const w = globalThis as unknown as PageGlobals;
    w.__violations = [];
    w.document.addEventListener("securitypolicyviolation", (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`file://${file}`);
  await page.waitForSelector("body[data-rendered]", { state: "attached", timeout: 60_000 });
  const violations = await page.evaluate(() => (globalThis as unknown as PageGlobals).__violations);
  return { page, foreign, violations, errors };
}

/** Each highlighted piece of the text paper: its text and the facts it names. */
const pieces = (page: Page) =>
  page.$$eval("#text .hl", (els) => els.map((el) => ({ text: el.textContent ?? "", facts: (el as unknown as Node_).dataset["f"]!.split(" ").map(Number) })));

/** Whether the element's box lies at least partly inside the paper column's visible part. */
const inPaperView = (page: Page, selector: string) =>
  page.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    const p = (globalThis as unknown as PageGlobals).document.getElementById("paper")!.getBoundingClientRect();
    return r.bottom > p.top && r.top < p.bottom && r.height > 0;
  });

describe.skipIf(!hasChromium)("diarium view of a text paper, in Chromium", () => {
  it("marks every fact's evidence, and the pieces of each fact join to its quote", async () => {
    const { page, foreign, violations, errors } = await open(html.text);
    const facts = factsOf(analyses.text).facts;
    expect(facts.length).toBeGreaterThan(40);
    const marked = await pieces(page);
    const buttons = new Set(await page.$$eval("nav.facts button.fact", (bs) => bs.map((b) => Number((b as unknown as Node_).dataset["f"]))));
    for (const f of facts) {
      expect(marked.filter((p) => p.facts.includes(f.id)).map((p) => p.text).join(""), f.label).toBe(f.evidence.quote);
      expect(buttons.has(f.id), f.label).toBe(true);
    }
    expect({ foreign, violations, errors }).toEqual({ foreign: [], violations: [], errors: [] });
    await page.screenshot({ path: join(SHOTS, "view-text.png") });
    await page.close();
  });

  it("scrolls a clicked stance to its evidence and flashes it; j and k step through the facts; a hover names the facts", async () => {
    const { page } = await open(html.text);
    const facts = factsOf(analyses.text);
    const last = facts.ids.positions.filter((id) => id !== null).at(-1)!;
    expect(await inPaperView(page, `#text .hl[data-f~="${last}"]`)).toBe(false);
    await page.click(`nav.facts button.chip[data-f="${last}"]`);
    await page.waitForSelector(`#text .hl.current.flash[data-f~="${last}"]`);
    expect(await inPaperView(page, `#text .hl.current[data-f~="${last}"]`)).toBe(true);
    // keyboard: the panel's order, from the clicked fact on
    const order = await page.$$eval("nav.facts button.fact", (bs) => [...new Set(bs.map((b) => Number((b as unknown as Node_).dataset["f"])))]);
    await page.keyboard.press("j");
    const next = order[(order.indexOf(last) + 1) % order.length]!;
    await page.waitForSelector(`#text .hl.current[data-f~="${next}"]`);
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).document.activeElement?.dataset["f"])).toBe(String(next));
    await page.keyboard.press("k");
    await page.waitForSelector(`#text .hl.current[data-f~="${last}"]`);
    // hover: the tip names the fact (its label as the panel gives it)
    await page.hover(`#text .hl[data-f~="${last}"]`);
    const label = facts.facts[last]!.label;
    await page.waitForSelector("#tip:not([hidden])");
    expect(await page.textContent("#tip")).toContain(label);
    await page.screenshot({ path: join(SHOTS, "view-text-clicked.png") });
    await page.close();
  });
});

/** A pdf.js text item as the page's own pdf.js gives it. */
type Item = { str: string; transform: number[]; width: number };

/**
 * The characters pdf.js prints inside a box: of each upright item on the box's page, the characters
 * whose centre (the item's width spread over its characters by the glyph-width estimate the reader
 * uses) and whose baseline lie inside the box, in x order.
 */
function textUnder(box: PageBox, items: Item[]): string {
  const chars: { x: number; ch: string }[] = [];
  for (const item of items) {
    const [a = 0, b = 0, c = 0, , e = 0, f = 0] = item.transform;
    if (Math.abs(b) > 1e-6 || Math.abs(c) > 1e-6 || a <= 0) continue;
    if (f < box.y || f > box.y + box.height) continue;
    const widths = [...item.str].map(glyphWidth);
    const total = widths.reduce((s, w) => s + w, 0) || 1;
    let at = 0;
    [...item.str].forEach((ch, i) => {
      const centre = e + (item.width * (at + widths[i]! / 2)) / total;
      at += widths[i]!;
      if (centre >= box.x && centre <= box.x + box.width) chars.push({ x: centre, ch });
    });
  }
  return chars.sort((p, q) => p.x - q.x).map((p) => p.ch).join("");
}

/**
 * Text compared letters only: whitespace, hyphens (a word split at a line end), bullets and
 * unmapped glyphs out, compatibility forms folded ("ﬁ" → "fi"), case folded (a letter-spaced
 * "S T E N  N O R D I N" is "Sten Nordin" in the normalised text).
 */
const fold = (s: string) => s.normalize("NFKC").toLowerCase().replace(/[\s\-\u00ad\u2010\u2011•\uFFFD\u0000-\u001f]/g, "");

describe.skipIf(!hasChromium)("diarium view of a PDF, in Chromium", () => {
  let session: Awaited<ReturnType<typeof open>>;
  beforeAll(async () => {
    session = await open(html.pdf);
  }, 120_000);
  afterAll(async () => session?.page.close());

  it("draws every page from the embedded PDF with no request off the file and no CSP refusal", async () => {
    const { page, foreign, violations, errors } = session;
    expect(await page.locator("#pages .page[data-rendered]").count()).toBe(12);
    expect({ foreign, violations, errors }).toEqual({ foreign: [], violations: [], errors: [] });
    await page.screenshot({ path: join(SHOTS, "view-pdf.png") });
  });

  it("puts every fact's boxes inside their page, over the words of its quote", async () => {
    const { page } = session;
    const facts: ViewFact[] = factsOf(analyses.pdf).facts;
    // Each drawn box inside its page element.
    const outside = await page.$$eval("#pages .box", (boxes) =>
      boxes.flatMap((b) => {
        const r = b.getBoundingClientRect();
        const p = b.parentElement!.getBoundingClientRect();
        return r.left >= p.left - 0.5 && r.right <= p.right + 0.5 && r.top >= p.top - 0.5 && r.bottom <= p.bottom + 0.5 && r.width > 0 ? [] : [(b as unknown as Node_).dataset["f"]];
      }),
    );
    expect(outside).toEqual([]);
    const items = await page.evaluate(async () => {
      const pdf = (globalThis as unknown as { diariumView: { pdf: { numPages: number; getPage(n: number): Promise<{ getTextContent(): Promise<{ items: unknown[] }> }> } } }).diariumView.pdf;
      const pages: Item[][] = [];
      for (let n = 1; n <= pdf.numPages; n++) {
        const content = await (await pdf.getPage(n)).getTextContent();
        pages.push(content.items.filter((i): i is Item => typeof (i as Item).str === "string").map((i) => ({ str: i.str, transform: i.transform, width: i.width })));
      }
      return pages;
    });
    const drawn = await page.$$eval("#pages .box", (bs) => bs.map((b) => Number((b as unknown as Node_).dataset["f"])));
    for (const f of facts) {
      const boxes = f.evidence.boxes ?? [];
      expect(boxes.length, f.label).toBeGreaterThan(0);
      expect(boxes[0]!.page, f.label).toBe(f.evidence.page);
      expect(drawn.filter((id) => id === f.id).length, f.label).toBe(boxes.length);
      const under = boxes.map((b) => textUnder(b, items[b.page - 1] ?? [])).join("");
      expect(fold(under), `${f.label}: ${JSON.stringify(f.evidence.quote)}`).toBe(fold(f.evidence.quote));
    }
  });

  it("scrolls a clicked stance to its box on its page", async () => {
    const { page } = session;
    const facts = factsOf(analyses.pdf);
    const last = facts.ids.positions.filter((id) => id !== null).at(-1)!;
    expect(await inPaperView(page, `#pages .box[data-f="${last}"]`)).toBe(false);
    await page.click(`nav.facts button.chip[data-f="${last}"]`);
    await page.waitForSelector(`#pages .box.current.flash[data-f="${last}"]`);
    expect(await inPaperView(page, `#pages .box.current[data-f="${last}"]`)).toBe(true);
    await page.screenshot({ path: join(SHOTS, "view-pdf-clicked.png") });
  });
});

describe.skipIf(!hasChromium)("diarium view of a hostile paper, in Chromium", () => {
  it("shows the paper's <script> and onerror text as text and runs neither", async () => {
    const { page, foreign, violations, errors } = await open(html.hostile);
    await page.waitForTimeout(300);
    expect(await page.evaluate((flag) => (globalThis as unknown as Record<string, unknown>)[flag], FLAG)).toBeUndefined();
    expect(await page.textContent("#text")).toContain(HOSTILE);
    expect(await page.textContent("nav.facts")).toContain(HOSTILE);
    expect(await page.locator("#text img, #text script, nav.facts img, nav.facts script").count()).toBe(0);
    expect({ foreign, violations, errors }).toEqual({ foreign: [], violations: [], errors: [] });
    await page.screenshot({ path: join(SHOTS, "view-hostile.png") });
    await page.close();
  });
});
