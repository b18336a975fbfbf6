import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { plainDocument } from "@diarium/parser";
import { formatSwedishInteger, parseSwedishDigits, parseSwedishNumberWord } from "../src/swedish/numbers.ts";
import { extractFigures } from "../src/extractors/figures.ts";
import { extractDates } from "../src/extractors/dates.ts";

const SEPARATORS = [" ", "\u00a0", "\u2009", "\u202f"];
const ONES = ["", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio"];
const TEENS = ["tio", "elva", "tolv", "tretton", "fjorton", "femton", "sexton", "sjutton", "arton", "nitton"];
const TENS = ["", "", "tjugo", "trettio", "fyrtio", "femtio", "sextio", "sjuttio", "åttio", "nittio"];

/** Writes 1…9 999 in Swedish words the way a reference table would: "tvåtusenfemhundratjugofem". */
function words(n: number): string {
  const th = Math.floor(n / 1000);
  const h = Math.floor((n % 1000) / 100);
  const rest = n % 100;
  const below100 = rest < 10 ? ONES[rest] : rest < 20 ? TEENS[rest - 10] : `${TENS[Math.floor(rest / 10)]}${ONES[rest % 10]}`;
  return `${th ? `${ONES[th]}tusen` : ""}${h ? `${ONES[h]}hundra` : ""}${below100 ?? ""}`;
}

describe("Swedish numbers", () => {
  it("parses every integer up to 10⁹ written with any thousands separator back exactly", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1e9 }), fc.constantFrom(...SEPARATORS), (n, sep) => {
      expect(parseSwedishDigits(formatSwedishInteger(n, sep))).toBe(n);
    }), { numRuns: 2000 });
  });

  it("reads amounts in kr, tkr and mnkr back exactly from running text", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1e9 }), fc.constantFrom(...SEPARATORS), fc.constantFrom(["kr", 1], ["tkr", 1e3], ["mnkr", 1e6]), (n, sep, [unit, factor]) => {
      const { figures } = extractFigures(plainDocument(`Kostnaden uppgick till ${formatSwedishInteger(n, sep)} ${unit} för året.`));
      expect(figures.map((f) => [f.value, f.unit])).toEqual([[n * Number(factor), "SEK"]]);
    }), { numRuns: 500 });
  });

  it("finds every number word up to 9 999 in running text, in any case", () => {
    for (let n = 1; n <= 9999; n++) {
      const word = n % 3 === 0 ? words(n).toUpperCase() : words(n);
      expect(extractFigures(plainDocument(`Avtalet gäller i ${word} år.`)).figures.map((f) => [f.value, f.unit])).toEqual([[n, "years"]]);
    }
  });

  it("parses number words up to 9 999", () => {
    for (let n = 1; n <= 9999; n++) expect(parseSwedishNumberWord(words(n))).toBe(n);
    expect(parseSwedishNumberWord("en")).toBe(1);
    expect(parseSwedishNumberWord("tjugofem")).toBe(25);
    expect(parseSwedishNumberWord("hundra")).toBe(100);
    expect(parseSwedishNumberWord("kronor")).toBeNull();
  });

  it("never reads an identifier as a figure or a date", () => {
    const identifier = fc.oneof(
      fc.tuple(fc.integer({ min: 100, max: 999 }), fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1990, max: 2030 })).map(([a, b, y]) => `Dnr ${a}-${b}/${y}`),
      fc.tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 999 })).map(([y, n]) => `motion (${y}:${n})`),
      fc.tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 999 })).map(([y, n]) => `${y}.${n} KS`),
      fc.tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 2000 })).map(([y, n]) => `SFS ${y}:${n}`),
      fc.integer({ min: 1, max: 300 }).map((n) => `§ ${n}`),
      fc.tuple(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 20 })).map(([p, q]) => `Sida ${p} (${q})`),
      fc.tuple(fc.integer({ min: 100, max: 999 }), fc.integer({ min: 10, max: 99 })).map(([a, b]) => `${a} ${b} Stockholm`),
      fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `kl. ${h}:${String(m).padStart(2, "0")}`),
      fc.tuple(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 99 })).map(([a, b]) => `Sörhaga ${a}:${b}`),
      fc.integer({ min: 1990, max: 2030 }).map((y) => `år ${y}`),
    );
    fc.assert(fc.property(identifier, (id) => {
      const doc = plainDocument(`Ärendet avser ${id} och inget annat.`);
      expect(extractFigures(doc).figures).toEqual([]);
      expect(extractDates(doc).dates).toEqual([]);
    }), { numRuns: 1000 });
  });
});
