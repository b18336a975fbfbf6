// pdfLibrary: pdf.js loaded once per process, by a loader the program gives on the first call or
// imported from pdfjs-dist. Each test loads the module afresh, as a new process would.
import { beforeEach, describe, expect, it, vi } from "vitest";

type LoadModule = typeof import("../src/pdf/load.ts");

async function freshLoad(): Promise<LoadModule> {
  vi.resetModules();
  return import("../src/pdf/load.ts");
}

describe("pdfLibrary", () => {
  beforeEach(() => vi.resetModules());

  it("takes the library from the first call's loader, and every later call gets that library", async () => {
    const { pdfLibrary } = await freshLoad();
    const real = await import("pdfjs-dist/legacy/build/pdf.mjs");
    let calls = 0;
    const loaded = await pdfLibrary(async () => {
      calls++;
      return real;
    });
    expect(loaded).toBe(real);
    expect(await pdfLibrary(async () => undefined)).toBe(real);
    expect(await pdfLibrary()).toBe(real);
    expect(calls).toBe(1);
  });

  it("imports pdf.js and its worker file when the loader answers undefined", async () => {
    delete (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker;
    const { pdfLibrary } = await freshLoad();
    const pdfjs = await pdfLibrary(async () => undefined);
    expect(typeof pdfjs.getDocument).toBe("function");
    expect((globalThis as { pdfjsWorker?: { WorkerMessageHandler?: unknown } }).pdfjsWorker?.WorkerMessageHandler).toBeDefined();
  });

  it("puts back the built-ins pdf.js replaces, after a loader that loads it", async () => {
    const push = Array.prototype.push;
    const { pdfLibrary } = await freshLoad();
    await pdfLibrary(async () => {
      Array.prototype.push = function (this: unknown[], ...items: unknown[]) {
        return push.apply(this, items);
      };
      return undefined;
    });
    expect(Array.prototype.push).toBe(push);
  });
});
