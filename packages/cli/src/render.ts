import type { RowFormat } from "./options.ts";

export type { RowFormat };

export type RenderOptions = {
  /** Terminal width to fit a table into; undefined (not a terminal) prints every cell whole. */
  width?: number;
  bom?: boolean;
};

/**
 * Renders rows as a table (fitted to `width` on a terminal, whole cells otherwise), JSON (an
 * array), NDJSON (one object per line) or CSV (RFC 4180, CRLF, optional BOM for Excel, the header
 * row always, even with no rows).
 * @example renderRows([{ party: "MP", stance: "bifall" }], ["party", "stance"], "csv") // "party,stance\r\nMP,bifall\r\n"
 */
export function renderRows(rows: readonly object[], columns: readonly string[], format: RowFormat, options: RenderOptions = {}): string {
  const records = rows as readonly Record<string, unknown>[];
  if (format === "json") return JSON.stringify(records, null, 2) + "\n";
  if (format === "ndjson") return records.map((r) => JSON.stringify(r) + "\n").join("");
  if (format === "csv") {
    const lines = [[...columns], ...records.map((r) => columns.map((c) => cell(r[c])))].map((l) => l.map(csvField).join(","));
    return (options.bom ? "\uFEFF" : "") + lines.map((l) => l + "\r\n").join("");
  }
  if (records.length === 0) return "(no rows)\n";
  return table([...columns], records.map((r) => columns.map((c) => cell(r[c]).replace(WHITESPACE_RUN, " "))), options.width);
}

/** Whitespace runs flattened in table cells: "Stockholms\nstad". */
const WHITESPACE_RUN = /\s+/g;
/** A CSV field that must be quoted: a comma, quote or line break inside. */
const NEEDS_QUOTES = /[",\r\n]/;
const QUOTE = /"/g;
/**
 * A cell a spreadsheet would run as a formula ("=HYPERLINK(…)", "+…", "-…", "@…"): a quote taken
 * from a paper must not become one, so it gets a leading apostrophe (OWASP's CSV-injection advice).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: unknown): string {
  if (value === null || value === undefined) return "";
  return typeof value === "string" ? value : JSON.stringify(value);
}

/**
 * One CSV field, quoted when needed and guarded against formulas.
 * @example csvField("- att motionen bifalls") // "'- att motionen bifalls"
 */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(QUOTE, '""')}"` : safe;
}

/** Columns get their natural width; on a terminal the widest are cut (with …) until the table fits. */
function table(columns: string[], rows: string[][], width: number | undefined): string {
  const widths = columns.map((c, i) => Math.max(c.length, ...rows.map((r) => r[i]!.length)));
  if (width !== undefined) {
    const budget = width - 2 * (columns.length - 1);
    while (widths.reduce((a, b) => a + b, 0) > budget) {
      const widest = widths.indexOf(Math.max(...widths));
      if (widths[widest]! <= 6) break;
      widths[widest]!--;
    }
  }
  const fit = (s: string, w: number): string => (s.length > w ? s.slice(0, Math.max(0, w - 1)) + "…" : s.padEnd(w));
  const line = (cells: string[]): string => cells.map((c, i) => fit(c, widths[i]!)).join("  ").trimEnd();
  return [line(columns), line(widths.map((w) => "─".repeat(w))), ...rows.map(line)].join("\n") + "\n";
}
