import { describe, expect, it } from "vitest";
import { plainDocument } from "@diarium/parser";
import { extractFigures } from "../src/extractors/figures.ts";

const figs = (text: string) => extractFigures(plainDocument(text)).figures.map((f) => [f.value, f.max, f.unit]);

describe("identifiers are not figures", () => {
  it("leaves out rule references: '§ 9 stycke 1', 'i stycke 3', '2 kap 5 §', '4 kap. 12 § kommunallagen'", () => {
    expect(figs("Enligt § 9 stycke 1 i reglementet ska kostnader för resor ersättas.")).toEqual([]);
    expect(figs("Att i stycke 3. Ansvar - nämnder och styrelser lägga till")).toEqual([]);
    expect(figs("Enligt 2 kap 5 § kommunallagen får en kommun inte ta ut avgifter (2 kap 3 § kommunallag).")).toEqual([]);
    expect(figs("enligt 4 kap. 12 § kommunallagen")).toEqual([]);
  });

  it("leaves out every member of a list of attachments: 'bilaga 4 och 5'", () => {
    expect(figs("Voteringslistor, bilaga 4 och 5.")).toEqual([]);
  });

  it("leaves out a block or property designation: 'kvarteret Kristina 7', 'inom kvarter 22'", () => {
    expect(figs("Parkeringen vid kvarteret Kristina 7 har sedan 2011 disponerats av kommunen.")).toEqual([]);
    expect(figs("Parkeringen vid Kristina 7 har sedan 2011 disponerats av kommunen.")).toEqual([]);
    expect(figs("en fullmåttshall inom kvarter 22 (Forsåkersskolan) som förstahandsalternativ")).toEqual([]);
  });

  it("leaves out a code in capitals and its number: 'OPF-KR 26', and SFS numbers '(2017:725)'", () => {
    expect(figs("Alingsås kommuns tillämpningsanvisningar OPF-KR 26, Bestämmelser om omställningsstöd")).toEqual([]);
    expect(figs("enligt lagen (2017:725) om ändring")).toEqual([]);
    expect(figs("TOTALT 500 000 kr")).toEqual([[500000, null, "SEK"]]);
  });

  it("leaves out a number written twice for an att-sats: 'att-sats ett (1)'", () => {
    expect(figs("att bifalla att-sats ett (1) och avslå resten")).toEqual([]);
  });

  it("counts no measure the contract has no unit for: 'fem kilometer', '651 000 kilowattimmar'", () => {
    expect(figs("när avståndet överstiger fem kilometer")).toEqual([]);
    expect(figs("förbrukningen var cirka 651 000 kilowattimmar.")).toEqual([]);
  });
});

describe("amounts read from their context (Kungsbacka tjänsteskrivelse KS-2024-00131)", () => {
  it("reads a bare 'knappt 2 miljoner' in a sentence about costs as kronor", () => {
    expect(figs("Kostnaderna för att tillhandahålla tolk var totalt knappt 2 miljoner år 2023.")).toEqual([[2000000, null, "SEK"]]);
    expect(figs("Kommunen har knappt 2 miljoner invånare i sitt län.")).toEqual([[2000000, null, "count"]]);
  });

  it("reads 'mellan 20 000 kronor och 1,1 miljoner kronor' as one range", () => {
    const { figures } = extractFigures(plainDocument("Förvaltningarnas kostnader varierar från mellan 20 000 kronor och 1,1 miljoner kronor per år."));
    expect(figures.map((f) => [f.value, f.max, f.unit, f.text])).toEqual([[20000, 1100000, "SEK", "20 000 kronor och 1,1 miljoner kronor"]]);
  });
});
