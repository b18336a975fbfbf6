/**
 * Bodies of a municipality or region: the words that end their names, so that "Skolnämnden",
 * "Nämnden för Vård & Omsorg", "kommunstyrelsens arbetsutskott" and "Stadsledningsförvaltningen"
 * are recognised as bodies wherever they stand.
 */

/** What kind of body a name ending makes: a deciding political body or an office of officials. */
export type BodyRole = "political" | "office";

/** The words that end a body's name, in their indefinite, definite and genitive forms. */
export const BODY_ENDINGS = [
  { forms: ["fullmäktige", "fullmäktiges"], role: "political", example: "Kommunfullmäktige avslår motionen." },
  { forms: ["styrelse", "styrelsen", "styrelses", "styrelsens"], role: "political", example: "Kommunstyrelsen föreslår kommunfullmäktige att avslå motionen." },
  { forms: ["nämnd", "nämnden", "nämnds", "nämndens"], role: "political", example: "Vård- och omsorgsnämnden har berett ärendet och avstyrker motionen." },
  { forms: ["utskott", "utskottet", "utskotts", "utskottets"], role: "political", example: "Kommunstyrelsens arbetsutskott föreslår kommunstyrelsen …" },
  { forms: ["beredning", "beredningen", "beredningens"], role: "political", example: "Borgarrådsberedningen tillstyrker föredragande borgarrådets förslag." },
  { forms: ["förvaltning", "förvaltningen", "förvaltnings", "förvaltningens"], role: "office", example: "Stadsledningsförvaltningens tjänsteskrivelse daterad 10 april 2024." },
  { forms: ["kontor", "kontoret", "kontorets"], role: "office", example: "Kommunledningskontoret föreslår att motionen avslås." },
] as const satisfies readonly { forms: readonly string[]; role: BodyRole; example: string }[];

/** The word between a body's kind and its field where the kind comes first: "Nämnden för Vård & Omsorg", "Förvaltningen för Vård & Omsorg". */
export const BODY_FIELD_WORDS = [{ forms: ["för"], example: "Nämnden för Vård & Omsorg avslår initiativet." }] as const;

/** Plural forms of a political body's name that end a phrase naming bodies: "Remissvar från stadens nämnder och bolag." */
export const PLURAL_BODY_ENDINGS = [{ forms: ["nämnder", "nämnderna"], example: "Remissvar från stadens nämnder och bolag." }] as const;

/** Stems that end a body's name, for matching a compound ("stadsdelsnämnd", "regionstyrelse"). */
export const BODY_STEMS = ["fullmäktige", "styrelse", "nämnd", "utskott", "beredning", "förvaltning", "kontor"] as const;

/** Bodies that prepare another body's decision, named after its genitive: "Kommunstyrelsens arbetsutskott". */
export const PREPARING_BODY_STEMS = [{ forms: ["utskott", "beredning"], example: "Kommunstyrelsens arbetsutskott föreslår kommunstyrelsen …" }] as const;

/** Forms of a body's name as the subject of its act in an utlåtande: "Borgarrådsberedningen tillstyrker …". */
export const ACTING_BODY_ENDINGS = [
  { forms: ["beredningen", "styrelsen", "nämnden", "nämnd", "fullmäktige", "utskottet"], example: "Borgarrådsberedningen tillstyrker föredragande borgarrådets förslag." },
] as const;

/** Verbs by which a named body acts on the matter at the start of a sentence: "Kommunstyrelsen delar …". */
export const BODY_ACT_VERBS = [{ forms: ["tillstyrker", "avstyrker", "delar", "föreslår", "beslutar", "beslutade"], example: "Kommunstyrelsen delar borgarrådsberedningens uppfattning och föreslår att …" }] as const;

/** Forms of a body's name that stand alone on a line as the heading of its block: "Norrmalms stadsdelsnämnd", "Socialnämnden". */
export const BODY_LINE_ENDINGS = [
  { forms: ["stadsdelsnämnd", "nämnd", "nämnden", "styrelsen", "styrelse", "beredningen", "fullmäktige", "kontoret", "utskottet"], example: "Norrmalms stadsdelsnämnd" },
] as const;

/** Forms of the body whose decision a protocol records: "Kommunfullmäktige beslutar att …", "finner att kommunstyrelsen beslutar". */
export const DECIDING_BODY_ENDINGS = [
  { fieldAfter: false, forms: ["fullmäktige", "styrelsen"], example: "Beslut\nKommunfullmäktige beslutar att brukningsavgiften höjs" },
  // `fieldAfter`: the kind that a protocol names first, its field after: "Nämnden för Vård & Omsorg avslår initiativet."
  { fieldAfter: true, forms: ["nämnden"], example: "Nämnden för Vård & Omsorg avslår initiativet." },
] as const;

/** Words that end a heading naming an answering body: "Farsta stadsdelsnämnd", "Stadsledningskontoret", "Länsstyrelsen". */
export const BODY_HEADING_ENDINGS = [
  { forms: ["nämnd", "nämnden", "styrelse", "styrelsen", "kontor", "kontoret", "förvaltning", "förvaltningen", "förbund", "förbundet", "distrikt", "råd", "rådet"], example: "Farsta stadsdelsnämnd" },
] as const;

/** The word that ends a company's name, written after a word boundary: "Tempohus Kungsbacka AB". */
export const COMPANY_ENDINGS = [{ forms: ["AB"], example: "Tempohus Kungsbacka AB:s yttrande, 2023-08-19" }] as const;
