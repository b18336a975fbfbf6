import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { diarium, ensureBundle, tempDir } from "../packages/cli/test/helpers.ts";

/**
 * --max-memory bounds what a worker holds outside its JavaScript heap too: a PDF of 40 MB (an
 * uncompressed scan image) is 80 MB of array buffers in its worker (the bytes, and pdf.js's copy)
 * while its heap stays small, so a heap cap alone would let it through.
 */

/** A one-page PDF with a line of text and a `side`×`side` RGB image stored without compression. */
function scanLikePdf(side: number): Buffer {
  const image = Buffer.alloc(side * side * 3, 0xff);
  const content = "BT /F1 12 Tf 72 760 Td (Ansökan om bygglov) Tj ET q 500 0 0 700 50 50 cm /Im1 Do Q";
  const objects: Buffer[] = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> /XObject << /Im1 6 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ].map((o) => Buffer.from(o, "latin1"));
  objects.push(
    Buffer.concat([
      Buffer.from(`<< /Type /XObject /Subtype /Image /Width ${side} /Height ${side} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Length ${image.length} >>\nstream\n`, "latin1"),
      image,
      Buffer.from("\nendstream", "latin1"),
    ]),
  );
  const parts = [Buffer.from("%PDF-1.4\n", "latin1")];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, k) => {
    offsets.push(length);
    const part = Buffer.concat([Buffer.from(`${k + 1} 0 obj\n`, "latin1"), body, Buffer.from("\nendobj\n", "latin1")]);
    parts.push(part);
    length += part.length;
  });
  const table = offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("");
  parts.push(Buffer.from(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${table}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`, "latin1"));
  return Buffer.concat(parts);
}

describe("diarium analyze --max-memory on a PDF that is large outside the heap", () => {
  beforeAll(ensureBundle);

  const archive = tempDir("pdf-memory");
  writeFileSync(join(archive, "skannad-ansokan.pdf"), scanLikePdf(3700));
  writeFileSync(join(archive, "liten.pdf"), scanLikePdf(10));
  const big = join(archive, "skannad-ansokan.pdf");

  it("stops the file as E_MEMORY under a 64 MB budget, and writes the rest", () => {
    const out = tempDir("pdf-memory-out");
    const run = diarium(["analyze", archive, "--out", out, "--jobs", "1", "--max-memory", "64", "--max-size", "100"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`${big.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: E_MEMORY: needed more than 64 MB \\(--max-memory\\)`));
    expect(readdirSync(out).filter((f) => f.endsWith(".json"))).toEqual(["liten.json"]);
  });

  it("reads the same file under a budget it fits in", () => {
    const out = tempDir("pdf-memory-out");
    const run = diarium(["analyze", big, "--out", out, "--max-memory", "512", "--max-size", "100"]);
    expect(run.status, run.stderr).toBe(0);
    expect(readdirSync(out)).toEqual(["skannad-ansokan.json"]);
  });
});
