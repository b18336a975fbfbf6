import { describe, expect, it } from "vitest";
import { decodeText, isReadError, readText } from "../src/index.ts";

const utf8 = (s: string) => new TextEncoder().encode(s);

describe("decodeText", () => {
  it("reads UTF-8 with and without a BOM", () => {
    expect(decodeText(utf8("Ärendet"))).toEqual({ ok: true, text: "Ärendet", encoding: "utf-8" });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("Ärendet")]))).toEqual({ ok: true, text: "Ärendet", encoding: "utf-8" });
  });

  it("reads UTF-16 LE and BE with a BOM", () => {
    const le = new Uint8Array([0xff, 0xfe, ...[..."Bifall åäö"].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    const be = new Uint8Array([0xfe, 0xff, ...[..."Bifall åäö"].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff])]);
    expect(decodeText(le)).toMatchObject({ ok: true, text: "Bifall åäö", encoding: "utf-16le" });
    expect(decodeText(be)).toMatchObject({ ok: true, text: "Bifall åäö", encoding: "utf-16be" });
  });

  it("falls back to Windows-1252 when the bytes are not UTF-8, so å ä ö come out right", () => {
    // "Förslag till beslut: avslå" in Latin-1
    const latin1 = new Uint8Array([..."Förslag till beslut: avslå"].map((c) => c.charCodeAt(0)));
    expect(decodeText(latin1)).toEqual({ ok: true, text: "Förslag till beslut: avslå", encoding: "windows-1252" });
  });

  it("refuses empty, whitespace-only and binary content with a reason", () => {
    expect(decodeText(new Uint8Array())).toMatchObject({ ok: false, code: "E_EMPTY" });
    expect(decodeText(utf8(" \n\t\r\n "))).toMatchObject({ ok: false, code: "E_EMPTY" });
    expect(decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0x12, 0x00]))).toMatchObject({ ok: false, code: "E_BINARY" });
    expect(decodeText(utf8("Beslut\u0000\u0001\u0002\u0003"))).toMatchObject({ ok: false, code: "E_BINARY" });
  });
});

describe("readText", () => {
  it("cuts lines at CRLF, LF and lone CR, and pages at form feeds", () => {
    const raw = readText(utf8("Sida 1\r\nBeslut\rBifall\n\fSida 2\nSlut"));
    expect(isReadError(raw)).toBe(false);
    if (isReadError(raw)) return;
    expect(raw.lines.map((l) => [l.text, l.page])).toEqual([
      ["Sida 1", 1],
      ["Beslut", 1],
      ["Bifall", 1],
      ["Sida 2", 2],
      ["Slut", 2],
    ]);
    expect(raw.pages).toBe(2);
    for (const l of raw.lines) expect(raw.raw.slice(l.start, l.start + l.text.length)).toBe(l.text);
  });
});
