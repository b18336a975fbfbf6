import type { DocumentKind, DocumentMeta, Evidence, Person, Section } from "@diarium/schema";
import { evidence, type NormalizedDocument } from "../document.ts";
import { headingKind } from "../sections/families.ts";
import { diarienummerOf } from "./diarienummer.ts";
import { isoFrom, LONG_DATE, ISO_DATE, NAME } from "./patterns.ts";
import { signatoriesOf } from "./signatories.ts";

/**
 * Document metadata: kind, series and number, diarienummer, title, date, place, issuer, rapporteur
 * and signatories, each read where papers put it, with the span it was read from.
 */

/** How far into the paper its header may reach (characters). */
const HEADER = 1500;

// "Utlåtande 2013:125 RVII": the series line of a Stockholm utlåtande.
const SERIES = /^(Utlåtande|Tjänsteutlåtande|Motion|Skrivelse|Remissvar)\s+(\d{4}:\d{1,4})(?:\s+[A-ZÅÄÖ]{1,6})?/mu;
// The first words of a paper that name its kind: "TJÄNSTESKRIVELSE", "Protokollsutdrag", "Protokoll".
const KIND_WORD = /^(tjänsteutlåtande|tjänsteskrivelse|protokollsutdrag|utdrag ur protokoll|sammanträdesprotokoll|protokoll|utlåtande|motion|skrivelse|remissvar|yttrande)\b/imu;
// A protocol paragraph: "§ 166 Diarienummer 00562/2024…", "§ 65 2025.242 TEN".
const PARAGRAPH = /^§\s?(\d{1,4})\b(.*)$/mu;
// A dateline: "Stockholm den 18 september 2013".
const DATELINE = /^(\p{Lu}[\p{L}-]+)\s+den\s+\d{1,2}\s+\p{L}+\s+\d{4}\s*$/mu;
// A labelled date: "Datum\n2023-12-06", "Sammanträdesdatum 2024-10-16".
const LABELLED_DATE = /^(?:datum|sammanträdesdatum|beslutsdatum|datum för beslut)\s*:?\s*\n?\s*(\d{4}-\d{2}-\d{2})/imu;
// The rapporteur: "Föredragande borgarrådet Anna König Jerlmyr anför följande."
const RAPPORTEUR = new RegExp(String.raw`Föredragande\s+(?:(borgarrådet|kommunalrådet|ledamoten|ordföranden|tjänstemannen|stadsdirektören|förvaltningschefen)\s+)?(${NAME})\s+anför`, "u");
// The issuer in a proposal: "Kommunstyrelsen föreslår att kommunfullmäktige beslutar följande."
const PROPOSING_BODY = /^(\p{Lu}[\p{L}-]*(?:\s[\p{Ll}-]+){0,3}?)\s+föreslår\s+(?:att\s+)?kommunfullmäktige/mu;
// On whose behalf a paper is signed: "På kommunstyrelsens vägnar:".
const ON_BEHALF = /På\s+([\p{L}-]+(?:\s[\p{L}-]+){0,3}?)s\s+vägnar/u;
// A body deciding: "Kommunfullmäktige beslutar att …", "Tekniska nämnden beslutar".
const DECIDING_BODY = /^((?:\p{Lu}[\p{Ll}-]+ )(?:nämnden|styrelsen)|Kommunfullmäktige|Kommunstyrelsen|\p{Lu}[\p{Ll}-]*nämnden)\s+beslutar\b/mu;

function role(word: string | undefined): string | null {
  return word ? word.replace(/(?:et|en)$/u, "").toLowerCase() : null;
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
  const paragraphs = [...text.slice(0, attachmentsStart).matchAll(new RegExp(PARAGRAPH.source, "gmu"))];
  const paragraph = paragraphs.find((m) => /\d{4}[.\/-]\d/.test(m[2] ?? "")) ?? paragraphs.find((m) => (m.index ?? 0) < HEADER) ?? null;
  if (s) {
    series = s[0].trim();
    number = s[2] as string;
    kind = kindOf(s[1] as string);
    at("series", s.index, s.index + s[0].length);
  } else if (paragraph) {
    kind = "protokollsutdrag";
    number = `§ ${paragraph[1]}`;
    at("number", paragraph.index, paragraph.index + 2 + (paragraph[1] as string).length);
  } else {
    const k = KIND_WORD.exec(head.slice(0, 300));
    if (k) kind = kindOf(k[1] as string);
  }

  const title = titleOf(doc, sections, s ? s.index + s[0].length : paragraph ? paragraph.index + paragraph[0].length : 0, !!(s || paragraph));
  if (title) at("title", title.start, title.end);

  let date: string | null = null;
  let place: string | null = null;
  const labelled = LABELLED_DATE.exec(head);
  const dateline = DATELINE.exec(body);
  const isoHead = /^(\d{4}-\d{2}-\d{2})$/mu.exec(head.slice(0, 400));
  if (labelled) {
    date = isoFrom(labelled[1] as string);
    at("date", labelled.index, labelled.index + labelled[0].length);
  } else if (dateline) {
    date = isoFrom(dateline[0]);
    place = dateline[1] as string;
    at("date", dateline.index, dateline.index + dateline[0].length);
  } else if (isoHead && kind === "protokollsutdrag") {
    date = isoFrom(isoHead[1] as string);
    at("date", isoHead.index, isoHead.index + isoHead[0].length);
  }

  const issuer = issuerOf(doc, head, body, at);
  const r = RAPPORTEUR.exec(body);
  let rapporteur: Person | null = null;
  if (r) {
    rapporteur = { name: r[2] as string, party: null, role: role(r[1]) };
    at("rapporteur", r.index, r.index + r[0].length);
  }
  const signatories = signatoriesOf(doc, attachmentsStart);
  if (signatories.length > 0 && signatories[0]) at("signatories", signatories[0].start, signatories[signatories.length - 1]?.end ?? 0);

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
    evidence: ev,
  };
}

function kindOf(word: string): DocumentKind {
  const w = word.toLowerCase();
  if (w.startsWith("tjänste")) return "tjansteutlatande";
  if (w.includes("protokoll")) return "protokollsutdrag";
  if (w === "utlåtande") return "utlatande";
  if (w === "motion") return "motion";
  if (w === "skrivelse") return "skrivelse";
  if (w === "remissvar" || w === "yttrande") return "remissvar";
  return "other";
}

function issuerOf(doc: NormalizedDocument, head: string, body: string, at: (k: string, s: number, e: number) => void): string | null {
  // A protocol's header: the body's name on the line before "Protokoll".
  const header = /^(\p{Lu}[\p{L} -]{3,60})\n(?:Protokoll|Protokollsutdrag|Sammanträdesprotokoll)\b/mu.exec(head.slice(0, 400));
  if (header) {
    at("issuer", header.index, header.index + (header[1] as string).length);
    return (header[1] as string).trim();
  }
  for (const pattern of [PROPOSING_BODY, ON_BEHALF, DECIDING_BODY]) {
    const m = pattern.exec(pattern === PROPOSING_BODY ? head : body);
    if (m) {
      const start = m.index + m[0].indexOf(m[1] as string);
      at("issuer", start, start + (m[1] as string).length);
      return capitalise(m[1] as string);
    }
  }
  void doc;
  return null;
}

/** The title: the first paragraph after the series or paragraph line that is prose, not a label or date. */
function titleOf(doc: NormalizedDocument, sections: readonly Section[], from: number, hasHeader: boolean): { text: string; start: number; end: number } | null {
  const firstFamily = sections.find((s) => s.kind !== "other")?.start ?? doc.text.length;
  const limit = Math.min(firstFamily, from + HEADER);
  for (let i = 0; i < doc.lines.length; i++) {
    const line = doc.lines[i];
    if (!line || line.start < from || line.start >= limit) continue;
    const t = doc.text.slice(line.start, line.end).trim();
    if (t === "" || t.split(/\s+/).length < 3 || LONG_DATE.test(t) && t.length < 40 || ISO_DATE.test(t) && t.length < 30) continue;
    if (/^(?:datum|diarienummer|dnr|handläggare|till|från|ert datum|vår referens)\b/iu.test(t) || t === t.toUpperCase()) continue;
    if (/^(?:Motion|Skrivelse)\s*\(\d{4}:\d+\)/u.test(t)) continue;
    if (!hasHeader && !/^(?:Svar på|Motion|Yttrande över|Remiss|Medborgarförslag|Förslag|Revidering|Detaljplan)/u.test(t)) continue;
    // The title runs on over lines of its paragraph that do not start a new statement.
    let end = line.end;
    for (let j = i + 1; j < doc.lines.length; j++) {
      const next = doc.lines[j];
      if (!next || next.paragraphStart || next.start >= limit) break;
      const nt = doc.text.slice(next.start, next.end);
      // A title may wrap over up to three lines; a heading or the matter's own line ends it.
      if (j - i >= 3 || /^(?:Motion|Skrivelse)\s*\(/u.test(nt) || headingKind(nt.trim()) !== null) break;
      end = next.end;
    }
    const text = doc.text.slice(line.start, end).replace(/\s*\n\s*/g, " ").trim();
    return { text, start: line.start, end };
  }
  return null;
}

