import { z } from "zod";
import { Analysis } from "./analysis.ts";

export type SchemaIssue = { path: string; message: string };

/**
 * Validates a value against the contract. Returns the analysis, or the issues with their paths
 * ("positions.3.evidence.start"), so the CLI can name the file and the failing field.
 */
export function validateAnalysis(value: unknown): { ok: true; analysis: Analysis } | { ok: false; issues: SchemaIssue[] } {
  const result = Analysis.safeParse(value);
  if (result.success) return { ok: true, analysis: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message })),
  };
}

/** The JSON Schema of `Analysis`, generated from the zod schema (never edited by hand). */
export function analysisJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Analysis, { target: "draft-2020-12", unrepresentable: "any" }) as Record<string, unknown>;
  return { $id: "https://diarium.invalid/analysis.schema.json", title: "diarium Analysis", ...schema };
}
