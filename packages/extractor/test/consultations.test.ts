import { describe, expect, it } from "vitest";
import { expectEvidenceQuotes, stancesOf } from "./helpers.ts";

describe("consultations", () => {
  it("reads the bodies remitted, those that did not answer, and the dates of each answer (Stockholm 2013:125)", () => {
    const result = stancesOf(`BEREDNING
Ärendet har remitterats till stadsledningskontoret, socialnämnden, Farsta
stadsdelsnämnd, Riksförbundet för Social och Mental Hälsa Stockholms läns
distrikt (RSMH), Stadsmissionen och Convictus för yttrande. Stadsmissionen
och Convictus har inte inkommit med något yttrande.

Stadsledningskontoret
Stadsledningskontorets tjänsteutlåtande daterat den 20 december 2012 har i
huvudsak följande lydelse.

Socialnämnden
Socialnämnden beslutade vid sitt sammanträde den 16 april 2013 följande.
1. Socialnämnden hänvisar till tjänsteutlåtandet som svar på motionen.
Socialförvaltningens tjänsteutlåtande daterat den 21 mars 2013 har i
huvudsak följande lydelse.

Farsta stadsdelsnämnd
Farsta stadsdelsnämnd beslutade vid sitt sammanträde den 18 december
2012 att överlämna förvaltningens tjänsteutlåtande som svar på remissen.
Farsta stadsdelsförvaltnings tjänsteutlåtande daterat den 1 december 2012
har i huvudsak följande lydelse.`);
    expect(result.consultations.map((c) => [c.body, c.responded, c.decisionDate, c.statementDate])).toEqual([
      ["Stadsledningskontoret", true, null, "2012-12-20"],
      ["Socialnämnden", true, "2013-04-16", "2013-03-21"],
      ["Farsta stadsdelsnämnd", true, "2012-12-18", "2012-12-01"],
      ["Riksförbundet för Social och Mental Hälsa Stockholms läns distrikt", true, null, null],
      ["Stadsmissionen", false, null, null],
      ["Convictus", false, null, null],
    ]);
    expectEvidenceQuotes(result);
  });

  it("reads 'har fått möjlighet att yttra sig' and dates from the Beslutsunderlag (Kungsbacka KS 2023-00135)", () => {
    const result = stancesOf(`Beslutsunderlag

Tempohus Kungsbacka AB:s yttrande, 2023-08-19
Nämnden för Gymnasium & Arbetsmarknad 2023-06-21, § 74
Förvaltningen för Gymnasium & Arbetsmarknads tjänsteskrivelse, 2023-05-19

Beskrivning av ärendet

Nämnden för Gymnasium & Arbetsmarknad och Tempohus
Kungsbacka AB har fått möjlighet att yttra sig över motionen.`);
    expect(result.consultations.map((c) => [c.body, c.responded, c.decisionDate, c.statementDate])).toEqual([
      ["Nämnden för Gymnasium & Arbetsmarknad", true, "2023-06-21", "2023-05-19"],
      ["Tempohus Kungsbacka AB", true, null, "2023-08-19"],
    ]);
    expectEvidenceQuotes(result);
  });
});

describe("consultation forms the corpus lacks", () => {
  it("reads 'Yttranden har inhämtats från A, B och C'", () => {
    const result = stancesOf("Beredning\nYttranden har inhämtats från miljönämnden, byggnadsnämnden och Trafikverket.");
    expect(result.consultations.map((c) => c.body)).toEqual(["Miljönämnden", "Byggnadsnämnden", "Trafikverket"]);
    expectEvidenceQuotes(result);
  });
});
