import { describe, expect, it } from "vitest";
import { expectEvidenceQuotes, stancesOf } from "./helpers.ts";

const rows = (text: string) => stancesOf(text).consultations.map((c) => [c.body, c.responded, c.decisionDate, c.statementDate, c.outcome]);

describe("consultations told in prose and in the list of the matter's handling", () => {
  it("reads a nämnd that 'har berett ärendet och avstyrker', and its dates from 'Ärendets behandling'; the kommunstyrelse and its arbetsutskott are no remissinstanser (Mölndal KF § 134)", () => {
    const text = `Vård- och omsorgsnämnden har berett ärendet och avstyrker motionen. Yttrandet hänvisar
bland annat till SKR.
Ärendets behandling
Kommunstyrelsen har behandlat ärendet den 29 maj 2024, § 142.
Arbetsutskottet har behandlat ärendet den 2 maj 2024, § 53.
Stadsledningsförvaltningens tjänsteskrivelse daterad 10 april 2024.
Vård- och omsorgsnämnden har behandlat ärendet den 14 mars 2024, § 36.
Vård- och omsorgsförvaltningens tjänsteskrivelse daterad 9 februari 2024.`;
    expect(rows(text)).toEqual([["Vård- och omsorgsnämnden", true, "2024-03-14", "2024-02-09", "avslag"]]);
    expectEvidenceQuotes(stancesOf(text));
  });

  it("reads the stance a nämnd's answer gives the motion in other words than tillstyrker or avstyrker (authored tjänsteskrivelse)", () => {
    const text = `Motionen har remitterats till barn- och utbildningsnämnden och kultur- och fritidsnämnden.
Barn- och utbildningsnämnden har yttrat sig över motionen och anser att motionen bör avslås eftersom läxhjälp redan erbjuds på de flesta skolor.
Kultur- och fritidsnämnden tillstyrker motionen.`;
    expect(rows(text)).toEqual([
      ["Barn- och utbildningsnämnden", true, null, null, "avslag"],
      ["Kultur- och fritidsnämnden", true, null, null, "bifall"],
    ]);
    // a sentence that names only a proposal gives no stance
    expect(rows(text.replace("anser att motionen bör avslås", "ställer sig bakom förvaltningens förslag"))[0]?.[4]).toBeNull();
  });

  it("reads a clause set against the first with a body of its own, and gives the first body none of its stance (authored utlåtande 2020:80)", () => {
    const round = "Motionen har remitterats till Norrmalms stadsdelsnämnd, Skarpnäcks stadsdelsnämnd och trafiknämnden.\n";
    expect(rows(`${round}Norrmalms stadsdelsnämnd och Skarpnäcks stadsdelsnämnd tillstyrker motionen medan trafiknämnden avstyrker den.`).map((r) => [r[0], r[4]])).toEqual([
      ["Norrmalms stadsdelsnämnd", "bifall"],
      ["Skarpnäcks stadsdelsnämnd", "bifall"],
      ["Trafiknämnden", "avslag"],
    ]);
    // "har yttrat sig" tells no stance: the avstyrkan after "men" is the trafiknämnd's alone
    expect(rows(`${round}Norrmalms stadsdelsnämnd har yttrat sig men trafiknämnden avstyrker motionen.`).map((r) => [r[0], r[4]])).toEqual([
      ["Norrmalms stadsdelsnämnd", null],
      ["Skarpnäcks stadsdelsnämnd", null],
      ["Trafiknämnden", "avslag"],
    ]);
  });

  it("splits 'Skolnämnden och utbildningsnämnden har båda avstyrkt' and prefers a nämnd's own yttrande to its förvaltning's tjänsteskrivelse (Mölndal KF § 152)", () => {
    expect(
      rows(`Skolnämnden och utbildningsnämnden har båda avstyrkt motionen.
Ärendets behandling
Utbildningsnämnden har behandlat ärendet den 14 mars 2024, § 16.
Utbildningsförvaltningens tjänsteskrivelse daterad 1 februari 2024.
Utbildningsnämndens yttrande daterat 9 januari 2024.
Skolnämnden har behandlat ärendet den 21 februari 2024, § 28.
Skolförvaltningens tjänsteskrivelse daterad 21 februari 2024.`),
    ).toEqual([
      ["Skolnämnden", true, "2024-02-21", "2024-02-21", "avslag"],
      ["Utbildningsnämnden", true, "2024-03-14", "2024-01-09", "avslag"],
    ]);
  });

  it("reads 'har behandlat ärendet den …, § 48 och nämnden tillstyrker motionen'; the recipients of the decision are not consulted (Alingsås, bidragsportalen)", () => {
    expect(
      rows(`Kultur- och utbildningsnämnden har behandlat ärendet den 22 april 2026, § 48 och nämnden
tillstyrker motionen. Kultur- och utbildningsförvaltningen har undersökt Bidragsportalen.

Beslutet ska skickas till
Kultur- och utbildningsnämnden, socialnämnden, barn- och ungdomsnämnden`),
    ).toEqual([["Kultur- och utbildningsnämnden", true, "2026-04-22", null, "bifall"]]);
  });

  it("keeps a collective subject whole: 'samtliga nämnder och bolag … tillstyrker' (Mölndal KF § 212)", () => {
    expect(
      rows(`Mölndals samtliga nämnder och bolag har, via remissförfarande, gett sina synpunkter på
stadens digitaliseringsstrategi och tillstyrker med vissa kommentarer.`),
    ).toEqual([["Mölndals samtliga nämnder och bolag", true, null, null, "bifall"]]);
  });

  it("reads a remiss told only in the Beslutsunderlag of a motion, each förvaltning's tjänsteskrivelse paired with the nämnd above it (Kungsbacka KS § 244)", () => {
    expect(
      rows(`Svar på motion från Stefan Jägnert (SD) om införande av tolkavgift

Beslutsunderlag
Kommunstyrelsens arbetsutskott 2024-10-08, § 283
Kommunstyrelsens förvaltnings tjänsteskrivelse, 2024-08-05
Nämnden för Vård & Omsorg 2024-06-12, § 88
Förvaltningen för Vård & Omsorgs tjänsteskrivelse, 2024-05-22
Byggnadsnämnden 2024-06-11, § 136
Bygg- och miljöförvaltningens tjänsteskrivelse, 2024-05-07
Kommunfullmäktige 2024-02-06, § 21`),
    ).toEqual([
      ["Nämnden för Vård & Omsorg", true, "2024-06-12", "2024-05-22", null],
      ["Byggnadsnämnden", true, "2024-06-11", "2024-05-07", null],
    ]);
  });

  it("does not take the nämnd that proposes a taxa for a remissinstans (Kungsbacka KS § 61)", () => {
    expect(
      rows(`Beslutsunderlag
Kommunstyrelsens arbetsutskott 2024-02-06, § 45
Kommunledningskontorets tjänsteskrivelse, 2024-01-09
Nämnden för Teknik 2023-12-13, § 144
Förvaltningen för Tekniks tjänsteskrivelse, 2023-11-08`),
    ).toEqual([]);
  });

  it("expands 'nämnderna för A, B … samt byggnadsnämnden' and dates each from the Beslutsunderlag (Kungsbacka tjänsteskrivelse KS-2024-00131)", () => {
    expect(
      rows(`Beslutsunderlag

Nämnden för Gymnasium & Arbetsmarknad, 2024-06-12, § 79
Förvaltningen för Gymnasium & Arbetsmarknads tjänsteskrivelse, 2024-05-02
Nämnden för Miljö & Hälsoskydd, 2024-06-05, § 82
Bygg- och miljöförvaltningens tjänsteskrivelse, 2024-05-20

Nämndernas beredning
Förslagen i motionen berör flera nämnders verksamhet och remitterades därför av kommunstyrelsens
arbetsutskott till nämnderna för Gymnasium & Arbetsmarknad, Miljö & Hälsoskydd samt byggnadsnämnden för beredning.`),
    ).toEqual([
      ["Nämnden för Gymnasium & Arbetsmarknad", true, "2024-06-12", "2024-05-02", null],
      ["Nämnden för Miljö & Hälsoskydd", true, "2024-06-05", "2024-05-20", null],
      ["Byggnadsnämnden", true, null, null, null],
    ]);
  });

  it("gives no consultations for a remiss the paper only recounts, with no body's answer in it (Kungsbacka IFO § 87, itself one answer)", () => {
    expect(
      rows(`Kommunstyrelsens arbetsutskott remitterade motionen till nämnden för Vård &
Omsorg, nämnden för Individ & Familjeomsorg, byggnadsnämnden samt
nämnden för Miljö & Hälsoskydd för beredning.

Beslutsunderlag
Förvaltningen för Individ & Familjeomsorgs tjänsteskrivelse, 2024-04-23
Kommunstyrelsens arbetsutskott 2024-02-27 § 65
Kommunfullmäktige 2024-02-06 § 21`),
    ).toEqual([]);
  });

  it("reads 'remitterade motionen till X den …' up to its date, and X's decision from its protocol line (a kommunfullmäktige paragraph)", () => {
    expect(
      rows(`Kommunfullmäktige remitterade motionen till kultur- och fritidsnämnden den
25 oktober 2021. Nämnden yttrade sig den 16 mars 2022, § 24.

Beslutsunderlag
Kultur- och fritidsnämndens protokoll 2022-03-16, § 24`),
    ).toEqual([["Kultur- och fritidsnämnden", true, "2022-03-16", null, null]]);
  });

  it("takes no nämnd that prepared a matter that is not a motion (a regionfullmäktige paragraph)", () => {
    expect(
      rows(`Hälso- och sjukvårdsnämnden, som ansvarar för primärvården, behandlade ärendet
den 2 februari 2023, § 14, och ställde sig bakom regionledningskontorets förslag.

Beslutsunderlag
Regionstyrelsens protokoll 2023-02-28, § 52
Hälso- och sjukvårdsnämndens protokoll 2023-02-02, § 14`),
    ).toEqual([]);
  });

  it("takes no answer from the paper's own body or from an office: the nämnd's own protocol, and the kontor that prepares the matter", () => {
    expect(
      rows(`KUNGSBACKA KOMMUN                  SAMMANTRÄDESPROTOKOLL           3 (7)
Nämnden för Vård & Omsorg
Datum
2024-04-25

Nämnden för Vård & Omsorg avstyrker motionen.
Kommunledningskontoret avstyrker motionen.`),
    ).toEqual([]);
  });

  it("dates a prose answer by its own verb, not by a later date in the sentence", () => {
    expect(rows("Socialnämnden har berett ärendet och avstyrker motionen, som inkom den 3 mars 2023.")).toEqual([["Socialnämnden", true, null, null, "avslag"]]);
  });

  it("reads an answer told in a relative clause of the remiss sentence: 'remitterats till X som i beslut den …, § 48 tillstyrker motionen'", () => {
    expect(rows("Motionen har remitterats till kultur- och utbildningsnämnden som i beslut den 22 april 2026, § 48 tillstyrker motionen.")).toEqual([
      ["Kultur- och utbildningsnämnden", true, "2026-04-22", null, "bifall"],
    ]);
  });
});
