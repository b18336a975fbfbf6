/** Dates, figures and sum checks: the fact families the package index re-exports. */
export { extractDates } from "./extractors/dates.ts";
export { extractFigures } from "./extractors/figures.ts";
export { checkSums } from "./extractors/checks.ts";
export { parseSwedishNumber, parseSwedishDigits, parseSwedishNumberWord } from "./swedish/numbers.ts";
export { monthNumber, isoDate } from "./swedish/dates.ts";
