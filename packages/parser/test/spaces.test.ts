import { describe, expect, it } from "vitest";
import { singleSpaced, wordsAtMost } from "../src/text/spaces.ts";

const samples = ["", " ", "Beslut", "Förslag till beslut", "Kommunstyrelsens\tförslag", "  två  mellanrum ", "a\u00a0b", "rad\nrad", "x \u2009 y", "ett två tre fyra fem sex sju", " ledande", "släpande "];

describe("spaces: what replace and split would give, without rebuilding the line", () => {
  it("single-spaces a text as replace(/\\s+/g, ' ') does", () => {
    for (const s of samples) expect(singleSpaced(s)).toBe(s.replace(/\s+/g, " "));
  });

  it("takes for white space exactly what \\s takes, in every character of the basic plane", () => {
    for (let c = 0; c < 0x10000; c++) {
      const s = `a${String.fromCharCode(c)}b`;
      expect(singleSpaced(s)).toBe(s.replace(/\s+/g, " "));
      expect(wordsAtMost(s, 1)).toBe(s.split(/\s+/).length <= 1);
    }
  });

  it("counts words as split(/\\s+/).length does", () => {
    for (const s of samples) for (let n = 0; n <= 8; n++) expect(wordsAtMost(s, n)).toBe(s.split(/\s+/).length <= n);
  });
});
