import type { DocumentMeta, Section } from "@diarium/schema";

/**
 * The forum a position was taken in: the body of the innermost enclosing section that belongs to
 * one (a remissvar, a body's block in "Reservationer m.m."), else the body the text last names as
 * acting before it ("Borgarrådsberedningen tillstyrker …", "Kommunstyrelsen delar …"), else the issuer.
 */

// A body acting at the start of a sentence: "Borgarrådsberedningen tillstyrker föredragande borgarrådets förslag."
const BODY_ACTS = /(?:^|\n|\.\s)((?:\p{Lu}[\p{L}-]*[ \t])?\p{L}[\p{L}-]*(?:beredningen|styrelsen|nämnden|nämnd|fullmäktige|utskottet))\s+(?:tillstyrker|avstyrker|delar|föreslår|beslutar|beslutade)\b/gu;

// A line that is only a body's name: "Norrmalms stadsdelsnämnd", "Socialnämnden".
const BODY_LINE = /(?:^|\n)(\p{Lu}[\p{L}-]*(?:[ \t][\p{L}-]+)?[ \t]?(?:stadsdelsnämnd|nämnd|nämnden|styrelsen|styrelse|beredningen|fullmäktige|kontoret|utskottet))[ \t]*(?=\n)/gu;

// A body's name opens with a capital: "Norrmalms stadsdelsnämnd", not "kommunfullmäktige beslutar" in a wrapped line.
function isBodyName(name: string | undefined): boolean {
  return /^\p{Lu}/u.test(name ?? "");
}

/** The chain of sections enclosing an offset, outermost first. */
export function enclosing(sections: Section[], at: number): Section[] {
  const chain: Section[] = [];
  let level = sections;
  for (;;) {
    const inner = level.find((s) => s.start <= at && at < s.end);
    if (!inner) return chain;
    chain.push(inner);
    level = inner.children;
  }
}

const BODY_KINDS = new Set<Section["kind"]>(["remissvar", "reservationer", "bilaga"]);

/**
 * @example forumAt(text, sections, meta, 4415) // "Borgarrådsberedningen"
 */
export function forumAt(text: string, sections: Section[], meta: Pick<DocumentMeta, "issuer" | "kind">, at: number): string {
  const chain = enclosing(sections, at);
  for (let i = chain.length - 1; i >= 0; i--) {
    const s = chain[i];
    if (s && BODY_KINDS.has(s.kind) && s.actor && !/,/u.test(s.actor)) {
      // a body's own heading line between the section start and the position wins over the section's actor,
      // for a block the section rules merged with the one before it
      const inside = text.slice(s.start, at);
      const named = [...inside.matchAll(BODY_LINE), ...inside.matchAll(BODY_ACTS)].filter((m) => isBodyName(m[1])).sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
      return named.at(-1)?.[1] ?? s.actor;
    }
  }
  if (meta.kind === "protokollsutdrag") return deciderOf(text) ?? meta.issuer ?? "okänt forum";
  {
    let last: string | null = null;
    for (const m of text.slice(0, at).matchAll(BODY_ACTS)) if (isBodyName(m[1])) last = m[1] ?? null;
    if (last) return last;
  }
  return deciderOf(text) ?? meta.issuer ?? "okänt forum";
}

// The body that decides in a protocol: "Kommunfullmäktige beslutar att …", "finner att kommunstyrelsen beslutar".
const DECIDES = /(?:^|\n)(\p{Lu}[\p{L}-]*(?:fullmäktige|styrelsen|nämnden))\s+beslutar\b|finner\s+att\s+(\p{L}+(?:fullmäktige|styrelsen)|\p{L}+nämnden)\s+beslutar\b/u;

/**
 * The body a protocol's decision names, when it names one.
 * @example deciderOf("Beslut\nKommunfullmäktige beslutar att brukningsavgiften höjs") // "Kommunfullmäktige"
 */
export function deciderOf(text: string): string | null {
  const m = DECIDES.exec(text);
  const name = m?.[1] ?? m?.[2];
  if (!name) return null;
  return name[0]?.toUpperCase() + name.slice(1);
}
