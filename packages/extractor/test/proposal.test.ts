import { describe, expect, it } from "vitest";
import { expectEvidenceQuotes, stancesOf } from "./helpers.ts";

describe("proposal", () => {
  it("reads 'anses besvarad' in the opening of an utlåtande (Stockholm 2013:125)", () => {
    const result = stancesOf(`Utlåtande 2013:125 RVII (Dnr 325-1328/2012)
Fler personliga ombud för personer med psykisk funktionsnedsättning
Motion (2012:46) av Stefan Nilsson och Jonas Eklund (båda MP)

Kommunstyrelsen föreslår att kommunfullmäktige beslutar följande.
Motion (2012:46) av Stefan Nilsson och Jonas Eklund (båda MP) om ”Fler
personliga ombud för personer med psykisk funktionsnedsättning” anses
besvarad med vad som sägs i utlåtandet.`);
    expect(result.proposal?.outcome).toBe("besvarad");
    expectEvidenceQuotes(result);
  });

  it("reads a proposal that rejects one yrkande and grants the other as delvis bifall (Kungsbacka KS 2023-00135)", () => {
    const result = stancesOf(`TJÄNSTESKRIVELSE

Svar på motion från Viking Bengtsson (V) m.fl. om att ändra tidsbegränsningen för hyreskontrakt

Förslag till beslut i kommunfullmäktige

Kommunfullmäktige avslår motionens första yrkande om att nyanlända barnfamiljer ska få stanna
minst fyra år i samma boende.
Kommunfullmäktige bifaller motionens andra yrkande om att nyanlända barn inte ska ryckas upp mitt
i terminen.

Sammanfattning av ärendet
Viking Bengtsson (V) och Violet Dunér (V) har i en motion föreslagit att ändra tidsbegränsningen.`);
    expect(result.proposal?.outcome).toBe("delvis_bifall");
    expect(result.matters[0]?.proposals).toEqual(["motionens första yrkande", "motionens andra yrkande"]);
    expectEvidenceQuotes(result);
  });

  it("reads a protocol's decision 'Motionen avstyrks' (Alingsås TEN § 65)", () => {
    const result = stancesOf(`Tekniska nämnden
Protokoll

§ 65 2025.242 TEN

Motion gällande laddstationer - Amanda Andersson (MP)
Beslut
Motionen avstyrks.

Reservation
Anton Karlsson (V) reserverar sig mot beslutet till förmån för eget förslag.`);
    expect(result.proposal?.outcome).toBe("avslag");
  });
});

describe("proposal forms the corpus lacks", () => {
  it("reads a stadsdelsnämnd's tjänsteutlåtande whose proposal says the motion 'förklaras besvarad'", () => {
    const result = stancesOf(`Tjänsteutlåtande
Förvaltningen föreslår att stadsdelsnämnden beslutar följande.
1. Motionen om fler parkbänkar förklaras besvarad med hänvisning till tjänsteutlåtandet.

Ärendet
Anna Berg (S) har väckt en motion om fler parkbänkar.`);
    expect(result.proposal?.outcome).toBe("besvarad");
    expectEvidenceQuotes(result);
  });
});
