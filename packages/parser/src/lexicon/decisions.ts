import type { Stance } from "@diarium/schema";

/**
 * How a decision or a proposal to the meeting is headed and how it disposes of the matter, in the
 * forms a Beslut paragraph or a "förslag till kommunfullmäktige" uses: "Kommunfullmäktige beslutade att
 * anse motionen besvarad", "Att anse att-satserna ett (1), tre (3) … som besvarade", "Att avslå att-satsen två (2)".
 */

/** Headings of the block that holds a proposal or a decision: "Förslag till beslut i kommunfullmäktige", "Kommunfullmäktiges beslut". */
export const PROPOSAL_HEADINGS = [
  { forms: ["förslag till beslut", "förslag till kommunfullmäktige", "förslag till beslut till kommunfullmäktige", "förslag till beslut i kommunfullmäktige"], example: "Nämnden för Vård & Omsorgs förslag till beslut till kommunfullmäktige" },
  { forms: ["förslag till", "beslutsförslag"], example: "Arbetsutskottets förslag till kommunstyrelsen" },
  { forms: ["beslut"], example: "Kommunfullmäktiges beslut" },
] as const satisfies readonly { forms: readonly string[]; example: string }[];

/** Whom a proposal heading is for, after its words, and the decision it may name between: "Förslag till beslut i kommunfullmäktige", "… förslag till beslut till kommunfullmäktige". */
export const PROPOSAL_HEADING_ADDRESSES = [{ forms: ["till", "i"], example: "Nämnden för Vård & Omsorgs förslag till beslut till kommunfullmäktige" }] as const satisfies readonly { forms: readonly string[]; example: string }[];
export const PROPOSAL_HEADING_DECISIONS = [{ forms: ["beslut"], example: "Nämnden för Vård & Omsorgs förslag till beslut till kommunfullmäktige" }] as const satisfies readonly { forms: readonly string[]; example: string }[];

/** The words before and after the deciding body where an utlåtande opens its proposal: "Kommunstyrelsen föreslår att kommunfullmäktige beslutar följande." */
export const UTLATANDE_PROPOSAL_OPENINGS = [{ forms: ["föreslår", "föreslår att"], example: "Kommunstyrelsen föreslår att kommunfullmäktige beslutar följande." }] as const satisfies readonly { forms: readonly string[]; example: string }[];
/** The council an utlåtande's issuer proposes to, which makes the proposing body the issuer: "Kommunstyrelsen föreslår att kommunfullmäktige …". */
export const UTLATANDE_COUNCILS = [{ forms: ["kommunfullmäktige"], example: "Kommunstyrelsen föreslår att kommunfullmäktige beslutar följande." }] as const satisfies readonly { forms: readonly string[]; example: string }[];
export const UTLATANDE_PROPOSAL_CLOSES = [{ forms: ["beslutar följande", "besluta följande"], example: "Kommunstyrelsen föreslår att kommunfullmäktige beslutar följande." }] as const satisfies readonly { forms: readonly string[]; example: string }[];

/** Words that make such a heading the members' proposals at the meeting, not the issuer's: "Förslag till beslut på sammanträdet". */
export const MEETING_PROPOSAL_WORDS = [
  { forms: ["på sammanträdet", "ledamöternas", "yrkanden", "yrkande", "beslutsgång", "beslutsunderlag", "skickas till"], example: "Förslag till beslut på sammanträdet" },
] as const satisfies readonly { forms: readonly string[]; example: string }[];

/** Verbs that hold a matter or its parts for answered: "anse motionen besvarad", "ansåg därmed skrivelsen besvarad". */
export const DEEM_VERBS = [
  { forms: ["anse", "anser", "anses", "ansåg", "ansågs", "förklara", "förklarar", "förklaras", "förklarade"], example: "Kommunfullmäktige beslutade att anse motionen besvarad." },
] as const satisfies readonly { forms: readonly string[]; example: string }[];

/** An adverb between such a verb and its object: "ansåg därmed skrivelsen besvarad". */
export const DEEM_ADVERBS = [{ forms: ["därmed"], example: "ansåg därmed skrivelsen besvarad" }] as const satisfies readonly { forms: readonly string[]; example: string }[];

/** What the matter or its parts are held for: "anse motionen besvarad", "att-satserna … som besvarade". */
export const DEEMED_ANSWERED_WORDS = [
  { forms: ["besvarad", "besvarade"], example: "Att anse att-satserna ett (1), tre (3), fyra (4) och fem (5) som besvarade." },
] as const satisfies readonly { forms: readonly string[]; example: string }[];

/** The matter or a part of it as the object of a decision. */
export const DECISION_OBJECTS = [
  { forms: ["motionen", "skrivelsen", "medborgarförslaget", "e-förslaget"], example: "ansåg därmed skrivelsen besvarad" },
  { forms: ["att-satsen", "att-satserna", "attsatsen", "attsatserna", "yrkandet", "yrkandena"], example: "Att anse att-satserna ett (1), tre (3), fyra (4) och fem (5) som besvarade." },
] as const satisfies readonly { forms: readonly string[]; example: string }[];

/** Verbs that dispose of a part of the matter: "Att avslå att-satsen två (2)", "bifalla motionens andra att-sats". */
export const PART_VERBS = [
  { stance: "bifall", forms: ["bifalla", "bifaller", "bifalls", "tillstyrka", "tillstyrker"], example: "att bifalla att-satsen två (2)" },
  { stance: "avslag", forms: ["avslå", "avslår", "avslås", "avstyrka", "avstyrker"], example: "Att avslå att-satsen två (2)." },
] as const satisfies readonly { stance: Stance; forms: readonly string[]; example: string }[];

/** How a matter is handed in, after its authors: "X (S) och Y (S) föreslår i en motion", "har … lämnat en motion". */
export const SUBMISSION_PHRASES = [
  { forms: ["i en motion", "i en skrivelse", "i ett medborgarförslag"], example: "Lennart Jonsson (SD) och Marie Omström (SD) föreslår i en motion:" },
  { forms: ["lämnat en motion", "lämnade en motion", "lämnat in en motion", "väckt en motion", "väckte en motion", "anmält en motion", "anmälde en motion", "inkommit med en motion", "inkom med en motion", "lämnat en skrivelse", "lämnade en skrivelse"], example: "Heidi Hankanen Ängberg (C) har till kommunfullmäktige den 5 november 2025 lämnat en motion" },
] as const satisfies readonly { forms: readonly string[]; example: string }[];

/** The names of a matter a paper answers, undeclined: "Svar på motion från …", "Svar på medborgarförslag om …". */
export const MATTER_NAMES = [
  { forms: ["motion", "medborgarförslag"], example: "Svar på motion från Stefan Jägnert (SD) om införande av tolkavgift" },
] as const satisfies readonly { forms: readonly string[]; example: string }[];

/** The matter with its authors after it: "Motion från Stefan Jägnert (SD)", "Motion (2012:46) av …", "en skrivelse, daterad …, från …". */
export const AUTHORED_MATTERS = [
  { forms: ["motion", "motionen", "skrivelse", "skrivelsen", "medborgarförslag"], example: "Svar på motion från Lena Holmgren (C) och Mats Örn (C) om att utreda en ny simhall" },
] as const satisfies readonly { forms: readonly string[]; example: string }[];

/** The words before a matter's authors: "Motion från Stefan Jägnert (SD)", "Motion (2012:46) av …". */
export const MATTER_AUTHOR_PREPOSITIONS = [{ forms: ["från", "av"], example: "Motion (2012:46) av Stefan Nilsson och Jonas Eklund (båda MP)" }] as const satisfies readonly {
  forms: readonly string[];
  example: string;
}[];

/** Verbs by which a motion or its authors propose: the opening of its att-satser. */
export const MOTION_PROPOSING = [
  { forms: ["föreslår", "föreslog", "föreslogs", "föreslagit", "yrkar", "yrkade", "vill", "förslagen i motionen är"], example: "Motionärerna föreslår följande:" },
] as const satisfies readonly { forms: readonly string[]; example: string }[];

/**
 * What opens a motion's list of proposals after its proposing verb: an adverb, then the council's decision or
 * the word that announces the list ("Vi föreslår därför att kommunfullmäktige beslutar att", "Motionärerna föreslår följande:").
 */
export const MOTION_LIST_OPENINGS = [
  { part: "adverb", forms: ["därför"], example: "Vi föreslår därför att kommunfullmäktige beslutar att" },
  // the subject after the verb, where an adverbial opens the sentence
  { part: "subject", forms: ["vi", "jag"], example: "Med anledning av ovanstående föreslår vi att kommunfullmäktige beslutar" },
  {
    part: "council",
    forms: ["att fullmäktige beslutar", "att fullmäktige beslutar att", "att fullmäktige besluta", "att fullmäktige besluta att", "att kommunfullmäktige beslutar", "att kommunfullmäktige beslutar att", "att kommunfullmäktige besluta", "att kommunfullmäktige besluta att"],
    example: "Vi föreslår därför att kommunfullmäktige beslutar att",
  },
  { part: "announcement", forms: ["följande"], example: "Motionärerna föreslår följande:" },
] as const satisfies readonly { part: string; forms: readonly string[]; example: string }[];

/** Who a paper calls a matter's authors without their names: "Motionären vill …", "Motionärerna föreslår …". */
export const AUTHOR_NOUNS = [
  { forms: ["motionären", "motionärerna", "motionärer", "förslagsställaren", "skribenterna"], example: "Motionären vill mot bakgrund av detta att kommunfullmäktige ger berörda nämnder i uppdrag" },
] as const satisfies readonly { forms: readonly string[]; example: string }[];

/** Where a paper quotes the matter's own voice: "I skrivelsen föreslogs …", "Förslagen i motionen". */
export const OWN_VOICE_PLACES = [{ forms: ["i motionen", "av motionen", "i skrivelsen", "av skrivelsen"], example: "(S) och Eva Dahlström (S) samt ledamoten Jonas Lindqvist (V). I skrivelsen\nföreslogs …" }] as const satisfies readonly { forms: readonly string[]; example: string }[];

/** Ordinals by which an answer names a motion's proposals: "motionens första yrkande". */
export const ORDINALS = [
  { n: 1, forms: ["första"], example: "Kommunfullmäktige avslår motionens första yrkande" },
  { n: 2, forms: ["andra"], example: "Kommunfullmäktige bifaller motionens andra yrkande" },
  { n: 3, forms: ["tredje"], example: "andra och tredje punkten i motionen" },
  { n: 4, forms: ["fjärde"], example: "motionens fjärde yrkande" },
  { n: 5, forms: ["femte"], example: "motionens femte yrkande" },
] as const satisfies readonly { n: number; forms: readonly string[]; example: string }[];

/** Words that open a matter's subject after its authors: "Motion från Stefan Jägnert (SD) om införande av tolkavgift". */
export const SUBJECT_WORDS = [
  { forms: ["om", "gällande", "angående", "rörande", "avseende"], example: "Svar på motion gällande att utreda möjligheten till fler bostäder" },
] as const satisfies readonly { forms: readonly string[]; example: string }[];

/** The parts of a motion an answer grants or rejects one by one: "motionens första yrkande", "att-satsen två". */
export const MATTER_PARTS = [
  { part: "yrkande", forms: ["yrkande"], example: "Kommunfullmäktige avslår motionens första yrkande" },
  { part: "att-sats", forms: ["att-sats", "attsats"], example: "Kommunfullmäktige bifaller motionens första att-sats och avslår motionen i övrigt." },
  { part: "punkt", forms: ["punkt"], example: "andra och tredje punkten i motionen" },
] as const satisfies readonly { part: string; forms: readonly string[]; example: string }[];

/** The matter's outcome told in the past passive after it: "Motionen avslogs.", "Skrivelsen ansågs besvarad." */
export const PASSIVE_OUTCOMES = [
  { stance: "avslag", forms: ["avslogs", "avslagits", "avstyrktes"], example: "Motionen avslogs." },
  { stance: "bifall", forms: ["bifölls", "bifallits", "tillstyrktes"], example: "Motionen bifölls." },
  { stance: "besvarad", forms: ["besvarades", "ansågs besvarad", "ansågs vara besvarad", "förklarades besvarad"], example: "Skrivelsen ansågs besvarad." },
  { stance: "aterremiss", forms: ["återremitterades"], example: "Ärendet återremitterades till kommunstyrelsen." },
] as const satisfies readonly { stance: Stance; forms: readonly string[]; example: string }[];

/** Words that make a granting decision partial: "bifalla motionen i huvudsak", "delvis bifalla motionen". */
export const PARTLY = [
  { forms: ["delvis", "i huvudsak", "till viss del", "i delar"], example: "Kommunfullmäktige beslutade att bifalla motionen i huvudsak." },
] as const satisfies readonly { forms: readonly string[]; example: string }[];

/** Words that turn a decision to the rest of the matter after a part was decided: "… och avslår motionen i övrigt". */
export const REMAINDER = [
  { forms: ["i övrigt", "i övriga delar", "för övrigt"], example: "Kommunfullmäktige bifaller motionens första att-sats och avslår motionen i övrigt." },
] as const satisfies readonly { forms: readonly string[]; example: string }[];

/** What opens the next sentence after an utlåtande's proposal: the rapporteur's or a body's voice ("Borgarrådsberedningen tillstyrker …"). */
export const PROPOSAL_BLOCK_ENDS = [{ forms: ["anför", "tillstyrker"], example: "Borgarrådsberedningen tillstyrker föredragande borgarrådets förslag." }] as const satisfies readonly { forms: readonly string[]; example: string }[];

/** The matter's owners before one of its parts: "motionens första yrkande", "motionärernas andra yrkande". */
export const PART_OWNERS = [
  { forms: ["motionens", "motionärernas"], example: "Kommunstyrelsens förvaltning bedömer att motionärernas andra yrkande om att elever inte ska …" },
] as const satisfies readonly { forms: readonly string[]; example: string }[];

/** The council a motion asks to decide: "Motionären vill … att kommunfullmäktige ger berörda nämnder i uppdrag". */
export const COUNCILS = [{ forms: ["fullmäktige", "kommunfullmäktige", "regionfullmäktige"], example: "Motionären vill mot bakgrund av detta att kommunfullmäktige ger berörda nämnder i uppdrag" }] as const satisfies readonly {
  forms: readonly string[];
  example: string;
}[];

/** Stems of the words that reject, inside any form: "avslå", "avslår", "avstyrker". */
export const REJECTION_STEMS = [{ forms: ["avsl", "avstyr"], example: "Kommunfullmäktige bifaller motionens första att-sats och avslår motionen i övrigt." }] as const satisfies readonly {
  forms: readonly string[];
  example: string;
}[];
