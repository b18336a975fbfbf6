/** Dates, figures and sum checks: the fact families of issue 5, for the package index to re-export. */
export { extractDates } from "./extractors/dates.ts";
export { extractFigures } from "./extractors/figures.ts";
export { checkSums } from "./extractors/checks.ts";
export { parseSwedishNumber, parseSwedishDigits, parseSwedishNumberWord } from "./swedish/numbers.ts";
export { monthNumber, isoDate } from "./swedish/dates.ts";
