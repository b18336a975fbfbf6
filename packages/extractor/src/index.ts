export { analyzeInput, analyzeDocument, type AnalyzeInput, type AnalyzeOptions, type AnalyzeResult } from "./analyze.ts";
