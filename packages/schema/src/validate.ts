import { z } from "zod";
import { Analysis } from "./analysis.ts";

export type SchemaIssue = { path: string; message: string };

/**
 * Validates a value against the contract. Returns the analysis, or the issues with their paths
 * ("positions.3.evidence.start"), so the CLI can name the file and the failing field.
 */
export function validateAnalysis(value: unknown): { ok: true; analysis: Analysis } | { ok: false; issues: SchemaIssue[] } {
  // Without zod's JIT: it compiles a parser per object schema with `new Function` on the first
  // parse, ~15 ms of a lone paper's run, and parses a whole analysis no faster afterwards (≈1 ms
  // either way, bench of 30 parses); it also keeps eval out of the process.
  const result = Analysis.safeParse(value, { jitless: true });
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
