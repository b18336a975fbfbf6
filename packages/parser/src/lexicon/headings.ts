import type { SectionKind } from "@diarium/schema";

/**
 * Heading families: how Swedish decision papers name their parts ("Ärendet", "Förslag till beslut",
 * "Reservationer m.m.", "Yttrande från nämnden för …"), and the words that open a statement paragraph.
 * The section rules build their matchers from these tables.
 */

/**
 * Where a heading's words stand in it: the whole heading, its opening (a word boundary after), its
 * bare prefix (any text after), or its closing words ("Förvaltningens synpunkter").
 */
export type HeadingPlace = "whole" | "opening" | "prefix" | "closing";

/**
 * Heading families in the order they are tried: the first row that matches a heading names its kind,
 * so specific forms come first. `owner` lets a genitive stand before the words ("Förvaltningens
 * förslag till beslut"); `then` is what must follow them ("Bilaga 1", "Beslut i kommunstyrelsen").
 */
export const HEADING_WORDS = [
  { kind: "yrkanden", place: "whole", forms: ["yrkande", "yrkanden", "förslag till beslut på sammanträdet", "ledamöternas förslag", "ledamöternas förslag till beslut", "yrkanden och propositionsordning"], example: "Ledamöternas förslag till beslut" },
  { kind: "forslag_till_beslut", place: "opening", owner: true, forms: ["förslag till beslut", "förslag till kommunfullmäktige", "förslag till kommunstyrelsen", "förslag till nämnden"], example: "Förslag till beslut i kommunfullmäktige" },
  { kind: "forslag_till_beslut", place: "opening", forms: ["kommunstyrelsens förslag"], example: "Kommunstyrelsens förslag till kommunfullmäktige" },
  { kind: "forslag_till_beslut", place: "whole", forms: ["beslutsförslag"], example: "Beslutsförslag" },
  { kind: "sammanfattning", place: "opening", forms: ["sammanfattning"], example: "Sammanfattning av ärendet" },
  { kind: "arendet", place: "whole", forms: ["ärendet", "ärendebeskrivning", "beskrivning av ärendet", "ärendet i korthet", "ärendets innehåll"], example: "Ärendebeskrivning" },
  { kind: "beredning", place: "whole", forms: ["beredning", "ärendets beredning", "ärendets behandling", "handläggning", "beredning av ärendet"], example: "Ärendets behandling" },
  { kind: "bakgrund", place: "opening", forms: ["bakgrund"], example: "Bakgrund" },
  { kind: "synpunkter", place: "closing", forms: ["synpunkter", "bedömning", "överväganden", "ställningstagande"], example: "Kommunstyrelsens förvaltnings bedömning" },
  { kind: "omrostning", place: "opening", forms: ["omröstning", "votering", "omröstningsresultat"], example: "Omröstningsresultat" },
  {
    kind: "reservationer",
    place: "whole",
    forms: ["reservation", "reservationer", "reservation m.m", "reservationer m.m", "reservation m. m", "reservationer m. m", "reservation m.m.", "reservationer m.m.", "reservation m. m.", "reservationer m. m.", "reservation mm", "reservationer mm", "reservation med mera", "reservationer med mera"],
    example: "Reservationer m.m.",
  },
  {
    kind: "sarskilt_uttalande",
    place: "whole",
    forms: ["särskilt uttalande", "särskilt uttalanden", "särskilda uttalande", "särskilda uttalanden", "protokollsanteckning", "protokollsanteckningar", "anteckning", "anteckningar", "anteckning till protokollet", "anteckningar till protokollet"],
    example: "Särskilt uttalande",
  },
  { kind: "remissvar", place: "prefix", forms: ["remissvar", "remissyttrande", "remissyttranden", "inkomna yttranden", "inkomna remissyttranden", "remissinstansernas synpunkter"], example: "Remissvar från stadens nämnder och bolag." },
  { kind: "remissvar", place: "opening", forms: ["yttrande från", "yttranden från"], example: "Yttrande från nämnden för Gymnasium & Arbetsmarknad, Förskola & Grundskola samt …" },
  { kind: "bilagor", place: "whole", forms: ["bilagor"], example: "Bilagor" },
  { kind: "bilaga", place: "opening", then: "number", forms: ["bilaga"], example: "Bilaga 1" },
  {
    kind: "other",
    place: "whole",
    forms: [
      "beslutsunderlag", "expedieras till", "beslutet skickas till", "beslutsgång", "propositionsordning", "deltagande i beslut", "deltagande i beslutet",
      "anförande", "anföranden", "justering", "paragrafer", "närvarande", "beslutande", "övriga närvarande", "övriga deltagande", "övriga deltagare",
      "utses att justera", "handlingar", "underlag", "juridiskt ramverk", "ekonomiska konsekvenser", "barnperspektiv", "barnperspektivet", "uppföljning",
      "justering av närvaro", "justering av närvaron", "ajournering",
    ],
    example: "Beslutsunderlag",
  },
  // No paper of the corpus has this heading yet; the rule was written for "Konsekvenser för <one word>".
  { kind: "other", place: "whole", then: "word", forms: ["konsekvenser för"], example: "Konsekvenser för barn" },
  { kind: "beslut", place: "whole", owner: true, forms: ["beslut"], example: "Kommunfullmäktiges beslut" },
  { kind: "beslut", place: "whole", forms: ["protokollsutdrag beslut"], example: "Protokollsutdrag beslut" },
  { kind: "beslut", place: "opening", forms: ["beslut –", "beslut -"], example: "Beslut – Förslag till kommunfullmäktige" },
  { kind: "beslut", place: "whole", then: "word", forms: ["beslut i"], example: "Beslut i kommunstyrelsen" },
] as const satisfies readonly { kind: SectionKind; place: HeadingPlace; owner?: boolean; then?: "word" | "number"; forms: readonly string[]; example: string }[];

/** How a remissvar heading names the body that answers: "Yttrande från nämnden för Gymnasium & Arbetsmarknad". */
export const ANSWER_HEADING_OPENINGS = [
  { forms: ["yttrande från", "yttranden från", "remissvar från", "remissyttrande från", "remissyttranden från"], example: "Yttrande från nämnden för Gymnasium & Arbetsmarknad" },
] as const;

/** Words that make an attachment a block of statements: "Bilaga 1\nReservationer m.m.", "särskilt uttalande". */
export const STATEMENT_WORDS = [{ forms: ["reservation", "uttalande"], example: "Bilaga 1\nReservationer m.m." }] as const;

/** The names a statement paragraph opens with, and the kind of statement each makes: "Reservation anfördes av …", "Särskilt uttalande gjordes av …". */
export const STATEMENT_NAMES = [
  { kind: "reservation", forms: ["reservation", "reservationer"], example: "Reservation anfördes av borgarrådet Daniel Helldén (MP) enligt följande." },
  { kind: "sarskilt_uttalande", forms: ["särskilt uttalande", "särskilt uttalanden", "särskilda uttalande", "särskilda uttalanden"], example: "Särskilt uttalande gjordes av vice ordförande Leif Larsson (V), ledamot Bengt …" },
] as const satisfies readonly { kind: "reservation" | "sarskilt_uttalande"; forms: readonly string[]; example: string }[];

/** Notes that may open a paragraph the way a statement does ("… anfördes av", "… lämnades av"), read as a särskilt uttalande. */
export const STATEMENT_NOTE_NAMES = [{ forms: ["protokollsanteckning", "ersättaryttrande"], example: "Protokollsanteckning" }] as const;

/** Words that end a statement's opening when its text follows: "… (båda S) enligt följande.", "… nedan:". */
export const STATEMENT_FOLLOWS = [{ forms: ["följande", "nedan"], example: "Reservation anfördes av Karin Rågsjö (V) enligt följande." }] as const;

