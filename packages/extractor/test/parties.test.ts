import { describe, expect, it } from "vitest";
import { stancesOf } from "./helpers.ts";

const codes = (text: string): string[] => stancesOf(text).parties.map((p) => p.code).sort();

describe("parties", () => {
  it("counts codes in party contexts and names in words, never a tariff class or a list letter (Mölndal KF § 166)", () => {
    const text = `Kommunfullmäktige beslutar att avgiften höjs med 8 procent enligt Taxebilaga
B. Kostnaden för en villa (typhus A) blir 8 172 kronor.
Ledamöterna från Miljöpartiet och Kristdemokraterna deltar inte i beslutet.
Göran Isacsson (M) och Marie Omström (SD) föreslår bifall.
Eftersom S och M i Tekniska nämnden inte ville gå på MP, L, och KD:s förslag.`;
    expect(codes(text)).toEqual(["KD", "L", "M", "MP", "S", "SD"]);
    const m = stancesOf(text).parties.find((p) => p.code === "M");
    expect(m).toEqual({ code: "M", name: "Moderaterna", mentions: 2 });
  });

  it("reads group nouns: 's-, mp- och v-ledamöterna', 'S-ledamöterna'", () => {
    expect(codes("Reservation anfördes av s-, mp- och v-ledamöterna enligt följande.")).toEqual(["MP", "S", "V"]);
    expect(codes("S-ledamöterna lämnade ett särskilt yttrande.")).toEqual(["S"]);
  });

  it("reads '(båda MP)' once and a bare mark after 'av' (Stockholm 2013:125)", () => {
    const result = stancesOf("Motion (2012:46) av Stefan Nilsson och Jonas Eklund (båda MP) med hänvisning till reservationen av (S) i borgarrådsberedningen.");
    expect(result.parties).toEqual([
      { code: "MP", name: "Miljöpartiet de gröna", mentions: 1 },
      { code: "S", name: "Socialdemokraterna", mentions: 1 },
    ]);
  });
});
