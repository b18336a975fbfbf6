export { readByOcr, ocrLinesOf, knownWordsOf, type OcrEngine, type OcrOptions, type OcrPageText, type OcrReport, type OcrResult } from "./pages.ts";
export { pagesToOcr, textLayerQuality, textLayerVerdict, type OcrMode, type TextLayerQuality } from "./quality.ts";
export { repairToken, marksMended, isKnownWord, type KnownWords } from "./repair.ts";
export { wordsOfTsv, meanConfidence, type OcrWord, type OcrPageWords } from "./tsv.ts";
export { ocrItemsOf, skewOf, type OcrItem } from "./layout.ts";
