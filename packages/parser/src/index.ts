export * from "./errors.ts";
export * from "./source.ts";
export * from "./document.ts";
export { decodeText } from "./text/decode.ts";
export { readText, linesOfText } from "./text/read.ts";
export { normalize } from "./normalize/normalize.ts";
export * from "./sections/index.ts";
