import type { Section, SectionKind } from "@diarium/schema";
import type { NormalizedDocument, TextLine } from "../document.ts";
import { BODY_HEADING_ENDINGS, COMPANY_ENDINGS } from "../lexicon/bodies.ts";
import { LIST_JOINS } from "../lexicon/grammar.ts";
import { DOCUMENT_KINDS } from "../lexicon/documents.ts";
import { ANSWER_HEADING_OPENINGS, STATEMENT_WORDS } from "../lexicon/headings.ts";
import { alternation, capitalized, formsOf, formsWhere } from "../lexicon/match.ts";
import { headingKind } from "./families.ts";
import { headingCandidates } from "./headings.ts";
import { bodyKey, bodyKeyHead, remissBodies, remissMentions, type RemissMention } from "./remiss.ts";
import { statementParagraphs } from "./statements.ts";
import { regex } from "../text/regex.ts";

/**
 * The section tree. Each part of a paper opens at a heading (or a statement paragraph) and runs
 * until the next part of the same or a higher level:
 *   0 — attachments ("Bilaga 1")
 *   1 — the parts a heading family names (Ärendet, Beredning, Reservationer, …) and other headings
 *   2 — a consulted body's answer ("Farsta stadsdelsnämnd") or a body's group of statements
 *   3 — a reservation or särskilt uttalande
 */

type Opening = { start: number; end: number | null; level: number; kind: SectionKind; heading: string; actor: string | null };

// A heading that names a body: "Farsta stadsdelsnämnd", "Stadsledningskontoret", "Tempohus Kungsbacka AB".
const BODY_SHAPE = regex(String.raw`(?:${alternation(formsOf(BODY_HEADING_ENDINGS))}|\b${alternation(formsOf(COMPANY_ENDINGS))}|\([A-ZÅÄÖ]{2,}\))$`, "u");
/** No body's name is longer than this ("Nämnden för arbetsmarknad, vuxenutbildning och …" is 60). */
const MAX_BODY_NAME = 120;
// A motion's number alone on a line, the heading of a reproduced motion: "2012:46".
const MOTION_NUMBER = /^\d{4}:\d{1,4}$/u;
// A motion heading inside an attachment: "2012:46", "2012:46 Motion av …", "Motion om …".
const MOTION_HEADING = regex(String.raw`^(?:\d{4}:\d{1,4}(?:\s|$)|${alternation(capitalized(formsWhere(DOCUMENT_KINDS, "kind", "motion")))}\b)`, "u");
// An attachment of statements: "Bilaga 1\nReservationer m.m.", "… särskilt uttalande".
const STATEMENTS_NAMED = regex(alternation(formsOf(STATEMENT_WORDS)), "iu");
// The words before the answering body in a remissvar heading: "Yttrande från nämnden för Gymnasium & Arbetsmarknad".
const ANSWER_OPENING = regex(String.raw`^${alternation(formsOf(ANSWER_HEADING_OPENINGS))}\s+`, "iu");
// A list of bodies, not one body's name: "Kultur- och fritidsnämnden samt byggnadsnämnden".
const LIST_JOIN = regex(String.raw`\s${alternation(formsOf(LIST_JOINS))}\s`, "u");

/**
 * Builds the section tree of a normalised paper; `remiss` is its remiss round when the caller has read it already.
 * @example buildSections(doc).map((s) => s.kind) // ["other", "arendet", "beredning", "synpunkter", …]
 */
export function buildSections(doc: NormalizedDocument, remiss: readonly RemissMention[] = remissMentions(doc)): Section[] {
  // Each body the remiss sentence names, with where it is first named: an answer is told after the
  // remiss, so a line naming the body before it (a page header with the paper's own nämnd) is no answer.
  const bodies = new Map<string, number>();
  for (const b of remissBodies(doc, remiss)) if (!bodies.has(bodyKey(b.name))) bodies.set(bodyKey(b.name), b.start);
  // the first word of each body's key: a heading whose key opens with another word names none of them
  const heads = new Set([...bodies.keys()].map((key) => key.split(" ")[0]));
  const isBody = (heading: string, at = Number.POSITIVE_INFINITY) => {
    if (bodies.size === 0 || heading.length > MAX_BODY_NAME) return false;
    const head = bodyKeyHead(heading);
    if (head !== null && !heads.has(head)) return false;
    const key = bodyKey(heading);
    const named = bodies.get(key);
    return key.length > 2 && named !== undefined && named < at;
  };
  const isFamily = (t: string) => headingKind(t) !== null || isBody(t) || MOTION_NUMBER.test(t.trim());
  const openings: Opening[] = [];
  let inAttachment = false;
  let statementsPart = false;
  for (const h of headingCandidates(doc, isFamily)) {
    const heading = h.text;
    const family = headingKind(heading) ?? headingKind(heading.split("\n")[0] ?? heading);
    if (family === "bilaga") {
      inAttachment = true;
      statementsPart = STATEMENTS_NAMED.test(doc.text.slice(h.start, h.end + 60));
      openings.push({ start: h.start, end: null, level: 0, kind: "bilaga", heading, actor: null });
    } else if (inAttachment && MOTION_HEADING.test(heading)) {
      openings.push({ start: h.start, end: null, level: 1, kind: "motion", heading, actor: null });
    } else if (family === "remissvar") {
      const actor = heading.replace(ANSWER_OPENING, "").replace(/\s+/g, " ");
      openings.push({ start: h.start, end: null, level: 1, kind: "remissvar", heading, actor: actor === heading.replace(/\s+/g, " ") ? null : actor });
    } else if (family === "bilagor") {
      // The list of attachments: the heading and the list under it, nothing after.
      openings.push({ start: h.start, end: paragraphEndAfter(doc, h.end), level: 1, kind: family, heading, actor: null });
    } else if (family) {
      if (family === "reservationer" || family === "sarskilt_uttalande") statementsPart = family === "reservationer";
      openings.push({ start: h.start, end: null, level: 1, kind: family, heading, actor: null });
    } else if (isBody(heading, h.start) || (BODY_SHAPE.test(heading) && !LIST_JOIN.test(heading) && h.lines <= 2 && insideBodyPart(openings))) {
      const actor = heading.replace(/\s+/g, " ");
      openings.push({ start: h.start, end: null, level: 2, kind: statementsPart ? "reservationer" : "remissvar", heading, actor });
    } else {
      openings.push({ start: h.start, end: null, level: 1, kind: "other", heading, actor: null });
    }
  }
  for (const s of statementParagraphs(doc)) {
    openings.push({ start: s.start, end: s.continues ? null : s.end, level: 3, kind: s.kind, heading: doc.text.slice(s.start, s.headingEnd), actor: s.actor });
  }
  openings.sort((a, b) => a.start - b.start || a.level - b.level);
  return nest(openings, doc.text.length);
}

/** The end of the paragraph that follows offset `at` (the list under a heading). */
function paragraphEndAfter(doc: NormalizedDocument, at: number): number {
  let end = at;
  let started = false;
  // the first line from `at` on, by halving: a long paper may have a list of attachments in each of its parts
  let lo = 0;
  let hi = doc.lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((doc.lines[mid] as TextLine).start < at) lo = mid + 1;
    else hi = mid;
  }
  // read on from there in place: a copy of the rest of the lines for each heading was quadratic in a long paper
  for (let i = lo; i < doc.lines.length; i++) {
    const line = doc.lines[i] as TextLine;
    if (started && line.paragraphStart) break;
    started = true;
    end = line.end;
  }
  return end;
}

/** True when the last part opened is one where answers of bodies are given (beredning, remissvar, statements). */
function insideBodyPart(openings: readonly Opening[]): boolean {
  for (let i = openings.length - 1; i >= 0; i--) {
    const o = openings[i] as Opening;
    if (o.level <= 1) return ["beredning", "remissvar", "reservationer", "bilaga", "arendet"].includes(o.kind);
  }
  return false;
}

function nest(openings: readonly Opening[], textEnd: number): Section[] {
  const root: Section[] = [];
  const stack: { level: number; section: Section; fixedEnd: boolean }[] = [];
  // A part ends where the next part of its level opens; one with an end of its own (a list of
  // attachments) ends there, or earlier when the next part opens first.
  const close = (upTo: number) => {
    const top = stack.pop();
    if (!top) return;
    const parent = stack[stack.length - 1];
    let end = upTo;
    if (top.fixedEnd) end = Math.min(end, top.section.end);
    if (parent?.fixedEnd) end = Math.min(end, parent.section.end);
    top.section.end = Math.max(top.section.start + top.section.heading.length, end);
  };
  for (const o of openings) {
    // An opening inside the heading of an open part (a statement's heading sentence) is part of it.
    if (stack.some((e) => e.section.start + e.section.heading.length > o.start)) continue;
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { level: number; section: Section; fixedEnd: boolean };
      if (top.level >= o.level || (top.fixedEnd && top.section.end <= o.start)) close(o.start);
      else break;
    }
    const parent = stack[stack.length - 1];
    const siblings = parent ? parent.section.children : root;
    if (parent?.fixedEnd && o.start + o.heading.length > parent.section.end) continue;
    const section: Section = { kind: o.kind, heading: o.heading, actor: o.actor, start: o.start, end: o.end ?? textEnd, children: [] };
    siblings.push(section);
    stack.push({ level: o.level, section, fixedEnd: o.end !== null });
  }
  while (stack.length > 0) close(textEnd);
  return root;
}
