import { readError, type ReadError } from "../errors.ts";

export type DecodedText = { ok: true; text: string; encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1252" };

/** Share of control characters (not tab, line ends or form feed) above which a file is binary. */
const MAX_CONTROL_SHARE = 0.001;
// A control character that has no place in text: "\u0000", "\u0007", "\u007f".
const CONTROL_CHAR = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;

function utf16Guess(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  // UTF-16 without a BOM: Latin text leaves a zero byte in every other position.
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const half = n / 2;
  if (oddZero > half * 0.4 && evenZero < half * 0.05) return "utf-16le";
  if (evenZero > half * 0.4 && oddZero < half * 0.05) return "utf-16be";
  return null;
}

/**
 * Decodes the bytes of a text paper: UTF-8 with or without BOM, UTF-16 LE/BE (BOM, or the zero-byte
 * pattern of Latin text), and Windows-1252 when the bytes are not valid UTF-8. Refuses empty,
 * whitespace-only and binary content.
 * @example decodeText(new TextEncoder().encode("Ärendet")) // { ok: true, text: "Ärendet", encoding: "utf-8" }
 */
export function decodeText(bytes: Uint8Array): DecodedText | ReadError {
  if (bytes.length === 0) return readError("E_EMPTY", "the file is empty");
  let encoding: DecodedText["encoding"];
  let body = bytes;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    encoding = "utf-8";
    body = bytes.subarray(3);
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = "utf-16le";
    body = bytes.subarray(2);
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = "utf-16be";
    body = bytes.subarray(2);
  } else {
    encoding = utf16Guess(bytes) ?? "utf-8";
  }
  let text: string;
  if (encoding === "utf-8") {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(body);
    } catch {
      // Not UTF-8: Swedish papers of the 2000s are often Windows-1252 (a superset of Latin-1).
      encoding = "windows-1252";
      text = new TextDecoder("windows-1252").decode(body);
    }
  } else {
    try {
      text = new TextDecoder(encoding, { fatal: true }).decode(body);
    } catch {
      return readError("E_ENCODING", `invalid ${encoding.toUpperCase()} text`);
    }
  }
  if (text.trim() === "") return readError("E_EMPTY", "the file holds only whitespace");
  const controls = text.match(CONTROL_CHAR)?.length ?? 0;
  if (text.includes("\u0000") || controls > Math.max(2, text.length * MAX_CONTROL_SHARE)) {
    return readError("E_BINARY", "binary content (NUL or control bytes), not a text paper");
  }
  return { ok: true, text, encoding };
}
