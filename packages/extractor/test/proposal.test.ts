import { describe, expect, it } from "vitest";
import { outcomeOf } from "../src/extractors/proposal.ts";
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

describe("proposal of a protocol paragraph (development set)", () => {
  it("reads the förslag a nämnd puts to kommunfullmäktige under a heading the section tree does not know (Kungsbacka VO § 60, IFO § 87)", () => {
    const vo = stancesOf(`§ 60\tDnr VO-2024-00021
Svar på motion från Ermin Škoric (S) m.fl. - Värdighetsgarantier inom
äldreomsorgen (KS 2023-00811)

Nämnden för Vård & Omsorgs förslag till beslut till kommunfullmäktige
Kommunfullmäktige avslår motionen med hänvisning till att arbetet nu bland annat
bedrivs mer individrelaterat.

Reservation

Ermin Škorić (S) reserverar sig mot beslutet till förmån för eget förslag.`);
    expect(vo.proposal?.outcome).toBe("avslag");
    expect(vo.proposal?.text).toMatch(/^Kommunfullmäktige avslår motionen/u);
    expectEvidenceQuotes(vo);
    const ifo = stancesOf("Nämnden för Individ & Familjeomsorgs förslag till Kommunfullmäktige\nKommunfullmäktige bifaller motionen.\n\nFörslag till beslut på sammanträdet\nElisabeth Svensson (SD) yrkar bifall på motionen.");
    expect(ifo.proposal?.outcome).toBe("bifall");
  });

  it("reads a past-tense decision that holds the matter answered (authored KF § 187, SDN § 9)", () => {
    expect(stancesOf("Kommunfullmäktiges beslut\nKommunfullmäktige beslutade att anse motionen besvarad.\n\nReservation\nLedamöterna för Centerpartiet reserverade sig.").proposal?.outcome).toBe("besvarad");
    expect(stancesOf("Beslut\nStadsdelsnämnden godkände förvaltningens tjänsteutlåtande som svar på\nskrivelsen och ansåg därmed skrivelsen besvarad.").proposal?.outcome).toBe("besvarad");
  });

  it("reads att-satser held answered beside one rejected as the motion answered (Mölndal KF § 121)", () => {
    const result = stancesOf(`Beslut
Kommunfullmäktige beslutar:
Att anse att-satserna ett (1), tre (3), fyra (4) och fem (5) som besvarade.
Att avslå att-satsen två (2).
Reservationer
Ledamöterna från Vänsterpartiet reserverar sig mot beslutet.`);
    expect(result.proposal?.outcome).toBe("besvarad");
  });

  it("takes the block under the inner heading and stops before the recipients (Alingsås KSAU § 72, tjänsteskrivelse 2026.126)", () => {
    expect(stancesOf("Beslut\nFörslag till beslut i kommunfullmäktige\nMotionen avslås i sin helhet.\n\nAnteckning\nAnteckning Jan-Erik Wallin (M):").proposal?.text).toBe("Motionen avslås i sin helhet.");
    expect(stancesOf("Förslag till beslut\nFörslag till beslut i kommunfullmäktige\n\nMotionen bifalls.\nBeslutet ska skickas till\nKultur- och utbildningsnämnden").proposal?.text).toBe("Motionen bifalls.");
  });

  it("adopts what a paper without a matter proposes, and reads a return (Kungsbacka KS § 61, Alingsås KS § 80)", () => {
    expect(stancesOf("Beslut – Förslag till kommunfullmäktige\n\nKommunfullmäktige fastställer taxa för laddning vid Kungsbacka kommuns publika\nladdstolpar, daterad 2024-01-09.").proposal?.outcome).toBe("bifall");
    expect(stancesOf("Beslut\nÄrendet återremitteras för ytterligare beredning.").proposal?.outcome).toBe("aterremiss");
  });

  it("gives no proposal for a paper without a proposal heading", () => {
    expect(stancesOf("Ärendet\nAnna Berg (S) har väckt en motion om fler parkbänkar.").proposal).toBeNull();
  });
});

describe("proposal blocks of other councils", () => {
  it("keeps a decision sentence that names a yrkande inside the block", () => {
    const result = stancesOf("§ 14\nDnr 0412/23\nYrkande från S, V och MP angående ökad trygghet\n\nBeslut\nKommunfullmäktige avslår yrkandet.\n\nYrkanden\nJonas Berg (S) yrkade bifall till yrkandet.");
    expect(result.proposal?.text).toBe("Kommunfullmäktige avslår yrkandet.");
  });
});

describe("outcomes in the forms of other councils", () => {
  it("reads past passives, a partial grant and a part granted beside the rest rejected", () => {
    expect(outcomeOf("Motionen avslogs.", true)).toBe("avslag");
    expect(outcomeOf("Skrivelsen ansågs besvarad.", true)).toBe("besvarad");
    expect(outcomeOf("Kommunfullmäktige beslutade att bifalla motionen i huvudsak.", true)).toBe("delvis_bifall");
    expect(outcomeOf("Kommunfullmäktige bifaller motionens första att-sats och avslår motionen i övrigt.", true)).toBe("delvis_bifall");
    expect(outcomeOf("Kommunstyrelsen föreslår kommunfullmäktige besluta att avslå medborgarförslaget.", true)).toBe("avslag");
  });
});

describe("a decision by reference", () => {
  it("takes the outcome of the proposal the decision refers to", () => {
    const result = stancesOf(`Svar på motion från Anna Berg (S) om parkbänkar
Beslut
Kommunstyrelsen beslutar enligt arbetsutskottets förslag.

Arbetsutskottets förslag till beslut
Kommunfullmäktige avslår motionen.

Yrkanden
Anna Berg (S) yrkar bifall till motionen.`);
    expect(result.proposal?.outcome).toBe("avslag");
    expect(result.proposal?.text).toBe("Kommunfullmäktige avslår motionen.");
    expectEvidenceQuotes(result);
  });
});
