import { describe, expect, it } from "vitest";
import { stancesOf } from "./helpers.ts";

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
