/**
 * The words of a meeting's record that the protocol grammar reads around the acts themselves: how a
 * decision is written, how a proposal is adopted, what a paper answers, how a vote is counted, and
 * the small words that join a subject to its act.
 */

/** Verbs of a body deciding, in present, past and perfect: "Kommunfullmäktige avslår motionen", "har således beslutat". */
export const DECISION_VERBS = [
  { sense: "decide", tense: "present", forms: ["beslutar"], example: "Kommunfullmäktige beslutar:" },
  { sense: "decide", tense: "past", forms: ["beslutade", "beslutat"], example: "Kommunfullmäktige har således beslutat att bifalla Axel Josefsons (M) yrkande." },
  { sense: null, tense: null, forms: ["avslår", "avslog", "avslagit", "bifaller", "biföll", "bifallit", "antar", "antog", "antagit", "godkänner", "godkände", "förklarar", "anser", "ansåg"], example: "Ordföranden finner att kommunfullmäktige bifallit Axel Josefsons (M) yrkande." },
] as const;

/** Auxiliaries and adverbs that stand between a deciding body and its verb: "har således beslutat". */
export const DECISION_FILLERS = [
  { auxiliary: "present", forms: ["har"], example: "Kommunfullmäktige har således beslutat att bifalla Axel Josefsons (M) yrkande." },
  { auxiliary: "past", forms: ["hade"], example: "Stadsdelsnämnden hade således beslutat enligt förvaltningens förslag." },
  { auxiliary: null, forms: ["således", "därmed", "därför"], example: "Kommunfullmäktige har således beslutat att bifalla Axel Josefsons (M) yrkande." },
] as const;

/** The chair's finding of what the meeting decided, present and past: "Ordföranden finner att nämnden bifaller …". */
export const FINDING_WORDS = [
  { tense: "present", forms: ["finner att"], example: "Ordföranden finner att nämnden, med 6 ja-röster mot 5 nej-röster, beslutar att bifalla …" },
  { tense: "past", forms: ["fann att"], example: "… fann att fullmäktige beslutat enligt regionstyrelsens förslag." },
] as const;

/** A proposal named in a decision heading, which makes it no decision: "Beslut – Förslag till kommunfullmäktige". */
export const PROPOSAL_IN_HEADING = [{ forms: ["förslag"], example: "Beslut – Förslag till kommunfullmäktige" }] as const;

/** What follows the body a member's proposal is addressed to: "Merjem Maslo (M) föreslår kommunstyrelsen besluta att …". */
export const ADDRESSED_OPENINGS = [{ forms: ["att", "besluta"], example: "Merjem Maslo (M) föreslår kommunstyrelsen besluta att …" }] as const;

/** The chair's question whether a proposal is adopted, and its close when it is: "frågar om Merjem Maslos (M) förslag kan antas och finner att så sker". */
export const ADOPTION_QUESTION_OPENINGS = [{ forms: ["om"], example: "Ordföranden frågar om Merjem Maslos (M) förslag kan antas och finner att så sker." }] as const;
export const ADOPTION_QUESTION_CLOSES = [{ forms: ["förslag kan antas och finner att så sker"], example: "Ordföranden frågar sedan om ordförandens förslag kan antas och finner att så sker." }] as const;

/** The meeting adopting a proposal: "beslutar enligt kommunstyrelsens förslag", "antar kommunstyrelsens förslag". */
export const ADOPTION_VERBS = [
  { forms: ["beslutar enligt", "beslutade enligt", "beslutat enligt", "bifaller", "antar", "antog", "anta"], example: "… finner att nämnden beslutat enligt förvaltningens förslag." },
] as const;

/** A paper answering a matter: "Svar på motion", "Yttrande över motion (SD)". */
export const ANSWER_PHRASES = [
  { reply: true, forms: ["svar på"], example: "Svar på motion (SD) - Inför möjlighet till enkla persontransporter" },
  { reply: false, forms: ["besvarande av", "yttrande över"], example: "Yttrande över motion (SD) - Införande av tolkavgift i Kungsbacka" },
] as const;

/** The kinds of matter a paper answers, as a title opens with them. */
export const MATTER_KINDS = [{ forms: ["motion", "medborgarförslag", "initiativärende", "skrivelse", "e-förslag"], example: "Initiativärende från Ermin Škorić (S) med flera - Stoppa den pågående nedmonteringen" }] as const;

/** The motion's authors, not members acting at the meeting: "föreslår i en motion", "Motionärerna föreslår". */
export const AUTHOR_WORDS = [
  { forms: ["motionär", "motionären", "motionärerna", "förslagsställare", "förslagsställaren", "förslagsställarna"], example: "Motionärerna föreslår att kommunfullmäktige ska ge Nämnden för Vård & Omsorg i uppdrag …" },
] as const;

/** Verbs of an office proposing: "Förvaltningen föreslår att nämnden avstyrker motionen". */
export const OFFICE_VERBS = [{ forms: ["föreslår", "föreslog", "förordar", "förordade"], example: "Kommunledningskontoret föreslår att motionen avslås." }] as const;

/** A proposal before the meeting named by its place: "liggande förslag", "det föreliggande förslaget". */
export const STANDING_OWNERS = [{ forms: ["liggande", "föreliggande", "ursprungliga"], example: "Hravn Forsne (M) yrkar bifall till liggande förslag." }] as const;

/** Words that point back instead of naming: "bifall till det yrkande som …", "instämde i detta". */
export const POINTING_WORDS = [{ forms: ["det", "den", "de", "detta", "dessa", "samma"], example: "bifall till det yrkande som M och KD framställde i regionstyrelsen" }] as const;

/** A word for the whole of the matter before it: "bifall till hela motionen". No paper of the corpus says it; the example is written. */
export const WHOLE_WORDS = [{ forms: ["hela"], example: "Anna Berg (V) yrkar bifall till hela motionen." }] as const;

/** Prepositions that join a stance to its object or a group to its party. */
export const OBJECT_PREPOSITIONS = [{ forms: ["till", "på", "av", "för", "om", "i", "bakom", "att"], example: "Per Hoel (SD) yrkar bifall till motionen." }] as const;
/** Prepositions between a stance word and a named proposal: "bifall till Lena Ekströms (C) förslag", "avslag på förslaget". */
export const PROPOSAL_PREPOSITIONS = [{ forms: ["till", "på", "av", "för"], example: "Jenny Holf (KD) föreslår bifall till kommunstyrelsens förslag till beslut." }] as const;
/** Prepositions by which a member joins a proposal without a stance word: "instämde i Lena Holmgrens yrkanden", "ställer sig bakom anteckningen". */
export const JOINING_PREPOSITIONS = [{ forms: ["i", "för", "bakom"], example: "Karl Sundin (L) och Elsa Bergh (KD) instämde i Lena Holmgrens yrkanden" }] as const;
export const GROUP_PREPOSITIONS = [{ forms: ["från", "för", "i"], example: "Ledamöterna från Sverigedemokraterna reserverar sig mot beslutet." }] as const;

/** Words that end a subject of inverted order or a joined list: the object begins. */
export const OBJECT_OPENINGS = [{ forms: ["bifall", "avslag", "återremiss", "att", "mot", "till"], example: "I regionstyrelsen yrkade Moderaterna och Kristdemokraterna avslag på förslaget." }] as const;

/** Only part of a decision: "deltar inte i beslutet i fråga om … tilläggsförslag". */
export const PART_ONLY = [{ forms: ["i fråga om", "vad gäller", "avseende"], example: "Elin Andersson (L) deltar inte i beslutet i fråga om My Högfeldts (MP) och Eric Nilssons (C) tilläggsförslag." }] as const;

/** A reservation's reason: "till förmån för eget förslag", "med hänvisning till". */
export const IN_FAVOUR_OF = [{ forms: ["till förmån för", "med hänvisning till"], example: "… reserverar sig mot beslutet till förmån för eget förslag." }] as const;

/** Counted members: "3 ledamöter som avstår att rösta". */
export const MEMBER_COUNT_NOUNS = [{ forms: ["ledamöter", "ledamot", "ledamöterna"], example: "Med 52 Ja-röster, 6 Nej-röster och 3 ledamöter som avstår att rösta" }] as const;

/** Verbs of casting a vote: "8 ledamöter röstar ja", "Den som vill … röstar nej". */
export const VOTING_VERBS = [{ forms: ["röstar", "röstade"], example: "Den som vill bifalla Axel Josefsons (M) yrkande röstar ja." }] as const;

/** Words of a tally written in prose: "med 41 röster mot 38", "med röstsiffrorna 63–5". */
export const TALLY_WORDS = [
  { tally: "for-against", forms: ["röster mot"], example: "Med 41 röster mot 38 beslutade fullmäktige att bifalla motionen." },
  { tally: "figures", forms: ["röstsiffrorna"], example: "med röstsiffrorna 63–5" },
] as const;

/** What every tally written in words holds, inside a word: "6 ja-röster mot 5 nej-röster", "med röstsiffrorna 63–5", "41 röster mot 38". */
export const TALLY_STEMS = [{ forms: ["nej", "röst"], example: "Med 45 Ja-röster och 16 Nej-röster beslutar kommunfullmäktige anta kommunstyrelsens förslag." }] as const;

/** A side's word before its count in brackets: "… röstar Ja (7)", "röstar Nej (5)", "avstår (1)". */
export const COUNTED_SIDE_WORDS = [
  { vote: "ja", forms: ["ja"], example: "… röstar Ja (7)" },
  { vote: "nej", forms: ["nej"], example: "röstar Nej (5)" },
  { vote: "avstar", forms: ["avstår", "avstod"], example: "avstår (1)" },
] as const satisfies readonly { vote: "ja" | "nej" | "avstar"; forms: readonly string[]; example: string }[];

/** Verbs of wanting in a vote's question: "Den som vill bifalla …". */
export const WANTING_VERBS = [{ forms: ["vill", "önskar"], example: "Den som vill bifalla kommunstyrelsens förslag röstar ja." }] as const;

/** Relative pronouns after which a clause names an owner: "det yrkande som M och KD framställde". */
export const RELATIVES = [{ forms: ["som"], example: "bifall till det yrkande som Sverigedemokraterna framställde i regionstyrelsen" }] as const;

/** Verbs of a proposal made before, in a reference to it: "det yrkande som M och KD framställde i regionstyrelsen". */
export const PROPOSAL_MAKING_VERBS = [{ forms: ["framställde", "framställt"], example: "bifall till det yrkande som M och KD framställde i regionstyrelsen." }] as const;

/** How a vote's question says what a side means: "Ja-röst för förvaltningens förslag", "Nej-röst innebär avslag till motionen". */
export const SIDE_MEANING_VERBS = [{ forms: ["för", "innebär", "betyder"], example: "Ja-röst för kommunstyrelsens förslag," }] as const;

/** A side of a vote's question as it opens it (the ballot words of a roll call are BALLOT_WORDS): "Ja-röst innebär …", "Nej för …". */
export const SIDE_NAMES = [
  { vote: "ja", forms: ["ja", "ja-röst", "jaröst"], example: "Ja-röst innebär bifall till motionen" },
  { vote: "nej", forms: ["nej", "nej-röst", "nejröst"], example: "Nej-röst innebär avslag till motionen" },
] as const satisfies readonly { vote: "ja" | "nej"; forms: readonly string[]; example: string }[];

/** The header of a roll call's party column: "| Ledamot | Parti | Ja | Nej | Avstår |". */
export const PARTY_COLUMN_WORDS = [{ forms: ["parti", "partibeteckning", "grupp"], example: "| Ledamot | Parti | Ja | Nej | Avstår |" }] as const;
