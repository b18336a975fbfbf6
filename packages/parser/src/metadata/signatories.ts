import type { Person } from "@diarium/schema";
import type { NormalizedDocument } from "../document.ts";
import { OFFICE_LABELS } from "../lexicon/attendance.ts";
import { ON_BEHALF_WORDS, SIGNATURE_LABELS } from "../lexicon/documents.ts";
import { alternation, capitalized, formsOf } from "../lexicon/match.ts";
import { officeLabelRole } from "./attendance.ts";
import { NAME_LINE } from "./patterns.ts";
import { regex } from "../text/regex.ts";

/**
 * Who signed: the names under "På kommunstyrelsens vägnar:", the names and titles of a
 * tjänsteskrivelse's signature columns ("Malin Aronsson<tab>Lovisa Eld" over "Kommundirektör<tab>…"),
 * or a protocol's signature block ("Sekreterare" / "Ordförande" / "Justerande" and names, "Vid protokollet" over
 * the secretary's name, "Underskrifter\tSekreterare\tLisa Wennberg"). The secretary signs too and keeps the
 * role "sekreterare".
 */

export type Signature = { person: Person; start: number; end: number };

// The line that opens a signature block: "På kommunstyrelsens vägnar:".
const ON_BEHALF = regex(String.raw`^${alternation(capitalized(ON_BEHALF_WORDS.map((r) => r.opening)))}\s+[\p{L} -]+${alternation(ON_BEHALF_WORDS.map((r) => r.closing))}:?$`, "u");
// A signature label of a protocol, alone in its cell: "Sekreterare", "Vid protokollet", "Justerare".
const SIGNATURE_LABEL = regex(String.raw`^${alternation(formsOf(SIGNATURE_LABELS))}$`, "iu");

/** The role a signature label gives: "Vid protokollet" → "sekreterare", "Justerande" → "justerare". */
function labelRole(label: string): string | null {
  const l = label.toLowerCase().replace(/\s+/gu, " ");
  return SIGNATURE_LABELS.find((row) => (row.forms as readonly string[]).includes(l))?.role ?? null;
}
// An office label and a name on one line, a space apart: "Protokolljusterare Per Hoel (SD)".
const LABEL_AND_NAME = regex(String.raw`^(${alternation(formsOf(OFFICE_LABELS))})[ ]+(?=\p{Lu})`, "iu");

// The separators of a list of names in one cell: "Per Nyberg (M) och Ann-Sofie Ek (C)", "A, B och C".
const LIST_SEPARATOR = /,\s*|\s+och\s+/u;
// A title line under signature names: "Kommundirektör", "Samhällsbyggnadschef".
// A line that is one word of letters: a letter-spaced name whose gaps were lost ("Stennordin").
const ONE_WORD = regex(String.raw`^\p{L}{4,30}$`, "u");
const TITLE_WORD = regex(String.raw`^\p{Lu}\p{Ll}+(?:\s\p{Ll}+){0,3}$`, "u");

function namesIn(line: string, offset: number, lists = false): { name: string; party: string | null; start: number; end: number }[] {
  const out: { name: string; party: string | null; start: number; end: number }[] = [];
  let at = 0;
  // after a signature label, a cell may list the names: "Justerare\tPer Nyberg (M) och Ann-Sofie Ek (C)"
  const cells = line.split("\t").flatMap((cell) => (lists && !NAME_LINE.test(cell.trim()) ? cell.split(LIST_SEPARATOR) : [cell]));
  for (const cell of cells) {
    const trimmed = cell.trim();
    const m = NAME_LINE.exec(trimmed);
    const start = offset + line.indexOf(trimmed, at);
    at = start - offset + trimmed.length;
    if (!m) return [];
    out.push({ name: m[1] as string, party: m[2] ? (m[2] === "-" ? null : (m[2] as string).toUpperCase()) : null, start, end: start + trimmed.length });
  }
  return out;
}

/**
 * The signatories of the paper, in order, outside its attachments.
 * @example signatoriesOf(doc, end).map((s) => s.person.name) // ["Sten Nordin", "Anna König Jerlmyr", "Ulrika Gunnarsson"]
 */
export function signatoriesOf(doc: NormalizedDocument, attachmentsStart: number): Signature[] {
  const lines = doc.lines.filter((l) => l.start < attachmentsStart);
  const textOf = (i: number) => {
    const l = lines[i];
    return l ? doc.text.slice(l.start, l.end).trim() : "";
  };
  const out: Signature[] = [];
  const seen = new Set<string>();
  const push = (names: ReturnType<typeof namesIn>, role: string | null) => {
    for (const n of names) {
      if (seen.has(n.name)) continue;
      seen.add(n.name);
      out.push({ person: { name: n.name, party: n.party, role }, start: n.start, end: n.end });
    }
  };
  for (let i = 0; i < lines.length; i++) {
    const t = textOf(i);
    if (ON_BEHALF.test(t)) {
      for (let j = i + 1; j < lines.length; j++) {
        const names = namesIn(textOf(j), (lines[j] as { start: number }).start);
        // A letter-spaced name whose word gap the PDF lost ("S T E N N O R D I N" → "Stennordin")
        // cannot be split surely; it is passed over, and the names under it still count.
        if (names.length === 0 && ONE_WORD.test(textOf(j))) continue;
        if (names.length === 0) break;
        push(names, null);
      }
      continue;
    }
    // A label cell, and the names in the cells after it or on the next line:
    // "Justerare\tPer Nyberg\tAnn-Sofie Ek", "Underskrifter\tSekreterare\tLisa Wennberg", "Vid protokollet\nMaria Nordin".
    const cells = t.includes("\t") ? t.split("\t") : [t];
    const k = cells.findIndex((c) => SIGNATURE_LABEL.test(c.trim()));
    const spaced = cells.length === 1 ? LABEL_AND_NAME.exec(t) : null;
    if (k < 0 && spaced) {
      const line = lines[i] as { start: number; end: number };
      const from = line.start + doc.text.slice(line.start, line.end).indexOf(t) + spaced[0].length;
      push(namesIn(t.slice(spaced[0].length), from), officeLabelRole(spaced[1] as string));
      continue;
    }
    if (k < 0 || k > 1) continue;
    const roleName = labelRole((cells[k] as string).trim());
    const after = cells.slice(k + 1).join("\t");
    const line = lines[i] as { start: number; end: number };
    const tStart = line.start + doc.text.slice(line.start, line.end).indexOf(t);
    // the names fill the cells after the label, or only the first of them when another field follows
    // ("Sekreterare\tVera Lagerström\tParagrafer 87-102")
    const firstCell = cells[k + 1] ?? "";
    const sameLine = after.trim() ? (namesIn(after, tStart + t.length - after.length, true).length > 0 ? namesIn(after, tStart + t.length - after.length, true) : namesIn(firstCell, tStart + t.length - after.length, true)) : [];
    if (sameLine.length > 0) push(sameLine, roleName);
    else if (!after.trim()) push(namesIn(textOf(i + 1), (lines[i + 1] as { start: number } | undefined)?.start ?? 0), roleName);
  }
  // Signature columns at the end of a paper: names over titles or signature labels
  // ("Malin Aronsson\tLovisa Eld" over "Kommundirektör\tSamhällsbyggnadschef", "Henrik Malmqvist\tKarin Sjöholm" over "Ordförande\tJusterare").
  for (let i = lines.length - 2; i >= Math.max(0, lines.length - 6); i--) {
    const names = namesIn(textOf(i), (lines[i] as { start: number }).start);
    const titles = textOf(i + 1).split("\t").map((s) => s.trim());
    if (names.length > 0 && titles.length === names.length && titles.every((x) => TITLE_WORD.test(x) && !NAME_LINE.test(x))) {
      names.forEach((n, k) => push([n], (titles[k] as string).toLowerCase()));
      break;
    }
  }
  return out;
}
