import { describe, expect, it } from "vitest";
import { bodyKey, bodyStem, isBodyName, isCouncilChain, plainDocument, remissAnswers, remissMentions, splitBodies } from "../src/index.ts";
import { bodyKeyHead } from "../src/sections/remiss.ts";

describe("one reading of the remiss round", () => {
  it("splits a list at commas and its last 'och'/'samt', never inside 'Vård- och omsorgsnämnden', and gives a shared head to each member", () => {
    expect(splitBodies("nämnderna för Gymnasium & Arbetsmarknad, Förskola & Grundskola, Individ &\nFamiljeomsorg samt byggnadsnämnden").map((p) => p.name)).toEqual([
      "Nämnden för Gymnasium & Arbetsmarknad",
      "Nämnden för Förskola & Grundskola",
      "Nämnden för Individ & Familjeomsorg",
      "byggnadsnämnden",
    ]);
    expect(splitBodies("Vård- och omsorgsnämnden").map((p) => p.name)).toEqual(["Vård- och omsorgsnämnden"]);
    expect(splitBodies("Mölndals samtliga nämnder och bolag").map((p) => p.name)).toEqual(["Mölndals samtliga nämnder och bolag"]);
  });

  it("compares names across genitive and definite forms, and a nämnd with its förvaltning by their stem", () => {
    expect(bodyKey("Kultur- och fritidsnämndens")).toBe(bodyKey("kultur- och fritidsnämnden"));
    expect(bodyKey("Tempohus Kungsbacka AB:s")).toBe(bodyKey("Tempohus Kungsbacka AB"));
    expect(bodyStem("Utbildningsförvaltningens")).toBe(bodyStem("Utbildningsnämnden"));
    expect(bodyStem("Förvaltningen för Gymnasium & Arbetsmarknads")).toBe(bodyStem("Nämnden för Gymnasium & Arbetsmarknad"));
    expect(bodyStem("Bygg- och miljöförvaltningens")).not.toBe(bodyStem("Byggnadsnämnden"));
  });

  it("reads the first word of a name's key alone, as bodyKey gives it, and leaves a name with brackets or ':s' to bodyKey", () => {
    for (const name of ["Farsta stadsdelsnämnd", "Socialnämndens", "Kultur- och fritidsnämnden", "Stadsledningskontoret föreslår", "– Beslut", "2013:125"]) {
      expect(bodyKeyHead(name)).toBe(bodyKey(name).split(" ")[0]);
    }
    expect(bodyKeyHead("Riksförbundet för Social och Mental Hälsa (RSMH)")).toBeNull();
    expect(bodyKeyHead("Tempohus Kungsbacka AB:s")).toBeNull();
  });

  it("knows a body's name by its ending or its 'Nämnden för' form, and the council's own chain", () => {
    expect(["Nämnden för Miljö & Hälsoskydd", "Farsta stadsdelsnämnd", "Tempohus Kungsbacka AB"].map(isBodyName)).toEqual([true, true, true]);
    expect(["motionärerna", "Beslutet ska skickas till"].map(isBodyName)).toEqual([false, false]);
    expect(["Kommunfullmäktige", "Kommunstyrelsens arbetsutskott", "Lokalstrategiska utskottet", "Skolnämnden"].map(isCouncilChain)).toEqual([true, true, true, false]);
  });

  it("names the bodies asked, with their roles, and offsets that quote the text", () => {
    const text = "Ärendet har remitterats till stadsledningskontoret, socialnämnden och Convictus för yttrande. Convictus har inte inkommit med något yttrande.";
    const found = remissMentions(plainDocument(text));
    expect(found.map((m) => [m.name, m.role])).toEqual([
      ["stadsledningskontoret", "asked"],
      ["socialnämnden", "asked"],
      ["Convictus", "asked"],
      ["Convictus", "declined"],
    ]);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.name);
    expect(remissMentions(plainDocument("Motionen har remitterats till kultur- och utbildningsnämnden som i beslut den 22 april 2026 tillstyrker motionen.")).map((m) => m.name)).toEqual(["kultur- och utbildningsnämnden"]);
  });

  it("reads answers in prose, decision lines and statement lines", () => {
    const text = `Vård- och omsorgsnämnden har berett ärendet och avstyrker motionen.
Nämnden för Vård & Omsorg 2024-06-12, § 88
Förvaltningen för Vård & Omsorgs tjänsteskrivelse, 2024-05-22`;
    const answers = remissAnswers(plainDocument(text));
    expect(answers.map((a) => [a.name, a.kind, a.date, a.stance])).toEqual([
      ["Vård- och omsorgsnämnden", "prose", null, "avslag"],
      ["Nämnden för Vård & Omsorg", "decision", "2024-06-12", null],
      ["Förvaltningen för Vård & Omsorg", "statement", "2024-05-22", null],
    ]);
    for (const a of answers) expect(text.slice(a.start, a.end)).toBe(a.name);
  });

  it("reads a paper named before its body, and a stance given 'i yttrande den …' or as an infinitive after 'beslutade'", () => {
    const text = `Protokollsutdrag från socialnämnden 2025-03-12, § 31
Yttrande från Tempohus Kungsbacka AB, 2023-08-19
Miljönämnden har i yttrande den 12 mars 2025 avstyrkt motionen.
Kultur- och fritidsnämnden beslutade den 4 april 2025, § 19, att tillstyrka motionen.`;
    expect(remissAnswers(plainDocument(text)).map((a) => [a.name, a.kind, a.date, a.stance])).toEqual([
      ["socialnämnden", "decision", "2025-03-12", null],
      ["Tempohus Kungsbacka AB", "statement", "2023-08-19", null],
      ["Miljönämnden", "prose", "2025-03-12", "avslag"],
      ["Kultur- och fritidsnämnden", "prose", "2025-04-04", "bifall"],
    ]);
  });
});

