import { describe, expect, it } from "vitest";
import { expectEvidenceQuotes, stancesOf, triples } from "./helpers.ts";

describe("positions in a protocol (Mölndal KF § 166)", () => {
  const text = `§ 166 Diarienummer 00562/2024
Brukningsavgift vatten och avlopp 2025
Beslut
Kommunfullmäktige beslutar att brukningsavgiften för vatten och avlopp höjs med 8 procent enligt Taxebilaga
B.
Deltagande i beslut
Ledamöterna från Miljöpartiet och Kristdemokraterna deltar inte i beslutet.
Förslag till beslut
Kommunstyrelsens förslag till kommunfullmäktige
Kommunstyrelsen föreslår kommunfullmäktige att brukningsavgiften höjs med 8 procent.
Ledamöternas förslag till beslut
Göran Isacsson (M), Joakim Ramberg (V), Kristian Vramsten (M) och Marie Omström (SD)
föreslår bifall till kommunstyrelsens förslag till beslut.
Beslutsgång
Ordföranden frågar om kommunstyrelsens förslag till beslut kan antas och finner att så sker.
Protokollsanteckning
Ordföranden medger att Fredrik Lesell (L) lämnar följande anteckning till protokollet. Peter
Nyqvist (KD), Staffan Bjerrhede (MP) och Jenny Holf (KD) ställer sig bakom anteckningen.
”Eftersom S och M i Tekniska nämnden inte ville gå på MP, L, och KD:s förslag att höja
anläggningstaxan finns inget annat förslag.”
Expedieras till
Tekniska nämnden`;
  const result = stancesOf(text);

  it("reads who proposed what, who abstained, and an anteckning as no position; the anteckning's 'S och M' is not a position", () => {
    expect(triples(result)).toEqual([
      "KD Kommunfullmäktige ingen_stallning",
      "L Kommunfullmäktige ingen_stallning",
      "M Kommunfullmäktige bifall",
      "MP Kommunfullmäktige ingen_stallning",
      "SD Kommunfullmäktige bifall",
      "V Kommunfullmäktige bifall",
    ]);
    expectEvidenceQuotes(result);
  });
});

describe("positions in an utlåtande (Stockholm 2013:125)", () => {
  const text = `Utlåtande 2013:125 RVII (Dnr 325-1328/2012)
Fler personliga ombud för personer med psykisk funktionsnedsättning
Motion (2012:46) av Stefan Nilsson och Jonas Eklund (båda MP)

Kommunstyrelsen föreslår att kommunfullmäktige beslutar följande.
Motion (2012:46) av Stefan Nilsson och Jonas Eklund (båda MP) om ”Fler
personliga ombud för personer med psykisk funktionsnedsättning” anses
besvarad med vad som sägs i utlåtandet.

Borgarrådsberedningen tillstyrker föredragande borgarrådets förslag.

Reservation anfördes av borgarråden Karin Wanngård och Tomas Rudin
(båda S) enligt följande.

Vi föreslår kommunstyrelsen föreslå kommunfullmäktige besluta
1. Delvis bifalla motionen
2. Att därutöver anföra

Kommunstyrelsen delar borgarrådsberedningens uppfattning och föreslår att
kommunfullmäktige beslutar följande.

Reservation anfördes av Karin Wanngård, Roger Mogert och Tomas Rudin
(alla S) med hänvisning till reservationen av (S) i borgarrådsberedningen.

Reservation anfördes av Karin Rågsjö (V) enligt följande.

Jag föreslår kommunstyrelsen föreslå kommunfullmäktige besluta
1. Motion (2012:46) av Stefan Nilsson och Jonas Eklund (båda MP) om fler
personliga ombud för personer med psykisk funktionsnedsättning bifalles i
huvudsak.`;
  const result = stancesOf(text);

  it("puts each reservation in the forum that precedes it and follows a reference to an earlier reservation", () => {
    expect(triples(result)).toEqual([
      "S Borgarrådsberedningen delvis_bifall",
      "S Kommunstyrelsen delvis_bifall",
      "V Kommunstyrelsen delvis_bifall",
    ]);
    expect(result.positions[0]?.people.map((p) => p.name)).toEqual(["Karin Wanngård", "Tomas Rudin"]);
    expectEvidenceQuotes(result);
  });
});

describe("a yrkande, a reservation for one's own proposal, and forms the corpus lacks", () => {
  it("reads tillstyrkan, avstyrkan by a politisk vilde (no party) and 'reserverar sig … till förmån för eget förslag' (Alingsås TEN § 65)", () => {
    const result = stancesOf(`Tekniska nämnden
Protokoll

§ 65 2025.242 TEN

Förslag till beslut på sammanträdet
Boris Jenskiegg (-) föreslår att motionen avstyrks.

Anton Karlsson (V) föreslår att motionen tillstyrks.

Beslut
Motionen avstyrks.

Reservation
Anton Karlsson (V) reserverar sig mot beslutet till förmån för eget förslag.`);
    expect(triples(result)).toEqual(["V Tekniska nämnden bifall", "V Tekniska nämnden bifall"]);
    expect(result.positions.find((p) => p.people[0]?.name === "Boris Jenskiegg")).toMatchObject({ parties: [], stance: "avslag" });
    expectEvidenceQuotes(result);
  });

  it("reads a yrkande on återremiss", () => {
    const result = stancesOf(`Kommunfullmäktige
Protokoll

§ 12 2024.101 KS

Yrkanden
Eva Berg (C) yrkar att ärendet återremitteras till kommunstyrelsen.

Per Holm (M) yrkar bifall till kommunstyrelsens förslag.`);
    expect(triples(result)).toContain("C Kommunfullmäktige aterremiss");
  });

  it("reads a nämnd that tillstyrker motionen and a reservation by s-, mp- och v-ledamöterna", () => {
    const result = stancesOf(`Utlåtande 2014:10 RI (Dnr 123-45/2013)
Motion om fler cykelbanor

Kommunstyrelsen föreslår att kommunfullmäktige beslutar följande.
Motionen avslås.

Beredning
Ärendet har remitterats till trafiknämnden.

Trafiknämnden
Trafiknämnden beslutade vid sitt sammanträde den 3 mars 2014 att tillstyrka motionen.

Reservation anfördes av s-, mp- och v-ledamöterna enligt följande.
1. Trafiknämnden avslår motionen.`);
    expect(triples(result)).toEqual(["MP Trafiknämnden avslag", "S Trafiknämnden avslag", "V Trafiknämnden avslag"]);
    expect(result.consultations[0]).toMatchObject({ body: "Trafiknämnden", decisionDate: "2014-03-03", outcome: "bifall" });
    expectEvidenceQuotes(result);
  });
});

describe("an utlåtande's statement recorded in the present or the participle (authored utlåtande 2019:45)", () => {
  it("reads 'Reservation anförd av Karin Wanngård m.fl. (S) enligt följande.' as 'anfördes av' is read", () => {
    const result = stancesOf(`Utlåtande 2019:45 RI (Dnr KS 2018/1234)

Motion om fler solceller

Kommunstyrelsens förslag till kommunfullmäktige
Motionen avslås.

Borgarrådsberedningen
Borgarrådsberedningen tillstyrker föredragande borgarrådets förslag.

Reservation anförd av Karin Wanngård m.fl. (S) enligt följande.
Kommunfullmäktige föreslås besluta att bifalla motionen.`);
    expect(result.positions.map((p) => [p.kind, p.forum, p.parties, p.stance])).toEqual([["reservation", "Borgarrådsberedningen", ["S"], "bifall"]]);
    expectEvidenceQuotes(result);
  });
});

describe("members acting under a group noun, a party's name or a colon", () => {
  it("reads 'S-ledamöterna reserverar sig', 'Moderaterna och Liberalerna yrkar avslag' and 'Eva Berg (C): Bifall till motionen.'", () => {
    const result = stancesOf(`Kommunfullmäktige
Protokoll

§ 7 2024.55 KS

Yrkanden
Eva Berg (C): Bifall till motionen.

Moderaterna och Liberalerna yrkar avslag på motionen.

Reservation
S-ledamöterna reserverar sig mot beslutet till förmån för bifall till motionen.`);
    expect(triples(result)).toEqual([
      "C Kommunfullmäktige bifall",
      "L Kommunfullmäktige avslag",
      "M Kommunfullmäktige avslag",
      "S Kommunfullmäktige bifall",
    ]);
    expectEvidenceQuotes(result);
  });
});

describe("members named without a party mark where they act", () => {
  it("gives the person the party the attendance list marks, not the position a party the sentence does not name", () => {
    const result = stancesOf(`Kommunfullmäktige
Protokoll

Beslutande	Anna Berg (S)
Per Holm (M)

§ 9 2024.12 KS

Yrkanden
Anna Berg yrkar bifall till motionen.`);
    const yrkande = result.positions.find((p) => p.kind === "yrkande");
    expect(yrkande).toMatchObject({ parties: [], people: [{ name: "Anna Berg", party: "S" }], stance: "bifall" });
    expectEvidenceQuotes(result);
  });
});
