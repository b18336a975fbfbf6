import { z } from "zod";
import { PARTIES, PositionKind, Stance, partyCode } from "@diarium/schema";

/**
 * Query options checked at the boundary: a value the archive cannot mean is a usage error (exit 2)
 * that lists the valid values, never an empty result.
 */

/** A bad option value: the option, what was given, and the valid values. */
export class OptionError extends Error {}

/** YYYY, YYYY-MM or YYYY-MM-DD: "2013", "2013-09", "2013-09-18". */
const ISO_DATE = /^(?<year>\d{4})(?:-(?<month>\d{2})(?:-(?<day>\d{2}))?)?$/;

/** Whether year-month-day is a day of the calendar (2013-02-29 is not). */
function isCalendarDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/**
 * A date bound: "2013" from is 2013-01-01 and to is 2013-12-31; "2013-09" likewise by month.
 * @example dateBound("from").parse("2013-09") // "2013-09-01"
 */
export function dateBound(side: "from" | "to") {
  return z.string().transform((text, ctx) => {
    const m = ISO_DATE.exec(text.trim())?.groups;
    const year = Number(m?.["year"]);
    const month = m?.["month"] === undefined ? (side === "from" ? 1 : 12) : Number(m["month"]);
    const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const day = m?.["day"] === undefined ? (side === "from" ? 1 : lastDay) : Number(m["day"]);
    if (!m || month < 1 || month > 12 || !isCalendarDay(year, month, day)) {
      ctx.addIssue({ code: "custom", message: `not a date: "${text}"; valid: YYYY-MM-DD (2013-09-18), YYYY-MM or YYYY` });
      return z.NEVER;
    }
    return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  });
}

/** The list of parties for an error message: "S (Socialdemokraterna), M (Moderaterna), …". */
function partyList(extra: readonly string[]): string {
  return [...PARTIES.map((p) => `${p.code} (${p.name})`), ...extra].join(", ");
}

/**
 * A party by code or name in words, any case: "mp", "MP", "Miljöpartiet", "miljöpartiet de gröna"
 * → "MP". `archiveCodes` are codes the archive holds beyond the vocabulary (local lists).
 * @example partyOption(["SPI"]).parse("Miljöpartiet") // "MP"
 */
export function partyOption(archiveCodes: readonly string[] = []) {
  const known = new Set(PARTIES.map((p) => p.code));
  const local = archiveCodes.filter((c) => !known.has(c));
  return z.string().transform((text, ctx) => {
    const code = partyCode(text);
    if (known.has(code) || local.includes(code)) return code;
    const words = text.trim().toLowerCase();
    const byName = PARTIES.find((p) => p.name.toLowerCase() === words || p.name.toLowerCase().split(" ")[0] === words || p.stems.some((s) => words.startsWith(s)));
    if (byName) return byName.code;
    ctx.addIssue({ code: "custom", message: `unknown party "${text}"; valid: ${partyList(local)}` });
    return z.NEVER;
  });
}

/** A stance, with the valid values in the message. */
export const stanceOption = z.string().transform((text, ctx) => {
  const parsed = Stance.safeParse(text.trim().toLowerCase());
  if (parsed.success) return parsed.data;
  ctx.addIssue({ code: "custom", message: `unknown stance "${text}"; valid: ${Stance.options.join(", ")}` });
  return z.NEVER;
});

/** A position kind, with the valid values in the message. */
export const kindOption = z.string().transform((text, ctx) => {
  const parsed = PositionKind.safeParse(text.trim().toLowerCase());
  if (parsed.success) return parsed.data;
  ctx.addIssue({ code: "custom", message: `unknown kind "${text}"; valid: ${PositionKind.options.join(", ")}` });
  return z.NEVER;
});

/** A paragraph number as a user types it: "§ 114", "§114", "114", "114 a". */
const PARAGRAPH = /^(?:§\s*)?(?<number>\d+)\s*(?<letter>[a-z])?$/i;

/**
 * A paragraph (§) of a whole protocol, written as the analyses write it: "114", "§114" and
 * "§ 114" are all "§ 114".
 * @example itemOption.parse("§114") // "§ 114"
 */
export const itemOption = z.string().transform((text, ctx) => {
  const m = PARAGRAPH.exec(text.trim())?.groups;
  if (m) return `§ ${m["number"]}${m["letter"] ? ` ${m["letter"].toLowerCase()}` : ""}`;
  ctx.addIssue({ code: "custom", message: `not a paragraph: "${text}"; valid: a § number, "§ 114", "§114" or "114"` });
  return z.NEVER;
});

/** What a date filter does with papers that state no date. */
export const Undated = z.enum(["include", "exclude", "only"]);
export type Undated = z.infer<typeof Undated>;

/** A text filter: "Socialnämnden"; blank is no filter. */
const FilterText = z.string().trim().min(1).optional();

/** The date filter of every query: `from`/`to` bounds and what to do with undated papers. */
export const dateFilterOptions = { from: dateBound("from").optional(), to: dateBound("to").optional(), undated: Undated.default("exclude") };

/**
 * The filters of the stance table, one schema for `diarium query stance` and `diarium serve`'s
 * stance page: the same values are valid, with the same messages, in a terminal and in a browser.
 * @example stanceFilterOptions(["SPI"]).parse({ party: "miljöpartiet", from: "2013" }) // { party: "MP", from: "2013-01-01", undated: "exclude" }
 */
export function stanceFilterOptions(archiveCodes: readonly string[] = []) {
  return z.object({
    ...dateFilterOptions,
    party: partyOption(archiveCodes).optional(),
    stance: stanceOption.optional(),
    kind: kindOption.optional(),
    forum: FilterText,
    municipality: FilterText,
    item: itemOption.optional(),
  });
}

/** The output formats of query, search and export tables. */
export const RowFormat = z.enum(["table", "json", "csv", "ndjson"]);
export type RowFormat = z.infer<typeof RowFormat>;

/**
 * Parses command options with a zod object schema; a bad value becomes an {@link OptionError}
 * naming the option: `--party: unknown party "XYZ"; valid: S (Socialdemokraterna), …`.
 * @example parseOptions(z.object({ from: dateBound("from").optional() }), { from: "2013" }) // { from: "2013-01-01" }
 */
export function parseOptions<S extends z.ZodType>(schema: S, values: unknown): z.output<S> {
  const parsed = schema.safeParse(values);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const option = issue?.path[0] === undefined ? "" : `--${String(issue.path[0]).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: `;
  throw new OptionError(`${option}${issue?.message ?? "invalid option"}`);
}
