import type { Section } from "@diarium/schema";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildSections, headingKind, remissBodies } from "../src/index.ts";
import { corpusDocument, normalized } from "./helpers.ts";
import { hasShared, noteSkipped } from "./helpers.ts";

noteSkipped("sections");

function flat(sections: readonly Section[], out: Section[] = []): Section[] {
  for (const s of sections) {
    out.push(s);
    flat(s.children, out);
  }
  return out;
}

describe("heading families", () => {
  it("names the parts papers have, in their many wordings", () => {
    expect(headingKind("Ärendet")).toBe("arendet");
    expect(headingKind("ÄRENDET")).toBe("arendet");
    expect(headingKind("Beskrivning av ärendet")).toBe("arendet");
    expect(headingKind("Ärendets behandling")).toBe("beredning");
    expect(headingKind("Mina synpunkter")).toBe("synpunkter");
    expect(headingKind("Kommunstyrelsens förvaltnings bedömning")).toBe("synpunkter");
    expect(headingKind("Förslag till beslut på sammanträdet")).toBe("yrkanden");
    expect(headingKind("Ledamöternas förslag till beslut")).toBe("yrkanden");
    expect(headingKind("Förslag till beslut i kommunfullmäktige")).toBe("forslag_till_beslut");
    expect(headingKind("Protokollsanteckning")).toBe("sarskilt_uttalande");
    expect(headingKind("Bilaga 2")).toBe("bilaga");
    expect(headingKind("Beslutsunderlag")).toBe("other");
    expect(headingKind("Fler personliga ombud för personer med psykisk funktionsnedsättning")).toBeNull();
  });
});

describe("remiss bodies", () => {
  it("reads the list of consulted bodies, keeping names that hold 'och'", () => {
    const doc = normalized(
      "Ärendet har remitterats till stadsledningskontoret, socialnämnden, Farsta\nstadsdelsnämnd, Riksförbundet för Social och Mental Hälsa Stockholms läns\ndistrikt (RSMH), Stadsmissionen och Convictus. Stadsmissionen och\nConvictus har avstått från att svara på remissen.",
    );
    expect(remissBodies(doc).map((b) => b.name)).toEqual([
      "stadsledningskontoret",
      "socialnämnden",
      "Farsta stadsdelsnämnd",
      "Riksförbundet för Social och Mental Hälsa Stockholms läns distrikt (RSMH)",
      "Stadsmissionen",
      "Convictus",
    ]);
  });
});

describe("the section tree of the Stockholm utlåtande", () => {
  const doc = corpusDocument("stockholm-utlatande-2013-125.txt");
  const sections = buildSections(doc);
  const all = flat(sections);

  it("gives every section a heading equal to the text at its start, and children inside their parent", () => {
    const check = (list: readonly Section[], parent: Section | null) => {
      for (const s of list) {
        expect(doc.text.slice(s.start, s.start + s.heading.length)).toBe(s.heading);
        expect(s.end).toBeGreaterThanOrEqual(s.start);
        if (parent) expect(s.start >= parent.start && s.end <= parent.end).toBe(true);
        check(s.children, s);
      }
    };
    check(sections, null);
  });

  it("finds the rapporteur's parts and one remissvar per answering body", () => {
    expect(all.filter((s) => s.kind === "arendet").length).toBe(2);
    expect(all.some((s) => s.kind === "synpunkter" && s.heading === "Mina synpunkter")).toBe(true);
    expect(all.filter((s) => s.kind === "remissvar").map((s) => s.actor)).toEqual([
      "Stadsledningskontoret",
      "Socialnämnden",
      "Farsta stadsdelsnämnd",
      "Hässelby-Vällingby stadsdelsnämnd",
      "Norrmalms stadsdelsnämnd",
      "Riksförbundet för Social och Mental Hälsa Stockholms läns distrikt (RSMH)",
    ]);
  });

  it("nests a body's reservations and särskilda uttalanden under it, with the parties as actor", () => {
    const norrmalm = all.find((s) => s.kind === "remissvar" && s.actor === "Norrmalms stadsdelsnämnd");
    expect(norrmalm?.children.map((c) => [c.kind, c.actor])).toEqual([["reservation", "MP, S, V"]]);
    const hasselby = all.find((s) => s.kind === "remissvar" && s.actor?.startsWith("Hässelby"));
    expect(hasselby?.children.map((c) => [c.kind, c.actor])).toEqual([["sarskilt_uttalande", "V, S, MP"]]);
  });

  it("groups Bilaga 1's reservations by body, and finds the motion in Bilaga 2", () => {
    const bilagor = sections.filter((s) => s.kind === "bilaga");
    expect(bilagor.map((b) => b.heading)).toEqual(["Bilaga 1", "Bilaga 2"]);
    expect(bilagor[0]?.children.filter((c) => c.kind === "reservationer").map((c) => c.actor)).toEqual([
      "Socialnämnden",
      "Hässelby-Vällingby stadsdelsnämnd",
      "Norrmalms stadsdelsnämnd",
    ]);
    expect(bilagor[1]?.children.find((c) => c.kind === "motion")?.heading).toBe("2012:46");
  });
});

describe("headings without blank lines (a Mölndal protocol paragraph)", () => {
  it.skipIf(!hasShared)("finds short lines of a known family followed by body text", () => {
    const doc = corpusDocument("real/molndal-kf-2024-10-16-166-brukningsavgift-va.txt");
    const kinds = buildSections(doc).map((s) => [s.kind, s.heading]);
    expect(kinds).toContainEqual(["beslut", "Beslut"]);
    expect(kinds).toContainEqual(["beredning", "Ärendets behandling"]);
    expect(kinds).toContainEqual(["yrkanden", "Ledamöternas förslag till beslut"]);
    expect(kinds).toContainEqual(["sarskilt_uttalande", "Protokollsanteckning"]);
    expect(kinds).toContainEqual(["other", "Deltagande i beslut"]);
  });
});

describe("a list of attachments with a heading-like line in it (found by fuzzing)", () => {
  // The end of the Hägersten-Liljeholmen paper with lines shuffled: "Bilagor", then a line that
  // opens a part of its own before the list's paragraph ends.
  const text = readFileSync(new URL("fixtures/fuzz-bilagor-overlap.txt", import.meta.url), "utf8");

  it("ends the list where the next part opens, so parts never overlap", () => {
    const doc = normalized(text);
    const sections = buildSections(doc);
    const pairs = sections.slice(1).map((s, i) => [sections[i]!, s] as const);
    for (const [a, b] of pairs) expect(a.end, `${a.heading} / ${b.heading}`).toBeLessThanOrEqual(b.start);
    const list = sections.find((s) => s.kind === "bilagor");
    expect(list && doc.text.slice(list.start, list.end)).toMatch(/^Bilagor\s*$/);
  });
});

describe("a list of attachments in each part of a long paper (two utlåtanden bound together)", () => {
  const part = (n: number): string => `Ärendet
Motionen föreslår att staden utreder fler laddstationer.

Bilagor
${n}. Motion om laddstationer
${n + 1}. Remissvar från trafiknämnden

Beslut
Motionen anses besvarad.`;

  it("ends each list where its own paragraph ends, the second read from its own heading on", () => {
    const doc = normalized(`${part(1)}\n\n${part(3)}`);
    const lists = buildSections(doc).filter((s) => s.kind === "bilagor");
    expect(lists.map((s) => doc.text.slice(s.start, s.end))).toEqual([
      "Bilagor\n1. Motion om laddstationer\n2. Remissvar från trafiknämnden",
      "Bilagor\n3. Motion om laddstationer\n4. Remissvar från trafiknämnden",
    ]);
  });
});

describe("a short heading over a paragraph that a page break cut after its first line (Kungsbacka)", () => {
  // The page break left the member's proposal's first line alone between the heading and a blank line.
  const text = `Beslutsunderlag
Förvaltningen för Individ & Familjeomsorgs tjänsteskrivelse, 2024-04-23
Motion från Stefan Jägnert (SD) 2024-01-30

Förslag till beslut på sammanträdet
Ordförande Tommy Rydfeldt (L), med instämmande av Maj-Britt Rane-Andersson

(S) och Åsa Andersson (S), yrkar bifall till förvaltningens förslag om avslag på
motionen.
Elisabeth Svensson (SD), med instämmande av Marianne Pleijel (M), Annika
Ulfsdotter (KD) och My Clingston (KD), yrkar bifall på motionen.

Beslutsgång
Ordföranden finner att det finns två förslag till beslut, dels förvaltningens
förslag om avslag på motionen, dels Elisabeth Svenssons (SD) yrkande om bifall
till motionen, och att nämnden beslutar enligt förvaltningens förslag.`;

  it("is a heading of one line: a line that does not reach across the page does not wrap", () => {
    const kinds = buildSections(normalized(text)).map((s) => [s.kind, s.heading]);
    expect(kinds).toContainEqual(["yrkanden", "Förslag till beslut på sammanträdet"]);
    expect(kinds).toContainEqual(["other", "Beslutsgång"]);
  });
});
