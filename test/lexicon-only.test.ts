import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as lexicon from "../packages/parser/src/lexicon/index.ts";
import { describe, expect, it } from "vitest";

/**
 * Swedish word lists live in one place, the lexicon (packages/parser/src/lexicon/): every other
 * source file builds its patterns from the lexicon's tables. This test reads every source file
 * outside the lexicon and fails on an alternation that spells out two or more of the lexicon's
 * words ("yrkar|yrkade", "nämnden|styrelsen").
 */
const ROOT = fileURLToPath(new URL("../packages/", import.meta.url));

/** Every word the lexicon's tables hold, in lower case. */
function lexiconWords(): Set<string> {
  const words = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === "string") {
      for (const w of value.toLowerCase().split(/\s+/u)) if (/^\p{L}[\p{L}-]{2,}$/u.test(w)) words.add(w);
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) if (k !== "example") visit(v);
  };
  for (const [, table] of Object.entries(lexicon)) if (typeof table !== "function") visit(table);
  return words;
}

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === "node_modules" || name === "dist" || name === "test" || name === "lexicon") continue;
    if (statSync(path).isDirectory()) sources(path, out);
    else if (name.endsWith(".ts") && !name.endsWith(".d.ts")) out.push(path);
  }
  return out;
}

// An alternation of bare words inside a pattern: "(?:yrkar|yrkade|yrkas)", "beslutar|beslutade".
const ALTERNATION = /[\p{L}-]{3,}(?:\\s\+|\\s\*|\s)?(?:\|[\p{L}-]{3,}(?:\\s\+|\\s\*|\s)?)+/gu;

describe("the lexicon is the only word list", () => {
  const words = lexiconWords();
  it("holds the words of the rules", () => expect(words.size).toBeGreaterThan(300));
  it("no source file outside the lexicon spells out an alternation of its words", () => {
    const found: string[] = [];
    for (const file of sources(ROOT)) {
      const lines = readFileSync(file, "utf8").split("\n");
      lines.forEach((line, i) => {
        if (/^\s*(?:\/\/|\*|\/\*)/u.test(line)) return; // comments and examples quote the papers
        for (const m of line.matchAll(ALTERNATION)) {
          const listed = m[0].split("|").map((w) => w.replace(/\\s[+*]/gu, "").trim().toLowerCase());
          const known = listed.filter((w) => words.has(w));
          if (known.length >= 2) found.push(`${file.slice(ROOT.length)}:${i + 1}: ${known.join("|")}`);
        }
      });
    }
    expect(found).toEqual([]);
  });
});
