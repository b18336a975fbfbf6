import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { analyzeInput } from "@diarium/extractor";
import { indexAnalyses, openIndex } from "../src/db/load.ts";
import { corpus, tempDir } from "./helpers.ts";

/** What a hostile paper puts in its title and in a reservation's quote: markup that would run if not escaped. */
export const HOSTILE = `<script>document.title="pwned"</script>"><img src=x onerror=alert(1)>`;

/**
 * The Stockholm utlåtande with {@link HOSTILE} in its title and in the S reservation of
 * Kommunstyrelsen, renumbered (2013:999) so the index keeps it apart from the real paper.
 */
export function hostilePaper(): string {
  return readFileSync(corpus("stockholm-utlatande-2013-125.txt"), "utf8")
    .replace("Fler personliga ombud för personer med psykisk funk-", `Fler personliga ombud ${HOSTILE} funk-`)
    .replace("(alla S) med hänvisning till reservationen", `(alla S) med hänvisning till ${HOSTILE} reservationen`)
    .replaceAll("2013:125", "2013:999")
    .replaceAll("325-1328/2012", "325-9999/2012");
}

export type ServeIndex = { db: string; out: string; papers: string; hostile: string };

/**
 * The three corpus papers and the hostile one analysed in this process, written to a temp OUT and
 * indexed into a temp SQLite file: the index `diarium serve` is tested over. Source paths are
 * absolute, so the PDF is found from any working directory.
 */
export async function buildServeIndex(): Promise<ServeIndex> {
  const papers = tempDir("serve-papers");
  const out = tempDir("serve-out");
  const db = join(tempDir("serve-db"), "arkiv.sqlite");
  const hostile = join(papers, "hostile-2013-999.txt");
  writeFileSync(hostile, hostilePaper());
  const inputs = [
    corpus("stockholm-utlatande-2013-125.txt"),
    corpus("stockholm-utlatande-2013-125-print.pdf"),
    corpus("hagersten-liljeholmen-tjansteutlatande-2009.txt"),
    hostile,
  ];
  mkdirSync(out, { recursive: true });
  for (const path of inputs) {
    const bytes = new Uint8Array(readFileSync(path));
    const format = path.endsWith(".pdf") ? "pdf" : "text";
    const result = await analyzeInput({ path, bytes, sha256: createHash("sha256").update(bytes).digest("hex"), format });
    if (!result.ok) throw new Error(`${path}: ${result.code}: ${result.message}`);
    writeFileSync(join(out, `${basename(path)}.json`), JSON.stringify(result.analysis));
  }
  const index = openIndex(db);
  try {
    const report = indexAnalyses(index, out);
    if (report.failures.length) throw new Error(report.failures.map((f) => `${f.path}: ${f.code}: ${f.message}`).join("\n"));
  } finally {
    index.close();
  }
  return { db, out, papers, hostile };
}
