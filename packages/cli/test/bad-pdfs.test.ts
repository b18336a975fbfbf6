import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ENCRYPTED_PDF, IMAGE_ONLY_PDF, ZERO_PAGE_PDF } from "../../parser/test/pdf-fixtures.ts";
import { corpus, diarium, ensureBundle, FAILURE_LINE, place, tempDir } from "./helpers.ts";

beforeAll(ensureBundle, 120_000);

describe("a batch with PDFs that cannot be read", () => {
  const archive = tempDir("bad-pdfs");
  place(archive, "good/utlatande.pdf", "stockholm-utlatande-2013-125-print.pdf");
  place(archive, "good/utlatande.txt", "stockholm-utlatande-2013-125.txt");
  mkdirSync(join(archive, "bad"), { recursive: true });
  const whole = readFileSync(corpus("stockholm-utlatande-2013-125-print.pdf"));
  writeFileSync(join(archive, "bad/krypterad.pdf"), ENCRYPTED_PDF);
  writeFileSync(join(archive, "bad/skannad.pdf"), IMAGE_ONLY_PDF);
  writeFileSync(join(archive, "bad/inga sidor.pdf"), ZERO_PAGE_PDF);
  writeFileSync(join(archive, "bad/avklippt.pdf"), whole.subarray(0, Math.floor(whole.length / 2)));
  writeFileSync(join(archive, "bad/inte en pdf.pdf"), "Detta är text, inte en PDF.\n");
  const out = tempDir("bad-pdfs-out");

  it("writes every good file, names each bad one with its reason on one line, and exits 1", () => {
    const run = diarium(["analyze", archive, "--out", out, "--quiet"]);
    expect(run.status).toBe(1);
    expect(existsSync(join(out, "good/utlatande.json"))).toBe(true);
    expect(existsSync(join(out, "good/utlatande.txt.json"))).toBe(true);
    const failures = new Map<string, string>();
    for (const line of run.stderr.split("\n")) {
      const m = FAILURE_LINE.exec(line.trim());
      if (m?.groups) failures.set(m.groups.path?.split("/").pop() ?? "", m.groups.code ?? "");
    }
    expect(Object.fromEntries(failures)).toEqual({
      "krypterad.pdf": "E_ENCRYPTED",
      "skannad.pdf": "E_NO_TEXT",
      "inga sidor.pdf": "E_ZERO_PAGES",
      "avklippt.pdf": "E_DAMAGED",
      "inte en pdf.pdf": "E_NOT_PDF",
    });
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    const ndjson = readFileSync(join(out, "failures.ndjson"), "utf8").trim().split("\n");
    expect(ndjson).toHaveLength(5);
  });
});
