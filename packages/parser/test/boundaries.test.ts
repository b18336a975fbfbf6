import { describe, expect, it } from "vitest";
import { alternation } from "../src/lexicon/match.ts";
import { CAPITAL_AHEAD, LATIN1_LETTERS, NOT_AFTER_LETTER, NOT_AFTER_WORD, NOT_AFTER_WORD_OR_HYPHEN, letterOr, notAfterLetterOr, pastFirst } from "../src/text/boundaries.ts";
import { regex } from "../src/text/regex.ts";

/** Every code point of the Basic Multilingual Plane but the surrogates, as a one-character string. */
function* bmp(): Generator<string> {
  for (let c = 0; c <= 0xffff; c++) if (c < 0xd800 || c > 0xdfff) yield String.fromCharCode(c);
}

describe("boundaries: quick first tests that change no match", () => {
  it("takes only letters for Latin-1's letters, and every Latin-1 letter", () => {
    const quick = regex(`^[${LATIN1_LETTERS}]$`, "u");
    const letter = regex(String.raw`^\p{L}$`, "u");
    for (const ch of bmp()) if (quick.test(ch) !== (ch.charCodeAt(0) < 0x100 && letter.test(ch))) throw new Error(`U+${ch.charCodeAt(0).toString(16)}`);
  });

  it("lets every capital through the lookahead", () => {
    const ahead = regex(`^${CAPITAL_AHEAD}`, "u");
    const capital = regex(String.raw`^\p{Lu}$`, "u");
    for (const ch of bmp()) if (capital.test(ch) && !ahead.test(ch)) throw new Error(`U+${ch.charCodeAt(0).toString(16)}`);
  });

  it("matches where the full lookbehind alone matches, with and without the i flag", () => {
    const pairs = [
      [NOT_AFTER_LETTER, String.raw`(?<!\p{L})`],
      [NOT_AFTER_WORD, String.raw`(?<![\p{L}\d])`],
      [NOT_AFTER_WORD_OR_HYPHEN, String.raw`(?<![\p{L}\d-])`],
      [notAfterLetterOr(String.raw`\d.,:/§-`), String.raw`(?<![\p{L}\d.,:/§-])`],
    ] as const;
    const text = "s-ledamöterna, Sverigedemokraterna och µ-ledamöter; 3x ÿx ſx Kx Σx жx -x (x) x 2,5x §x /x";
    for (const [quick, full] of pairs) {
      for (const flags of ["gu", "giu"]) {
        const at = (source: string) => [...text.matchAll(regex(`${source}\\p{L}`, flags))].map((m) => m.index);
        expect(at(quick)).toEqual(at(full));
      }
    }
  });
});

describe("letterOr: a letter class with Latin-1 first", () => {
  it("takes exactly the letters and the extra characters, each by one alternative only", () => {
    const quick = regex(`^${letterOr(String.raw`\d&`)}$`, "u");
    const full = regex(String.raw`^[\p{L}\d&]$`, "u");
    const both = regex(String.raw`^(?=[${LATIN1_LETTERS}\d&])(?=[\u0100-\uffff])`, "u");
    for (const ch of bmp()) {
      if (quick.test(ch) !== full.test(ch)) throw new Error(`U+${ch.charCodeAt(0).toString(16)}`);
      if (both.test(ch)) throw new Error(`both at U+${ch.charCodeAt(0).toString(16)}`);
    }
  });
});

describe("pastFirst: a pattern that opens with its words, the boundary after their first character", () => {
  const text = "Anna Berg (S) yrkade bifall; återyrkade, 3yrkar, -yrkar, YRKAR och Yrkande. ändring  i förslaget, ſyrkar, Kyrkar, 😀yrkar, yrkarna, ja";
  const words = ["yrkar", "yrkade", "yrkande", "Yrkande", "ändring i", "kyrkar", "ſyrkar", "ja", "j"];

  it("finds what the boundary written before the alternation finds, with and without the i flag", () => {
    for (const boundary of [NOT_AFTER_LETTER, NOT_AFTER_WORD, NOT_AFTER_WORD_OR_HYPHEN, String.raw`\b`]) {
      for (const flags of ["gu", "giu"]) {
        const found = (source: string) => [...text.matchAll(regex(source, flags))].map((m) => `${m.index}:${m[0]}`);
        expect(found(alternation(words, boundary))).toEqual(found(`${boundary}${alternation(words)}`));
      }
    }
  });

  it("opens the pattern with the first letters, the words that share one grouped", () => {
    expect(alternation(["yrkar", "avslår", "yrkade"], String.raw`\b`)).toBe(String.raw`(?:a(?<=\b[^])vslår|y(?<=\b[^])(?:rkade|rkar))`);
    // "a" and "A" would both match "a" in a case-blind pattern: each word keeps its own place
    expect(alternation(["anna", "Anna"], String.raw`\b`)).toBe(String.raw`(?:A(?<=\b[^])nna|a(?<=\b[^])nna)`);
  });

  it("moves only what it can: a lookbehind on one class, or \\b", () => {
    expect(pastFirst(NOT_AFTER_LETTER)).toBe(NOT_AFTER_LETTER.replace(/\]\)/gu, "][^])"));
    expect(() => pastFirst("^")).toThrow();
    expect(() => alternation([" yrkar"], String.raw`\b`)).toThrow();
  });
});
