// Writes schema/analysis.schema.json from the zod schema: `pnpm schema`. Never edit the JSON by hand.
import { writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { analysisJsonSchema } from "../packages/schema/src/index.ts";

const target = join(dirname(fileURLToPath(import.meta.url)), "..", "schema", "analysis.schema.json");
writeFileSync(target, `${JSON.stringify(analysisJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
