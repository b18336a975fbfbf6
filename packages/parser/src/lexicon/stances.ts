/**
 * The words by which a member or a body states where it stands toward the matter, and the words
 * that name a proposal whose direction the paper gives elsewhere.
 */
import type { Stance } from "@diarium/schema";

/** Words that carry a stance, each with the stance it gives (toward its object). */
export const STANCE_WORDS = [
  { stance: "bifall", forms: ["bifall", "bifalla", "bifaller", "bifalls", "bifalles", "bifallas", "bifölls", "bifallit", "bifallsyrkande", "bifallsyrkandet"], example: "Anna Berg (S) yrkade bifall till motionen." },
  { stance: "bifall", forms: ["tillstyrka", "tillstyrker", "tillstyrks", "tillstyrkas", "tillstyrktes", "tillstyrksyrkande", "tillstyrksyrkandet"], example: "Ermin Škorić (S) … tillstyrker motionen." },
  { stance: "bifall", forms: ["anta", "antar", "antas", "antogs", "godkänna", "godkänner", "stödja", "stödjer", "stöder", "ställa sig bakom", "ställer sig bakom"], example: "Vi stödjer motionens förslag." },
  { stance: "avslag", forms: ["avslag", "avslå", "avslår", "avslås", "avslogs", "avslagits", "avslagsyrkande", "avslagsyrkandet", "avstyrka", "avstyrker", "avstyrks", "avstyrkas", "avstyrktes"], example: "Fredrik Hansson (C) … yrkar avslag på motionen." },
  { stance: "besvarad", forms: ["besvarad", "besvarade", "besvaras", "besvara", "besvarat", "besvarats"], example: "Motionen anses besvarad." },
  { stance: "aterremiss", forms: ["återremiss", "återremittera", "återremitteras", "återremitterades", "återremitterar", "återremissyrkande", "återremissyrkandet", "återremitteringsyrkande"], example: "Maria Losman (MP) yrkar att ärendet ska återremitteras." },
] as const satisfies readonly { stance: Stance; forms: readonly string[]; example: string }[];

/** The stem of a return inside any word: a proposal named "återremissyrkande" is a return, whatever its owner. */
export const RETURN_STEMS = [{ forms: ["återremiss"], example: "… yrkar bifall till Maria Losmans (MP) återremissyrkande." }] as const;

/** Words that make a bifall partial: "delvis bifalla motionen", "bifall i huvudsak". */
export const PARTIAL = [{ forms: ["delvis", "i huvudsak", "till viss del", "i delar"], example: "Delvis bifalla motionen" }] as const;

/** The matter a paper decides on, as the object of a stance. */
export const MATTER_NOUNS = [
  { forms: ["motionen", "motion", "motionens förslag", "förslaget i motionen", "motionärernas förslag", "motionärens förslag", "motionens att-satser", "motionens intentioner"], example: "yrkar bifall till motionen" },
  { forms: ["medborgarförslaget", "medborgarförslag", "e-förslaget"], example: "avslå medborgarförslaget" },
  { forms: ["skrivelsen", "skrivelsens förslag"], example: "bifall till skrivelsen" },
  { forms: ["att-satsen", "attsatsen", "att-satserna", "attsatserna", "att-satser", "attsatser", "att-sats", "attsats", "yrkandet i motionen", "övriga att-satser", "övriga"], example: "att bifalla att-satsen två (2)" },
  { forms: ["initiativet", "initiativärendet", "initiativärende", "initiativärenden"], example: "Nämnden för Vård & Omsorg avslår initiativet." },
  { forms: ["ärendet"], example: "att ärendet återremitteras" },
] as const;

/** Nouns that name a proposal or a member's proposal: "förslag", "yrkande", "återremissyrkande". */
export const PROPOSAL_NOUNS = [
  // standing: the noun may name the proposal before the meeting ("yrkar bifall till förslaget"); a yrkande is always a member's
  { standing: true, forms: ["förslag", "förslaget", "förslagen", "förlag", "förslag till beslut", "beslutsförslag", "beslutsförslaget"], example: "bifall till kommunstyrelsens förslag" },
  { standing: false, forms: ["yrkande", "yrkandet", "yrkanden", "yrkandena", "motförslag", "motförslaget", "huvudförslaget"], example: "instämde i Anders Lunds yrkande" },
] as const;

/** The stem of a proposal's noun inside any form: "bifall till förvaltningens förslag", "tillstyrker förslaget". */
export const PROPOSAL_STEMS = [{ forms: ["förslag"], example: "… (S) och Åsa Andersson (S), yrkar bifall till förvaltningens förslag om avslag på motionen." }] as const;

/** Proposals that add to or change the one before the meeting: supporting one is partial agreement. */
export const AMENDMENT_NOUNS = [
  { forms: ["tilläggsförslag", "tilläggsförslaget", "tilläggsyrkande", "tilläggsyrkandet", "ändringsyrkande", "ändringsyrkandet", "ändringsförslag", "ändringsförslaget", "i tillägg", "ändringar i", "ändring i", "ändringar av", "tillägg till"], example: "Joakim Ramberg (V) föreslår bifall till My Högfeldts (MP) och Eric Nilssons (C) tilläggsförslag." },
] as const;

/** The proposal before the meeting, named without its owner. */
export const STANDING_PROPOSAL = [
  { forms: ["liggande förslag", "det liggande förslaget", "föreliggande förslag", "förslaget till beslut", "förslag till beslut", "ursprungsförslaget", "grundförslaget", "huvudförslaget"], example: "Hravn Forsne (M) yrkar bifall till liggande förslag." },
] as const;

/** A member's own earlier proposal: "till förmån för eget förslag", "det egna yrkandet". */
export const OWN_PROPOSAL = [
  { forms: ["eget förslag", "eget yrkande", "egna förslag", "egna yrkanden", "egna yrkandet", "egna förslaget", "det egna yrkandet", "det egna förslaget", "sitt yrkande", "sitt förslag", "sitt eget förslag", "sina yrkanden", "vårt förslag", "vårt yrkande", "våra yrkanden"], example: "reserverar sig mot beslutet till förmån för eget förslag." },
] as const;

/** The decision itself as an object: "mot beslutet", "reserverar sig emot … beslut". */
export const DECISION_NOUNS = [{ forms: ["beslutet", "beslut", "beslutet att"], example: "reserverar sig mot beslutet" }] as const;

/** The procedure words that make a vote procedural, not a vote on the matter. */
export const PROCEDURE_WORDS = [
  { forms: ["återremiss", "återremitteras", "återremittera", "avgöras i dag", "avgöra ärendet i dag", "avgöras idag", "bordläggning", "bordläggas", "bordlägga", "motförslag", "motförslaget", "tilläggsförslaget", "tilläggsförslag"], example: "Ja-röst för att avgöra ärendet i dag, Nej-röst för återremiss." },
] as const;

/** The parts of a roll call: what a voting column or a ballot word means. */
export const BALLOT_WORDS = [
  { vote: "ja", forms: ["ja", "ja-röst", "ja-röster", "jaröst"], example: "| Ledamot | Ja-röst | Nej-röst | Avstår från att rösta |" },
  { vote: "nej", forms: ["nej", "nej-röst", "nej-röster", "nejröst"], example: "Nej       Karin Sjöholm (S), vice ordförande" },
  { vote: "avstar", forms: ["avstår", "avstod", "avstår från att rösta", "avstående", "avstår att rösta", "avstod från att rösta", "avst"], example: "Avstod    Lars-Göran Bäck (SD)" },
] as const satisfies readonly { vote: "ja" | "nej" | "avstar"; forms: readonly string[]; example: string }[];

/** The stem a ballot word opens with, where a roll call writes it another way than BALLOT_WORDS: "Ja-röster", "Avstår från att rösta". */
export const BALLOT_STEMS = [
  { vote: "ja", forms: ["ja"], example: "| Ledamot | Ja-röst | Nej-röst | Avstår från att rösta |" },
  { vote: "nej", forms: ["nej"], example: "| Ledamot | Ja-röst | Nej-röst | Avstår från att rösta |" },
  { vote: "avstar", forms: ["avst"], example: "| Ledamot | Ja-röst | Nej-röst | Avstår från att rösta |" },
] as const satisfies readonly { vote: "ja" | "nej" | "avstar"; forms: readonly string[]; example: string }[];

/** Words of the vote itself. */
export const VOTE_WORDS = [
  { forms: ["omröstning", "omröstningen", "votering", "voteringen", "omröstningsresultat", "voteringsresultat"], example: "Omröstning begärs och verkställs." },
] as const;

/** Decisions that only receive a matter or send it on: no stance toward it. */
export const PASSING_ON = [
  { forms: ["överlämnas", "överlämna", "överlämnar", "remitteras", "remittera", "remitterar", "hänskjuts", "hänsköt", "för beredning", "bordläggs", "bordlägga", "tas emot", "listas till", "anmäls", "läggs till handlingarna"], example: "Initiativärendet tas emot och listas till kommande sammanträde i kommunstyrelsen." },
] as const;

/** A proposal taken with a change: "bifall till kommunstyrelsens förslag med den ändringen att …". */
export const WITH_CHANGE = [
  { forms: ["med den ändringen", "med ändringen", "med följande ändring", "med följande ändringar", "med tillägget", "med följande tillägg", "med det tillägget"], example: "Anna Berg (S) yrkar bifall till kommunstyrelsens förslag med den ändringen att …" },
] as const;
