import type { Person } from "@diarium/schema";
import type { NormalizedDocument } from "../document.ts";
import { NAME_LINE } from "./patterns.ts";

/**
 * Who signed: the names under "På kommunstyrelsens vägnar:", the names and titles of a
 * tjänsteskrivelse's signature columns ("Malin Aronsson<tab>Lovisa Eld" over "Kommundirektör<tab>…"),
 * or a protocol's signature block ("Sekreterare" / "Ordförande" / "Justerande" and names).
 */

export type Signature = { person: Person; start: number; end: number };

// The line that opens a signature block: "På kommunstyrelsens vägnar:".
const ON_BEHALF = /^På\s+[\p{L} -]+vägnar:?$/u;
// A signature label of a protocol: "Sekreterare", "Ordförande", "Justerande", "Justerare".
const SIGNATURE_LABEL = /^(Sekreterare|Ordförande|Justerande|Justerare|Vice ordförande)(?:\t(.*))?$/u;
// A title line under signature names: "Kommundirektör", "Samhällsbyggnadschef".
const TITLE_WORD = /^\p{Lu}\p{Ll}+(?:\s\p{Ll}+){0,3}$/u;

function namesIn(line: string, offset: number): { name: string; party: string | null; start: number; end: number }[] {
  const out: { name: string; party: string | null; start: number; end: number }[] = [];
  let at = 0;
  for (const cell of line.split("\t")) {
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
        if (names.length === 0 && /^\p{L}{4,30}$/u.test(textOf(j))) continue;
        if (names.length === 0) break;
        push(names, null);
      }
      continue;
    }
    const label = SIGNATURE_LABEL.exec(t);
    if (label) {
      const roleName = (label[1] as string).toLowerCase();
      const sameLine = label[2] ? namesIn(label[2], (lines[i] as { start: number }).start + t.indexOf(label[2])) : [];
      if (sameLine.length > 0) push(sameLine, roleName);
      else push(namesIn(textOf(i + 1), (lines[i + 1] as { start: number } | undefined)?.start ?? 0), roleName);
    }
  }
  if (out.length > 0) return out;
  // Signature columns at the end of a tjänsteskrivelse: names over titles.
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
