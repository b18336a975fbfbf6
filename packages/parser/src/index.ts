export * from "./errors.ts";
export * from "./source.ts";
export * from "./document.ts";
