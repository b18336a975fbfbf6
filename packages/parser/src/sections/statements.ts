import type { NormalizedDocument } from "../document.ts";
import { STATEMENT_RECORDS } from "../lexicon/acts.ts";
import { STATEMENT_FOLLOWS, STATEMENT_NAMES, STATEMENT_NOTE_NAMES } from "../lexicon/headings.ts";
import { alternation, capitalized, formsOf } from "../lexicon/match.ts";
import { GROUP_MARK_WORDS } from "../lexicon/names.ts";
import { regex } from "../text/regex.ts";

/**
 * Reservations and särskilda uttalanden written as a paragraph rather than under a heading:
 * "Reservation anfördes av borgarråden Karin Wanngård och Tomas Rudin (båda S) enligt följande."
 */

export type StatementParagraph = { kind: "reservation" | "sarskilt_uttalande"; start: number; end: number; headingEnd: number; continues: boolean; actor: string | null };

// The end of a statement's first sentence: a full stop or colon before a capital, a list or the end.
// "m.fl. (S)" does not end it; "… enligt följande." and "…, bilaga 1." do.
const SENTENCE_END = regex(String.raw`[.:](?=\s+[\p{Lu}\d"”]|\s*$)`, "u");

// The opening of a statement paragraph: "Reservation anfördes av", "Särskilt uttalande gjordes av".
const STATEMENT_OPENING = regex(
  String.raw`^(${alternation(capitalized([...formsOf(STATEMENT_NAMES), ...formsOf(STATEMENT_NOTE_NAMES)]))})\s+${alternation(formsOf(STATEMENT_RECORDS))}\b`,
  "u",
);
// A statement whose text follows: "… enligt följande.", "… följande:".
const CONTINUES = regex(String.raw`${alternation(formsOf(STATEMENT_FOLLOWS))}[.:]?\s*$|:\s*$`, "u");
// A party code in a statement's opening: "(båda S)", "(MP)", "m.fl. (S)".
const PARTY_IN_PARENS = regex(String.raw`\(${alternation(formsOf(GROUP_MARK_WORDS))}?\s*([A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,2}|[a-zåäö]{1,3})\)`, "gu");

/** The kind of statement its name makes: "Reservationer" a reservation, "Särskilt uttalande" and the notes a särskilt uttalande. */
function statementKind(name: string): StatementParagraph["kind"] {
  const written = name.toLowerCase().replace(/\s+/gu, " ");
  return STATEMENT_NAMES.find((row) => (row.forms as readonly string[]).includes(written))?.kind ?? "sarskilt_uttalande";
}

/** Length of the first sentence of a paragraph (the whole paragraph when it has one sentence). */
function firstSentenceLength(paragraph: string): number {
  const m = SENTENCE_END.exec(paragraph);
  return m ? m.index + 1 : paragraph.length;
}

/**
 * Statement paragraphs of the document, with the parties that made them as `actor` ("S", "MP, S, V").
 * @example statementParagraphs(doc)[0] // { kind: "reservation", actor: "S", continues: true, … }
 */
export function statementParagraphs(doc: NormalizedDocument): StatementParagraph[] {
  const out: StatementParagraph[] = [];
  const lines = doc.lines;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    // A statement opens a paragraph, or a line after a finished sentence (a page turn hides the blank).
    const prev = lines[i - 1];
    if (!line.paragraphStart && !(prev && /[.:]$/u.test(doc.text.slice(prev.start, prev.end).trim()))) continue;
    const m = STATEMENT_OPENING.exec(doc.text.slice(line.start, line.end));
    if (!m) continue;
    let j = i;
    while (j + 1 < lines.length && !(lines[j + 1] as { paragraphStart: boolean }).paragraphStart) j++;
    const end = (lines[j] as { end: number }).end;
    const paragraph = doc.text.slice(line.start, end);
    const codes = new Set<string>();
    for (const p of paragraph.matchAll(PARTY_IN_PARENS)) codes.add((p[1] as string).toUpperCase());
    out.push({
      kind: statementKind(m[1] as string),
      start: line.start,
      end,
      headingEnd: line.start + firstSentenceLength(paragraph),
      continues: CONTINUES.test(paragraph),
      actor: codes.size > 0 ? [...codes].join(", ") : null,
    });
  }
  return out;
}
