import { describe, expect, it } from "vitest";
import { singleSpaced, wordsAtMost } from "../src/text/spaces.ts";

const samples = ["", " ", "Beslut", "Förslag till beslut", "Kommunstyrelsens\tförslag", "  två  mellanrum ", "a\u00a0b", "rad\nrad", "x \u2009 y", "ett två tre fyra fem sex sju", " ledande", "släpande "];

describe("spaces: what replace and split would give, without rebuilding the line", () => {
  it("single-spaces a text as replace(/\\s+/g, ' ') does", () => {
    for (const s of samples) expect(singleSpaced(s)).toBe(s.replace(/\s+/g, " "));
  });

  it("counts words as split(/\\s+/).length does", () => {
    for (const s of samples) for (let n = 0; n <= 8; n++) expect(wordsAtMost(s, n)).toBe(s.split(/\s+/).length <= n);
  });
});
