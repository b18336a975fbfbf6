import type { DocumentKind } from "@diarium/schema";

/**
 * The words of a paper's own furniture: what kind of paper it is, the labels of its header block
 * (dates, diarienummer, the official handling it), the signature labels, and the words that open a
 * title. The metadata rules are built from these tables.
 */

/** Words that name a paper's kind where it opens: "TJÄNSTESKRIVELSE", "Protokollsutdrag", "Utlåtande 2013:125". */
export const DOCUMENT_KINDS = [
  { kind: "tjansteutlatande", forms: ["tjänsteutlåtande", "tjänsteskrivelse"], example: "TJÄNSTESKRIVELSE\n\nDatum\n2024-08-05" },
  { kind: "protokollsutdrag", forms: ["protokollsutdrag", "utdrag ur protokoll", "sammanträdesprotokoll", "protokoll"], example: "Västerholms stadsdelsnämnd\tPROTOKOLLSUTDRAG" },
  { kind: "utlatande", forms: ["utlåtande"], example: "Utlåtande 2013:125 RVII" },
  { kind: "motion", forms: ["motion"], example: "Motion (2012:46) av Stefan Nilsson och Jonas Eklund (båda MP)" },
  { kind: "skrivelse", forms: ["skrivelse"], example: "Skrivelse från Anna Berg (S) om snöröjning" },
  { kind: "remissvar", forms: ["remissvar", "yttrande"], example: "Yttrande över remiss om …" },
] as const satisfies readonly { kind: DocumentKind; forms: readonly string[]; example: string }[];

/** The word that addresses a paper to a body on its kind line: "Motion till kommunfullmäktige". That line is no title. */
export const ADDRESS_WORDS = [{ forms: ["till"], example: "Motion till kommunfullmäktige\n\nInför gratis kollektivtrafik för unga" }] as const;

/** Papers that announce a meeting and list its paragraphs, not a record of what it decided: "KALLELSE\nKommunstyrelsen". */
export const AGENDA_WORDS = [{ forms: ["kallelse", "föredragningslista", "dagordning", "kungörelse", "kallelse och föredragningslista"], example: "KALLELSE\nKommunstyrelsen\n\nTid: Onsdagen den 15 maj 2024 kl. 13.00" }] as const;

/** Labels of the meeting's or the paper's date in a header: "Sammanträdesdatum: 2025-03-12", "Datum\n2024-04-25". */
export const DATE_LABELS = [
  { forms: ["sammanträdesdatum", "mötesdatum", "beslutsdatum", "datum för beslut", "datum för sammanträdet"], example: "Kommunfullmäktige\tSammanträdesdatum\n2022-11-14" },
  { forms: ["sammanträde", "sammanträdesdag"], example: "Kommunfullmäktige\nSammanträde 2011-06-16" },
  { forms: ["datum"], example: "Datum:\t2026-05-13\tKommunstyrelsen" },
  { forms: ["utfärdat", "utfärdad", "upprättad", "upprättat"], example: "Tjänsteutlåtande\nUtfärdat 2024-02-01\nDiarienummer 1234/23" },
] as const satisfies readonly { forms: readonly string[]; example: string }[];

/** Words of a meeting that date it in a sentence: "fört vid stadsdelsnämndens sammanträde torsdagen den 20 maj 2021". */
export const MEETING_WORDS = [
  { forms: ["sammanträde", "sammanträdet", "sammanträdesdag"], example: "Protokoll nr 5, fört vid stadsdelsnämndens sammanträde torsdagen den 20 maj 2021" },
] as const satisfies readonly { forms: readonly string[]; example: string }[];

/** The ending of a weekday's definite form before a meeting's date ("torsdagen den 20 maj 2021"). */
export const MEETING_DAY_ENDINGS = [
  { forms: ["dagen"], example: "Protokoll nr 5, fört vid stadsdelsnämndens sammanträde torsdagen den 20 maj 2021" },
] as const satisfies readonly { forms: readonly string[]; example: string }[];

/** Words that open a parenthesis pointing to another paper's number: "(se 2021.527 SBN)", "(jfr. dnr 2020/14)". */
export const SEE_ALSO_WORDS = [{ forms: ["se", "jfr", "jfr."], example: "(se 2021.527 SBN)" }] as const satisfies readonly { forms: readonly string[]; example: string }[];

/** Words before a date that is not the paper's date nor a place: the justering and posting of a protocol. */
export const AFTER_MEETING_WORDS = [
  { forms: ["justerat", "justerad", "justerades", "justeringsdatum", "justering"], example: "Justerat den 27 maj 2021" },
  { forms: ["anslaget", "anslagsdatum", "expedierat", "expedierad", "utdraget", "bestyrkt"], example: "Anslaget den 3 juni 2021" },
] as const satisfies readonly { forms: readonly string[]; example: string }[];

/** Labels of a diarienummer: "Dnr KS-2022-00311", "Diarienummer 00516/20231.1.1.", "Diarienr:\t2025.319 KS". */
export const DNR_LABELS = [
  { forms: ["dnr", "dnr.", "diarienummer", "diarienr", "diarienr.", "diarie-nr", "ärendenummer", "ärendenr", "ärende nr"], example: "§ 87 Ärendenummer SLK-2025-00123" },
] as const satisfies readonly { forms: readonly string[]; example: string }[];

/** Marks before a number that make it a diarienummer, not a range of years (beside "§"): "(KS 2023-00811)", "Dnr 2019-2020". */
export const DNR_MARKS = [{ forms: ["dnr", "nr", "ks"], example: "Värdighetsgarantier inom äldreomsorgen (KS 2023-00811)" }] as const satisfies readonly { forms: readonly string[]; example: string }[];

/** Labels that say officials wrote the paper, and the role of the official they name: a tjänsteskrivelse's header "Handläggare:\tJerker Gustafsson". */
export const OFFICIAL_LABELS = [
  {
    role: "handläggare",
    forms: ["handläggare", "handläggare:", "ansvarig handläggare", "vår handläggare", "föredragande tjänsteman"],
    example: "Datum:\t2026-05-13\tKommunstyrelsen\nHandläggare:\tJerker Gustafsson",
  },
] as const satisfies readonly { role: string; forms: readonly string[]; example: string }[];

/** Labels of other header fields, never a title: "Ert datum", "Vår referens", "Till", "Från". */
export const OTHER_HEADER_LABELS = [
  { forms: ["till", "från", "ert datum", "er referens", "vår referens", "plats och tid", "beslutande", "justerare", "justeringsdatum", "underskrifter", "paragrafer"], example: "Plats och tid\tRegionens hus, Nordanå, kl. 09.30–16.45" },
] as const satisfies readonly { forms: readonly string[]; example: string }[];

/** Signature labels of a protocol and the role each gives: "Vid protokollet\nMaria Nordin", "Justerare\tPer Nyberg\tAnn-Sofie Ek". */
export const SIGNATURE_LABELS = [
  { role: "sekreterare", forms: ["sekreterare", "vid protokollet", "protokollförare"], example: "Vid protokollet\nMaria Nordin" },
  { role: "ordförande", forms: ["ordförande"], example: "Ordförande\tGunnel Håkansson" },
  { role: "vice ordförande", forms: ["vice ordförande"], example: "Vice ordförande\tPer Holm" },
  { role: "justerare", forms: ["justerande", "justerare"], example: "Justerare\tPer Nyberg\tAnn-Sofie Ek" },
] as const satisfies readonly { role: string; forms: readonly string[]; example: string }[];

/** The words around the body on whose behalf a paper is signed: "På kommunstyrelsens vägnar:". */
export const ON_BEHALF_WORDS = [{ opening: "på", closing: "vägnar", example: "På kommunstyrelsens vägnar:" }] as const;

/** The words around the rapporteur of an utlåtande and the rapporteur's role: "Föredragande borgarrådet Anna König Jerlmyr anför följande." */
export const RAPPORTEUR_WORDS = [{ opening: "föredragande", closing: "anför", example: "Föredragande borgarrådet Anna König Jerlmyr anför följande." }] as const;

/** How the title of a paper without a series or § line opens: "Svar på motion …", "Yttrande över …". */
export const TITLE_OPENINGS = [
  { forms: ["svar på", "motion", "yttrande över", "remiss", "medborgarförslag", "förslag", "revidering", "detaljplan"], example: "Svar på motion från Stefan Jägnert (SD) om införande av tolkavgift" },
] as const satisfies readonly { forms: readonly string[]; example: string }[];
