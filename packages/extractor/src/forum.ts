import { ACTING_BODY_ENDINGS, BODY_ACT_VERBS, BODY_LINE_ENDINGS, DECIDING_BODY_ENDINGS, DECISION_VERBS, FINDING_WORDS, alternation, formsOf, regex, CAPITAL_FIRST } from "@diarium/parser";
import type { DocumentMeta, Section } from "@diarium/schema";
import { firstAtOrAfter } from "./offsets.ts";

/**
 * The forum a position was taken in: the body of the innermost enclosing section that belongs to
 * one (a remissvar, a body's block in "Reservationer m.m."), else the body the text last names as
 * acting before it ("Borgarrådsberedningen tillstyrker …", "Kommunstyrelsen delar …"), else the issuer.
 */

// A body acting at the start of a sentence: "Borgarrådsberedningen tillstyrker föredragande borgarrådets förslag."
const BODY_ACTS = regex(
  String.raw`(?:^|\n|\.\s)((?:\p{Lu}[\p{L}-]*[ \t])?\p{L}[\p{L}-]*${alternation(formsOf(ACTING_BODY_ENDINGS))})\s+${alternation(formsOf(BODY_ACT_VERBS))}\b`,
  "gu",
);

// A line that is only a body's name: "Norrmalms stadsdelsnämnd", "Socialnämnden".
const BODY_LINE = regex(String.raw`(?:^|\n)(\p{Lu}[\p{L}-]*(?:[ \t][\p{L}-]+)?[ \t]?${alternation(formsOf(BODY_LINE_ENDINGS))})[ \t]*(?=\n)`, "gu");

// A body's name opens with a capital: "Norrmalms stadsdelsnämnd", not "kommunfullmäktige beslutar" in a wrapped line.
function isBodyName(name: string | undefined): boolean {
  return CAPITAL_FIRST.test(name ?? "");
}

/**
 * The chain of sections enclosing an offset, outermost first.
 * @example enclosing(sections, 26200).map((s) => s.kind) // ["bilaga", "reservationer", "reservation"] (Stockholm 2013:125, Bilaga 1)
 */
export function enclosing(sections: Section[], at: number): Section[] {
  const chain: Section[] = [];
  let level = sections;
  for (;;) {
    // siblings stand in order and never overlap: the last one starting at or before the offset is the only candidate
    let lo = 0;
    let hi = level.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((level[mid]?.start ?? 0) <= at) lo = mid + 1;
      else hi = mid;
    }
    const inner = level[lo - 1];
    if (!inner || at >= inner.end) return chain;
    chain.push(inner);
    level = inner.children;
  }
}

const BODY_KINDS = new Set<Section["kind"]>(["remissvar", "reservationer", "bilaga"]);

/** Where bodies are named in a paper, read once so that each position's forum is a lookup. */
export type ForumIndex = { acts: { at: number; name: string }[]; lines: { at: number; name: string }[]; decider: string | null };

/**
 * Reads, once per paper, every body named acting or heading a block, and the body its decision names.
 * @example forumIndex("Borgarrådsberedningen tillstyrker föredragande borgarrådets förslag.").acts[0]?.name // "Borgarrådsberedningen"
 */
export function forumIndex(text: string): ForumIndex {
  const named = (re: RegExp): { at: number; name: string }[] =>
    [...text.matchAll(re)].filter((m) => isBodyName(m[1])).map((m) => ({ at: m.index ?? 0, name: m[1] ?? "" }));
  return { acts: named(BODY_ACTS), lines: named(BODY_LINE), decider: deciderOf(text) };
}

/** The last entry that starts in [from, to), by binary search over entries sorted by offset. */
function lastBetween(list: { at: number; name: string }[], from: number, to: number): { at: number; name: string } | null {
  const found = list[firstAtOrAfter(list, (e) => e.at, to) - 1];
  return found && found.at >= from ? found : null;
}

/**
 * The forum of a position at an offset.
 * @example forumAt(forumIndex(text), sections, meta, 4415) // "Borgarrådsberedningen" (Stockholm 2013:125)
 */
export function forumAt(index: ForumIndex, sections: Section[], meta: Pick<DocumentMeta, "issuer" | "kind">, at: number): string | null {
  const chain = enclosing(sections, at);
  for (let i = chain.length - 1; i >= 0; i--) {
    const s = chain[i];
    if (s && BODY_KINDS.has(s.kind) && s.actor && !/,/u.test(s.actor)) {
      // a body's own heading line between the section start and the position wins over the section's actor,
      // for a block the section rules merged with the one before it
      const line = lastBetween(index.lines, s.start, at);
      const act = lastBetween(index.acts, s.start, at);
      const last = line && act ? (line.at > act.at ? line : act) : (line ?? act);
      return last?.name ?? s.actor;
    }
  }
  if (meta.kind !== "protokollsutdrag") {
    const act = lastBetween(index.acts, 0, at);
    if (act) return act.name;
  }
  // a paper that names no body gives no forum: never a made-up one
  return index.decider ?? meta.issuer ?? null;
}

// The body that decides in a protocol: "Kommunfullmäktige beslutar att …", "finner att kommunstyrelsen beslutar".
const DECIDING = alternation(formsOf(DECIDING_BODY_ENDINGS));
const DECIDES_NOW = alternation(DECISION_VERBS.filter((r) => r.sense === "decide" && r.tense === "present").flatMap((r) => [...r.forms]));
const FINDS = alternation(FINDING_WORDS.filter((r) => r.tense === "present").flatMap((r) => [...r.forms]));
const DECIDES = regex(String.raw`(?:^|\n)(\p{Lu}[\p{L}-]*${DECIDING})\s+${DECIDES_NOW}\b|${FINDS}\s+(\p{L}+${DECIDING})\s+${DECIDES_NOW}\b`, "u");

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
