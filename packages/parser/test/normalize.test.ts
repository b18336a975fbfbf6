import { describe, expect, it } from "vitest";
import { linesOfText, normalize, pageAt, rawOffset } from "../src/index.ts";
import { corpusDocument, normalized } from "./helpers.ts";

describe("doubled blank lines (PDF-extracted text)", () => {
  it("reads one blank line as a line break and two or more as a paragraph", () => {
    const text = "Ärendet \n\n \n\nStefan Nilsson och Jonas Eklund (båda MP) föreslår i en motion (2012:46) att \n\ntillgången till personliga ombud för personer med psykisk \n\nfunktionsnedsättning förstärks. \n\n \n\nBeredning \n\n";
    expect(normalized(text).text).toBe(
      "Ärendet\n\nStefan Nilsson och Jonas Eklund (båda MP) föreslår i en motion (2012:46) att\ntillgången till personliga ombud för personer med psykisk\nfunktionsnedsättning förstärks.\n\nBeredning",
    );
  });

  it("mends a page turn inside a sentence", () => {
    const text = "tog sitt ansvar kring en person. Nu 18 år \n\n\n\n  \n\nsenare har bland annat lagstiftningen \n\nkring samverkan stärkts. \n\n";
    expect(normalized(text).text).toBe("tog sitt ansvar kring en person. Nu 18 år\nsenare har bland annat lagstiftningen\nkring samverkan stärkts.");
  });
});

describe("hyphenation at line ends", () => {
  it("joins a word split by a hyphen", () => {
    expect(normalized("Fler personliga ombud för personer med psykisk funk-\n\ntionsnedsättning \n\nMotion").text).toContain("psykisk funktionsnedsättning");
  });

  it("keeps real hyphens: place names, abbreviations, ranges and suspended compounds", () => {
    expect(normalized("köproblematik är Hässelby-Vällingby, Rinkeby-\nKista och Bromma.").text).toBe("köproblematik är Hässelby-Vällingby, Rinkeby-Kista och Bromma.");
    expect(normalized("även kallad VA-\ntaxan, är en avgift.").text).toBe("även kallad VA-taxan, är en avgift.");
    expect(normalized("Väntetiden uppgår till 2-\n3 månader.").text).toBe("Väntetiden uppgår till 2-3 månader.");
    expect(normalized("beslut i bygg-\noch miljönämnden.").text).toBe("beslut i bygg-\noch miljönämnden.");
    expect(normalized("Skärholmen och Älvsjös stadsdelsnämnder har gemen-\nsamt drivit verksamheten").text).toContain("gemensamt drivit");
  });
});

describe("characters", () => {
  it("collapses letter-spaced signatures into a name", () => {
    expect(normalized("På kommunstyrelsens vägnar:\nS T E N  N O R D I N  \n").text).toBe("På kommunstyrelsens vägnar:\nSten Nordin");
  });

  it("drops soft hyphens and makes non-breaking and thin spaces plain; spells out ligatures", () => {
    expect(normalized("statsbidrag på 300\u00a0000 kr och 3\u2009500 tkr för ﬁnansiering av funk\u00adtion").text).toBe("statsbidrag på 300 000 kr och 3 500 tkr för finansiering av funktion");
  });

  it("drops control characters, C1 included, so no escape sequence reaches a terminal", () => {
    expect(normalized("Ärendet\u001b[2J och \u009b31mbeslut\u0007").text).toBe("Ärendet[2J och 31mbeslut");
  });

  it("keeps column gaps apart as a tab", () => {
    expect(normalized("Malin Aronsson                     Lovisa Eld").text).toBe("Malin Aronsson\tLovisa Eld");
  });
});

describe("page furniture", () => {
  it("keeps a running header's first occurrence when it heads the paper (its issuer and date)", () => {
    const text = "Tekniska nämnden\nProtokoll\n2025-12-15\n\n§ 65 2025.242 TEN\n\nText.\n\nSida 1 av 2\nTekniska nämnden\nProtokoll\n2025-12-15\n\nMer text.\n\nSida 2 av 2";
    expect(normalized(text).text).toBe("Tekniska nämnden\nProtokoll\n2025-12-15\n\n§ 65 2025.242 TEN\n\nText.\n\nMer text.");
  });

  it("drops page marks, lone page numbers and a running header beside them", () => {
    const text = "TJÄNSTESKRIVELSE\n\nDatum\n2023-12-06\n\nDet ska ske på ett socialt hållbart sätt.\n\nKUNGSBACKA  KOMMUN\n3 (4)\n\nYttrande från nämnden\nUtifrån barnperspektivet gör nämnden bedömningen.\n\nKUNGSBACKA  KOMMUN\n4 (4)\n\nDessutom anger förvaltningen.\nSida 2 (6)\n";
    expect(normalized(text).text).toBe("TJÄNSTESKRIVELSE\n\nDatum\n2023-12-06\n\nDet ska ske på ett socialt hållbart sätt.\n\nYttrande från nämnden\nUtifrån barnperspektivet gör nämnden bedömningen.\n\nDessutom anger förvaltningen.");
  });
});

describe("the offset map", () => {
  it("takes every character of the clean text back to the same character of the raw input", () => {
    const raw = linesOfText("Fler personliga ombud för personer med psykisk funk-\n\ntionsnedsättning \n\nS T E N  N O R D I N\n\nﬁnal");
    const doc = normalize(raw);
    for (let i = 0; i < doc.text.length; i++) {
      const c = doc.text[i] as string;
      if (!/\p{L}/u.test(c)) continue;
      const r = raw.raw[rawOffset(doc.offsets, i)] as string;
      expect(r === "ﬁ" || r.toLowerCase() === c.toLowerCase()).toBe(true);
    }
  });

  it("holds over the whole corpus paper", () => {
    const doc = corpusDocument("stockholm-utlatande-2013-125.txt");
    expect(doc.offsets.textStarts.length).toBeGreaterThan(100);
    expect(doc.text).not.toMatch(/\n{3,}/);
    expect(doc.text).not.toMatch(/[ \t]\n/);
  });

  it("knows the page of each offset when the input has pages", () => {
    const doc = normalize(linesOfText("Beslut\nBifall.\fÄrendet\nText."));
    expect(pageAt(doc, doc.text.indexOf("Bifall"))).toBe(1);
    expect(pageAt(doc, doc.text.indexOf("Ärendet"))).toBe(2);
  });
});
