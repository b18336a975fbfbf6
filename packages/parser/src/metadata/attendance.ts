import { ATTENDANCE_LABELS, CLOCK_WORDS, MEETING_OFFICES, NOT_MEETING_PLACE, OFFICE_LABELS, PLACE_LABELS, SUBSTITUTION_WORDS } from "../lexicon/attendance.ts";
import { alternation, formsOf } from "../lexicon/match.ts";
import { NAME } from "./patterns.ts";
import { regex } from "../text/regex.ts";
import { NOT_AFTER_LETTER } from "../text/boundaries.ts";
import { CAPITAL_FIRST } from "../text/letters.ts";

/**
 * A protocol's first page(s): who attended in which role (ledamot, tjänstgörande ersättare, ersättare,
 * with the chair's and vice chairs' offices), who replaced whom from which paragraph, who holds the
 * offices of the meeting (ordförande, sekreterare, justerare), and where the meeting was held. Blocks
 * are labelled in a margin cell ("Beslutande\tJan-Erik Wallin (M) (ordförande)") or by a header line
 * of columns ("Beslutande\tLedamöter\tTjänstgörande ersättare"); a cell is a column when a tab apart.
 */

/** Who a substitute replaced, and for which paragraphs: "§§99-110 ersätter Peter Norlander (S)". */
export type Replacement = { name: string; party: string | null; from: string | null; to: string | null };
/** One member on the attendance list, with the span of the cell that lists them. */
export type Attendee = { name: string; party: string | null; roles: string[]; replaces: Replacement | null; start: number; end: number };
/** The attendance reading: members, the meeting's place, and the span read (the list and the offices). */
export type Attendance = {
  attendees: Attendee[];
  place: { text: string; start: number; end: number } | null;
  span: { start: number; end: number } | null;
};

type Column = { role: string | null; member: boolean };

// A label of an attendance block, one or two in a cell: "Beslutande", "Övriga närvarande Ersättare".
const BLOCK_LABEL = alternation(formsOf(ATTENDANCE_LABELS));
const BLOCK_CELL = regex(String.raw`^(${BLOCK_LABEL})(?:\s+(${BLOCK_LABEL}))?$`, "iu");
// A party mark: "(M)", "(-)".
const MARK = String.raw`\((\p{L}{1,3}|-)\)`;
// A member cell: "Irene Jonsson (S) §§99-110 ersätter Peter Norlander (S)", "Monica Neptun (L), 1:e vice ordförande".
const MEMBER_CELL = regex(String.raw`^(${NAME})\s*${MARK}(.*)$`, "u");
// The office after the party: ", ordförande" or " (vice ordförande)".
const OFFICE_AFTER = regex(String.raw`^[\s,]*\(?(${alternation(formsOf(MEETING_OFFICES))})\)?`, "iu");
// The paragraphs a member sat for: "§§99-110", "§ 92", "§§ 90-91".
const PARAGRAPHS = /§§?\s*(\d+)(?:\s*[-–]\s*(\d+))?/u;
// A substitution: "ersätter Peter Norlander (S)".
const SUBSTITUTION = regex(String.raw`${NOT_AFTER_LETTER}${alternation(formsOf(SUBSTITUTION_WORDS))}\s+(${NAME})(?:\s*${MARK})?`, "u");
// The role of a substitute in a member's seat: "tjänstgörande ersättare".
const SUBSTITUTE_ROLE = SUBSTITUTION_WORDS[0].role;
// An office label and the name after it on the line or the next: "Protokolljusterare Per Hoel (SD)", "Sekreterare\nUlrika Månsson".
// An office label opening a line, alone in its cell or a space before a name: "Utses att justera", "Protokolljusterare Per Hoel (SD)".
// (the case-blind flag would let a lowercase word pass for a name's capital, so that is checked apart)
const OFFICE_LABEL_CASEBLIND = regex(String.raw`^(${alternation(formsOf(OFFICE_LABELS))})(?:$|\t| )`, "iu");
const officeLabelIn = (line: string): RegExpExecArray | null => {
  const m = OFFICE_LABEL_CASEBLIND.exec(line);
  return m && (!m[0].endsWith(" ") || CAPITAL_FIRST.test(line.slice(m[0].length))) ? m : null;
};
// A cell that is only a name, maybe with its party: "Ingbritt Johansson", "Hravn Forsne (M)".
const NAME_CELL = regex(String.raw`^(${NAME})(?:\s*${MARK})?$`, "u");
// The place label and what follows it: "Plats och tid\tRådhuset, Alingsås. Ajourneringar".
const PLACE_LINE = regex(
  String.raw`^(?:${alternation(formsOf(PLACE_LABELS))})[\t ]+(?!${alternation(formsOf(NOT_MEETING_PLACE))})([^\t\n]+)`,
  "iu",
);
// Where the time begins after the place: " Klockan 14:00", " kl. 14:00"; or a sentence ends: ". Ajourneringar".
const PLACE_END = regex(String.raw`\s+${alternation(formsOf(CLOCK_WORDS))}\s*\d|\.\s`, "iu");
// A paragraph's line, its number and title or Dnr: "§ 87 Dnr VO-2023-00042", "§ 94\tInformation och överläggningar";
// the attendance pages end there (an official's "§ 96" alone on a wrapped line does not end them).
const FIRST_PARAGRAPH = /^§\s*\d+[ \t]+\S/mu;
// The attendance pages are at the head of a protocol.
const HEAD = 8000;

/** The row of a label table whose forms hold the written label, in any case and spacing. */
function rowOf<T extends { readonly forms: readonly string[] }>(table: readonly T[], written: string): T | undefined {
  const w = written.toLowerCase().replace(/\s+/gu, " ");
  return table.find((r) => (r.forms as readonly string[]).includes(w));
}

function roleOfLabel(label: string): Column {
  const row = rowOf(ATTENDANCE_LABELS, label);
  return { role: row?.role ?? null, member: row?.member ?? false };
}

const officeOf = (written: string): string | null => rowOf(MEETING_OFFICES, written)?.role ?? null;

/**
 * The role an office label of a protocol's first page gives.
 * @example officeLabelRole("Protokolljusterare") // "justerare"
 */
export function officeLabelRole(written: string): string | null {
  return rowOf(OFFICE_LABELS, written)?.role ?? null;
}

const party = (mark: string | undefined): string | null => (!mark || mark === "-" ? null : mark.toUpperCase());
const paragraph = (n: string | undefined): string | null => (n ? `§ ${n}` : null);

/** The cells of a line a tab apart, each with its offset in the text. */
function cellsOf(line: string, offset: number): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let at = 0;
  for (const part of line.split("\t")) {
    const lead = part.length - part.trimStart().length;
    if (part.trim()) out.push({ text: part.trim(), start: offset + at + lead });
    at += part.length + 1;
  }
  return out;
}

/**
 * The attendance of a meeting protocol, read from its pages before the first paragraph.
 * @example attendanceOf("Beslutande\tJan-Erik Wallin (M) (ordförande)\nIrene Jonsson (S) §§99-110 ersätter Peter Norlander (S)\n").attendees[1]
 * // { name: "Irene Jonsson", party: "S", roles: ["tjänstgörande ersättare"], replaces: { name: "Peter Norlander", party: "S", from: "§ 99", to: "§ 110" }, … }
 */
export function attendanceOf(text: string): Attendance {
  const head = text.slice(0, HEAD);
  const stop = FIRST_PARAGRAPH.exec(head)?.index ?? head.length;
  const region = head.slice(0, stop);
  const byName = new Map<string, Attendee>();
  const attendees: Attendee[] = [];
  let columns: Column[] = [];
  let first = -1;
  let last = -1;
  let offset = 0;
  for (const line of region.split("\n")) {
    const lineStart = offset;
    offset += line.length + 1;
    const cells = cellsOf(line, lineStart);
    if (cells.length === 0) continue;
    const labels = cells.map((c) => BLOCK_CELL.exec(c.text));
    if (labels[0]) {
      // a header of columns ("Beslutande\tLedamöter\tTjänstgörande ersättare"): the first label is the margin's
      const all = labels.every((m) => m !== null);
      const written = labels.flatMap((m) => (m ? [m[1], m[2]].filter((x): x is string => !!x) : []));
      columns = all ? (written.length > 1 ? written.slice(1) : written).map(roleOfLabel).filter((c) => c.member) : [roleOfLabel(written[0] ?? "")];
      if (all) continue;
      cells.splice(0, 1);
    } else if (officeLabelIn(line) !== null || PLACE_LINE.test(line)) {
      columns = [];
      continue;
    }
    if (columns.length === 0) continue;
    cells.forEach((cell, k) => {
      const column = columns[Math.min(k, columns.length - 1)] as Column;
      const m = MEMBER_CELL.exec(cell.text);
      if (!m || !column.role) return;
      const rest = m[3] ?? "";
      const sub = SUBSTITUTION.exec(rest);
      const paras = PARAGRAPHS.exec(rest);
      const replaces: Replacement | null = sub
        ? { name: sub[1] as string, party: party(sub[2]), from: paragraph(paras?.[1]), to: paragraph(paras?.[2] ?? paras?.[1]) }
        : null;
      const role = sub ? SUBSTITUTE_ROLE : column.role;
      const office = OFFICE_AFTER.exec(rest);
      const name = m[1] as string;
      const seen = byName.get(name);
      if (first < 0) first = cell.start;
      last = cell.start + cell.text.length;
      if (seen) {
        // a substitute listed again among those not serving keeps the seat they took
        if (seen.roles.length === 0) seen.roles.push(role);
        return;
      }
      const entry: Attendee = { name, party: party(m[2]), roles: [role], replaces, start: cell.start, end: cell.start + cell.text.length };
      const written = office ? officeOf(office[1] as string) : null;
      if (written) entry.roles.push(written);
      byName.set(name, entry);
      attendees.push(entry);
    });
  }
  // the offices of the meeting name members of the list: "Ordförande\tHravn Forsne (M)", "Utses att justera\tIngbritt Johansson\nMarcus Wallin"
  const lines = region.split("\n");
  let lineAt = 0;
  let office: string | null = null;
  lines.forEach((line) => {
    const start = lineAt;
    lineAt += line.length + 1;
    const label = officeLabelIn(line);
    if (label) office = officeLabelRole(label[1] as string);
    const cells = cellsOf(label ? line.slice(label[0].length) : line, start + (label ? label[0].length : 0));
    const names = cells.map((c) => ({ cell: c, m: NAME_CELL.exec(c.text) }));
    // the names follow the label on its line or the lines after it, up to a line that is no name
    if (!office || (!label && (cells.length === 0 || names.some((n) => !n.m)))) {
      if (!label) office = null;
      return;
    }
    for (const { cell, m } of names) {
      const entry = m ? byName.get(m[1] as string) : undefined;
      if (!entry) continue;
      if (!entry.roles.includes(office)) entry.roles.push(office);
      last = Math.max(last, cell.start + cell.text.length);
    }
  });
  return { attendees, place: placeIn(region), span: first >= 0 ? { start: first, end: last } : null };
}

/** The meeting's place after its label, up to the time or the end of the sentence. */
function placeIn(region: string): Attendance["place"] {
  let offset = 0;
  const lines = region.split("\n");
  for (const [i, line] of lines.entries()) {
    const m = PLACE_LINE.exec(line);
    if (m) {
      // a place cut by a column goes on under it: "Alströmerteatern,\tParagrafer\t§116\nAlströmergymnasiet"
      const next = (lines[i + 1] ?? "").split("\t")[0] ?? "";
      const continued = /,\s*$/u.test(m[1] as string) && line.slice(m[0].length).startsWith("\t") && next.trim() !== "";
      const value = continued ? `${m[1]}\n${next}` : (m[1] as string);
      const cut = PLACE_END.exec(value);
      const place = value.slice(0, cut ? cut.index : value.length).replace(/[\s,.]+$/u, "");
      const start = offset + m[0].length - (m[1] as string).length;
      // the span runs over the column between the two parts when the place goes on under it
      const tail = place.length - (m[1] as string).length - 1;
      const end = continued && tail > 0 ? offset + line.length + 1 + tail : start + place.length;
      if (place) return { text: place.replace(/\s+/gu, " "), start, end };
    }
    offset += line.length + 1;
  }
  return null;
}
