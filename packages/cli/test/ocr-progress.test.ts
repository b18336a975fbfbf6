import { describe, expect, it } from "vitest";
import { Progress } from "../src/batch/progress.ts";

/** A terminal that keeps what is written to it. */
function terminal(): NodeJS.WriteStream & { text: string } {
  const out = { text: "", isTTY: true, columns: 160, write: (s: string) => ((out.text += s), true) };
  return out as unknown as NodeJS.WriteStream & { text: string };
}

describe("the progress bar of a batch with scans", () => {
  it("counts OCR pages beside the files, a finished file's pages as done", () => {
    const stream = terminal();
    const progress = new Progress(stream, 3, false);
    progress.pages(0, 0, 4);
    progress.pages(1, 1, 2);
    expect(stream.text.split("\r").pop()).toMatch(/0\/3 files · OCR 1\/6 pages ·/);
    progress.tick("written", 1);
    expect(stream.text.split("\r").pop()).toMatch(/1\/3 files · OCR 2\/6 pages ·/);
    progress.pages(0, 3, 4);
    progress.tick("failed", 0);
    expect(stream.text.split("\r").pop()).toMatch(/2\/3 files · OCR 6\/6 pages · 1 failed/);
  });

  it("says nothing of OCR in a batch without scans", () => {
    const stream = terminal();
    const progress = new Progress(stream, 2, false);
    progress.tick("written", 0);
    expect(stream.text).not.toMatch(/OCR/);
  });
});
