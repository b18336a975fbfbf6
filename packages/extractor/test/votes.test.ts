import { describe, expect, it } from "vitest";
import { expectEvidenceQuotes, stancesOf } from "./helpers.ts";

const header = `Kommunfullmäktige
Protokoll

§ 40 2024.210 KS
`;

describe("votes", () => {
  it("reads a tally '6 ja-röster mot 5 nej-röster' and what ja meant", () => {
    const result = stancesOf(`${header}
Omröstning
Omröstning begärs och verkställs. Ja-röst för kommunstyrelsens förslag, nej-röst för Eva Bergs förslag.
Med 6 ja-röster mot 5 nej-röster beslutar kommunfullmäktige enligt kommunstyrelsens förslag.`);
    expect(result.votes).toMatchObject([{ yes: 6, no: 5, abstain: 0, question: "Ja-röst för kommunstyrelsens förslag, nej-röst för Eva Bergs förslag" }]);
    expectEvidenceQuotes(result);
  });

  it("reads 'med 7 röster mot 5, 1 avstod'", () => {
    const result = stancesOf(`${header}
Omröstning
Efter genomförd omröstning beslutar fullmäktige med 7 röster mot 5, 1 avstod, att bifalla förslaget.`);
    expect(result.votes).toMatchObject([{ yes: 7, no: 5, abstain: 1 }]);
  });

  it("reads a roll-call table Ja/Nej/Avstår into ballots", () => {
    const result = stancesOf(`${header}
Omröstning
Ja-röst för förvaltningens förslag, nej-röst för avslag.

Anna Lind (S)	Ja
Per Holm (M)	Nej
Eva Berg (C)	Avstår
Sara Ek (S)	Ja`);
    expect(result.votes).toMatchObject([{ yes: 2, no: 1, abstain: 1 }]);
    expect(result.votes[0]?.ballots).toEqual([
      { name: "Anna Lind", party: "S", vote: "ja" },
      { name: "Per Holm", party: "M", vote: "nej" },
      { name: "Eva Berg", party: "C", vote: "avstar" },
      { name: "Sara Ek", party: "S", vote: "ja" },
    ]);
  });

  it("finds no vote where the paper holds no omröstning (Mölndal KF § 166)", () => {
    const result = stancesOf(`${header}
Beslutsgång
Ordföranden frågar om kommunstyrelsens förslag till beslut kan antas och finner att så sker.`);
    expect(result.votes).toEqual([]);
  });
});

describe("a roll-call vote as positions", () => {
  it("gives each party that voted alike the stance of its side; a ja for the motion is bifall", () => {
    const result = stancesOf(`${header}
Omröstning
Ja-röst för bifall till motionen, nej-röst för avslag på motionen.

Anna Lind (S)	Ja
Sara Ek (S)	Ja
Per Holm (M)	Nej
Eva Berg (C)	Avstår`);
    expect(result.positions.filter((p) => p.kind === "votering").map((p) => [p.parties[0], p.stance])).toEqual([
      ["S", "bifall"],
      ["M", "avslag"],
      ["C", "ingen_stallning"],
    ]);
    expectEvidenceQuotes(result);
  });
});

describe("tally forms", () => {
  it("reads '41 ja, 20 nej och 2 avstår' and 'röstsiffrorna 63–5'", () => {
    expect(stancesOf(`${header}\nOmröstning\nOmröstningsresultat: 41 ja, 20 nej och 2 avstår.`).votes).toMatchObject([{ yes: 41, no: 20, abstain: 2 }]);
    expect(stancesOf(`${header}\nOmröstning\nFullmäktige beslutar med röstsiffrorna 63–5 att bifalla förslaget.`).votes).toMatchObject([{ yes: 63, no: 5, abstain: 0 }]);
  });
});
