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
