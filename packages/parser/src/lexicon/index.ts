/**
 * The Swedish lexicon: the words of Swedish council writing as data tables, and the factory that
 * turns them into matchers. Nothing outside this folder spells out a Swedish word list.
 */
export * from "./match.ts";
export * from "./abbreviations.ts";
export * from "./bodies.ts";
export * from "./roles.ts";
export * from "./acts.ts";
export * from "./stances.ts";
export * from "./names.ts";
export * from "./months.ts";
export * from "./documents.ts";
export * from "./remiss.ts";
export * from "./decisions.ts";
export * from "./furniture.ts";
export * from "./units.ts";
export * from "./numbers.ts";
export * from "./quantities.ts";
export * from "./meeting.ts";
export * from "./grammar.ts";
export * from "./headings.ts";
export * from "./cues.ts";
export * from "./attendance.ts";
