/**
 * The units a figure is counted or paid in, the scale words before them, and the words that make a
 * number an identifier rather than a figure.
 */
import type { FigureUnit } from "@diarium/schema";

/** Unit words after a number, each with the unit and the factor it gives ("tkr" multiplies by 1000). */
export const FIGURE_UNITS = [
  { unit: "SEK", factor: 1, forms: ["kronor", "kr", "kr.", "sek"], example: "ett statsbidrag på 300 000 kr" },
  { unit: "SEK", factor: 1e3, forms: ["tkr", "tsek"], example: "ramen ökas med 500 tkr" },
  { unit: "SEK", factor: 1e6, forms: ["mnkr", "mkr", "msek", "miljoner kronor"], example: "beräknades kosta cirka 65 mnkr" },
  { unit: "SEK", factor: 1e9, forms: ["mdkr", "mdr kr", "mdrkr"], example: "investeringar om 2 mdkr" },
  { unit: "percent", factor: 1, forms: ["procent", "%"], example: "en kostnadsökning på 27 procent" },
  { unit: "times", factor: 1, forms: ["gånger", "ggr"], example: "tre gånger per år" },
  { unit: "hours", factor: 1, forms: ["timmar", "timme", "tim"], example: "24 timmar före besöket" },
  { unit: "days", factor: 1, forms: ["dagar", "dygn", "dag"], example: "inom 14 dagar" },
  { unit: "weeks", factor: 1, forms: ["veckor", "vecka"], example: "sex veckor" },
  { unit: "months", factor: 1, forms: ["månader", "månad"], example: "Byggtiden uppskattades till 14–18 månader." },
  { unit: "years", factor: 1, forms: ["år"], example: "efter tre år i landet" },
  { unit: "count", factor: 1, forms: ["st", "st."], example: "52 st laddpunkter" },
] as const satisfies readonly { unit: FigureUnit; factor: number; forms: readonly string[]; example: string }[];

/** Scale words between a number and its unit, or alone: "1,1 miljoner kronor", "knappt 2 miljoner". */
export const NUMBER_SCALES = [
  { factor: 1e3, forms: ["tusen"], example: "20 tusen kronor" },
  { factor: 1e6, forms: ["miljoner", "miljon"], example: "mellan 20 000 kronor och 1,1 miljoner kronor" },
  { factor: 1e9, forms: ["miljarder", "miljard"], example: "1,2 miljarder kronor" },
] as const;

/** The chapter word after its number, with or without its full stop: "1 kap. 9 § regeringsformen", "2 kap 5 § kommunallagen". */
export const CHAPTER_AFTER_WORDS = [{ forms: ["kap"], example: "1 kap. 9 § regeringsformen" }] as const;

/**
 * Words before a number that make it an identifier: a paragraph, chapter, page, attachment, list
 * item, clock time, telephone or account number, or a part of a rule ("§ 9 stycke 1").
 */
export const IDENTIFIER_WORDS = [
  { forms: ["kap.", "kap", "kapitel", "avsnitt", "stycke", "stycket", "punkt", "punkterna", "paragraf", "paragrafer", "artikel"], example: "Enligt § 9 stycke 1 i reglementet" },
  { forms: ["sida", "sid.", "sid", "s.", "sidor", "sidorna"], example: "Sida 2 (12)" },
  { forms: ["bilaga", "bilagor", "bilagorna", "taxebilaga", "tabell", "figur", "diagram"], example: "Voteringslistor, bilaga 4 och 5." },
  { forms: ["ärende", "ärendepunkt", "nr", "nummer", "motion", "utlåtande", "dnr", "diarienummer", "sfs", "lag", "förordning", "version", "alternativ", "etapp", "fas", "steg", "sammanträde"], example: "ärendepunkt 12" },
  { forms: ["kl.", "kl", "klockan", "vecka", "kvartal"], example: "kl. 18.00" },
  { forms: ["box", "tel.", "tel", "telefon", "fax", "mobil", "bankgiro", "plusgiro", "bg", "pg", "org. nr", "org.nr", "orgnr", "organisationsnummer"], example: "Box 200" },
  { forms: ["forts.", "forts", "typhus"], example: "forts. 60" },
] as const;

/**
 * Words naming a property or block, after which a name and a number are its designation:
 * "kvarteret Kristina 7", "inom kvarter 22", "fastigheten Kungsbacka 3:45".
 */
export const PROPERTY_WORDS = [{ forms: ["kvarter", "kvarteret", "kvarteren", "fastighet", "fastigheten", "fastigheterna", "tomt", "tomten"], example: "Parkeringen vid kvarteret Kristina 7 har sedan 2011 disponerats av" }] as const;

/**
 * Nouns of money: a scale without a unit ("knappt 2 miljoner") is kronor when its sentence speaks of these.
 */
export const MONEY_NOUNS = [
  { forms: ["kostnad", "kostnaden", "kostnader", "kostnaderna", "kostnadsökning", "budget", "budgeten", "intäkt", "intäkter", "intäkterna", "anslag", "anslaget", "driftnetto", "belopp", "beloppet", "avgift", "avgiften", "avgifter", "utgift", "utgifter", "investering", "investeringen", "bidrag", "bidraget", "statsbidrag", "ersättning", "ersättningen", "underskott", "överskott"], example: "Kostnaderna för att tillhandahålla tolk var totalt knappt 2 miljoner år 2023." },
] as const;

/** Units of measure the contract has no unit for: a number before them is no count. */
export const MEASURE_UNITS = [
  { forms: ["kilometer", "km", "meter", "mil", "kvadratmeter", "kvm", "m2", "hektar", "liter", "ton", "kilo", "kg", "kwh", "kilowattimmar", "kilowattimme", "mwh", "gwh", "kw", "mw", "kubikmeter"], example: "överstiger fem kilometer" },
] as const;
