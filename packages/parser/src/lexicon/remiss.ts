/**
 * The remiss round: how a paper says that a matter was sent to bodies for comment, how it says
 * that they answered (or did not), and the papers in which their answers are listed.
 */
import type { Stance } from "@diarium/schema";

/**
 * Verbs that send a matter to the bodies named after "till" ("… till A, B och C"); an object, "därför"
 * and an agent ("av kommunstyrelsens arbetsutskott") may stand between the verb and "till".
 */
export const REMISS_SENT = [
  { forms: ["remitterats", "remitterades", "remitterade", "remitterat"], example: "Ärendet har remitterats till stadsledningskontoret, socialnämnden, Farsta stadsdelsnämnd …" },
  { forms: ["skickats på remiss", "skickades på remiss", "sänts på remiss", "sändes på remiss"], example: "Ärendet har skickats på remiss till miljönämnden." },
] as const;

/** The objects a remiss verb may take before "till": "remitterade motionen till kultur- och fritidsnämnden". */
export const REMISS_OBJECTS = [{ forms: ["motionen", "ärendet", "förslaget", "skrivelsen", "medborgarförslaget", "därför"], example: "Kommunfullmäktige remitterade motionen till kultur- och fritidsnämnden den 25 oktober 2021." }] as const;

/** Phrases after which the bodies named have already answered ("Yttranden har inhämtats från A och B"). */
export const REMISS_ANSWERED_FROM = [
  { forms: ["har inhämtats från", "har inkommit från", "har begärts från"], example: "Yttranden har inhämtats från miljönämnden, byggnadsnämnden och Trafikverket." },
] as const;

/** Phrases after a list of bodies that were invited to answer ("A och B har fått möjlighet att yttra sig"). */
export const REMISS_INVITED = [
  { forms: ["har fått möjlighet att yttra sig", "har beretts tillfälle att yttra sig", "har getts möjlighet att yttra sig", "har givits möjlighet att yttra sig", "har fått möjlighet att lämna synpunkter", "har ombetts att yttra sig"], example: "Nämnden för Gymnasium & Arbetsmarknad, nämnden för Förskola & Grundskola och Tempohus Kungsbacka AB har fått möjlighet att yttra sig över motionen." },
] as const;

/** Phrases after a list of bodies that did not answer. */
export const REMISS_DECLINED = [
  { forms: ["har avstått från att svara", "har avstått från att yttra sig", "har inte inkommit", "har inte svarat", "har inte yttrat sig", "har inte lämnat"], example: "Stadsmissionen och Convictus har inte inkommit med något yttrande." },
] as const;

/** What ends a list of bodies sent a remiss: its purpose or its date. */
/** Words that open a clause set against the one before, with a subject of its own: "… tillstyrker motionen medan trafiknämnden avstyrker den." */
export const CONTRAST_CLAUSE_OPENINGS = [
  { forms: ["medan", "men", "samtidigt som", "medan däremot", "däremot"], example: "Norrmalms stadsdelsnämnd och Skarpnäcks stadsdelsnämnd tillstyrker motionen medan trafiknämnden avstyrker den." },
] as const;

export const REMISS_LIST_ENDS = [
  { forms: ["för yttrande", "för beredning", "för synpunkter", "för kännedom", "för besvarande"], example: "… samt byggnadsnämnden för beredning." },
  { forms: ["som", "vilken", "vilka"], example: "Motionen har remitterats till kultur- och utbildningsnämnden som i beslut den 22 april 2026 tillstyrker motionen." },
] as const;

/**
 * Verbs by which a body answers a remiss with a stance toward the matter, in every tense a paper
 * writes them: "tillstyrker", "har båda avstyrkt", "tillstyrkte".
 */
export const REMISS_ANSWER_STANCES = [
  { stance: "bifall", forms: ["tillstyrker", "tillstyrkt", "tillstyrkte", "tillstyrka"], example: "Kultur- och utbildningsnämnden har behandlat ärendet den 22 april 2026, § 48 och nämnden tillstyrker motionen." },
  { stance: "avslag", forms: ["avstyrker", "avstyrkt", "avstyrkte", "avstyrka"], example: "Vård- och omsorgsnämnden har berett ärendet och avstyrker motionen." },
] as const satisfies readonly { stance: Stance; forms: readonly string[]; example: string }[];

/** Verbs by which a paper says that a body dealt with the matter, with no stance of their own. */
export const REMISS_TREATED = [
  { forms: ["behandlat ärendet", "behandlade ärendet", "berett ärendet", "beredde ärendet", "yttrade sig", "yttrat sig", "lämnat yttrande", "gett sina synpunkter"], example: "Vård- och omsorgsnämnden har behandlat ärendet den 14 mars 2024, § 36." },
  { forms: ["i yttrande", "i sitt yttrande", "i ett yttrande", "i sitt svar", "i beslut"], example: "Socialnämnden har i yttrande den 12 mars 2025 avstyrkt motionen." },
  { forms: ["beslutade vid sitt sammanträde", "beslutade"], example: "Socialnämnden beslutade vid sitt sammanträde den 16 april 2013 följande." },
] as const;

/** The papers in which an answer is given, as a Beslutsunderlag or "Ärendets behandling" line names them. */
export const STATEMENT_PAPERS = [
  { forms: ["tjänsteskrivelse", "tjänsteutlåtande", "yttrande"], example: "Förvaltningen för Vård & Omsorgs tjänsteskrivelse, 2024-05-22" },
] as const;

/** The word that dates a paper: "Stadsledningskontorets tjänsteutlåtande daterat den 20 december 2012". */
export const DATED_WORDS = [
  { agrees: "common", forms: ["daterad"], example: "Vård- och omsorgsförvaltningens tjänsteskrivelse daterad 9 februari 2024." },
  // neuter and plural
  { agrees: "other", forms: ["daterat", "daterade"], example: "Farsta stadsdelsförvaltnings tjänsteutlåtande daterat den 1 december 2012" },
] as const;

/** The papers in which a Beslutsunderlag line names its body after "från": "Protokollsutdrag från socialnämnden 2025-03-12, § 31". */
export const PAPERS_FROM = [{ forms: ["protokollsutdrag från", "protokoll från", "beslut från", "yttrande från", "remissvar från", "tjänsteskrivelse från"], example: "Yttrande från kultur- och fritidsnämnden, 2025-03-12" }] as const;

/** The paper that records a body's decision: "Kultur- och fritidsnämndens protokoll 2022-03-16, § 24". */
export const DECISION_PAPERS = [{ forms: ["protokoll", "protokollsutdrag", "beslut"], example: "Hälso- och sjukvårdsnämndens protokoll 2023-02-02, § 14" }] as const;

/**
 * Bodies that prepare or take the council's own decision and so never answer its remiss: the
 * fullmäktige, the styrelse that prepares for it, and their utskott and beredningar. A name ending
 * in one of these stems is of this chain.
 */
export const COUNCIL_CHAIN = [
  { stems: ["fullmäktige", "fullmäktiges"], example: "Kommunfullmäktige 2024-02-06, § 21" },
  { stems: ["kommunstyrelse", "kommunstyrelsen", "kommunstyrelsens", "regionstyrelse", "regionstyrelsen", "regionstyrelsens", "landstingsstyrelse", "landstingsstyrelsen"], example: "Kommunstyrelsen har behandlat ärendet den 29 maj 2024, § 142." },
  { stems: ["utskott", "utskottet", "utskottets"], example: "Lokalstrategiska utskottet har behandlat ärendet den 11 april 2025, § 41." },
  { stems: ["borgarrådsberedning", "borgarrådsberedningen"], example: "Borgarrådsberedningen tillstyrker …" },
] as const;

/**
 * Words that open a collective subject standing for many bodies at once; its "och" does not split it:
 * "Mölndals samtliga nämnder och bolag har, via remissförfarande, gett sina synpunkter".
 */
export const COLLECTIVE_BODIES = [{ forms: ["samtliga", "alla", "stadens", "kommunens", "berörda", "övriga"], example: "Mölndals samtliga nämnder och bolag" }] as const;

/** A plural head shared by the members of a list: "nämnderna för Gymnasium & Arbetsmarknad, Förskola & Grundskola …". */
export const SHARED_HEADS = [{ plural: "nämnderna för", singular: "Nämnden för", example: "remitterades … till nämnderna för Gymnasium & Arbetsmarknad, Förskola & Grundskola … samt byggnadsnämnden" }] as const;

/** Words that open a body's name written as "X för Y": "Nämnden för Vård & Omsorg", "Förvaltningen för Tekniks tjänsteskrivelse". */
export const BODY_PREFIXES = [{ forms: ["nämnden för", "styrelsen för", "förvaltningen för"], example: "Nämnden för Miljö & Hälsoskydd, 2024-06-05, § 82" }] as const;

/** Words that end the name of a company or a group of bodies, beside BODY_ENDINGS: "Tempohus Kungsbacka AB", "nämnder och bolag". */
export const OTHER_BODY_ENDINGS = [{ forms: ["AB", "bolag", "bolagen", "nämnder", "nämnderna", "förbund", "förbundet", "distrikt"], example: "Tempohus Kungsbacka AB:s yttrande, 2023-08-19" }] as const;

/**
 * Words that show the paper handles a motion. A motion reaches a nämnd only by remiss, so a nämnd's
 * decision on it in the Beslutsunderlag is that nämnd's answer.
 */
export const MOTION_WORDS = [{ forms: ["motion", "motionen", "motionens", "motioner", "motionär", "motionären", "motionärens", "motionärerna", "motionärernas"], example: "Svar på motion från Stefan Jägnert (SD) om införande av tolkavgift" }] as const;

/** The verbs a body's remiss answer opens with, after its name: "Skolnämnden och utbildningsnämnden har båda avstyrkt motionen." */
export const ANSWER_OPENING_VERBS = [
  { forms: ["har", "hade", "behandlade", "beredde", "yttrade", "beslutade"], example: "Vård- och omsorgsnämnden har berett ärendet och avstyrker motionen." },
] as const;

/** Papers that are a body's statement rather than its decision: "Yttrande från kultur- och fritidsnämnden". */
export const STATEMENT_PAPER_WORDS = [{ forms: ["yttrande", "remissvar", "tjänsteskrivelse"], example: "Yttrande från kultur- och fritidsnämnden, 2025-03-12" }] as const;
