import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeInput } from "@diarium/extractor";
import { isReadError, readPdf } from "@diarium/parser";
import { evidenceIn } from "./fuzz/invariants.ts";
import { hasShared, isSharedPaper, noteSkipped, paperPath } from "./shared.ts";

/**
 * Every evidence span of a PDF analysis names the page it came from: its quote (folded to words)
 * is found in the text the PDF has on that page.
 */

const PDFS = [
  "stockholm-utlatande-2013-125-print.pdf",
  "real/alingsas-kf-2026-06-10-protokoll.pdf",
  "real/alingsas-ks-2026-05-11-79-reglemente-ersattningar.pdf",
  "real/alingsas-ten-2025-12-15-65-motion-laddstationer.pdf",
].filter((p) => hasShared || !isSharedPaper(p));
noteSkipped("pdf-evidence");

/** Words only: hyphenation joined across lines and spacing differ between the page and the text. */
const fold = (s: string) => s.toLowerCase().replace(/[^\p{L}\d]+/gu, "");

describe.each(PDFS)("%s", (path) => {
  it("puts every evidence span on the page its words are printed on", async () => {
    const bytes = new Uint8Array(readFileSync(paperPath(path)));
    const raw = await readPdf(bytes);
    if (isReadError(raw)) throw new Error(raw.message);
    const pages = new Map<number, string>();
    for (const line of raw.lines) pages.set(line.page ?? 0, (pages.get(line.page ?? 0) ?? "") + fold(line.text));
    const result = await analyzeInput({ path, bytes, sha256: createHash("sha256").update(bytes).digest("hex"), format: "pdf" });
    if (!result.ok) throw new Error(result.message);
    const all = evidenceIn({ ...result.analysis, text: undefined, sections: undefined });
    expect(all.length).toBeGreaterThan(5);
    for (const e of all) {
      expect(result.analysis.text.slice(e.start, e.end)).toBe(e.quote);
      expect(e.page).not.toBeNull();
      // A quote that runs over a page turn starts on its page: its first words are there.
      const head = fold(e.quote.split("\n")[0] ?? "");
      expect(pages.get(e.page ?? 0) ?? "", `${JSON.stringify(e.quote)} on page ${e.page}`).toContain(head);
    }
  });
});
