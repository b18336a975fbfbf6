import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normalize, plainDocument, readDocument, isReadError } from "@diarium/parser";
import { extractFigures } from "../src/extractors/figures.ts";
import { checkSums } from "../src/extractors/checks.ts";

const corpus = new URL("../../../corpus/", import.meta.url);

function sums(text: string) {
  const doc = plainDocument(text);
  const { figures } = extractFigures(doc);
  const { checks, warnings } = checkSums(doc, figures);
  return { checks: checks.map((c) => ({ total: figures[c.total]?.value, parts: c.parts.map((i) => figures[i]?.value), holds: c.holds })), warnings };
}

describe("checkSums", () => {
  it("finds both sums of the Hägersten-Liljeholmen tjänsteutlåtande", async () => {
    const raw = await readDocument(new Uint8Array(readFileSync(new URL("hagersten-liljeholmen-tjansteutlatande-2009.txt", corpus))), "text", {});
    if (isReadError(raw)) throw new Error(raw.message);
    const doc = normalize(raw);
    const { figures } = extractFigures(doc);
    const { checks, warnings } = checkSums(doc, figures);
    expect(checks.map((c) => [figures[c.total]?.value, c.parts.map((i) => figures[i]?.value), c.holds])).toEqual([
      [63, [25, 38], true],
      [766778, [529200, 237578], true],
    ]);
    expect(warnings).toEqual([]);
    for (const c of checks) expect(doc.text.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.quote);
  });

  it("raises a W_SUM_MISMATCH warning when the parts do not add up", () => {
    const { checks, warnings } = sums("haft kontakt med 63 klienter varav 25 män och 37 kvinnor.");
    expect(checks).toEqual([{ total: 63, parts: [25, 37], holds: false }]);
    expect(warnings.map((w) => w.code)).toEqual(["W_SUM_MISMATCH"]);
  });

  it("claims no sum the text does not mark as one", () => {
    expect(sums("30 personer i åldersgruppen 18-29 år, 21 personer och 12 personer. Totalt 63.").checks).toEqual([]);
    expect(sums("63 klienter varav 25 män.").checks).toEqual([]);
  });
});

describe("checkSums on enumerations", () => {
  it("reads a total with its noun and a comma before varav", () => {
    expect(sums("Totalt 350 elever, varav 170 flickor och 180 pojkar, berörs.").checks).toEqual([{ total: 350, parts: [170, 180], holds: true }]);
    expect(sums("Budgeten uppgår till 1 234,5 mnkr, varav 800 mnkr avser förskola och 434,5 mnkr avser grundskola.").checks).toEqual([
      { total: 1234500000, parts: [800000000, 434500000], holds: true },
    ]);
  });

  it("stops the parts where the enumeration stops", () => {
    expect(sums("Totalt 350 elever, varav 170 flickor och 180 pojkar, i 12 klasser.").checks).toEqual([{ total: 350, parts: [170, 180], holds: true }]);
    expect(sums("Totalt 350 elever, varav 170 flickor, i 12 klasser.").checks).toEqual([]);
  });
});

describe("checkSums with the total after its parts", () => {
  it("reads 'X och Y, totalt Z'", () => {
    expect(sums("Förskolan får 800 mnkr och grundskolan 434,5 mnkr, totalt 1 234,5 mnkr.").checks).toEqual([
      { total: 1234500000, parts: [800000000, 434500000], holds: true },
    ]);
    const wrong = sums("Förskolan får 800 mnkr och grundskolan 434 mnkr, totalt 1 234,5 mnkr.");
    expect(wrong.checks.map((c) => c.holds)).toEqual([false]);
    expect(wrong.warnings.map((w) => w.code)).toEqual(["W_SUM_MISMATCH"]);
  });
});
