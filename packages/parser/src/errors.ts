import { ERROR_CODES, type ErrorCode } from "@diarium/schema/codes";

/**
 * Why a file could not be analysed. Readers return these instead of throwing; the CLI prints
 * them as one line: `path: E_CODE: message`.
 */
/** The failure codes, from the one list of codes in the schema (codes.ts). */
export const READ_ERROR_CODES = ERROR_CODES;
export type ReadErrorCode = ErrorCode;

export type ReadError = { ok: false; code: ReadErrorCode; message: string };

export function readError(code: ReadErrorCode, message: string): ReadError {
  return { ok: false, code, message };
}

export function isReadError(value: unknown): value is ReadError {
  return typeof value === "object" && value !== null && (value as { ok?: unknown }).ok === false && "code" in value;
}
