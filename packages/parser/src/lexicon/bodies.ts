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

/** Stems that end a body's name, for matching a compound ("stadsdelsnämnd", "regionstyrelse"). */
export const BODY_STEMS = ["fullmäktige", "styrelse", "nämnd", "utskott", "beredning", "förvaltning", "kontor"] as const;
