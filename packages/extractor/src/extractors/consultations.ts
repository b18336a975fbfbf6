import { evidence, isoFrom, type NormalizedDocument } from "@diarium/parser";
import type { Consultation, Section } from "@diarium/schema";
import { stanceCue } from "../swedish/stance.ts";

/**
 * Remissinstanser: the bodies asked, whether they answered, the dates of their decision and of
 * their tjänsteutlåtande or yttrande, and the outcome of their answer toward the matter.
 */

// "Ärendet har remitterats till stadsledningskontoret, socialnämnden, … och Convictus."
// "Yttranden har inhämtats från A och B", "Ärendet har skickats på remiss till A".
const REMITTED = /\b(?:har\s+remitterats\s+till|har\s+skickats\s+på\s+remiss\s+till|har\s+inhämtats\s+från|har\s+begärts\s+från|har\s+inkommit\s+från)\s+([^.]{1,600}?)(?:\s+för\s+yttrande)?\./giu;
// "Nämnden för Gymnasium & Arbetsmarknad, … och Tempohus Kungsbacka AB har fått möjlighet att yttra sig"
const INVITED = /(?<=\S)\s{1,9}har\s+(?:fått|beretts|getts|givits)\s+(?:möjlighet|tillfälle)\s+att\s+(?:yttra\s+sig|lämna\s+synpunkter|svara)/giu;
// "Stadsmissionen och Convictus har avstått från att svara", "har inte inkommit med något yttrande".
const DECLINED = /(?<=\S)\s{1,9}har\s+(?:avstått\s+från\s+att\s+(?:svara|yttra\s+sig)|inte\s+(?:inkommit|svarat|yttrat\s+sig|lämnat))/giu;
// "beslutade vid sitt sammanträde den 16 april 2013"
const DECIDED = /\bbeslutade\s+(?:vid\s+sitt\s+sammanträde\s+)?den\s+(\d{1,2}\s+\p{L}+\s+\d{4})/u;
// "tjänsteutlåtande daterat den 21 mars 2013", "RSMH:s yttrande daterat den 26 november 2012"
const STATED = /\b(?:tjänsteutlåtande|tjänsteskrivelse|yttrande)\s+daterat?\s+den\s+(\d{1,2}\s+\p{L}+\s+\d{4})/u;
// A Beslutsunderlag line: "Nämnden för Gymnasium & Arbetsmarknad 2023-06-21, § 74".
const UNDERLAG_LINE = /^[^\n]*\d{4}-\d{2}-\d{2}[^\n]*$/gmu;

/** The sentence that ends at an offset: from the last full stop or blank line before it. */
function subjectBefore(text: string, at: number): { start: number; subject: string } {
  const from = Math.max(0, at - 600);
  const window = text.slice(from, at);
  const cut = Math.max(window.lastIndexOf(". "), window.lastIndexOf(".\n"), window.lastIndexOf("\n\n"));
  const start = cut < 0 ? from : from + cut + 2;
  return { start, subject: text.slice(start, at) };
}

/**
 * Splits a list of bodies into its members; "och" splits only the last member, so a name with "och" in it stays whole.
 * @example bodyList("socialnämnden, Riksförbundet för Social och Mental Hälsa, Stadsmissionen och Convictus") // ["Socialnämnden", "Riksförbundet för Social och Mental Hälsa", "Stadsmissionen", "Convictus"]
 */
export function bodyList(list: string): string[] {
  const parts = list.replace(/\s+/gu, " ").split(/,\s*/u);
  const last = parts.pop() ?? "";
  const tail = last.split(/\s+(?:och|samt)\s+(?=\p{L})/u);
  const joined = tail.length > 2 ? [tail.slice(0, -1).join(" och "), tail.at(-1) ?? ""] : tail;
  return [...parts, ...joined].map((b) => b.trim()).filter((b) => b.length > 1).map((b) => b[0]?.toUpperCase() + b.slice(1));
}

/** The distinctive part of a body's name: "Nämnden för Gymnasium & Arbetsmarknad" → "gymnasium & arbetsmarknad". */
function core(body: string): string {
  return body.toLowerCase().replace(/\([^()]*\)/gu, " ").replace(/\s+/gu, " ").trim().replace(/^(?:nämnden|förvaltningen|styrelsen)\s+för\s+/u, "").replace(/(?:nämnd|förvaltning|kontoret)\w*$/u, "").trim();
}

function datesFor(text: string, underlag: readonly string[], body: string, section: Section | undefined): { decisionDate: string | null; statementDate: string | null } {
  let decisionDate: string | null = null;
  let statementDate: string | null = null;
  if (section) {
    const s = text.slice(section.start, section.end);
    decisionDate = isoFrom(DECIDED.exec(s)?.[1] ?? "") ?? null;
    statementDate = isoFrom(STATED.exec(s)?.[1] ?? "") ?? null;
  }
  const key = core(body);
  if (key.length < 3) return { decisionDate, statementDate };
  if (!section) {
    // no section of its own (a layout the section rules missed): the sentence that opens its answer
    const at = text.indexOf(`${body} beslutade`);
    if (at >= 0) {
      const s = text.slice(at, at + 800);
      decisionDate ??= isoFrom(DECIDED.exec(s)?.[1] ?? "");
      statementDate ??= isoFrom(STATED.exec(s)?.[1] ?? "");
    }
  }
  for (const line of underlag) {
    if (!line.includes(key)) continue;
    const iso = /\d{4}-\d{2}-\d{2}/u.exec(line)?.[0] ?? null;
    if (/tjänsteskrivelse|tjänsteutlåtande|yttrande/u.test(line)) statementDate ??= iso;
    else if (/§/u.test(line)) decisionDate ??= iso;
  }
  return { decisionDate, statementDate };
}

/**
 * The consultations of a paper.
 * @example extractConsultations(doc, sections).map((c) => c.body) // ["Stadsledningskontoret", "Socialnämnden", …]
 */
export function extractConsultations(doc: NormalizedDocument, sections: Section[]): Consultation[] {
  const text = doc.text;
  const named: { body: string; start: number; end: number }[] = [];
  const lists = [
    ...[...text.matchAll(REMITTED)].map((m) => ({ start: (m.index ?? 0) + m[0].indexOf(m[1] ?? ""), subject: m[1] ?? "" })),
    ...[...text.matchAll(INVITED)].map((m) => subjectBefore(text, m.index ?? 0)),
  ];
  {
    for (const { start, subject } of lists) {
      const list = subject.toLowerCase();
      for (const body of bodyList(subject)) {
        // the body's own words in the list, for its evidence; the list as a whole if they wrap oddly
        const words = body.toLowerCase().split(/\s+/u);
        const first = list.indexOf(words[0] ?? "");
        const last = list.indexOf(words.at(-1) ?? "", first);
        const own = first >= 0 && last >= first;
        named.push({ body, start: own ? start + first : start, end: own ? start + last + (words.at(-1) ?? "").length : start + list.length });
      }
    }
  }
  const answers = sections.flatMap((s) => [s, ...s.children]).filter((s) => s.kind === "remissvar" && s.actor);
  const declined = new Set<string>();
  for (const m of text.matchAll(DECLINED)) for (const b of bodyList(subjectBefore(text, m.index ?? 0).subject)) declined.add(core(b));
  const underlag = [...text.matchAll(UNDERLAG_LINE)].map((m) => m[0].toLowerCase());
  const out: Consultation[] = [];
  const seen = new Set<string>();
  for (const n of named) {
    const key = core(n.body);
    if (seen.has(key)) continue;
    seen.add(key);
    const section = answers.find((s) => core(s.actor ?? "") === key || core(s.heading) === key);
    const body = section && !/,|\boch\b|\bsamt\b/u.test(section.actor ?? "") ? (section.actor ?? n.body) : n.body;
    const dates = datesFor(text, underlag, body, section);
    const cue = section ? stanceCue(text.slice(section.start, section.end)) : null;
    out.push({
      body: body.replace(/\([^()]*\)$/u, "").trimEnd(),
      responded: !declined.has(key),
      ...dates,
      outcome: cue && "stance" in cue ? cue.stance : null,
      evidence: evidence(doc, n.start, n.end),
    });
  }
  return out;
}
