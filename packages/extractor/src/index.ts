export { analyzeInput, analyzeDocument, type AnalyzeInput, type AnalyzeOptions, type AnalyzeResult } from "./analyze.ts";
export { extractDates, extractFigures, checkSums, parseSwedishNumber, parseSwedishDigits, parseSwedishNumberWord } from "./facts.ts";
export { extractStances, type Stances } from "./stances.ts";
export { finishAnalysis } from "./finish.ts";
