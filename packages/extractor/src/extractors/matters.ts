import { isoFrom, type NormalizedDocument } from "@diarium/parser";
import type { Matter, Person, Section } from "@diarium/schema";
import { evidence } from "@diarium/parser";
import type { PersonMention } from "../swedish/names.ts";

/**
 * The matter the paper decides on: a motion or medborgarförslag with its number, authors, date
 * and att-satser.
 */

// The word "motion" naming the matter (not "motionen", "motionär"): "Motion (2012:46) av", "svar på motion från".
const MOTION_WORD = /\b(motion|medborgarförslag)\b/giu;
// A motion number: "Motion (2012:46)", "motion 2012:46".
// "Motion (2012:46)", "motion nr 2025:115", "Motion 2025 nr 115".
const MOTION_NUMBER = /\bmotion\s*(?:nr\s*)?\(?(\d{4}:\d{1,4}|\d{4}\s+nr\s+\d{1,4})\)?/iu;
// A skrivelse by members: "Skrivelse från Anna Berg (S) om …", "skrivelse av (V)".
const SKRIVELSE_BY = /\bskrivelse\s+(?:från|av)\s+[^.\n]{0,80}?\(\p{L}{1,3}\)/iu;
// A closing place and date: "Stockholm den 17 september 2012".
const CLOSING_DATE = /\n\p{Lu}[\p{L}-]+\s+den\s+(\d{1,2}\s+\p{L}+\s+\d{4})\s*\n/gu;
// A Beslutsunderlag line naming the motion and its date: "Motion från Viking Bengtsson (V) … barnfamiljer, 2023-02-01".
const UNDERLAG_LINE = /(?:^|\n)Motion\b[^\n]*(?:\n[^\n]+)?,\s*(\d{4}-\d{2}-\d{2})\s*(?:\n|$)/u;
// The sentence a motion was handed in with: "har till kommunfullmäktige den 24 september 2025, § 204 lämnat en motion".
const HANDED_IN = /\bden\s+(\d{1,2}\s+\p{L}+\s+\d{4})[^.]{0,40}?(?:lämnat|väckt|inlämnat|lämnade|väckte)\s+(?:in\s+)?en\s+motion/iu;
// The motion's proposal list opens: "Vi föreslår därför att kommunfullmäktige beslutar att", "Motionären föreslår följande:".
const LIST_OPENS = /(?:föreslår|yrkar)\s+(?:därför\s+)?(?:att\s+(?:kommun)?fullmäktige\s+beslutar?(?:\s+att)?|följande)\s*:?\s*\n/giu;
// A list item: "1. förstärka …", "•\tatt …", "- att …", "att …".
const ITEM = /^(?:\d{1,2}[.)]|[•\-–]|att\s)/u;
// Ordinal yrkanden named by the answer when the motion is not quoted: "motionens första yrkande".
const ORDINAL = /\bmotion(?:ens|ärernas)\s+(första|andra|tredje|fjärde|femte)\s+yrkande/giu;

function attSatser(text: string): string[] {
  for (const m of text.matchAll(LIST_OPENS)) {
    const items: string[] = [];
    const lines = text.slice((m.index ?? 0) + m[0].length).split("\n");
    let blankAllowed = true;
    for (const raw of lines) {
      const line = raw.trim();
      if (!line) {
        if (items.length || !blankAllowed) break;
        blankAllowed = false;
        continue;
      }
      if (ITEM.test(line)) items.push(line.replace(/^(?:\d{1,2}[.)]|[•\-–])\s*/u, ""));
      else if (items.length) items[items.length - 1] += ` ${line}`;
      else break;
    }
    if (items.length) return items;
  }
  const ordinals = [...new Set([...text.matchAll(ORDINAL)].map((m) => (m[1] ?? "").toLowerCase()))];
  return ordinals.map((o) => `motionens ${o} yrkande`);
}

function motionDate(text: string, sections: Section[]): string | null {
  const motion = sections.flatMap((s) => [s, ...s.children]).find((s) => s.kind === "motion");
  if (motion) {
    const closing = [...text.slice(motion.start, motion.end).matchAll(CLOSING_DATE)].at(-1);
    if (closing) return isoFrom(closing[1] ?? "");
  }
  const underlag = UNDERLAG_LINE.exec(text);
  if (underlag) return underlag[1] ?? null;
  const handed = HANDED_IN.exec(text);
  return handed ? isoFrom(handed[1] ?? "") : null;
}

/**
 * The motion the paper answers, if it answers one.
 * @example extractMatters(doc, sections, mentions)[0].number // "2012:46"
 */
export function extractMatters(doc: NormalizedDocument, sections: Section[], mentions: PersonMention[]): Matter[] {
  const text = doc.text;
  // the matter is named early and often; a hundred mentions are plenty to find its authors
  let refs = [...text.matchAll(MOTION_WORD)].slice(0, 100);
  const skrivelse = refs.length ? null : SKRIVELSE_BY.exec(text);
  if (skrivelse) refs = [skrivelse];
  if (!refs.length) return [];
  const authors = new Map<string, Person>();
  for (const ref of refs) {
    // authors are the marked names in the sentence that names the motion
    const at = ref.index ?? 0;
    const from = Math.max(text.lastIndexOf(". ", at), text.lastIndexOf("\n\n", at), 0);
    const stop = text.slice(at).search(/\.\s|\n\n|\s(?:om|gällande)\s/u);
    const to = stop < 0 ? text.length : at + stop;
    const nearby = /\b(?:Reservation|reserverar|föreslår\s+att\s+motionen)/u.test(text.slice(from, to));
    if (nearby) continue;
    for (const p of mentions) {
      if (p.start >= from && p.end <= to + 12 && !authors.has(p.name.toLowerCase())) {
        authors.set(p.name.toLowerCase(), { name: p.name, party: p.party, role: null });
      }
    }
  }
  const kind = skrivelse ? "skrivelse" : refs.some((r) => /motion/iu.test(r[0])) ? "motion" : "other";
  const first = refs[0];
  const number = MOTION_NUMBER.exec(text)?.[1] ?? null;
  const motionSection = sections.flatMap((s) => [s, ...s.children]).find((s) => s.kind === "motion");
  const proposals = attSatser(motionSection ? text.slice(motionSection.start, motionSection.end) : text);
  const titleMatch = /\bmotion[^\n]{0,120}?\bom\s+[”"]?([^”"\n.]+(?:\n[^”"\n.]+)?)/iu.exec(text);
  const title = titleMatch ? (titleMatch[1] ?? "").replace(/\s+/gu, " ").trim() : null;
  return [
    {
      kind,
      number,
      title,
      date: motionDate(text, sections),
      authors: [...authors.values()],
      proposals,
      evidence: first ? evidence(doc, first.index ?? 0, (first.index ?? 0) + first[0].length) : null,
    },
  ];
}
