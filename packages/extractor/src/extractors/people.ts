import type { DocumentMeta, Person, PersonEntry } from "@diarium/schema";
import type { PersonMention } from "../swedish/names.ts";

/**
 * People: each person once, with a party where any mention gives one, and every role seen.
 * Signatories and the rapporteur from the metadata join them. One person written several ways is
 * one entry: a later bare surname ("Nilsson" after "Stefan Nilsson"), a genitive ("Lennart
 * Jonssons (SD) förslag"), a spelling without its diacritics ("Škoric" beside "Škorić") or with one
 * letter slipped in a word ("Jan-Christer Janson" beside "Jan-Christer Jansson", "Agnetha Törnberg" beside
 * "Agneta Thörnberg", same party): the first spelling stays.
 * @example extractPeople([{ name: "Stefan Nilsson", party: "MP", role: null, start: 0, end: 20 }], meta)
 */
export function extractPeople(
  mentions: PersonMention[],
  meta: Pick<DocumentMeta, "signatories" | "rapporteur"> & Partial<Pick<DocumentMeta, "attendance" | "evidence">>,
): PersonEntry[] {
  const byKey = new Map<string, PersonEntry>();
  const add = (name: string, party: string | null, role: string | null): PersonEntry => {
    const key = name.toLowerCase();
    const entry = byKey.get(key) ?? { name, party: null, roles: [] };
    if (party && !entry.party) entry.party = party;
    if (role && !entry.roles.includes(role)) entry.roles.push(role);
    byKey.set(key, entry);
    return entry;
  };
  // A protocol's attendance list gives the members their meeting roles; the mentions the list's own lines
  // make are passed over, since a title in the next column reads as a role before a name there
  // ("Ingela Hansson (S)\tförvaltningschef\nTommy Bech (SD)") and a label as part of one ("Protokolljusterare Per Hoel").
  const attendance = meta.attendance ?? [];
  const listed = meta.evidence?.["attendance"];
  const onList = (m: PersonMention): boolean =>
    !!listed && m.start >= listed.start && m.start < listed.end && attendance.some((a) => m.name === a.name || m.name.endsWith(` ${a.name}`));
  // in the text's order: a member where the list names them, a replaced member where the substitution does
  const inOrder = [
    ...attendance.map((a) => ({ at: a.evidence.start, attendee: a, mention: null })),
    ...mentions.filter((m) => !onList(m)).map((m) => ({ at: m.start, attendee: null, mention: m })),
  ].sort((x, y) => x.at - y.at);
  for (const { attendee: a, mention: m } of inOrder) {
    if (m) add(m.name, m.party, m.role);
    if (!a) continue;
    const entry = add(a.name, a.party, null);
    for (const r of a.roles) add(a.name, null, r);
    if (a.replaces) entry.replaces = a.replaces;
  }
  const extra: Person[] = [...(meta.rapporteur ? [meta.rapporteur] : []), ...meta.signatories];
  for (const p of extra) for (const name of splitJoined(p.name, byKey)) add(name, p.party, p.role);
  return mergeVariants([...byKey.values()]);
}

// A combining mark, as NFD writes the diacritics of "Škorić".
const MARK = /\p{M}/gu;
const NOT_MARK = /[^\p{M}]/gu;

/** Folds case and diacritics: "Škorić" → "skoric". */
function folded(name: string): string {
  return name.normalize("NFD").replace(MARK, "").toLowerCase();
}

/** Letters outside ASCII: the spelling that keeps its diacritics is the fuller one. */
function diacritics(name: string): number {
  return name.normalize("NFD").replace(NOT_MARK, "").length;
}

/**
 * True when two words differ by at most one letter inserted, dropped or changed after the first, both five
 * letters or more: "janson"/"jansson", "agneta"/"agnetha", "thörnberg"/"törnberg".
 */
function oneSlip(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 5 || Math.abs(a.length - b.length) > 1 || a[0] !== b[0]) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const tail = (x: string, k: number): string => x.slice(i + k);
  return tail(a, 1) === tail(b, 1) || tail(a, 1) === tail(b, 0) || tail(a, 0) === tail(b, 1);
}

/** A person's entry with its folded name, computed once. */
type Spelled = { entry: PersonEntry; folded: string; words: string[]; marks: number };

function spelled(entry: PersonEntry): Spelled {
  const f = folded(entry.name);
  return { entry, folded: f, words: f.split(" "), marks: diacritics(entry.name) };
}

/**
 * How spelling `a` stands to spelling `b` of what may be one person: "form" when `a` is a genitive or a
 * bare surname of `b`, "fuller" / "plainer" when they differ only in diacritics, "slip" when each word
 * differs by at most one letter (same party), null when they are two people.
 */
function relation(a: Spelled, b: Spelled): "form" | "fuller" | "plainer" | "slip" | null {
  const x = a.folded;
  const y = b.folded;
  if (x === y) return a.marks > b.marks ? "fuller" : "plainer";
  const xw = a.words;
  const yw = b.words;
  // a genitive ("lennart jonssons", "martin linder-loods") or a bare surname ("nilsson", "nilssons")
  if (x === `${y}s` || (xw.length === 1 && yw.length > 1 && (yw.at(-1) === x || `${yw.at(-1)}s` === x))) return "form";
  if (xw.length !== yw.length || xw.length < 2) return null;
  if (a.entry.party && b.entry.party && a.entry.party !== b.entry.party) return null;
  return xw.every((w, k) => oneSlip(w, yw[k] ?? "")) ? "slip" : null;
}

/**
 * Joins the spellings of one person: the full name over its genitive, diacritics kept, else the first spelling.
 * Only spellings whose last words begin alike are compared, so a paper with many people stays fast.
 * @example mergeVariants([{ name: "Ermin Škoric", party: "S", roles: [] }, { name: "Ermin Škorić", party: "S", roles: [] }]) // [Ermin Škorić (S)]
 */
export function mergeVariants(entries: PersonEntry[]): PersonEntry[] {
  const out: PersonEntry[] = [];
  const buckets = new Map<string, Spelled[]>();
  for (const entry of entries) {
    const me = spelled(entry);
    const key = (me.words.at(-1) ?? "").charAt(0);
    const bucket = buckets.get(key) ?? [];
    let same: Spelled | undefined;
    let keep: "entry" | "same" = "same";
    for (const o of bucket) {
      const forward = relation(me, o);
      const backward = relation(o, me);
      if (forward === "form" || backward === "form") {
        same = o;
        keep = backward === "form" ? "entry" : "same";
        break;
      }
      if (!same && forward) {
        same = o;
        keep = forward === "fuller" ? "entry" : "same";
      }
    }
    if (!same) {
      const copy = { ...entry, roles: [...entry.roles] };
      out.push(copy);
      bucket.push(spelled(copy));
      buckets.set(key, bucket);
      continue;
    }
    const target = same.entry;
    if (keep === "entry") {
      target.name = entry.name;
      Object.assign(same, spelled(target));
    }
    if (!target.party && entry.party) target.party = entry.party;
    for (const r of entry.roles) if (!target.roles.includes(r)) target.roles.push(r);
  }
  return out;
}

/**
 * Two names a signature line ran together ("Ingbritt Johansson\tMarcus Wallin" read as one), split where both
 * halves are people the paper already names; any other name is kept whole.
 * @example splitJoined("Ingbritt Johansson Marcus Wallin", known) // ["Ingbritt Johansson", "Marcus Wallin"]
 */
export function splitJoined(name: string, known: Map<string, PersonEntry>): string[] {
  const words = name.split(/\s+/u);
  if (known.has(name.toLowerCase()) || words.length < 4) return [name];
  for (let i = 2; i <= words.length - 2; i++) {
    const first = words.slice(0, i).join(" ");
    const second = words.slice(i).join(" ");
    if (known.has(first.toLowerCase()) && known.has(second.toLowerCase())) return [first, second];
  }
  return [name];
}

/**
 * The attendee a ballot of a voteringslista names: the same name, or a spelling of it with or without its
 * diacritics or with one letter slipped ("Ermin Škorić" on the ballot, "Ermin Skoric" on the list), or a bare
 * surname when only one attendee bears it; a party on both sides must agree. Null when none or several fit.
 * @example attendeeOf({ name: "Ermin Škorić", party: "S" }, [{ name: "Ermin Skoric", party: "S", roles: ["ledamot"] }])?.name // "Ermin Skoric"
 */
export function attendeeOf<T extends { name: string; party: string | null }>(ballot: { name: string; party: string | null }, attendees: readonly T[]): T | null {
  const me = spelled({ name: ballot.name, party: ballot.party, roles: [] });
  const fits = attendees.filter((a) => {
    if (ballot.party && a.party && ballot.party !== a.party) return false;
    const them = spelled({ name: a.name, party: a.party, roles: [] });
    const r = relation(me, them);
    return r === "fuller" || r === "plainer" || r === "slip" || (r === "form" && me.words.length === 1 && me.words[0] === them.words.at(-1));
  });
  return fits.length === 1 ? (fits[0] as T) : null;
}
