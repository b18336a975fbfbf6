import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { analyzeInput } from "@diarium/extractor";
import { describe, expect, it } from "vitest";
import { problemsOf } from "./fuzz/invariants.ts";

/**
 * Every real paper of the workplace (../shared/corpus/real, dev and dev-protocols), read in place and
 * never copied here: each analysis holds the invariants of any analysis (contract, evidence, sections)
 * and nothing the paper does not support (every forum, name and party stands in its text).
 */
const SHARED = fileURLToPath(new URL("../../shared/corpus/", import.meta.url));
const SETS = ["real", "dev", "dev-protocols"].map((s) => `${SHARED}${s}/`).filter((d) => existsSync(d));
if (!SETS.length) console.log("shared-papers: ../shared/corpus is absent; the tests on real papers are skipped");

const papers = SETS.flatMap((dir) => readdirSync(dir).filter((f) => /\.(?:txt|pdf)$/u.test(f)).map((f) => `${dir}${f}`));

describe.skipIf(!SETS.length)("real papers", () => {
  it.each(papers.map((p) => [p.slice(SHARED.length), p]))("%s holds every invariant", async (_name, path) => {
    const bytes = readFileSync(path);
    const result = await analyzeInput({ path, bytes, sha256: createHash("sha256").update(bytes).digest("hex"), format: path.endsWith(".pdf") ? "pdf" : "text" });
    expect(problemsOf(result)).toEqual([]);
  });
});
