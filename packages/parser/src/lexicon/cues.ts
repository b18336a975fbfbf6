/**
 * The stance cues of a body's or a party group's answer: a verb or a noun toward the matter, or the
 * matter and then a passive ("Motionen anses besvarad"). The cue reader of the extractor builds its
 * patterns from these tables and reads the stance from the row that matched.
 */
import type { Stance } from "@diarium/schema";

/** The matter as the object of a cue: "motionen", "motionens förslag", "förslaget i motionen", "medborgarförslaget". */
export const CUE_MATTERS = [
  { forms: ["motionen", "motionens förslag", "förslaget i motionen", "motionärernas förslag"], example: "RSMH Stockholm stödjer motionens förslag att öka antalet personliga ombud" },
  { forms: ["medborgarförslaget", "skrivelsen"], example: "… Nej-röst för bifall till skrivelsen." },
] as const;

/** The matter as the subject of a passive cue: "Motion (2012:46) av … anses besvarad", "att motionen tillstyrks". */
export const CUE_PASSIVE_SUBJECTS = [{ forms: ["motion", "motionen", "medborgarförslag", "medborgarförslaget", "skrivelsen"], example: "Stadsledningsförvaltningen föreslår därför att motionen avslås." }] as const;

/** Verbs toward the matter, each with the stance it gives: "tillstyrker motionen", "Delvis bifalla motionen". */
export const CUE_VERBS = [
  { stance: "bifall", forms: ["bifalla", "bifaller", "tillstyrka", "tillstyrker", "anta", "stödjer", "stöder", "stödja"], example: "1. Delvis bifalla motionen" },
  { stance: "avslag", forms: ["avslå", "avslår", "avstyrka", "avstyrker"], example: "Hanssons (C) m.fl. yrkande om att avslå motionen." },
  { stance: "besvarad", forms: ["besvara"], example: "… december 2012 att besvara motionen med förvaltningens tjänsteutlåtande." },
] as const satisfies readonly { stance: Stance; forms: readonly string[]; example: string }[];

/** Nouns toward the matter after "till" or "på": "yrkar bifall till motionen", "avslag på motionen". */
export const CUE_NOUNS = [
  { stance: "bifall", forms: ["bifall"], example: "Per Hoel (SD) och Göran Ottosson (SD) yrkar bifall till motionen." },
  { stance: "avslag", forms: ["avslag"], example: "Fredrik Hansson (C) … yrkar avslag på motionen." },
] as const satisfies readonly { stance: Stance; forms: readonly string[]; example: string }[];

/** Passives after the matter: "Motionen anses besvarad", "… bifalles i huvudsak", "att motionen tillstyrks". */
export const CUE_PASSIVES = [
  { stance: "besvarad", forms: ["anses besvarad", "anses vara besvarad", "förklaras besvarad", "förklaras vara besvarad", "besvaras"], example: "… funktionsnedsättning” anses besvarad med vad som anförts i stadsledningskontorets tjänsteutlåtande" },
  { stance: "bifall", forms: ["bifalls", "bifalles", "bifallas", "tillstyrks", "tillstyrkas"], example: "… personliga ombud för personer med psykisk funktionsnedsättning bifalles i huvudsak" },
  { stance: "avslag", forms: ["avslås", "avslag", "avstyrks", "avstyrkas"], example: "Stadsledningsförvaltningen föreslår därför att motionen avslås." },
  { stance: "aterremiss", forms: ["återremitteras"], example: "Maria Losman (MP) yrkar att ärendet ska återremitteras till kommunstyrelsen" },
] as const satisfies readonly { stance: Stance; forms: readonly string[]; example: string }[];

/** Words that make a cue partial, before the verb or after it: "Delvis bifalla motionen", "… bifalles i huvudsak". */
export const CUE_PARTLY = [
  { place: "before", forms: ["delvis"], example: "1. Delvis bifalla motionen" },
  { place: "after", forms: ["i huvudsak"], example: "… personliga ombud för personer med psykisk funktionsnedsättning bifalles i huvudsak" },
] as const;

/** Words between a verb and the whole matter that add nothing to the stance: "bifalla motionen i sin helhet". */
export const CUE_WHOLE = [{ forms: ["i sin helhet"], example: "RSMH Stockholm stödjer i sin helhet motionen: Antalet PO bör öka …" }] as const;

/** Prepositions between a stance noun and the matter: "bifall till motionen", "avslag på motionen". */
export const CUE_NOUN_PREPOSITIONS = [{ forms: ["till", "på"], example: "Per Hoel (SD) och Göran Ottosson (SD) yrkar bifall till motionen." }] as const;

/** A return of the matter for more preparation: "yrkar återremiss", "att ärendet ska återremitteras". */
export const CUE_RETURNS = [{ forms: ["återremiss", "återremittera", "återremitteras", "återremitterar"], example: "Maria Losman (MP) yrkar att ärendet ska återremitteras till kommunstyrelsen" }] as const;

/** Taking no part in the decision: "deltar inte i beslutet", "avstår från att ta ställning". */
export const CUE_NO_PART = [
  { forms: ["delta inte i beslutet", "deltar inte i beslutet", "avstår från att delta", "avstår från att ta ställning"], example: "Elin Andersson (L) och Adam F Laurén (KD) deltar inte i beslutet." },
] as const;

/** An amendment to the proposal: "ändringar i" (maybe one word between) "förslag till beslut", or a "tilläggsyrkande". */
export const CUE_AMENDMENTS = [
  { part: "change", forms: ["ändring i", "ändringar i"], example: "föreslår följande ändringar i förslag till beslut" },
  { part: "proposal", forms: ["förslag", "förslaget"], example: "föreslår följande ändringar i förslag till beslut" },
  { part: "addition", forms: ["tilläggsyrkande"], example: "tilläggsyrkande" },
] as const;

/**
 * Agreement with a proposal named by its owner: the words before the owner and "förslag" ("bifall till
 * kommunstyrelsens förslag", "instämmer i förvaltningens förslag"), or the proposal granted in the passive.
 */
export const CUE_WITH_PROPOSAL = [
  { place: "before", forms: ["bifall till", "instämmer i", "tillstyrker", "beslutar enligt"], example: "nämnden beslutar enligt liggande förslag." },
  { place: "passive", forms: ["förslag bifalls", "förslag bifalles", "förslag till beslut bifalls", "förslag till beslut bifalles"], example: "kommunstyrelsens förslag till beslut bifalls" },
] as const;
