import { describe, expect, it } from "vitest";
import { firstFiled, firstWordsLike, lastInForumBefore, proposerIndex, sameName } from "../src/protocol/proposers.ts";
import { expectEvidenceQuotes, stancesOf, triples } from "./helpers.ts";

describe("a reference to a member's proposal finds it through the index of proposers (Mölndal KF § 134)", () => {
  const result = stancesOf(`Kommunfullmäktige
Protokoll
§ 134 Dnr KS 2023/0466
Beslut
Kommunfullmäktige avslår motionen.
Reservationer
Samtliga ledamöter från Sverigedemokraterna reserverar sig mot beslutet till förmån för
Lennart Jonssons (SD) och Martin Linder-Loods (SD) förslag.
Förslag till beslut
Kommunstyrelsen föreslår kommunfullmäktige att avslå motionen.
Ledamöternas förslag till beslut
Lennart Jonsson (SD) och Martin Linder-Lood (SD) föreslår bifall till motionen.
Ove Dröscher (S) och Eric Nilsson (C) föreslår bifall till kommunstyrelsens förslag till beslut.`);

  it("gives the reservation the stance of the yrkande its genitive owner names, made after it", () => {
    const reservation = result.positions.find((p) => p.kind === "reservation");
    expect(reservation).toMatchObject({ parties: ["SD"], stance: "bifall" });
    expect(triples(result)).toContain("SD Kommunfullmäktige bifall");
    expectEvidenceQuotes(result);
  });
});

describe("the index returns what a scan of every claim would", () => {
  // three proposers as the resolver files them, in paper order
  const claims = [
    { who: "Lena Holmgren", party: "S", forum: "Kommunstyrelsen", start: 100 },
    { who: "Holmgrens", party: "M", forum: "Kommunstyrelsen", start: 200 },
    { who: "Eva Berg", party: "S", forum: "Kommunfullmäktige", start: 300 },
  ];
  const index = proposerIndex(claims, (c) => ({ names: [c.who], parties: [c.party], forum: c.forum, start: c.start }));

  it("files a one-word name under the first words a genitive or its absence gives ('Holmgren' ~ 'Holmgrens')", () => {
    expect(firstWordsLike("Holmgren")).toEqual(["holmgren", "holmgrens"]);
    expect(sameName("Holmgrens", "Holmgren")).toBe(true);
    const lists = firstWordsLike("Holmgren").map((w) => index.byFirstWord.get(w));
    expect(firstFiled(claims, lists, (c) => sameName(c.who, "Holmgren"))).toBe(claims[1]);
    expect(claims.find((c) => sameName(c.who, "Holmgren"))).toBe(claims[1]);
  });

  it("takes the first claim in paper order of all the lists, as find does", () => {
    const lists = [index.byParty.get("M"), index.byParty.get("S")];
    expect(firstFiled(claims, lists, () => true)).toBe(claims[0]);
    expect(firstFiled(claims, lists, (c) => c.forum === "Kommunfullmäktige")).toBe(claims[2]);
  });

  it("takes the last claim of a forum made before a point, as filter(…).at(-1) does", () => {
    expect(lastInForumBefore(claims, index, "Kommunstyrelsen", 250, () => true)).toBe(claims[1]);
    expect(lastInForumBefore(claims, index, "Kommunstyrelsen", 200, () => true)).toBe(claims[0]);
    expect(lastInForumBefore(claims, index, "Kommunstyrelsen", 250, (c) => c.party === "S")).toBe(claims[0]);
    expect(lastInForumBefore(claims, index, "Kommunfullmäktige", 100, () => true)).toBeUndefined();
  });
});
