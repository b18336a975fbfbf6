/**
 * What members do at a meeting, in every tense and voice Swedish protocols use: present
 * ("yrkar"), past ("yrkade"), perfect ("har yrkat") and passive ("yrkas"). Each row is one act;
 * the rules read the act, never the word.
 */

/** The acts a protocol reports. */
export type Act =
  | "yrkande" // proposes a decision
  | "instammer" // joins another member's proposal
  | "tillstyrker" // supports the matter itself
  | "avstyrker" // opposes the matter itself
  | "reservation" // reserves against the decision
  | "anteckning" // leaves a note in the protocol
  | "sarskilt_uttalande" // leaves a special statement
  | "avstar" // abstains from voting
  | "deltar_ej"; // takes no part in the decision

export const ACT_VERBS = [
  { act: "yrkande", forms: ["yrkar", "yrkade", "yrkat", "yrkas", "yrkades"], example: "Anna Berg (S) yrkade bifall till motionen." },
  { act: "yrkande", forms: ["föreslår", "föreslog", "föreslagit"], example: "Lennart Jonsson (SD) och Martin Linder-Lood (SD) föreslår bifall till motionen." },
  { act: "yrkande", forms: ["tillstyrker bifall", "framställde", "framställer"], example: "bifall till det yrkande som M och KD framställde i regionstyrelsen" },
  { act: "instammer", forms: ["instämmer", "instämde", "instämt", "stödjer", "stöder", "stödde", "ansluter sig", "anslöt sig", "biträder", "biträdde"], example: "Karl Sundin (L) och Elsa Bergh (KD) instämde i Lena Holmgrens yrkanden." },
  { act: "tillstyrker", forms: ["tillstyrker", "tillstyrkte", "tillstyrkt"], example: "Ermin Škorić (S), Astrid Börjesson (S) och Eva Tingström (S) tillstyrker motionen." },
  { act: "avstyrker", forms: ["avstyrker", "avstyrkte", "avstyrkt"], example: "Skolnämnden har berett ärendet och avstyrker motionen." },
  { act: "reservation", forms: ["reserverar sig", "reserverade sig", "reserverat sig", "reserverar mig", "reserverar oss", "reserverar vi oss", "reserverar jag mig"], example: "Ermin Škorić (S) … reserverar sig mot beslutet till förmån för eget förslag." },
  { act: "anteckning", forms: ["antecknar", "antecknade", "får anteckna", "fick anteckna", "får till protokollet anteckna", "fick till protokollet anteckna"], example: "Anna Berg (S) får till protokollet anteckna följande." },
  { act: "deltar_ej", forms: ["deltar inte", "deltog inte", "deltar ej", "deltog ej", "deltar icke", "avstår från att delta", "avstod från att delta", "avstår från att ta ställning", "avstod från att ta ställning"], example: "Sverigedemokraternas ledamöter deltog inte i beslutet." },
  { act: "avstar", forms: ["avstår från att rösta", "avstod från att rösta", "avstår", "avstod"], example: "Liberalerna avstod i voteringen." },
] as const satisfies readonly { act: Act; forms: readonly string[]; example: string }[];

/** Notes beside the decision: a verb of handing in, then the note's name. */
export const NOTE_VERBS = [
  { forms: ["lämnar", "lämnade", "lämnat", "anmäler", "anmälde", "anmält", "lägger", "lade", "lägga", "får lämna", "har lämnat in", "har lämnat", "avger", "avgav", "inkommer med", "inkom med"], example: "Hanna Wikström (MP) lämnade följande anteckning till protokollet" },
] as const;

/** A note's verb in the passive, its makers after "av": "Reservation anmäls av Miljöpartiet och Vänsterpartiet". */
export const NOTE_PASSIVE_VERBS = [
  { forms: ["anmäls", "anmäldes", "lämnas", "lämnades", "avges", "avgavs", "inlämnas", "inlämnades"], example: "Reservation anmäls av Miljöpartiet och Vänsterpartiet till förmån för Ulla Bergs yrkande." },
] as const;

/** The notes themselves and the act each one is. */
export const NOTE_NOUNS = [
  { act: "anteckning", forms: ["protokollsanteckning", "protokollsanteckningar", "anteckning", "anteckningar", "anteckning till protokollet"], example: "Anton César (S) … lämnar följande protokollsanteckning:" },
  { act: "sarskilt_uttalande", forms: ["särskilt uttalande", "särskilda uttalanden", "särskilt yttrande", "särskilt yttrande"], example: "Ordföranden Henrik Malmqvist m.fl. (M) … anmälde ett särskilt uttalande enligt följande." },
  { act: "reservation", forms: ["reservation", "skriftlig reservation", "skriftliga reservation", "reservationer"], example: "Jens Christian Berlin (L) lämnar följande skriftliga reservation:" },
] as const satisfies readonly { act: Act; forms: readonly string[]; example: string }[];

/** Speech that states no position: speakers in a debate. */
export const SPEECH_VERBS = [
  { forms: ["anförde", "anför", "yttrade sig", "yttrar sig", "deltog i överläggningen", "deltar i överläggningen"], example: "I ärendet anförde Lena Holmgren (C), Anders Lund (S) …" },
] as const;

/** A member joining another's proposal without a verb of their own: "med instämmande av". */
export const JOINING = [
  { forms: ["med instämmande av", "med instämmande från", "med stöd av", "tillsammans med"], example: "Lars Hedlund (M) yrkade, med instämmande av Ingrid Pålsson (KD), bifall till …" },
] as const;

/** Members named as a group of a party: "Ledamöterna från Sverigedemokraterna", "Samtliga ledamöter från". */
export const GROUP_NOUNS = [
  { forms: ["ledamöterna", "ledamöter", "ledamoten", "företrädarna", "företrädare", "gruppen", "ledamöterna och ersättarna", "ersättarna", "representanterna", "representanter"], example: "Ledamöterna från Kristdemokraterna deltar ej i beslutet." },
] as const;

/** The ways a proposal is put in rank: the first hand is the position, the second is kept too. */
export const RANKS = [
  { rank: 1, forms: ["i första hand"], example: "Lena Holmgren (C) yrkade i första hand att ärendet skulle återremitteras …" },
  { rank: 2, forms: ["i andra hand", "i andra och sista hand"], example: "… och i andra hand bifall till motionen." },
  { rank: 3, forms: ["i tredje hand"], example: "… i tredje hand avslag." },
] as const;

/** How an utlåtande records a statement paragraph after its name: "Reservation anfördes av …", "Särskilt uttalande gjordes av …". */
export const STATEMENT_RECORDS = [
  { forms: ["anfördes av", "gjordes av", "lämnades av", "avgavs av"], example: "Reservation anfördes av borgarrådet Daniel Helldén (MP) enligt följande." },
  // the present and the participle
  { forms: ["anförs av", "görs av", "lämnas av", "avges av", "anförd av", "gjord av", "lämnad av", "avgiven av"], example: "Reservation anförd av Karin Wanngård m.fl. (S) enligt följande." },
  { forms: ["av"], example: "Reservation av Karin Rågsjö (V)." },
] as const;

/** The words that close a statement's opening sentence before its argument: "… (båda S) enligt följande." */
export const STATEMENT_OPENING_ENDS = [{ forms: ["enligt följande"], example: "Reservation anfördes av Karin Rågsjö (V) enligt följande." }] as const;

/** A statement that takes its stance from an earlier one: "med hänvisning till reservationen av (S) i borgarrådsberedningen". */
export const STATEMENT_REFERENCES = [
  { forms: ["med hänvisning till reservationen av", "med hänvisning till reservation av", "med hänvisning till sin reservation i"], example: "Reservation anfördes av Karin Wanngård, Roger Mogert och Tomas Rudin (alla S) med hänvisning till reservationen av (S) i borgarrådsberedningen." },
] as const;

/** A pointer to an appendix: "…, bilaga 1." */
export const APPENDIX_WORDS = [{ forms: ["bilaga", "bil."], example: "Reservation anfördes av ledamoten Stefan Nilsson m.fl. (MP), bilaga 1." }] as const;
