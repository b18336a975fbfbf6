import { readFileSync } from "node:fs";
import { hasShared, noteSkipped, paperPath } from "../../../test/shared.ts";
import { buildSections, isReadError, normalize, readMetadata, readText } from "@diarium/parser";
import { describe, expect, it } from "vitest";
import { extractStances } from "../src/stances.ts";
import { triples } from "./helpers.ts";

const corpus = paperPath;
noteSkipped("stances.corpus");

function stancesOfFile(name: string): ReturnType<typeof extractStances> {
  const raw = readText(new Uint8Array(readFileSync(corpus(name))));
  if (isReadError(raw)) throw new Error(raw.message);
  const doc = normalize(raw);
  const sections = buildSections(doc);
  return extractStances(doc, sections, readMetadata(doc, sections));
}

describe("whole papers of the corpus", () => {
  it("Stockholm 2013:125: who stood where in five forums, the motion, the proposal and eight remissinstanser", () => {
    const result = stancesOfFile("stockholm-utlatande-2013-125.txt");
    expect([...new Set(triples(result))]).toEqual([
      "MP Borgarrådsberedningen bifall",
      "MP Hässelby-Vällingby stadsdelsnämnd bifall",
      "MP Kommunstyrelsen bifall",
      "MP Norrmalms stadsdelsnämnd bifall",
      "MP Socialnämnden bifall",
      "S Borgarrådsberedningen delvis_bifall",
      "S Hässelby-Vällingby stadsdelsnämnd bifall",
      "S Kommunstyrelsen delvis_bifall",
      "S Norrmalms stadsdelsnämnd bifall",
      "S Socialnämnden bifall",
      "V Hässelby-Vällingby stadsdelsnämnd bifall",
      "V Kommunstyrelsen delvis_bifall",
      "V Norrmalms stadsdelsnämnd bifall",
      "V Socialnämnden bifall",
    ]);
    expect(result.proposal?.outcome).toBe("besvarad");
    expect(result.matters).toMatchObject([{ kind: "motion", number: "2012:46", date: "2012-09-17" }]);
    expect(result.matters[0]?.proposals).toHaveLength(3);
    expect(result.consultations.filter((c) => !c.responded).map((c) => c.body)).toEqual(["Stadsmissionen", "Convictus"]);
    expect(result.votes).toEqual([]);
  });

  it.skipIf(!hasShared)("Kungsbacka KS 2023-00135: no party positions, a delvis bifall proposal and three remissinstanser with their dates", () => {
    const result = stancesOfFile("real/kungsbacka-tjansteskrivelse-2023-12-06-hyreskontrakt-nyanlanda.txt");
    expect(triples(result)).toEqual([]);
    expect(result.proposal?.outcome).toBe("delvis_bifall");
    expect(result.consultations.map((c) => [c.decisionDate, c.statementDate])).toEqual([
      ["2023-06-21", "2023-05-19"],
      ["2023-06-15", "2023-05-17"],
      [null, "2023-08-19"],
    ]);
  });

  it("the Hägersten-Liljeholmen extract states no position, matter, proposal or party", () => {
    const result = stancesOfFile("hagersten-liljeholmen-tjansteutlatande-2009.txt");
    expect([result.positions, result.matters, result.proposal, result.parties, result.people]).toEqual([[], [], null, [], []]);
  });
});
