import type { Section } from "@diarium/schema";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildSections, isReadError, linesOfText, normalize, readMetadata, readText } from "@diarium/parser";
import { hasShared, isSharedPaper, noteSkipped, paperPath } from "./shared.ts";

/**
 * The same paper laid out again must give the same sections and metadata: single instead of
 * doubled line ends, CRLF, re-wrapped at 60 columns with words hyphenated, page marks and a running
 * header put in at new places.
 */

const PAPERS = [
  "stockholm-utlatande-2013-125.txt",
  "hagersten-liljeholmen-tjansteutlatande-2009.txt",
  "real/kungsbacka-tjansteskrivelse-2023-12-06-hyreskontrakt-nyanlanda.txt",
  "real/molndal-kf-2024-10-16-166-brukningsavgift-va.txt",
].filter((p) => hasShared || !isSharedPaper(p));
noteSkipped("relayout");

function clean(path: string): string {
  const raw = readText(new Uint8Array(readFileSync(paperPath(path))));
  if (isReadError(raw)) throw new Error(raw.message);
  return normalize(raw).text;
}

/** Lines that stand alone in any layout: headings, names, labels, signature columns. */
const standsAlone = (line: string) => line.length < 45 || line.includes("\t") || /^(?:\d+\.|•|-)\s|^(?:Motion|Skrivelse) \(/.test(line);

/** Re-wraps each paragraph at `width`, splitting long lower-case words with a hyphen as typesetters do. */
function rewrap(text: string, width: number): string {
  return text
    .split("\n\n")
    .map((paragraph) => {
      const out: string[] = [];
      let run: string[] = [];
      const flush = () => {
        let line = "";
        for (const word of run.join(" ").split(" ")) {
          if ((line + " " + word).trim().length <= width) line = (line + " " + word).trim();
          else if (/^\p{Ll}{10,}[.,]?$/u.test(word) && Math.min(word.length - 4, width - line.length - 2) >= 4) {
            const cut = Math.min(word.length - 4, width - line.length - 2);
            out.push(`${line} ${word.slice(0, cut)}-`.trim());
            line = word.slice(cut);
          } else {
            if (line) out.push(line);
            line = word;
          }
        }
        if (line) out.push(line);
        run = [];
      };
      for (const line of paragraph.split("\n")) {
        if (standsAlone(line)) {
          flush();
          out.push(line);
        } else run.push(line);
      }
      flush();
      return out.join("\n");
    })
    .join("\n\n");
}

/** Doubles every line end, as PDF extraction does; paragraphs get a line of one space between. */
const doubled = (text: string) => text.split("\n\n").map((p) => p.split("\n").join(" \n\n")).join(" \n\n \n\n");
/** Puts a page mark and a running header (on the first page too) in after every 25th line, at a paragraph edge. */
function paged(text: string): string {
  return `Stadsledningskontoret Kansliet\n\n${pagedBody(text)}`;
}

function pagedBody(text: string): string {
  const paras = text.split("\n\n");
  let lines = 0;
  let page = 1;
  return paras
    .map((p) => {
      lines += p.split("\n").length;
      if (lines < 25) return p;
      lines = 0;
      page++;
      return `${p}\n\nSida ${page - 1} (9)\n\nStadsledningskontoret Kansliet`;
    })
    .join("\n\n");
}

function shape(sections: readonly Section[]): unknown[] {
  return sections.map((s) => [s.kind, s.heading.replace(/\s+/g, " "), s.actor, shape(s.children)]);
}

function analysisOf(text: string) {
  const doc = normalize(linesOfText(text));
  const sections = buildSections(doc);
  const { evidence: _evidence, ...meta } = readMetadata(doc, sections);
  return { sections: shape(sections), meta };
}

describe.each(PAPERS)("%s laid out again", (path) => {
  const text = clean(path);
  const expected = analysisOf(text);
  it.each([
    ["doubled line ends", doubled(text)],
    ["CRLF line ends", text.replace(/\n/g, "\r\n")],
    ["re-wrapped at 60 columns with hyphenation", rewrap(text, 60)],
    ["page marks and a running header", paged(text)],
  ])("gives the same sections and metadata with %s", (_name, variant) => {
    expect(analysisOf(variant)).toEqual(expected);
  });
});
