import { describe, expect, it } from "vitest";
import { matchesOf, PROPERTY_CLASSES, regex, SCRIPT_BLOCKS, SPELLED_OUT, spellOutProperties } from "../src/text/regex.ts";

describe("regex: property classes spelled out as ranges", () => {
  it("matches exactly what the property matches on every code point of the script blocks", () => {
    for (const name of SPELLED_OUT) {
      const property = new RegExp(String.raw`^\p{${name}}$`, "u");
      const spelled = regex(String.raw`^\p{${name}}$`, "u");
      for (const [first, last] of SCRIPT_BLOCKS) {
        for (let c = first; c <= last; c++) {
          const ch = String.fromCodePoint(c);
          if (spelled.test(ch) !== property.test(ch)) throw new Error(`\\p{${name}} differs at U+${c.toString(16)}`);
        }
      }
    }
  });

  it("reads a Swedish, Polish or Greek name as letters, and a letter of another script as none", () => {
    const word = regex(String.raw`^\p{Lu}\p{Ll}+$`, "u");
    expect(["Åsa", "Łukasz", "Şükrü", "Ngô", "Σοφία", "Ольга"].map((w) => word.test(w))).toEqual([true, true, true, true, true, true]);
    expect(regex(String.raw`^\p{L}+$`, "u").test("Naʼima")).toBe(true); // U+02BC, a modifier letter
    expect(regex(String.raw`\p{L}`, "u").test("محمد")).toBe(false);
  });

  it("spells a class out with brackets alone, bare inside a class, negated for \\P", () => {
    const { L } = PROPERTY_CLASSES;
    expect(spellOutProperties(String.raw`\p{L}+`)).toBe(`[${L}]+`);
    expect(spellOutProperties(String.raw`(?<![\p{L}\d-])nämnd`)).toBe(String.raw`(?<![${L}\d-])nämnd`.replace("${L}", L));
    expect(spellOutProperties(String.raw`\P{L}`)).toBe(`[^${L}]`);
    expect(spellOutProperties(String.raw`[^\P{L}]`)).toBe(String.raw`[^\P{L}]`);
    expect(spellOutProperties(String.raw`\\p{L} \p{M}`)).toBe(String.raw`\\p{L} \p{M}`);
  });

  it("finds what \\p{L} would in a paper's sentence, word boundaries included", () => {
    const text = "Kommunstyrelsen föreslår att kommunfullmäktige beslutar – i enlighet med nämndens förslag.";
    const pattern = String.raw`(?<![\p{L}\p{N}])(?:nämndens|beslutar)(?![\p{L}\p{N}])`;
    expect([...text.matchAll(regex(pattern, "giu"))].map((m) => m.index)).toEqual([...text.matchAll(new RegExp(pattern, "giu"))].map((m) => m.index));
  });

  it("leaves a pattern without the u flag as written", () => {
    expect(regex("a.b", "g").source).toBe("a.b");
  });
});

describe("matchesOf: matchAll without a copy of the pattern", () => {
  const text = "i första hand bifall till motionen, i andra hand avslag 😀 på motionen";

  it("gives the matches matchAll gives, an empty match stepped over by a whole code point", () => {
    for (const source of [String.raw`i\s+(\p{L}+)\s+hand`, String.raw`(?<![\p{L}])`, String.raw`\s*`]) {
      const pattern = regex(source, "gu");
      const mine = [...matchesOf(pattern, text)].map((m) => [m.index, ...m]);
      expect(mine).toEqual([...text.matchAll(regex(source, "gu"))].map((m) => [m.index, ...m]));
    }
  });

  it("lets the loop use the same pattern meanwhile", () => {
    const rank = regex(String.raw`i\s+(\p{L}+)\s+hand`, "gu");
    const seen: string[] = [];
    for (const m of matchesOf(rank, text)) {
      rank.lastIndex = 0;
      rank.exec("i tredje hand");
      seen.push(m[1] ?? "");
    }
    expect(seen).toEqual(["första", "andra"]);
  });

  it("refuses a pattern without g, as matchAll does", () => {
    expect(() => [...matchesOf(regex("hand", "u"), text)]).toThrow(TypeError);
  });
});
