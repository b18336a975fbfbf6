import { describe, expect, it } from "vitest";
import { attendeeOf } from "../src/extractors/people.ts";
import { stancesOf } from "./helpers.ts";

const people = (text: string): [string, string | null][] => stancesOf(text).people.map((p) => [p.name, p.party]);

describe("people", () => {
  it("gives the party of a list to every name in it, with roles (Stockholm 2013:125)", () => {
    const result = stancesOf(`Reservation anfördes av borgarråden Karin Wanngård och Tomas Rudin
(båda S) enligt följande.

Reservation anfördes av Karin Wanngård, Roger Mogert och Tomas Rudin
(alla S) med hänvisning till reservationen av (S) i borgarrådsberedningen.

Reservation anfördes av vice ordföranden Roger Mogert m.fl. (S) och
ledamoten Inger Stark (V), bilaga 1.`);
    expect(result.people).toEqual([
      { name: "Karin Wanngård", party: "S", roles: ["borgarråd"] },
      { name: "Tomas Rudin", party: "S", roles: [] },
      { name: "Roger Mogert", party: "S", roles: ["vice ordförande"] },
      { name: "Inger Stark", party: "V", roles: ["ledamot"] },
    ]);
  });

  it("reads an attendance list: ersättare, a politisk vilde '(-)' and officials with their role (Alingsås KF 2026-06-10)", () => {
    expect(
      people(`Beslutande	Linda Espeving (M) (ordförande)
Boris Jernskiegg (-)
Luzaan Eisa (S) ersätter Roger Andersson (S)
Britt Andersson Näsman (S) ersätter Annette Heineman (-)

Övriga deltagare	Ulrika Månsson (kommunsekreterare)`),
    ).toEqual([
      ["Linda Espeving", "M"],
      ["Boris Jernskiegg", null],
      ["Luzaan Eisa", "S"],
      ["Roger Andersson", "S"],
      ["Britt Andersson Näsman", "S"],
      ["Annette Heineman", null],
      ["Ulrika Månsson", null],
    ]);
  });

  it("gives members their meeting roles from the attendance list, not an official's title in the next column (Kungsbacka VO 2024-06-12)", () => {
    const result = stancesOf(`Beslutande\tLedamöter\tTjänstgörande ersättare
Hravn Forsne (M), ordförande
Monica Neptun (L), 1:e vice ordförande
Per Hoel (SD)
Övriga närvarande Ersättare\tTjänstepersoner
Carry Kvarntun (M)\tLotta Nord, biträdande
Ingela Hansson (S)\tförvaltningschef
Tommy Bech (SD)\tVera Lagerström, nämndsekreterare

Ordförande\tHravn Forsne (M)

Protokolljusterare Per Hoel (SD)

§ 87 Dnr VO-2023-00042`);
    expect(result.people.map((p) => [p.name, p.party, p.roles.join(", ")])).toEqual([
      ["Hravn Forsne", "M", "ledamot, ordförande"],
      ["Monica Neptun", "L", "ledamot, 1:e vice ordförande"],
      ["Per Hoel", "SD", "ledamot, justerare"],
      ["Carry Kvarntun", "M", "ersättare"],
      ["Ingela Hansson", "S", "ersättare"],
      ["Tommy Bech", "SD", "ersättare"],
    ]);
  });

  it("keeps who a substitute replaced, from which paragraph (Alingsås KS 2026-06-01)", () => {
    const result = stancesOf(`Beslutande\tJan-Erik Wallin (M) (ordförande)
Peter Norlander (S) §§94-98
Irene Jonsson (S) §§99-110 ersätter Peter Norlander (S)`);
    expect(result.people.find((p) => p.name === "Irene Jonsson")).toEqual({
      name: "Irene Jonsson",
      party: "S",
      roles: ["tjänstgörande ersättare"],
      replaces: { name: "Peter Norlander", party: "S", from: "§ 99", to: "§ 110" },
    });
  });

  it("gives a role at a list line's end to that line's member, not the next line's (authored SDN § 9, its roll call)", () => {
    const found = stancesOf(`Ja        Henrik Malmqvist (M), ordförande
          Sofia Lindgren (M)
Nej       Karin Sjöholm (S), vice ordförande
          Ahmed Yusuf (S)`);
    const roles = Object.fromEntries(found.people.map((p) => [p.name, p.roles]));
    expect(roles["Sofia Lindgren"]).not.toContain("ordförande");
    expect(roles["Ahmed Yusuf"]).not.toContain("vice ordförande");
    // in prose a role wrapped onto the next line is the next name's: "(MP), vice ordförande" / "Anita Lindskog m.fl. (S)"
    const prose = stancesOf("Reservation anfördes av ledamoten Shadi Larsson m fl. (MP), vice ordförande\nAnita Lindskog m.fl. (S) samt ledamoten Hans Enroth (V), bilaga 1.");
    expect(prose.people.find((p) => p.name === "Anita Lindskog")?.roles).toContain("vice ordförande");
  });

  it("merges a bare surname and a genitive with the full name", () => {
    expect(people("Stefan Nilsson (MP) föreslår bifall. Nilsson (MP) anser vidare att Nilssons förslag bör bifallas.")).toEqual([["Stefan Nilsson", "MP"]]);
  });
});

describe("signatures", () => {
  it("splits a signature line that ran two known names together", () => {
    const result = stancesOf(`Beslutande	Ingbritt Johansson (C)
Marcus Wallin (V)

Justerande
Ingbritt Johansson	Marcus Wallin`);
    expect(result.people.map((p) => [p.name, p.party])).toEqual([
      ["Ingbritt Johansson", "C"],
      ["Marcus Wallin", "V"],
    ]);
  });
});

describe("name boundaries", () => {
  it("never takes a heading, a role word or a vote column into a name (dev: SDN § 9, Mölndal KF § 134)", () => {
    expect(
      people(`Yrkanden
Ordföranden Henrik Malmqvist (M) yrkade bifall till förvaltningens förslag.
Ledamoten Lars-Göran Bäck (SD) yrkade att ärendet skulle återremitteras.

Ja	Sofia Lindgren (M)
Nej	Karin Sjöholm (S), vice ordförande
Avstod	Eva Sund (L)
Ärendet
Lennart Jonsson (SD) och Marie Omström (SD) föreslår i en motion:`),
    ).toEqual([
      ["Henrik Malmqvist", "M"],
      ["Lars-Göran Bäck", "SD"],
      ["Sofia Lindgren", "M"],
      ["Karin Sjöholm", "S"],
      ["Eva Sund", "L"],
      ["Lennart Jonsson", "SD"],
      ["Marie Omström", "SD"],
    ]);
  });

  it("drops vote-column words that a PDF table row ran into the name ('Nej Avstår Eva Sund')", () => {
    expect(people("Ja Nej Avstår Eva Sund (L)\nNej Avstår Per Holm (S)")).toEqual([
      ["Eva Sund", "L"],
      ["Per Holm", "S"],
    ]);
  });

  it("keeps a name wrapped at a line end whole (dev: Kungsbacka KS § 244)", () => {
    expect(people("Fredrik Hansson (C), Magdalena Sundqvist (S), Monica Neptun (L), Ann-Louise\nLundqvist (S) yrkar avslag på motionen.")).toEqual([
      ["Fredrik Hansson", "C"],
      ["Magdalena Sundqvist", "S"],
      ["Monica Neptun", "L"],
      ["Ann-Louise Lundqvist", "S"],
    ]);
  });

  it("reads a middle initial and takes no party's own name for a person (dev: Mölndal KS § 162, authored KF § 187)", () => {
    expect(people("My Högfeldt (MP), Elin Andersson (L) och Adam F Laurén (KD) deltar inte i beslutet.")).toEqual([
      ["My Högfeldt", "MP"],
      ["Elin Andersson", "L"],
      ["Adam F Laurén", "KD"],
    ]);
    expect(people("Bo Sandell, gruppledare för det lokala partiet Väståsas Väl (VV), yrkade bifall till motionen.")).toEqual([]);
  });
});

describe("one person, several spellings", () => {
  it("joins a genitive written before the name itself (dev: Mölndal KF § 134)", () => {
    expect(
      people(`Samtliga ledamöter från Sverigedemokraterna reserverar sig mot beslutet till förmån för
Lennart Jonssons (SD) och Martin Linder-Loods (SD) förslag.
Lennart Jonsson (SD) och Martin Linder-Lood (SD) föreslår bifall till motionen.`),
    ).toEqual([
      ["Lennart Jonsson", "SD"],
      ["Martin Linder-Lood", "SD"],
    ]);
  });

  it("keeps the spelling with its diacritics and the first of two slipped spellings (dev: Kungsbacka VO § 60, FG § 112)", () => {
    expect(people("Svar på motion från Ermin Škoric (S) m.fl.\nErmin Škorić (S), Astrid Börjesson (S) och Eva Tingström (S) reserverar sig.")).toEqual([
      ["Ermin Škorić", "S"],
      ["Astrid Börjesson", "S"],
      ["Eva Tingström", "S"],
    ]);
    expect(people("Agneta Thörnberg (L) och Jan-Christer Jansson (V) yrkar bifall.\n| Agnetha Törnberg (L) | X |\n| Jan-Christer Janson (V) | X |")).toEqual([
      ["Agneta Thörnberg", "L"],
      ["Jan-Christer Jansson", "V"],
    ]);
  });

  it("keeps two people whose names differ in a first letter or a party apart", () => {
    expect(people("Karin Jansson (S) och Karin Hansson (S) yrkar bifall. Anders Lund (S) och Anders Lunde (M) yrkar avslag.")).toHaveLength(4);
  });
});

describe("officials", () => {
  it("reads the handläggare from a header label and from a contact block, never as a rapporteur (Alingsås 2025.319 KS, Kungsbacka KS-2024-00131)", () => {
    const labelled = stancesOf("Datum:\t2026-05-13\tKommunstyrelsen\nHandläggare:\tJerker Gustafsson\nDiarienr:\t2025.319 KS");
    expect(labelled.people).toEqual([{ name: "Jerker Gustafsson", party: null, roles: ["handläggare"] }]);
    expect(people("Kommunstyrelsens förvaltning\tKungsbacka kommun\n\nAndrea Egerlundh\n0300-834272\tBesöksadress")).toEqual([["Andrea Egerlundh", null]]);
  });
});

describe("not people", () => {
  it("takes no organisation written with its own abbreviation for a person of a party", () => {
    expect(people("Samråd har skett med Region Halland (RH) och Göteborgs Stad (GS). Bo Sandell (VV) yrkade bifall.")).toEqual([["Bo Sandell", "VV"]]);
  });
});

describe("ballots matched to the attendance list", () => {
  // Kungsbacka VO 2024-06-12: the list writes "Ermin Skoric (S)", the voteringslista "Ermin Škorić".
  const list = [
    { name: "Ermin Skoric", party: "S" },
    { name: "Per Hoel", party: "SD" },
    { name: "Annika Carlsson", party: "M" },
    { name: "Ingela Carlsson", party: "S" },
  ];

  it("finds the attendee a ballot names, across diacritics, a slipped letter and a bare surname", () => {
    expect(attendeeOf({ name: "Ermin Škorić", party: "S" }, list)?.name).toBe("Ermin Skoric");
    expect(attendeeOf({ name: "Per Hoel", party: null }, list)?.name).toBe("Per Hoel");
    expect(attendeeOf({ name: "Hoel", party: "SD" }, list)?.name).toBe("Per Hoel");
  });

  it("finds none where the party differs or a surname is shared", () => {
    expect(attendeeOf({ name: "Per Hoel", party: "M" }, list)).toBeNull();
    expect(attendeeOf({ name: "Carlsson", party: null }, list)).toBeNull();
  });
});
