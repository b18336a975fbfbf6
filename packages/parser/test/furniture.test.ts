import { describe, expect, it } from "vitest";
import { isFooterLine, isHeaderMark } from "../src/normalize/furniture.ts";
import { linesOfText, normalize, rawOffset } from "../src/index.ts";

const KUNGSBACKA = `KUNGSBACKA KOMMUN                  SAMMANTRÄDESPROTOKOLL           3 (7)
Nämnden för Vård & Omsorg
Datum
2024-04-25

§ 60                       Dnr VO-2024-00021
Ermin Škorić (S), Astrid Börjesson (S) och Eva Tingström (S) tillstyrker motionen.

Det här dokumentet är digitalt signerat
Transaktionsidentitet: 88F1A6BFEDB6E21AEE5709B5A01F91D89459B0052F

KUNGSBACKA KOMMUN                  SAMMANTRÄDESPROTOKOLL           4 (7)
Nämnden för Vård & Omsorg
Datum
2024-04-25
forts. 60
Beslutsgång
Ordförande Hravn Forsne (M) finner att det finns två förslag till beslut.

Det här dokumentet är digitalt signerat
Transaktionsidentitet: 88F1A6BFEDB6E21AEE5709B5A01F91D89459B0052F
`;

const VASTASA = `VÄSTÅSA KOMMUN\tPROTOKOLLSUTDRAG\tSida 1 (3)
Kommunfullmäktige\tSammanträdesdatum
2022-11-14

§ 187\tDnr KS/2021:345

Av kommunledningsförvaltningens tjänsteskrivelse framgick att badet hade ett driftnetto på 7,4 miljoner kronor. En förstudie

Justerandes sign\tUtdragsbestyrkande

VÄSTÅSA KOMMUN\tPROTOKOLLSUTDRAG\tSida 2 (3)
Kommunfullmäktige\tSammanträdesdatum
2022-11-14
uppskattade kostnaden för en ny simhall.

Justerandes sign\tUtdragsbestyrkande
`;

describe("page furniture inside a sentence", () => {
  it("knows a page header by the page mark in its last cell, and a footer by its words", () => {
    expect(isHeaderMark("KUNGSBACKA KOMMUN                  SAMMANTRÄDESPROTOKOLL           38 (40)")).toBe(true);
    expect(isHeaderMark("VÄSTÅSA KOMMUN\tPROTOKOLLSUTDRAG\tSida 2 (3)")).toBe(true);
    expect(isHeaderMark("Kommunfullmäktige\tSammanträdesdatum")).toBe(false);
    expect(isFooterLine("Justerandes sign\tUtdragsbestyrkande")).toBe(true);
    expect(isFooterLine("Transaktionsidentitet: E9EA6493FBF6704ABF3DFAB861B724E36F14F1A54F")).toBe(true);
    expect(isFooterLine("Justerandes sign ordföranden anser")).toBe(false);
  });

  it("drops the repeated header, its 'forts. 60' and the e-signature footer, keeping the paper's own header at the top (Kungsbacka VO § 60)", () => {
    const doc = normalize(linesOfText(KUNGSBACKA));
    expect(doc.text).toBe(
      "KUNGSBACKA KOMMUN\tSAMMANTRÄDESPROTOKOLL\t3 (7)\nNämnden för Vård & Omsorg\nDatum\n2024-04-25\n\n§ 60\tDnr VO-2024-00021\nErmin Škorić (S), Astrid Börjesson (S) och Eva Tingström (S) tillstyrker motionen.\n\nBeslutsgång\nOrdförande Hravn Forsne (M) finner att det finns två förslag till beslut.",
    );
    expect(doc.furniture?.map((f) => f.text)).toEqual([
      "Det här dokumentet är digitalt signerat",
      "Transaktionsidentitet: 88F1A6BFEDB6E21AEE5709B5A01F91D89459B0052F",
      "KUNGSBACKA KOMMUN                  SAMMANTRÄDESPROTOKOLL           4 (7)",
      "Nämnden för Vård & Omsorg",
      "Datum",
      "2024-04-25",
      "forts. 60",
      "Det här dokumentet är digitalt signerat",
      "Transaktionsidentitet: 88F1A6BFEDB6E21AEE5709B5A01F91D89459B0052F",
    ]);
    for (const f of doc.furniture ?? []) expect(KUNGSBACKA.slice(f.rawStart, f.rawEnd)).toBe(f.text);
  });

  it("keeps a line of the header that the paper also writes away from any page edge, and drops the rest of the header (Kungsbacka VO § 60)", () => {
    // the matter's text, with the nämnd named on a line of its own, between the two pages' headers
    const body = ["Motion om att ge anhöriga mer stöd", "Beslut", "Motionen anses besvarad.", "Nämnden för Vård & Omsorg", "Ärendet", "Nämnden har fått motionen på remiss.", "Förvaltningen har berett ärendet."];
    const raw = KUNGSBACKA.replace("tillstyrker motionen.\n", `tillstyrker motionen.\n${body.join("\n")}\n`);
    const doc = normalize(linesOfText(raw));
    // the body's own "Nämnden för Vård & Omsorg" shares the header line's text and shape: neither is furniture
    expect(doc.text.match(/Nämnden för Vård & Omsorg/gu)?.length).toBe(3);
    expect(doc.furniture?.map((f) => f.text)).not.toContain("Nämnden för Vård & Omsorg");
    expect(doc.furniture?.map((f) => f.text)).toEqual(expect.arrayContaining(["KUNGSBACKA KOMMUN                  SAMMANTRÄDESPROTOKOLL           4 (7)", "Datum", "2024-04-25", "forts. 60"]));
    for (const f of doc.furniture ?? []) expect(raw.slice(f.rawStart, f.rawEnd)).toBe(f.text);
  });

  it("mends a sentence a page header cut in two, and every offset still maps back to the raw input (a kommunfullmäktige paragraph)", () => {
    const doc = normalize(linesOfText(VASTASA));
    expect(doc.text).toContain("En förstudie\nuppskattade kostnaden för en ny simhall.");
    expect(doc.text).not.toContain("Justerandes sign");
    expect(doc.text.match(/PROTOKOLLSUTDRAG/gu)?.length).toBe(1);
    const at = doc.text.indexOf("uppskattade");
    expect(VASTASA.slice(rawOffset(doc.offsets, at), rawOffset(doc.offsets, at) + 11)).toBe("uppskattade");
  });
});
