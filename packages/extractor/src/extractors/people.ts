import type { DocumentMeta, Person, PersonEntry } from "@diarium/schema";
import type { PersonMention } from "../swedish/names.ts";

/**
 * People: each person once, with a party where any mention gives one, and every role seen.
 * Signatories and the rapporteur from the metadata join them; a later bare surname
 * ("Nilsson" after "Stefan Nilsson") or a genitive ("Jernskieggs") is the same person.
 * @example extractPeople([{ name: "Stefan Nilsson", party: "MP", role: null, start: 0, end: 20 }], meta)
 */
export function extractPeople(mentions: PersonMention[], meta: Pick<DocumentMeta, "signatories" | "rapporteur">): PersonEntry[] {
  const byKey = new Map<string, PersonEntry>();
  const bySurname = new Map<string, string>();
  const add = (name: string, party: string | null, role: string | null): void => {
    const key = personKey(name, byKey, bySurname);
    bySurname.set(key.split(" ").at(-1) ?? key, key);
    const entry = byKey.get(key) ?? { name, party: null, roles: [] };
    if (party && !entry.party) entry.party = party;
    if (role && !entry.roles.includes(role)) entry.roles.push(role);
    byKey.set(key, entry);
  };
  for (const m of mentions) add(m.name, m.party, m.role);
  const extra: Person[] = [...(meta.rapporteur ? [meta.rapporteur] : []), ...meta.signatories];
  for (const p of extra) for (const name of splitJoined(p.name, byKey)) add(name, p.party, p.role);
  return [...byKey.values()];
}

/** The key of a name: an existing full name it abbreviates or inflects, else the name itself. */
function personKey(name: string, known: Map<string, PersonEntry>, bySurname: Map<string, string>): string {
  const lower = name.toLowerCase();
  if (known.has(lower)) return lower;
  const bare = lower.replace(/s$/u, "");
  if (known.has(bare)) return bare;
  // a surname alone ("Nilsson") or its genitive after the full name
  if (!lower.includes(" ")) return bySurname.get(lower) ?? bySurname.get(bare) ?? lower;
  return lower;
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
