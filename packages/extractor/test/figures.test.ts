import { describe, expect, it } from "vitest";
import { plainDocument } from "@diarium/parser";
import { extractFigures } from "../src/extractors/figures.ts";

const figs = (text: string) => extractFigures(plainDocument(text)).figures.map((f) => [f.value, f.max, f.unit]);

describe("extractFigures", () => {
  it("reads amounts in kronor, tkr, mnkr and mdkr", () => {
    const { figures } = extractFigures(plainDocument("Eftersom det utgår ett statsbidrag på 300 000 kr för varje personligt ombud"));
    expect(figures.map((f) => [f.value, f.unit, f.subject])).toEqual([[300000, "SEK", "statsbidrag"]]);
    expect(figs("den nya fasta avgiften blir 1 831 kronor per år och den rörliga 34,79 kronor")).toEqual([[1831, null, "SEK"], [34.79, null, "SEK"]]);
    expect(figs("1,2 miljoner kronor, 14,5 mnkr, 3 500 tkr, 2 mdkr")).toEqual([[1200000, null, "SEK"], [14500000, null, "SEK"], [3500000, null, "SEK"], [2000000000, null, "SEK"]]);
    expect(figs("300\u00a0000 kr och 300\u2009000 kr")).toEqual([[300000, null, "SEK"], [300000, null, "SEK"]]);
    expect(figs("1,5 miljarder kronor och 12 MSEK")).toEqual([[1500000000, null, "SEK"], [12000000, null, "SEK"]]);
  });

  it("reads percentages, durations, times and ranges", () => {
    expect(figs("Mellan\n50 och 80 procent av uppdragen")).toEqual([[50, 80, "percent"]]);
    expect(figs("(47%) och 38,5 procent")).toEqual([[47, null, "percent"], [38.5, null, "percent"]]);
    expect(figs("sitt ärende inom 1-3 veckor. Ombuden har i snitt 15-21 ärenden")).toEqual([[1, 3, "weeks"], [15, 21, "count"]]);
    expect(figs("Väntetiden uppgår till 2-\n3 månader.")).toEqual([[2, 3, "months"]]);
    expect(figs("motsvarar 17 gånger insatsen; arbetar 40 timmar i veckan")).toEqual([[17, null, "times"], [40, null, "hours"]]);
  });

  it("reads counts with their subject, also in words", () => {
    const { figures } = extractFigures(plainDocument("haft kontakt med 63 klienter varav 25 män och 38 kvinnor"));
    expect(figures.map((f) => [f.value, f.subject])).toEqual([[63, "klienter"], [25, "män"], [38, "kvinnor"]]);
    expect(figs("hyreskontrakt på fyra år och tio procent och ca 120 barn, motsvarande sex avdelningar")).toEqual([
      [4, null, "years"], [10, null, "percent"], [120, null, "count"], [6, null, "count"],
    ]);
    expect(figs("en person och ett förslag")).toEqual([]);
  });

  it("leaves years, dates and identifiers alone", () => {
    expect(figs("Dnr 325-1328/2012, motion (2012:46), år 2013 har, den 18 december 2012, § 116, 4 kap. 2 §")).toEqual([]);
    expect(figs("Sida 2 (12)\n1 (4)\nBox 123, 105 35 Stockholm, Storgatan 37, Telefon 0300-83 40 00")).toEqual([]);
    expect(figs("1. Reservationer m.m.\n2. Motion av Stefan Nilsson\nkl. 18:00-21:30, Sörhaga 2:4, 2:e vice ordförande, nr 2, bilaga 3")).toEqual([]);
    expect(figs("förtroendevalda 2027–2030 och SFS 2001:453 och 2025.374")).toEqual([]);
  });

  it("gives every figure evidence that quotes the text", () => {
    const doc = plainDocument("766 778 kronor. beviljades 529 200\nkronor i statsbidrag; 2-\n3 månader");
    const { figures } = extractFigures(doc);
    expect(figures).toHaveLength(3);
    for (const f of figures) expect(doc.text.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.quote);
  });
});

describe("extractFigures on days without a year", () => {
  it("reads no figure from a day and month", () => {
    expect(figs("Arbetsutskottet har behandlat ärendet under sitt sammanträde 8 december, § 43.")).toEqual([]);
  });
});

describe("extractFigures on page furniture, places and phone numbers", () => {
  it("reads none of them as figures", () => {
    expect(figs("Text.\n3 av 7\nSida 2 av 5\nRing +46 31 365 00 00 eller bankgiro 123-4567.")).toEqual([]);
    expect(figs("Fastigheten Björken 3 och Kungsgatan 12, samt Storgatan 37.")).toEqual([]);
  });

  it("still reads counts next to names and after 'av'", () => {
    expect(figs("I Stockholm 900 000 invånare; 25 av 63 klienter")).toEqual([[900000, null, "count"], [25, null, "count"], [63, null, "count"]]);
  });
});
