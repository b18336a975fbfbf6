import type { DocumentMeta, Section } from "@diarium/schema";

/**
 * The forum a position was taken in: the body of the innermost enclosing section that belongs to
 * one (a remissvar, a body's block in "Reservationer m.m."), else the body the text last names as
 * acting before it ("Borgarrådsberedningen tillstyrker …", "Kommunstyrelsen delar …"), else the issuer.
 */

// A body acting at the start of a sentence: "Borgarrådsberedningen tillstyrker föredragande borgarrådets förslag."
const BODY_ACTS = /(?:^|\n|\.\s)(\p{Lu}[\p{L}-]*(?:beredningen|styrelsen|nämnden|nämnd|fullmäktige|utskottet))\s+(?:tillstyrker|avstyrker|delar|föreslår|beslutar|beslutade)\b/gu;

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
    if (s && BODY_KINDS.has(s.kind) && s.actor && !/,/u.test(s.actor)) return s.actor;
  }
  if (meta.kind !== "protokollsutdrag") {
    let last: string | null = null;
    for (const m of text.slice(0, at).matchAll(BODY_ACTS)) last = m[1] ?? null;
    if (last) return last;
  }
  return meta.issuer ?? "okänt forum";
}
