/**
 * Words that stand where a person's name could start but are no part of one: headings, labels,
 * vote columns and role words that a capitalised-word pattern would take for a first name
 * ("Yrkanden\nAnna Berg", "Ledamoten Per Holm", "Nej\tAvstår Eva Sund"), and the words that say a
 * marked name is a party, not a person ("det lokala partiet Väståsas Väl (VV)").
 */

/** Headings, labels and vote columns that may stand right before a name. */
export const NOT_NAME_WORDS = [
  { forms: ["ärendet", "ärendebeskrivning", "beskrivning"], example: "Ärendet\nJoakim Ramberg (V), Jerker Halling (V) … har anmält en motion." },
  { forms: ["yrkanden", "yrkande", "förslag"], example: "Yrkanden\nLena Holmgren (C) yrkade i första hand …" },
  { forms: ["beslutsgång", "beslut", "propositionsordning", "omröstning", "votering"], example: "Beslutsgång\nOrdförande Tommy Rydfeldt (L) finner …" },
  { forms: ["reservation", "reservationer", "anteckning", "protokollsanteckning", "särskilt", "uttalande"], example: "Anteckning Jan-Erik Wallin (M), Lay France Mulumba (KD) …" },
  { forms: ["motion", "motionen", "skrivelse", "protokoll", "protokollsutdrag", "sammanfattning"], example: "Motion från Stefan Jägnert (SD) 2024-01-30" },
  { forms: ["justerare", "justerande", "justerat", "underskrifter", "sekreterare", "beslutande", "närvarande", "ersättare", "övriga"], example: "Justerare\tPer Nyberg (M) och Ann-Sofie Ek (C)" },
  { forms: ["ja", "nej", "avstår", "avstod", "frånvarande"], example: "Avstod\tLars-Göran Bäck (SD)" },
  { forms: ["deltagande", "handläggare", "datum", "dnr", "diarienummer"], example: "Handläggare:\tJerker Gustafsson" },
] as const satisfies readonly { forms: readonly string[]; example: string }[];

/**
 * Word endings that make a capitalised word a noun or a participle, not a first name:
 * "Beslutande", "Ledamöterna", "Sammanfattning", "Kommunfullmäktiges".
 */
export const NOT_NAME_ENDINGS = [
  { forms: ["ande", "ende"], example: "Beslutande Linda Espeving (M)" },
  { forms: ["arna", "orna", "erna"], example: "Ledamöterna Anna Berg (S) och Per Holm (S)" },
  { forms: ["ning", "else", "het", "tion", "ighet"], example: "Sammanfattning Anna Berg (S) …" },
] as const satisfies readonly { forms: readonly string[]; example: string }[];

/** Nouns after which a marked name is a party's name: "det lokala partiet Väståsas Väl (VV)". */
export const PARTY_NOUNS = [
  // `introduces`: the word before a party's name and code where the paper introduces a local party
  { introduces: true, forms: ["partiet"], example: "Bo Sandell, gruppledare för det lokala partiet Väståsas Väl (VV), yrkade bifall" },
  { introduces: false, forms: ["partiets", "lokalpartiet", "lokalpartiets", "partierna"], example: "Under början av 2026 har gruppledarna för partierna i kommunfullmäktige fört dialog om …" },
] as const satisfies readonly { introduces: boolean; forms: readonly string[]; example: string }[];

/** Words that make a party mark cover a list of names: "Stefan Nilsson och Jonas Eklund (båda MP)". */
export const GROUP_MARK_WORDS = [
  { forms: ["båda", "bägge", "alla", "samtliga"], example: "Motion (2012:46) av Stefan Nilsson och Jonas Eklund (båda MP)" },
] as const satisfies readonly { forms: readonly string[]; example: string }[];

/** Nouns a party code is joined to for its members: "s-, mp- och v-ledamöterna", "S-ledamöterna". */
export const PARTY_MEMBER_NOUNS = [
  { forms: ["ledamöterna", "ledamoten", "gruppen", "företrädarna", "borgarråden", "ersättarna"], example: "Reservation anfördes av s-, mp- och v-ledamöterna enligt följande." },
] as const satisfies readonly { forms: readonly string[]; example: string }[];

/** Prepositions before a bare party mark that stands for the party: "reservationen av (S)", "motionen från (MP)". */
export const MARK_PREPOSITIONS = [
  { forms: ["av", "från", "för"], example: "med hänvisning till reservationen av (S) i borgarrådsberedningen" },
] as const satisfies readonly { forms: readonly string[]; example: string }[];

/** Particles of a surname, written in lower case between a first name and the surname. No paper of the corpus names one; the example is written. */
export const NAME_PARTICLES = [
  { forms: ["af", "von", "de"], example: "Ordförande Carl von Essen (M) finner att kommunstyrelsen beslutar enligt förslaget." },
  // the particles of names from Dutch, German, Spanish, Portuguese and Italian families, as councillors carry them
  { forms: ["van", "van der", "van den", "von der", "de la", "del", "da", "di", "dos", "ter"], example: "Jan van der Berg (SD) instämmer i Ann-Sofie von Otters yrkande." },
] as const satisfies readonly { forms: readonly string[]; example: string }[];
