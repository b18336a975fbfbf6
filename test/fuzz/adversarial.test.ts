import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeInput } from "@diarium/extractor";

/**
 * Pathological text against every regular expression of the parser and extractor: one short
 * unit repeated to 200 kB (an unclosed bracket, a run of digits, a keyword with no end) must
 * take about as long as 200 kB of a real paper. A quadratic rule takes minutes here; the bound
 * is loose enough (20× the paper, measured in the same run) that only such a blow-up trips it.
 */

const SIZE = 200_000;
const paper = readFileSync(new URL("../../corpus/stockholm-utlatande-2013-125.txt", import.meta.url), "utf8");
const UNITS = [
  "(", "(a ", ")", "[", "-", "funk-\n", "1", "1 ", "1,", "0,5 ", "300 000 ", "1-3 ", "38,5 ", "§ ", "2013:", "Dnr 325-",
  "den 18 ", "december ", "Reservation anfördes av ", "Särskilt uttalande ", "S T E N  ", "STEN NORDIN ", "Stefan Nilsson ",
  "(S) ", "S-, MP- och ", "ledamöterna A, B ", "Ja-röst för ", "6 ja-röster mot ", "att ", "att motionen ", "varav 5 kr ",
  "1 kr och ", "från nio till ", "Bilaga 1\n", "Ärendet\n", "A\n", "Sida 2 (6)\n", "nämnd", "stadsdelsnämnden ", "a", "å",
  ". ", ", ", ": ", "/", "\t", "– ", "”", "Föredragande borgarrådet ", "anför följande ",
];

async function ms(text: string): Promise<number> {
  const started = performance.now();
  const result = await analyzeInput({ path: "x.txt", bytes: new TextEncoder().encode(text), sha256: "0", format: "text" });
  if (!result.ok && result.code !== "E_EMPTY") throw new Error(result.message);
  return performance.now() - started;
}

describe("adversarial text", () => {
  it("a repeated unit takes about the time of the same length of a real paper", async () => {
    const plain = await ms(paper.repeat(Math.ceil(SIZE / paper.length)).slice(0, SIZE));
    const slow: string[] = [];
    for (const unit of UNITS) {
      const took = await ms(unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE));
      if (took > 20 * Math.max(plain, 100)) slow.push(`${JSON.stringify(unit)}: ${Math.round(took)} ms (paper: ${Math.round(plain)} ms)`);
    }
    expect(slow).toEqual([]);
  }, 600_000);
});
