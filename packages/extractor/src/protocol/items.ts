import { DNR_LABELS, alternation, diarienummerOf, formsOf, type Span, regex } from "@diarium/parser";

/**
 * The paragraphs (§§) of a whole meeting protocol. A paragraph opens on a line of its own that
 * starts with its number ("§ 95 2026.016 KS", "§ 87\tDnr VO-2023-00042", "§108"); a protocol
 * numbers its paragraphs one after another, so the paragraphs are the longest run of consecutive
 * numbers, each at its last opening line: a table of contents or an attendance note ("§ 96") that
 * names a number earlier is passed over, and so are "forts. § 89" marks and bullets ("• §68 KSAU").
 * A paper with one paragraph is a protocol extract, not a whole protocol: it has none.
 */
export type Paragraph = Span & { number: number; title: string | null; diarienummer: string[]; headerEnd: number };

// A paragraph's opening line: "§ 95 2026.016 KS", "§ 87\tDnr VO-2023-00042", "§108".
const OPENING = /^§\s?(\d{1,4})(?![\d:])([^\n]*)$/gmu;

/**
 * The paragraphs of a whole protocol, or [] for a paper about one matter.
 * @example paragraphsOf("§ 87\tDnr VO-2023-00042\nFörändring av ärendelistan\n…\n§ 88\tDnr VO-2024-00122\nYttrande över motion …").map((p) => p.number) // [87, 88]
 */
export function paragraphsOf(text: string): Paragraph[] {
  const last = new Map<number, { at: number; rest: string; lineEnd: number }>();
  for (const m of text.matchAll(OPENING)) {
    const at = m.index ?? 0;
    last.set(Number(m[1]), { at, rest: m[2] ?? "", lineEnd: at + m[0].length });
  }
  // the longest run of consecutive numbers standing in the text in their order
  const numbers = [...last.keys()].sort((a, b) => a - b);
  let best: number[] = [];
  let run: number[] = [];
  for (const n of numbers) {
    const prev = run[run.length - 1];
    if (prev !== undefined && n === prev + 1 && (last.get(n)?.at ?? 0) > (last.get(prev)?.at ?? 0)) run.push(n);
    else run = [n];
    if (run.length > best.length) best = [...run];
  }
  if (best.length < 2) return [];
  return best.map((n, k) => {
    const open = last.get(n) as { at: number; rest: string; lineEnd: number };
    const next = best[k + 1];
    const end = next === undefined ? text.length : (last.get(next)?.at ?? text.length);
    const header = headerOf(text, open.at, open.lineEnd, end);
    return { number: n, start: open.at, end, ...header };
  });
}

// A line that is only a diarienummer: "Dnr VO-2024-00122", "Diarienummer: RS 2022/0412", "2026.016 KS".
const DNR_LABEL = String.raw`${alternation(formsOf(DNR_LABELS))}[.:]?\s*`;
// The label before a bare number: "Dnr ", "Diarienr: ".
const DNR_LABEL_FIRST = regex(`^${DNR_LABEL}`, "iu");
const DNR_ONLY = regex(String.raw`^(?:${DNR_LABEL})?[\p{Lu}\d][\p{L}\d./:-]*\d[\p{L}\d./:-]*(?:\s+\p{Lu}{1,5})?$`, "iu");

/** A paragraph's title and diarienummer: on its opening line, or on the lines under it. */
function headerOf(text: string, start: number, lineEnd: number, end: number): { title: string | null; diarienummer: string[]; headerEnd: number } {
  const lines = text.slice(start, Math.min(end, lineEnd + 400)).split("\n");
  const opening = (lines[0] ?? "").replace(/^§\s?\d{1,4}/u, "");
  const cells = opening.split("\t").map((c) => c.trim()).filter(Boolean);
  let title: string | null = null;
  let used = 1;
  const headerText: string[] = [opening];
  for (const cell of cells) if (!DNR_ONLY.test(cell) && cell.length > 3 && !title) title = cell;
  // a title on the lines under the opening, up to the first blank line or heading-length line
  if (!title) {
    const parts: string[] = [];
    for (let i = 1; i < lines.length && i < 5; i++) {
      const line = (lines[i] ?? "").trim();
      if (!line) {
        if (parts.length) break;
        continue;
      }
      if (!parts.length && DNR_ONLY.test(line) && line.length < 40) {
        headerText.push(line);
        used = i + 1;
        continue;
      }
      parts.push(line);
      used = i + 1;
      // a title wraps over at most three lines, and ends where a sentence or a heading would
      if (/[.:]$/u.test(line) || parts.length >= 3 || line.length < 50) break;
    }
    title = parts.join(" ").trim() || null;
  }
  // the paragraph's diarienummer on lines of their own under its header: "§63 Anmälan av motioner\n\nDnr. 2011/KS 0206 001\n\nDnr. 2011/KS 0207 001"
  for (let i = used; i < lines.length && i < used + 6; i++) {
    const line = (lines[i] ?? "").trim();
    if (!line) continue;
    if (line.length >= 40 || !(DNR_ONLY.test(line) || DNR_LABEL_FIRST.test(line))) break;
    headerText.push(line);
    used = i + 1;
  }
  const found = diarienummerOf({ text: headerText.join("\n") }, headerText.join("\n").length);
  // a bare number on the opening line ("§ 95 2026.016 KS") is the paragraph's own Dnr
  const bare = headerText.flatMap((h) => h.split("\t")).map((c) => c.trim()).filter((c) => DNR_ONLY.test(c)).map((c) => c.replace(DNR_LABEL_FIRST, ""));
  const diarienummer = found.length ? found : bare;
  const headerEnd = start + lines.slice(0, used).join("\n").length;
  return { title, diarienummer, headerEnd };
}
