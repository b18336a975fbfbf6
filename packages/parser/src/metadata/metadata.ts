import type { DocumentKind, DocumentMeta, Evidence, Person, Section } from "@diarium/schema";
import { evidence, type NormalizedDocument } from "../document.ts";
import { headingKind } from "../sections/families.ts";
import { LIST_JOINS } from "../lexicon/grammar.ts";
import { NOT_MEETING_PLACE, PLACE_LABELS, TIME_LABELS } from "../lexicon/attendance.ts";
import { mayWrap, typicalWidth } from "../sections/headings.ts";
import { BODY_ENDINGS, BODY_FIELD_WORDS, BODY_STEMS, PREPARING_BODY_STEMS } from "../lexicon/bodies.ts";
import { UTLATANDE_COUNCILS, UTLATANDE_PROPOSAL_OPENINGS } from "../lexicon/decisions.ts";
import {
  AFTER_MEETING_WORDS,
  DATE_LABELS,
  DNR_LABELS,
  ADDRESS_WORDS,
  AGENDA_WORDS,
  DOCUMENT_KINDS,
  MEETING_DAY_ENDINGS,
  MEETING_WORDS,
  OFFICIAL_LABELS,
  ON_BEHALF_WORDS,
  OTHER_HEADER_LABELS,
  RAPPORTEUR_WORDS,
  TITLE_OPENINGS,
} from "../lexicon/documents.ts";
import { HEADING_WORDS } from "../lexicon/headings.ts";
import { alternation, capitalized, cased, formsOf } from "../lexicon/match.ts";
import { DECISION_FILLERS, DECISION_VERBS, FINDING_WORDS } from "../lexicon/meeting.ts";
import { ROLES, TITLE_ENDINGS, roleOf } from "../lexicon/roles.ts";
import { diarienummerOf } from "./diarienummer.ts";
import { isoFrom, LONG_DATE, ISO_DATE, MONTHS, NAME } from "./patterns.ts";
import { signatoriesOf } from "./signatories.ts";
import { attendanceOf } from "./attendance.ts";
import { regex } from "../text/regex.ts";
import { NOT_AFTER_LETTER } from "../text/boundaries.ts";
import { LETTER, THREE_LETTERS } from "../text/letters.ts";

/**
 * Document metadata: kind, series and number, diarienummer, title, date, place, issuer, rapporteur
 * and signatories, each read where papers put it, with the span it was read from.
 */

/** How far into the paper its header may reach (characters). */
const HEADER = 1500;

// "Utlåtande 2013:125 RVII": the series line of a Stockholm utlåtande.
const SERIES_KINDS = DOCUMENT_KINDS.filter((row) => row.kind !== "protokollsutdrag").flatMap((row) => capitalized(row.forms));
const SERIES = regex(String.raw`^(${alternation(SERIES_KINDS)})\s+(\d{4}:\d{1,4})(?:\s+[A-ZÅÄÖ]{1,6})?`, "mu");
// The first words of a paper that name its kind: "TJÄNSTESKRIVELSE", "Protokollsutdrag", "Protokoll".
const KIND_WORD = regex(String.raw`^${alternation(formsOf(DOCUMENT_KINDS))}(?![\p{L}])`, "imu");
// A header label that says officials wrote the paper: "Handläggare:\tJerker Gustafsson".
const OFFICIAL_LABEL = regex(String.raw`(?:^|\t)${alternation(formsOf(OFFICIAL_LABELS))}\s*:?[\t ]`, "imu");
// A protocol paragraph: "§ 166 Diarienummer 00562/2024…", "§ 65 2025.242 TEN", "§ 41\tEtablering av vårdcentral",
// "§ 91/2017 Dnr 2016/0729 KS-16" (the year after the number is the number's).
const PARAGRAPHS = /^§\s?(\d{1,4})\b(?:\/(?:\d{4}|\d{2})(?!\d))?(.*)$/gmu;
// A diarienummer on a paragraph line, labelled or bare: "Dnr VO-2024-00021", "2025.493 KS".
const DNR_ON_LINE = regex(String.raw`^\s*(?:${alternation(formsOf(DNR_LABELS))}\s*:?\s*)?(?:[A-ZÅÄÖ]{1,5}[ /-])?\d[\d./:-]*(?:[ \t][A-ZÅÄÖ]{1,5})?\s*$`, "iu");
// A diarienummer that opens a § line's rest before its title: "KS 2023/0412 ", "Dnr 2025.242 TEN ", "Dnr 2016/0729 KS-16 ".
const LEADING_DNR = regex(String.raw`^(?:${alternation(cased(formsOf(DNR_LABELS)))}\s*:?\s*)?(?:[A-ZÅÄÖ]{1,5}[ /-])?\d+[./:-][\d./:-]*\d(?:[ \t][A-ZÅÄÖ]{1,5}(?:-\d{1,4})?(?=\s))?\s+`, "u");
// A label and its value, what may follow a diarienummer on a § line: "Diariekod: 101". No title.
const LABEL_AND_VALUE = /^[\p{L}-]+\s*:\s*[\p{L}\d.-]+$/u;
// A line that is a header label, never a title: "Dnr 1.5.2-214/2021", "Datum", "Handläggare: …".
const LABEL_LINE = regex(String.raw`^${alternation([...formsOf(DNR_LABELS), ...formsOf(DATE_LABELS), ...formsOf(OFFICIAL_LABELS), ...formsOf(OTHER_HEADER_LABELS)])}(?![\p{L}])`, "iu");
// How a title opens when no series or § line marks the header: "Svar på motion …".
const TITLE_OPENING = regex(String.raw`^${alternation(formsOf(TITLE_OPENINGS))}(?![\p{L}])`, "iu");
// A dateline: "Stockholm den 18 september 2013".
const DATELINE = regex(String.raw`^(\p{Lu}[\p{L}-]+)\s+den\s+\d{1,2}\s+\p{L}+\s+\d{4}\s*$`, "gmu");
// Words before a date that is not the paper's (the justering): "Justerat den 27 maj 2021".
const AFTER_MEETING = regex(String.raw`^${alternation(formsOf(AFTER_MEETING_WORDS))}$`, "iu");
// A labelled date: "Datum\n2023-12-06", "Kommunfullmäktige\tSammanträdesdatum\n2022-11-14", "Datum:\t2026-05-13".
// "Sammanträdesdatum: 12 mars 2025".
// The meeting's own label wins over a plain "Datum" (a posting date on an anslagsbevis).
// A header's date, in figures or words, captured: "2023-12-06", "12 mars 2025".
const HEADER_DATE = String.raw`(\d{4}-\d{2}-\d{2}|\d{1,2}\s+${alternation(MONTHS)}\s+\d{4})`;
const LABELLED_DATES = DATE_LABELS.map(
  (row) => regex(String.raw`(?:^|\t)${alternation(row.forms)}\s*:?[\t ]*\n?[\t ]*${HEADER_DATE}`, "imu"),
);
// A protocol's kind word with its meeting's date on the line: "Protokoll 2023-06-12", "SAMMANTRÄDESPROTOKOLL\t12 mars 2025".
const PROTOCOL_DATE = regex(
  String.raw`(?:^|\t)${alternation(DOCUMENT_KINDS.filter((row) => row.kind === "protokollsutdrag").flatMap((row) => row.forms))}[\t ]*:?[\t ]*${HEADER_DATE}[\t ]*$`,
  "imu",
);
// The meeting's date on its place-and-time line: "Plats och tid: Sessionssalen, måndagen den 10 juni 2024 kl. 13.00",
// "Tid och plats: Stadshuset, 2024-06-10 kl. 13.00-16.00"; not the justering's ("Plats och tid för justering").
const TIME_LINE_DATE = regex(
  String.raw`(?:^|\t)(?![^\n]{0,40}?${alternation(formsOf(NOT_MEETING_PLACE))})(?:${alternation([...formsOf(PLACE_LABELS), ...formsOf(TIME_LABELS)])})[\t ]*:?[\t ]+[^\n]*?(?<![\d-])${HEADER_DATE}`,
  "imu",
);
// The meeting dated in a sentence: "fört vid stadsdelsnämndens sammanträde torsdagen den 20 maj 2021".
const MEETING_DATE = regex(String.raw`${NOT_AFTER_LETTER}${alternation(formsOf(MEETING_WORDS))}\s+(?:\p{Ll}+${alternation(formsOf(MEETING_DAY_ENDINGS))}\s+)?den\s+(\d{1,2}\s+\p{L}+\s+\d{4})`, "iu");
// A body's name: a word built on a body stem, maybe after an adjective or a place or before "för …" or an arbetsutskott:
// "Kommunfullmäktige", "Tekniska nämnden", "Hässelby-Vällingby stadsdelsnämnd", "Nämnden för Vård & Omsorg",
// "Kommunstyrelsens arbetsutskott".
const POLITICAL_STEMS = BODY_STEMS.filter((stem) => BODY_ENDINGS.some((b) => b.role === "political" && (b.forms as readonly string[]).includes(stem)));
const STEM = alternation([...POLITICAL_STEMS, ...capitalized(POLITICAL_STEMS)]);
// (the first words of a coordinated compound, "Miljö- och byggnadsnämnden", "Kultur-, fritids- och …", or a word before the body's own)
const COORDINATED = String.raw`\p{L}\p{Ll}*-(?:,\s\p{Ll}+-)*\s${alternation(formsOf(LIST_JOINS))}\s`;
const BODY_NAME = String.raw`(?:${COORDINATED}|\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*\s)?\p{L}*${STEM}\p{Ll}*(?:\s${alternation(formsOf(BODY_FIELD_WORDS))}\s\p{Lu}[\p{L}-]+(?:\s(?:&|och)\s\p{Lu}[\p{L}-]+)?|s\s+\p{Ll}*${alternation(formsOf(PREPARING_BODY_STEMS))}\p{Ll}*)?`;
// A matter with its number, the heading of a reproduced motion: "Motion (2012:46) av Stefan Nilsson …".
const NUMBERED_MATTER = regex(
  String.raw`^${alternation(DOCUMENT_KINDS.filter((row) => row.kind === "motion" || row.kind === "skrivelse").flatMap((row) => capitalized(row.forms)))}\s*\(`,
  "u",
);
const NUMBERED_MATTER_LINE = regex(String.raw`${NUMBERED_MATTER.source}\d{4}:\d+\)`, "u");
// A header cell that is only a body's name.
const BODY_CELL = regex(String.raw`^${BODY_NAME}$`, "u");
// A lower-case word wrapped onto the next line: "Kommunstyrelsens" over "arbetsutskott".
const LOWER_WORD = regex(String.raw`^\p{Ll}+$`, "u");
// The chair's finding of what the meeting decided, in the present: "finner att kommunfullmäktige (har) beslutat enligt …".
const FINDS = FINDING_WORDS.filter((r) => r.tense === "present").flatMap((r) => [...r.forms]);
const HAS = DECISION_FILLERS.filter((r) => r.auxiliary === "present").flatMap((r) => [...r.forms]);
const DECIDED = DECISION_VERBS.filter((r) => r.sense === "decide").flatMap((r) => [...r.forms]);
const DECIDES_NOW = DECISION_VERBS.filter((r) => r.sense === "decide" && r.tense === "present").flatMap((r) => [...r.forms]);
const FINDS_BODY = regex(String.raw`${NOT_AFTER_LETTER}${alternation([...FINDS, ...capitalized(FINDS)])}\s+(${BODY_NAME})\s+(?:${alternation(HAS)}\s+)?${alternation(DECIDED)}(?!\p{L})`, "u");
// A decision with a body as its subject, right under the Beslut heading: "Beslut\nKommunfullmäktige avslår motionen."
// (the heading is the decision heading a genitive may own: "Beslut", "Kommunfullmäktiges beslut")
const DECISION_HEADING = HEADING_WORDS.filter((r) => r.kind === "beslut" && "owner" in r && r.owner).flatMap((r) => [...r.forms]);
const DECISION_SUBJECT = regex(String.raw`^(?:${alternation(capitalized(DECISION_HEADING))}|\p{Lu}[\p{L}-]*s\s+${alternation(DECISION_HEADING)})\s*\n(${BODY_NAME})\s+\p{Ll}`, "mu");
// The rapporteur: "Föredragande borgarrådet Anna König Jerlmyr anför följande."
// The rapporteur's role is one of the lexicon's roles, or an official's title ending in "-en": "tjänstemannen".
const RAPPORTEUR = regex(
  String.raw`${alternation(capitalized(RAPPORTEUR_WORDS.map((r) => r.opening)))}\s+(?:(${alternation(formsOf(ROLES))}|\p{Ll}+${alternation(formsOf(TITLE_ENDINGS))})\s+)?(${NAME})\s+${alternation(RAPPORTEUR_WORDS.map((r) => r.closing))}`,
  "u",
);
// The issuer in a proposal: "Kommunstyrelsen föreslår att kommunfullmäktige beslutar följande."
const PROPOSING_BODY = regex(String.raw`^(\p{Lu}[\p{L}-]*(?:\s[\p{Ll}-]+){0,3}?)\s+${alternation(formsOf(UTLATANDE_PROPOSAL_OPENINGS))}\s+${alternation(formsOf(UTLATANDE_COUNCILS))}`, "mu");
// On whose behalf a paper is signed: "På kommunstyrelsens vägnar:".
const ON_BEHALF = regex(String.raw`${alternation(capitalized(ON_BEHALF_WORDS.map((r) => r.opening)))}\s+([\p{L}-]+(?:\s[\p{L}-]+){0,3}?)s\s+${alternation(ON_BEHALF_WORDS.map((r) => r.closing))}`, "u");
// A body deciding: "Kommunfullmäktige beslutar att …", "Tekniska nämnden beslutar".
const DECIDING_BODY = regex(String.raw`^(${BODY_NAME})\s+${alternation(DECIDES_NOW)}\b`, "mu");

function role(word: string | undefined): string | null {
  return word ? (roleOf(word) ?? word.replace(/(?:et|en)$/u, "").toLowerCase()) : null;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * Reads the metadata of a normalised paper.
 * @example readMetadata(doc, sections).number // "2013:125"
 */
export function readMetadata(doc: NormalizedDocument, sections: readonly Section[]): DocumentMeta {
  const text = doc.text;
  const head = text.slice(0, HEADER);
  const ev: Record<string, Evidence> = {};
  const at = (key: string, start: number, end: number) => (ev[key] = evidence(doc, start, end));
  const attachmentsStart = sections.find((s) => s.kind === "bilaga")?.start ?? text.length;
  const body = text.slice(0, attachmentsStart);

  let kind: DocumentKind = "other";
  let series: string | null = null;
  let number: string | null = null;
  const s = SERIES.exec(head);
  // A protocol's own paragraph line carries its diarienummer ("§ 116 2020.008 KS"); a cover page's list does not.
  const paragraphs = [...text.slice(0, attachmentsStart).matchAll(PARAGRAPHS)];
  const paragraph = paragraphs.find((m) => /\d{4}[.\/-]\d/.test(m[2] ?? "")) ?? paragraphs.find((m) => (m.index ?? 0) < HEADER) ?? null;
  // a kallelse's § lines are its agenda; the meeting it announces dates it as a protocol's does
  const agenda = announces(head, paragraphs[0]?.index ?? head.length);
  if (s) {
    series = s[0].trim();
    number = s[2] as string;
    kind = kindOf(s[1] as string);
    at("series", s.index, s.index + s[0].length);
  } else if (paragraph && !agenda) {
    kind = "protokollsutdrag";
    number = `§ ${paragraph[1]}`;
    at("number", paragraph.index, paragraph.index + 2 + (paragraph[1] as string).length);
  } else {
    const k = KIND_WORD.exec(head.slice(0, 300));
    const named = k ? kindOf(k[0]) : "other";
    // A header that names the official handling the paper is a tjänsteskrivelse's ("Handläggare:\tJerker Gustafsson"),
    // whatever its title line opens with ("Motion gällande …" is the matter, not the paper).
    const official = OFFICIAL_LABEL.test(head.slice(0, 600));
    kind = official && (named === "motion" || named === "skrivelse" || named === "other") ? "tjansteutlatande" : named;
  }

  const title = titleOf(doc, sections, s ? s.index + s[0].length : paragraph ? paragraph.index + paragraph[0].length : 0, !!(s || paragraph), paragraph);
  if (title) at("title", title.start, title.end);

  let date: string | null = null;
  let place: string | null = null;
  const labelled = LABELLED_DATES.map((re) => re.exec(head)).find((m) => m !== null) ?? null;
  // a meeting is dated in a sentence only in a protocol; elsewhere "vid sitt sammanträde den …" is another body's
  const meeting = kind === "protokollsutdrag" || agenda ? (PROTOCOL_DATE.exec(head) ?? TIME_LINE_DATE.exec(head) ?? MEETING_DATE.exec(head)) : null;
  const dateline = [...body.matchAll(DATELINE)].find((m) => !AFTER_MEETING.test(m[1] as string));
  const isoHead = /^(\d{4}-\d{2}-\d{2})$/mu.exec(head.slice(0, 400));
  if (labelled) {
    date = isoFrom(labelled[1] as string);
    at("date", labelled.index, labelled.index + labelled[0].length);
  } else if (meeting) {
    date = isoFrom(meeting[1] as string);
    at("date", meeting.index, meeting.index + meeting[0].length);
  } else if (dateline) {
    date = isoFrom(dateline[0]);
    place = dateline[1] as string;
    at("date", dateline.index ?? 0, (dateline.index ?? 0) + dateline[0].length);
  } else if (isoHead && (kind === "protokollsutdrag" || kind === "tjansteutlatande")) {
    // a date alone on a line of a protocol's or a tjänsteutlåtande's header: "Protokoll\n\n2026-05-20"
    date = isoFrom(isoHead[1] as string);
    at("date", isoHead.index, isoHead.index + isoHead[0].length);
  }

  const firstContent = Math.min(paragraph?.index ?? text.length, title?.start ?? text.length, s?.index ?? text.length);
  const issuer = issuerOf(doc, head, body, firstContent, kind, at);
  const r = RAPPORTEUR.exec(body);
  let rapporteur: Person | null = null;
  if (r) {
    rapporteur = { name: r[2] as string, party: null, role: role(r[1]) };
    at("rapporteur", r.index, r.index + r[0].length);
  }
  const signatories = signatoriesOf(doc, attachmentsStart);
  if (signatories.length > 0 && signatories[0]) at("signatories", signatories[0].start, signatories[signatories.length - 1]?.end ?? 0);
  // a protocol's first page: the attendance list and the meeting's place ("Plats och tid\tRådhuset, Alingsås")
  const meetingPage = attendanceOf(text);
  if (meetingPage.span) at("attendance", meetingPage.span.start, meetingPage.span.end);
  if (!place && meetingPage.place && meetingPage.attendees.length > 0) {
    place = meetingPage.place.text;
    at("place", meetingPage.place.start, meetingPage.place.end);
  }
  const attendance = meetingPage.attendees.map((a) => ({ name: a.name, party: a.party, roles: a.roles, replaces: a.replaces, evidence: evidence(doc, a.start, a.end) }));

  return {
    kind,
    series,
    number,
    diarienummer: diarienummerOf(doc, attachmentsStart),
    title: title?.text ?? null,
    date,
    place,
    issuer,
    rapporteur,
    signatories: signatories.map((p) => p.person),
    ...(attendance.length > 0 ? { attendance } : {}),
    evidence: ev,
  };
}

// A kind line that addresses the paper to a body, no title: "Motion till kommunfullmäktige".
const ADDRESSED = regex(String.raw`^${alternation(capitalized(formsOf(DOCUMENT_KINDS)))}\s+${alternation(formsOf(ADDRESS_WORDS))}\s+${BODY_NAME}$`, "u");
// A paper that announces a meeting: "KALLELSE", "Föredragningslista" opening a line of its header.
const AGENDA = regex(String.raw`^${alternation(formsOf(AGENDA_WORDS))}(?![\p{L}])`, "imu");

/** True when the header before the first § line names the paper a kallelse or föredragningslista: its § lines are an agenda. */
function announces(head: string, firstParagraph: number): boolean {
  return AGENDA.test(head.slice(0, Math.min(firstParagraph, 300)));
}

function kindOf(word: string): DocumentKind {
  const w = word.toLowerCase().replace(/\s+/gu, " ");
  return DOCUMENT_KINDS.find((row) => (row.forms as readonly string[]).includes(w))?.kind ?? "other";
}

/**
 * The body named in the paper's header, before its § line or title: a cell of its own ("Kommunfullmäktige\tSammanträdesdatum",
 * "Nämnden för Vård & Omsorg", "Västerholms stadsdelsnämnd\tPROTOKOLLSUTDRAG"), or a genitive over its
 * arbetsutskott on the next line ("Kommunstyrelsens\narbetsutskott").
 */
function headerBody(doc: NormalizedDocument, before: number): { name: string; start: number; end: number } | null {
  const lines = doc.lines.filter((l) => l.end <= before && l.start < 600).slice(0, 10);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as (typeof lines)[number];
    const cells = doc.text.slice(line.start, line.end).split("\t");
    let offset = line.start;
    for (const cell of cells) {
      const name = cell.trim();
      const start = offset + cell.indexOf(name);
      offset += cell.length + 1;
      if (name === "") continue;
      // a body in capitals is read in its ordinary case: "KOMMUNFULLMÄKTIGE" → "Kommunfullmäktige"
      if (name === name.toUpperCase()) {
        const ordinary = name.charAt(0) + name.slice(1).toLowerCase();
        if (LETTER.test(name) && BODY_CELL.test(ordinary) && !LABEL_LINE.test(ordinary)) return { name: ordinary, start, end: start + name.length };
        continue;
      }
      const next = lines[i + 1];
      const nextText = next ? doc.text.slice(next.start, next.end).trim() : "";
      // "Kommunstyrelsens" over "arbetsutskott"
      if (cells.length === 1 && next && /s$/u.test(name) && LOWER_WORD.test(nextText) && BODY_CELL.test(`${name} ${nextText}`)) {
        return { name: `${name} ${nextText}`, start, end: next.end };
      }
      // a label before the name is no part of it: "Till Kommunstyrelsen"
      if (BODY_CELL.test(name) && !LABEL_LINE.test(name)) return { name, start, end: start + name.length };
    }
  }
  return null;
}

function issuerOf(doc: NormalizedDocument, head: string, body: string, firstContent: number, kind: DocumentKind, at: (k: string, s: number, e: number) => void): string | null {
  const protocol = kind === "protokollsutdrag";
  const header = headerBody(doc, firstContent);
  if (header) {
    at("issuer", header.start, header.end);
    return header.name;
  }
  // A protocol paragraph without a header: the body that decides under the Beslut heading.
  const decision = DECISION_SUBJECT.exec(body);
  if (decision) {
    const start = decision.index + decision[0].indexOf(decision[1] as string, decision[0].indexOf("\n"));
    at("issuer", start, start + (decision[1] as string).length);
    return capitalise((decision[1] as string).replace(/\s+/gu, " "));
  }
  const finds = protocol ? FINDS_BODY.exec(body) : null;
  if (finds) {
    const start = finds.index + finds[0].indexOf(finds[1] as string, 6);
    at("issuer", start, start + (finds[1] as string).length);
    return capitalise((finds[1] as string).replace(/\s+/gu, " "));
  }
  // the body a tjänsteutlåtande proposes should decide ("Kommunfullmäktige beslutar att …") is whom it is written to, not its writer
  for (const pattern of kind === "tjansteutlatande" ? [PROPOSING_BODY, ON_BEHALF] : [PROPOSING_BODY, ON_BEHALF, DECIDING_BODY]) {
    const m = pattern.exec(pattern === PROPOSING_BODY ? head : body);
    if (m) {
      const start = m.index + m[0].indexOf(m[1] as string);
      at("issuer", start, start + (m[1] as string).length);
      return capitalise(m[1] as string);
    }
  }
  return null;
}

/**
 * The title: the rest of a § line when it holds one ("§ 41\tEtablering av vårdcentral i Ljusnäs"), else the
 * first paragraph after the series or § line that is prose, not a label, a diarienummer or a date.
 */
function titleOf(
  doc: NormalizedDocument,
  sections: readonly Section[],
  from: number,
  hasHeader: boolean,
  paragraph: RegExpMatchArray | null,
): { text: string; start: number; end: number } | null {
  // a diarienummer before the title on the § line is no part of it: "§ 87\tKS 2023/0412\tDetaljplan för …"
  const line = (paragraph?.[2] ?? "").trim();
  const rest = line.replace(LEADING_DNR, "");
  const codesOnly = rest !== line && LABEL_AND_VALUE.test(rest);
  if (paragraph && rest !== "" && !codesOnly && !DNR_ON_LINE.test(rest) && rest.split(/\s+/u).length >= 2 && THREE_LETTERS.test(rest)) {
    const start = (paragraph.index ?? 0) + paragraph[0].lastIndexOf(rest);
    return { text: rest, start, end: start + rest.length };
  }
  const firstFamily = sections.find((s) => s.kind !== "other")?.start ?? doc.text.length;
  const limit = Math.min(firstFamily, from + HEADER);
  let addressed = false;
  for (let i = 0; i < doc.lines.length; i++) {
    const line = doc.lines[i];
    if (!line || line.start < from || line.start >= limit) continue;
    const t = doc.text.slice(line.start, line.end).trim();
    if (t === "" || t.split(/\s+/).length < (hasHeader ? 2 : 3) || (LONG_DATE.test(t) && t.length < 40) || (ISO_DATE.test(t) && t.length < 30)) continue;
    // a kind line that addresses the paper ("Motion till kommunfullmäktige") is a header: the title follows it
    if (ADDRESSED.test(t)) {
      addressed = true;
      continue;
    }
    if (LABEL_LINE.test(t) || DNR_ON_LINE.test(t) || t === t.toUpperCase()) continue;
    if (NUMBERED_MATTER_LINE.test(t)) continue;
    if (!hasHeader && !addressed && !TITLE_OPENING.test(t)) continue;
    // The title runs on over lines of its paragraph that do not start a new statement, when its first line reaches across the page.
    let end = line.end;
    const wraps = mayWrap(t.length, typicalWidth(doc));
    for (let j = i + 1; wraps && j < doc.lines.length; j++) {
      const next = doc.lines[j];
      if (!next || next.paragraphStart || next.start >= limit) break;
      const nt = doc.text.slice(next.start, next.end).trim();
      // A title may wrap over up to three lines; a heading, a label or the matter's own line ends it.
      if (j - i >= 3 || NUMBERED_MATTER.test(nt) || headingKind(nt) !== null || LABEL_LINE.test(nt) || DNR_ON_LINE.test(nt)) break;
      end = next.end;
    }
    const text = doc.text.slice(line.start, end).replace(/\s*\n\s*/g, " ").trim();
    return { text, start: line.start, end };
  }
  return null;
}
