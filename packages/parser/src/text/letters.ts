/**
 * Tests of one letter class that the rules run on a line, a cell or a character ("does it open with
 * a capital?"), compiled once here with regex() instead of in each module that asks.
 */
import { regex } from "./regex.ts";

/** A letter anywhere: "Kommunstyrelsen", not "2024-10-22". */
export const LETTER = regex(String.raw`\p{L}`, "u");
/** Three letters in a row: a word ("Detaljplan för …"), not "§ 12" or "KS 2023/0412". */
export const THREE_LETTERS = regex(String.raw`\p{L}{3}`, "u");
/** A small letter anywhere: "Beslut", not "KS, KF". */
export const LOWER = regex(String.raw`\p{Ll}`, "u");
/** A capital anywhere. */
export const UPPER = regex(String.raw`\p{Lu}`, "u");
/** Opens with a capital: "Beslut", "Stadsbyggnadsnämnden", not "beslut". */
export const CAPITAL_FIRST = regex(String.raw`^\p{Lu}`, "u");
/** Opens with a capital and a small letter: a word, not a code ("Socialdemokraterna", not "S"). */
export const WORD_OPENING = regex(String.raw`^\p{Lu}\p{Ll}`, "u");
