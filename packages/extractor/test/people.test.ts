import { describe, expect, it } from "vitest";
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
