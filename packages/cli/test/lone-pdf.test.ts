import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { pdfOf } from "../../parser/test/pdf-fixtures.ts";
import { handsBack } from "../src/batch/read.ts";
import { diarium, ensureBundle, place, tempDir } from "./helpers.ts";

beforeAll(ensureBundle, 120_000);

/** A PDF of `pages` pages, forty numbered lines of Helvetica each: seconds of reading for pdf.js. */
function longPdf(pages: number): Uint8Array {
  const bodies = ["<< /Type /Catalog /Pages 2 0 R >>", "", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"];
  const kids: string[] = [];
  for (let p = 1; p <= pages; p++) {
    let content = "";
    for (let k = 0; k < 40; k++) content += `BT /F1 11 Tf 60 ${780 - k * 18} Td (Rad ${k + 1} pa sidan ${p} om detaljplanen for kvarteret) Tj ET\n`;
    bodies.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    bodies.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${bodies.length} 0 R >>`);
    kids.push(`${bodies.length} 0 R`);
  }
  bodies[1] = `<< /Type /Pages /Kids [${kids.join(" ")}] /Count ${pages} >>`;
  return pdfOf(bodies);
}

// A lone PDF is read in a worker, where pdf.js runs under the time and memory limits, and its text
// is analysed in the command's own thread, which has the analysis loaded already.
describe("diarium analyze of a lone PDF", () => {
  it("gives the analysis the same PDF gets in a batch", () => {
    const archive = tempDir("lone-pdf");
    const pdf = place(archive, "utlatande.pdf", "stockholm-utlatande-2013-125-print.pdf");
    const txt = place(archive, "utlatande.txt", "stockholm-utlatande-2013-125.txt");
    const lone = diarium(["analyze", pdf]);
    const batch = diarium(["analyze", pdf, txt]);
    expect(lone.status, lone.stderr).toBe(0);
    expect(lone.stdout.trim()).toBe(batch.stdout.trim().split("\n")[0]);
  });

  it("is skipped when its analysis in OUT is up to date, and the worker the bin started for it does not keep the command running", () => {
    const archive = tempDir("lone-pdf-skip");
    const pdf = place(archive, "utlatande.pdf", "stockholm-utlatande-2013-125-print.pdf");
    const out = join(archive, "out");
    expect(diarium(["analyze", pdf, "--out", out]).status).toBe(0);
    const again = diarium(["analyze", pdf, "--out", out, "--max-memory=512"]);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr).toContain("0 written, 1 skipped");
  });

  it("is stopped at its time limit and reported on one line", () => {
    const file = join(tempDir("lone-pdf-slow"), "lang.pdf");
    writeFileSync(file, longPdf(3000));
    const run = diarium(["analyze", file, "--timeout", "1"]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(`${file}: E_TIMEOUT: `);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("is analysed in the worker, under its limits, when the command's thread might not finish in time", () => {
    const raw = { format: "pdf" as const, raw: "x".repeat(400_000), lines: [], pages: 149, notes: [] };
    expect(handsBack({ timeoutMs: 120_000 }, raw, 900)).toBe(true);
    expect(handsBack({ timeoutMs: 4_000 }, raw, 900)).toBe(false);
    expect(handsBack({ timeoutMs: 120_000 }, { ...raw, raw: "x".repeat(3_000_000) }, 900)).toBe(false);
  });
});
