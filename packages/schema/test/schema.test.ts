import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analysisJsonSchema, partyCode, partyInfo, validateAnalysis } from "../src/index.ts";

const committed = JSON.parse(readFileSync(new URL("../../../schema/analysis.schema.json", import.meta.url), "utf8"));

describe("the JSON Schema", () => {
  it("is fresh: the committed file equals what zod generates (run `pnpm schema` after changing the zod schema)", () => {
    expect(committed).toEqual(JSON.parse(JSON.stringify(analysisJsonSchema())));
  });

  it("names every field of the contract", () => {
    const props = Object.keys(committed.properties);
    for (const field of ["schemaVersion", "source", "text", "document", "proposal", "matters", "sections", "consultations", "positions", "votes", "people", "parties", "dates", "figures", "checks", "warnings"]) {
      expect(props).toContain(field);
    }
  });
});

describe("validateAnalysis", () => {
  it("reports the failing path", () => {
    const result = validateAnalysis({ schemaVersion: "1.0", source: { path: "a.txt", sha256: "x", format: "text", pages: null } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.path)).toContain("source.sha256");
  });
});

describe("party vocabulary", () => {
  it("folds the ways papers write a code", () => {
    expect(partyCode("(mp)")).toBe("MP");
    expect(partyCode("Fp")).toBe("FP");
    expect(partyInfo("kd")?.name).toBe("Kristdemokraterna");
  });
});
