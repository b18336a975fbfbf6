/**
 * The words around a figure or a date that say how it is meant: an approximation ("cirka"), a total
 * ("uppgick till", "totalt"), a part of an enumeration ("varav", "samt"), a period ("perioden
 * 2027–2030", "till och med"), a street address ("Storgatan 37").
 */

/** Words of approximation before a number: "cirka 95 000 besök", "knappt 2 miljoner". */
export const APPROXIMATORS = [{ forms: ["ca", "ca.", "cirka", "drygt", "knappt", "närmare", "omkring", "runt", "ungefär"], example: "badet hade cirka\n95 000 besök per år" }] as const;

/** Words that make the number after them a total: "Kostnaderna … uppgick till 766 778 kronor", "totalt 120 barn". */
export const TOTAL_WORDS = [
  { forms: ["uppgick till", "uppgår till", "uppgått till", "uppgick totalt till", "uppgår totalt till", "uppgick sammanlagt till", "uppgår sammanlagt till"], example: "Kostnaderna för verksamheten uppgick till 766 778 kronor." },
  { forms: ["totalt", "sammanlagt", "sammantaget"], example: "totalt 237 578 kronor" },
] as const;

/**
 * A total stated as a sum, the words around the noun summed: "summan av kostnaderna är 120 000 kronor".
 * (No paper of the corpus says it yet; the rule was written for it.)
 */
export const SUM_WORDS = [{ opening: "summan", closing: "är", example: "summan av kostnaderna är 120 000 kronor" }] as const;

/** Words that state a total after its parts: "800 mnkr till förskola och 434,5 mnkr till skola, totalt 1 234,5 mnkr". */
export const TOTAL_AFTER_WORDS = [{ forms: ["totalt", "sammanlagt", "tillsammans", "summa", "i summa"], example: "…, totalt 1 234,5 mnkr" }] as const;

/** Words that join the parts of an enumeration: "63 klienter varav 25 män och 38 kvinnor". */
export const PART_JOINS = [{ forms: ["och", "samt", "respektive", "varav"], example: "varav 25 män och 38 kvinnor" }] as const;

/** The word that opens the parts of a total: "63 klienter\nvarav 25 män". */
export const PART_OPENERS = [{ forms: ["varav"], example: "63 klienter varav 25 män och 38 kvinnor" }] as const;

/** The last part of a total stated before it: "skjutit till ytterligare totalt 237 578 kronor". */
export const LAST_PART_WORDS = [{ forms: ["ytterligare"], example: "skjutit till ytterligare totalt 237 578 kronor" }] as const;

/** Prepositions that start a new phrase, not the next part of an enumeration: "…, i 12 klasser". */
export const PHRASE_PREPOSITIONS = [{ forms: ["i", "på", "av", "med", "för", "under", "över", "till", "från", "om", "per", "inom", "vid", "ca", "cirka"], example: "…, i 12 klasser" }] as const;

/** Prepositions between a paid noun and its amount: "ett statsbidrag på 300 000 kr", "kronor i statsbidrag". */
export const AMOUNT_PREPOSITIONS = [
  { role: "before", forms: ["på", "om", "av"], example: "ett statsbidrag på 300 000 kr" },
  { role: "after", forms: ["i", "som", "för"], example: "529 200 kronor i statsbidrag" },
] as const;

/** Words before two years that make them a period: "perioden 2027–2030", "åren 1995-1998". */
export const PERIOD_WORDS = [{ forms: ["år", "åren", "perioden", "mandatperioden", "under"], example: "förtroendevalda år 2027- 2030" }] as const;

/** What joins two dates into a period: "1 januari till och med 31 december 2025", "t.o.m.". */
export const PERIOD_JOINS = [{ forms: ["till", "till och med", "t.o.m.", "t. o. m.", "t.o.m", "t.o. m."], example: "från den 1 juli till den 31 december 2025" }] as const;

/** Endings of street names: a number after them is an address. */
export const STREET_ENDINGS = [{ forms: ["gatan", "gata", "vägen", "väg", "gränd", "torget", "torg", "backe", "backen", "stigen", "leden", "plan", "allé", "allén", "platsen"], example: "Stadshuset, Storgatan 37" }] as const;

/**
 * Words after or before a number that are never what it counts or pays for: function words, and the
 * verbs a sentence goes on with ("kvarteret Kristina 7 har sedan 2011 …").
 */
export const NOT_FIGURE_SUBJECTS = [
  { forms: ["och", "av", "i", "till", "per", "som", "att", "för", "på", "med", "om", "eller", "från", "under", "den", "det", "de", "respektive", "inom", "mot", "vid"], example: "63 klienter varav 25 män och 38 kvinnor" },
  { forms: ["är", "var", "har", "hade", "ska", "skall", "kan", "kunde", "får", "fick", "blir", "blev", "bör", "måste"], example: "Parkeringen vid kvarteret Kristina 7 har sedan 2011 disponerats av" },
  { forms: ["år", "st"], example: "1 831 kronor per år" },
  { forms: ["varje", "alla", "samtliga", "dessa", "denna", "detta"], example: "300 000 kr för varje personligt ombud" },
] as const;

/** The words of a range written out: "mellan 20 000 kronor och 1,1 miljoner kronor", "mellan 50 och 80 procent". */
export const RANGE_WORDS = [
  { role: "opens", forms: ["mellan"], example: "mellan 180 och 230 miljoner kronor" },
  { role: "joins", forms: ["och"], example: "mellan 20 000 kronor och 1,1 miljoner kronor" },
] as const;

/** Words that may follow a bare scale that is an amount: "knappt 2 miljoner per år", "2 miljoner i statsbidrag". */
export const BARE_AMOUNT_FOLLOWERS = [{ forms: ["per", "i", "och", "till", "för"], example: "Kostnaderna … var totalt knappt 2 miljoner år 2023." }] as const;
