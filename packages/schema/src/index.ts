export * from "./analysis.ts";
export * from "./parties.ts";
export * from "./validate.ts";
export * from "./codes.ts";
