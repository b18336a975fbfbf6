// dist/pdfjs-dist.cjs, the CLI's build of pdf.js (scripts/build.mjs): its one change to pdf.js gives
// each style of a page's text content the font's name, which pdf.js as published sends only with
// the page's operator list. The names must be the very ones that list gives.
import { createRequire } from "node:module";
import { join } from "node:path";
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { corpus, ensureBundle, root } from "./helpers.ts";

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");

describe("the CLI's build of pdf.js", () => {
  let pdfjs: PdfJs;
  beforeAll(async () => {
    await ensureBundle();
    const script = join(root, "packages/cli/dist/pdfjs-dist.cjs");
    pdfjs = (createRequire(script)(script) as { pdfjs: PdfJs }).pdfjs;
  }, 120_000);

  it("names each text style's font as the page's operator list does", async () => {
    const bytes = new Uint8Array(readFileSync(corpus("stockholm-utlatande-2013-125-print.pdf")));
    const doc = await pdfjs.getDocument({ data: bytes, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
    try {
      const page = await doc.getPage(1);
      const { styles } = await page.getTextContent();
      const fromStyles = Object.fromEntries(Object.entries(styles).map(([id, style]) => [id, (style as { fontName?: unknown }).fontName]));
      await page.getOperatorList();
      const fromOperatorList = Object.fromEntries(Object.keys(styles).map((id) => [id, (page.commonObjs.get(id) as { name?: unknown }).name]));
      expect(Object.keys(fromStyles).length).toBeGreaterThan(1);
      expect(Object.values(fromStyles).some((name) => /bold/i.test(String(name)))).toBe(true);
      expect(fromStyles).toEqual(fromOperatorList);
    } finally {
      await doc.destroy();
    }
  });
});
