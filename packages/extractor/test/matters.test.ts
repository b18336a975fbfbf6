import { describe, expect, it } from "vitest";
import { stancesOf } from "./helpers.ts";

describe("a paper that is itself a motion (authored, in the form councillors hand motions in)", () => {
  it("is its own matter: the title under its kind line, its date, its att-satser and the members who sign it", () => {
    const result = stancesOf(`Motion till kommunfullmäktige

Inför gratis kollektivtrafik för unga

Kollektivtrafiken är viktig för att unga ska kunna ta sig till skola och
fritidsaktiviteter. Många familjer har i dag inte råd med busskort.

Med anledning av ovanstående föreslår vi att kommunfullmäktige beslutar

att kommunen inför gratis kollektivtrafik för alla under 20 år,

att kostnaden finansieras inom ramen för kommunstyrelsens budget.

Alingsås den 3 mars 2024

Anna Ek (V)
Per Holm (V)`);
    const [motion] = result.matters;
    expect([motion?.kind, motion?.title, motion?.date, motion?.evidence?.quote]).toEqual(["motion", "Inför gratis kollektivtrafik för unga", "2024-03-03", "Inför gratis kollektivtrafik för unga"]);
    expect(motion?.authors.map((a) => `${a.name} (${a.party})`)).toEqual(["Anna Ek (V)", "Per Holm (V)"]);
    expect(motion?.proposals).toEqual(["att kommunen inför gratis kollektivtrafik för alla under 20 år,", "att kostnaden finansieras inom ramen för kommunstyrelsens budget."]);
  });
});

describe("matters", () => {
  it("reads a motion handed in to KF, its author and its bulleted att-satser (Alingsås TEN § 65)", () => {
    const result = stancesOf(`Motion gällande att införa laddstationer för Alingsås cyklister - Amanda
Andersson (MP)
Ärendebeskrivning
Amanda Andersson (MP) har till kommunfullmäktige den 24 september 2025, § 204 lämnat
en motion gällande att införa laddstationer för Alingsås cyklister.
Motionären föreslår följande:

•	att kommunfullmäktige beslutar att uppdra åt tekniska nämnden att införa stöldsäkra laddstationer.
•	att kommunfullmäktige uppmanar Alingsåshem att införa laddstationer för elcyklar i
större boendeområden

Tekniska nämnden fick den 29 september 2025 motionen för beredning och besvarande.`);
    expect(result.matters).toMatchObject([
      { kind: "motion", number: null, date: "2025-09-24", authors: [{ name: "Amanda Andersson", party: "MP" }] },
    ]);
    expect(result.matters[0]?.proposals).toEqual([
      "att kommunfullmäktige beslutar att uppdra åt tekniska nämnden att införa stöldsäkra laddstationer.",
      "att kommunfullmäktige uppmanar Alingsåshem att införa laddstationer för elcyklar i större boendeområden",
    ]);
  });

  it("reads a numbered motion, its numbered att-satser and the date it closes with (Stockholm 2013:125)", () => {
    const result = stancesOf(`Motion (2012:46) av Stefan Nilsson och Jonas Eklund (båda MP) om ”Fler
personliga ombud för personer med psykisk funktionsnedsättning”

Vi föreslår därför att kommunfullmäktige beslutar att
1. förstärka tillgången till personliga ombud i Stockholms stad så att den
motsvarar behoven
2. utöka antalet personliga ombud i Stockholms stad till minst 20 tjänster

Stockholm den 17 september 2012
`);
    expect(result.matters).toMatchObject([
      {
        kind: "motion",
        number: "2012:46",
        title: "Fler personliga ombud för personer med psykisk funktionsnedsättning",
        authors: [{ name: "Stefan Nilsson", party: "MP" }, { name: "Jonas Eklund", party: "MP" }],
        proposals: ["förstärka tillgången till personliga ombud i Stockholms stad så att den motsvarar behoven", "utöka antalet personliga ombud i Stockholms stad till minst 20 tjänster"],
      },
    ]);
  });

  it("finds no matter in a paper that decides on no motion (Mölndal KF § 166)", () => {
    expect(stancesOf("Kommunfullmäktige beslutar att brukningsavgiften för vatten och avlopp höjs med 8 procent.").matters).toEqual([]);
  });
});

describe("matter forms the corpus lacks", () => {
  it("reads a numbered motion written 'motion nr 2025:115' and a skrivelse by members", () => {
    expect(stancesOf("Svar på motion nr 2025:115 av Anna Berg (S) om fler parkbänkar.").matters).toMatchObject([{ kind: "motion", number: "2025:115" }]);
    expect(stancesOf("Svar på skrivelse från Per Holm (M) om snöröjning.").matters).toMatchObject([
      { kind: "skrivelse", authors: [{ name: "Per Holm", party: "M" }] },
    ]);
  });
});

describe("matters as councils hand them in (development set)", () => {
  it("reads the authors of 'föreslår i en motion' and its dash-bulleted att-satser, not the reservation's genitives (Mölndal KF § 134)", () => {
    const result = stancesOf(`Reservationer
Samtliga ledamöter från Sverigedemokraterna reserverar sig mot beslutet till förmån för
Lennart Jonssons (SD) och Martin Linder-Loods (SD) förslag.
Ärendet
Lennart Jonsson (SD) och Marie Omström (SD) föreslår i en motion:
-Att staden utreder och därefter beslutar att tillsätta resurser för ett fordon.
-Att staden återigen medger att personal får använda sina egna bilar i tjänsten.
-Att det då utgår sedvanlig ersättning för mil och passagerare.
Vård- och omsorgsnämnden har berett ärendet och avstyrker motionen.`);
    expect(result.matters).toHaveLength(1);
    expect(result.matters[0]?.authors.map((a) => [a.name, a.party])).toEqual([
      ["Lennart Jonsson", "SD"],
      ["Marie Omström", "SD"],
    ]);
    expect(result.matters[0]?.proposals).toHaveLength(3);
  });

  it("reads numbered att-satser, one written '4 Att', after 'Förslagen i motionen är:' (Mölndal KF § 121)", () => {
    const result = stancesOf(`Joakim Ramberg (V) och Jerker Halling (V) har anmält en motion. Förslagen i motionen är:
1. Att Mölndals Stad vid alla upphandlingar ska kräva goda villkor.
2. Att Mölndals Stad upprättar en kontrollmekanism.
3. Att Mölndals Stad erbjuder utbildning.
4 Att Mölndals Stad aktivt söker samarbete med andra kommuner.
5. Att Mölndals Stad kontinuerligt utvärderar sina upphandlingsrutiner.
Stadsledningsförvaltningen bedömer att det som föreslås i motionen redan görs.`);
    expect(result.matters[0]?.authors.map((a) => a.name)).toEqual(["Joakim Ramberg", "Jerker Halling"]);
    expect(result.matters[0]?.proposals).toEqual([
      "Att Mölndals Stad vid alla upphandlingar ska kräva goda villkor.",
      "Att Mölndals Stad upprättar en kontrollmekanism.",
      "Att Mölndals Stad erbjuder utbildning.",
      "Att Mölndals Stad aktivt söker samarbete med andra kommuner.",
      "Att Mölndals Stad kontinuerligt utvärderar sina upphandlingsrutiner.",
    ]);
  });

  it("reads a skrivelse's authors after 'daterad …, från', its date and its bare att-lines (authored SDN § 9)", () => {
    const result = stancesOf(`Svar på skrivelse från Socialdemokraterna och Vänsterpartiet om upprustning av lekplatsen
Ärendet
Vid nämndens sammanträde den 25 mars 2021 anmäldes en skrivelse, daterad den
22 mars 2021, från vice ordföranden Karin Sjöholm (S), ledamöterna Ahmed Yusuf
(S) och Eva Dahlström (S) samt ledamoten Jonas Lindqvist (V). I skrivelsen
föreslogs
att nämnden ger förvaltningen i uppdrag att rusta upp lekplatsen,
att lekplatsen vid upprustningen tillgänglighetsanpassas, samt
att förvaltningen återrapporterar arbetet till nämnden senast i oktober 2021.

Handlingar
Skrivelse från (S) och (V) daterad den 22 mars 2021.`);
    expect(result.matters).toMatchObject([{ kind: "skrivelse", date: "2021-03-22" }]);
    expect(result.matters[0]?.authors.map((a) => [a.name, a.party])).toEqual([
      ["Karin Sjöholm", "S"],
      ["Ahmed Yusuf", "S"],
      ["Eva Dahlström", "S"],
      ["Jonas Lindqvist", "V"],
    ]);
    expect(result.matters[0]?.proposals).toHaveLength(3);
  });

  it("counts the proposals a motion puts to the council in prose, once each though the paper repeats them (Kungsbacka tjänsteskrivelse KS-2024-00131)", () => {
    const summary = `Stefan Jägnert (SD) har i en motion som anmäldes i kommunfullmäktige den 6 februari 2024 föreslagit
att kommunfullmäktige ger berörda nämnder i uppdrag att se över en egenavgift för tolktjänster.
Motionären föreslår också att kommunfullmäktige beslutar att tolkavgiften ska bekostas av den enskilda. Därtill
föreslår motionären att kommunfullmäktige ska besluta att teckentolksavgift ska bekostas av den enskilda.`;
    const result = stancesOf(`Sammanfattning av ärendet\n\n${summary}\n\nBeslutsunderlag\nMotion från Stefan Jägnert (SD) 2024-01-30\n\nBeskrivning av ärendet\n${summary}\n\nAvslutningsvis vill motionären att kommunen avgiftsfritt ska tillhandahålla teckentolk.`);
    expect(result.matters).toMatchObject([{ kind: "motion", date: "2024-01-30", authors: [{ name: "Stefan Jägnert", party: "SD" }] }]);
    expect(result.matters[0]?.proposals).toHaveLength(3);
  });

  it("takes the one proposal of the handing-in sentence, and no one from 'Deltagande i beslut' as an author (Mölndal KS § 146)", () => {
    const result = stancesOf(`Deltagande i beslut
Elin Andersson (L) deltar inte i beslutet i fråga om My Högfeldts (MP) och Eric Nilssons (C)
tilläggsförslag.
Ärendet
My Högfeldt (MP) och Eric Nilsson (C) föreslår i en motion att initiera en förstudie för att
utvärdera förutsättningarna för att införa projektet ”Ko på rot” i Mölndals kommun.`);
    expect(result.matters[0]?.authors.map((a) => a.name)).toEqual(["My Högfeldt", "Eric Nilsson"]);
    expect(result.matters[0]?.proposals).toHaveLength(1);
  });

  it("joins the motionär's spellings and reads the underlag date (Kungsbacka VO § 60)", () => {
    const result = stancesOf(`Svar på motion från Ermin Škoric (S) m.fl. - Värdighetsgarantier inom äldreomsorgen

Ermin Škorić (S) med flera har den 5 december 2023 inkommit med en motion Värdighetsgarantier inom äldreomsorgen. Motionärerna föreslår att
kommunfullmäktige ska ge Nämnden för Vård & Omsorg i uppdrag att utveckla lokala värdighetsgarantier.

Beslutsunderlag
Motion från Ermin Škori? (S) med flera Värdighetsgarantier inom äldreomsorgen –
ett välfärdslöfte, 2023-12-02`);
    expect(result.matters).toMatchObject([{ date: "2023-12-02", authors: [{ name: "Ermin Škorić", party: "S" }] }]);
    expect(result.matters[0]?.proposals).toHaveLength(1);
  });
});

describe("what the title answers", () => {
  it("is a skrivelse when the title answers one, though the paper mentions a motion", () => {
    const result = stancesOf("Svar på skrivelse från Socialdemokraterna om lekplatsen\n\nÄrendet\nFrågan togs upp i en motion 2019. Skrivelse från Karin Sjöholm (S) daterad den 22 mars 2021.");
    expect(result.matters).toMatchObject([{ kind: "skrivelse", date: "2021-03-22" }]);
  });
});
