import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Analysis, Evidence } from "@diarium/schema";
import { escapeHtml, jsonForScript } from "../src/view/escape.ts";
import { factsOf, type ViewFact } from "../src/view/facts.ts";
import { highlightedText } from "../src/view/paper-text.ts";
import { classicWorker, exportsAsGlobal, loadPdfJsAssets } from "../src/view/pdfjs-assets.ts";
import { renderPaperView } from "../src/view/render.ts";
import { corpus, diarium, ensureBundle, FAILURE_LINE, tempDir } from "./helpers.ts";

const ev = (text: string, quote: string, from = 0): Evidence => {
  const start = text.indexOf(quote, from);
  return { start, end: start + quote.length, page: null, quote };
};
const fact = (id: number, evidence: Evidence): ViewFact => ({ id, group: "position", label: `f${id}`, evidence });

describe("the text with its evidence marked", () => {
  it("cuts overlapping spans at every edge, each piece naming all the facts over it", () => {
    const text = "Kommunstyrelsen föreslår bifall till motionen.";
    const html = highlightedText(text, [fact(0, ev(text, "bifall")), fact(1, ev(text, "bifall till motionen"))]);
    expect(html).toBe('Kommunstyrelsen föreslår <span class="hl" data-f="0 1">bifall</span><span class="hl" data-f="1"> till motionen</span>.');
  });

  it("escapes the paper's text inside and outside the marks", () => {
    const text = 'Motion om <script>x()</script> och "><img src=x onerror=y()>';
    const html = highlightedText(text, [fact(0, ev(text, "<script>x()</script>"))]);
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain('<span class="hl" data-f="0">&lt;script&gt;x()&lt;/script&gt;</span>');
    expect(html).toContain("&quot;&gt;&lt;img src=x onerror=y()&gt;");
  });
});

describe("escaping", () => {
  it("turns the five HTML characters into entities", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  });
  it("writes JSON that no string in it can end a <script> element with", () => {
    const json = jsonForScript({ quote: "</script><!-- \u2028" });
    expect(json).not.toMatch(/</);
    expect(JSON.parse(json)).toEqual({ quote: "</script><!-- \u2028" });
  });
});

describe("pdf.js for an inline script and a blob: worker", () => {
  it("turns a module's export list into a global object", () => {
    expect(exportsAsGlobal("const a=1,c=2;export{a as getDocument,c};", "pdfjsLib")).toBe("const a=1,c=2;globalThis.pdfjsLib={getDocument:a,c:c};");
  });
  it("makes the worker a classic script: no export list, no import.meta", () => {
    expect(classicWorker("const u=import.meta.url;export{W};")).toBe("const u=self.location.href;");
    const { main, worker } = loadPdfJsAssets();
    expect(main).toMatch(/globalThis\.pdfjsLib=\{[^}]*getDocument:/);
    expect(worker).not.toMatch(/import\.meta|export\s*\{/);
    expect(`${main}${worker}`).not.toMatch(/<\/script|<!--/i);
  });
});

/** The inline scripts and styles that run in a page, and the hashes its CSP lists. */
function inlineCode(html: string): { hashes: string[]; csp: string } {
  const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]?.replace(/&#39;/g, "'") ?? "";
  const bodies = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>|<style>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? m[2] ?? "");
  return { hashes: bodies.map((b) => `'sha256-${createHash("sha256").update(b).digest("base64")}'`), csp };
}

// The two corpus papers analysed once by the built command, for the renderer and the command's tests.
let text: Analysis;
let pdf: Analysis;
let pdfBytes: Uint8Array;
beforeAll(async () => {
  await ensureBundle();
  text = JSON.parse(diarium(["analyze", corpus("stockholm-utlatande-2013-125.txt")]).stdout) as Analysis;
  pdf = JSON.parse(diarium(["analyze", corpus("stockholm-utlatande-2013-125-print.pdf")]).stdout) as Analysis;
  pdfBytes = new Uint8Array(readFileSync(corpus("stockholm-utlatande-2013-125-print.pdf")));
}, 120_000);

describe("renderPaperView", () => {
  it("lists in its CSP the hash of every script and style that runs, and nothing loads from elsewhere", () => {
    for (const html of [renderPaperView({ analysis: text }), renderPaperView({ analysis: pdf, pdfBytes })]) {
      const { hashes, csp } = inlineCode(html);
      expect(csp).toMatch(/^default-src 'none'; script-src 'sha256-[^;]+; style-src 'sha256-/);
      for (const h of hashes) expect(csp).toContain(h);
      // the markup outside the scripts: no remote source, no style or event-handler attribute
      const markup = html.replace(/<script[^>]*>[\s\S]*?<\/script>/g, "");
      expect(markup).not.toMatch(/\s(?:src|href)="(?:https?:)?\/\//);
      expect(markup).not.toMatch(/\sstyle="|\son[a-z]+="/);
    }
  });

  it("embeds the PDF's bytes and pdf.js only for a PDF", () => {
    const html = renderPaperView({ analysis: pdf, pdfBytes });
    expect(html).toContain(`id="pdf-data" data-encoding="base64">${Buffer.from(pdfBytes).toString("base64")}</script>`);
    expect(html).toContain("globalThis.pdfjsLib={");
    expect(renderPaperView({ analysis: text })).not.toMatch(/id="pdf-data"|id="pdfjs-worker"|globalThis\.pdfjsLib=\{/);
  });

  it("shows a sum that does not hold apart, with its figures' values (a check names them by index)", () => {
    const evidence = text.positions[0]!.evidence;
    const figure = (value: number) => ({ value, max: null, unit: "SEK" as const, subject: null, text: String(value), evidence });
    const analysis = { ...text, figures: [figure(766_778), figure(529_200), figure(237_000)], checks: [{ kind: "sum" as const, total: 0, parts: [1, 2], holds: false, evidence }] };
    expect(renderPaperView({ analysis })).toMatch(/class="fact check-failed" data-f="\d+">529 200 \+ 237 000 = 766 200 ≠ 766 778: stämmer inte</);
  });

  it("gives every fact with evidence a button in the panel and a mark in the text", () => {
    const html = renderPaperView({ analysis: text });
    const { facts } = factsOf(text);
    for (const f of facts) {
      expect(html).toContain(`data-f="${f.id}"`);
      expect(html).toMatch(new RegExp(`class="hl" data-f="(?:\\d+ )*${f.id}(?: \\d+)*"`));
    }
    // the positions table: one row per party, one column per forum, every position in it
    expect(html.match(/button type="button" class="fact chip stance-/g)?.length).toBe(text.positions.reduce((n, p) => n + Math.max(p.parties.length, 1), 0));
  });
});

describe("diarium view on the command line", () => {
  const dir = tempDir("view-cli");

  it("says in one line why it cannot view a missing file or a JSON that is no analysis", () => {
    const missing = diarium(["view", join(dir, "saknas.txt"), "--out", join(dir, "v.html")]);
    expect(missing.status).toBe(1);
    expect(missing.stderr.trim().split("\n")).toHaveLength(1);
    expect(missing.stderr.trim()).toMatch(FAILURE_LINE);
    expect(missing.stderr).toContain("E_IO");
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ hello: "world" }));
    const notAnalysis = diarium(["view", bad]);
    expect(notAnalysis.status).toBe(1);
    expect(notAnalysis.stderr).toMatch(/bad\.json: E_SCHEMA: not a diarium analysis/);
  });

  it("views an analysis of a PDF whose PDF is gone as its text, saying so", () => {
    const json = join(dir, "print.json");
    writeFileSync(json, JSON.stringify({ ...pdf, source: { ...pdf.source, path: "gone/print.pdf" } }));
    const run = diarium(["view", json, "--out", "-"]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain("the PDF is not at hand (--pdf FILE names it); showing the text");
    expect(run.stdout).toMatch(/^<!doctype html>/);
    expect(run.stdout).not.toContain('id="pdf-data"');
  });
});
