/**
 * Function words: the small words that join the parts of a list, carry a sentence on over a line
 * break, or open a sentence in prose. Rules use them to tell a wrapped line of prose from a heading
 * and a list of bodies from one body's name.
 */

/** Words that join the members of a list: "Kultur- och fritidsnämnden samt byggnadsnämnden". */
export const LIST_JOINS = [{ forms: ["och", "samt"], example: "Byggnadsnämnden samt nämnden för Miljö & Hälsoskydd …" }] as const;

/** A word that offers an alternative: "bifall eller avslag". */
export const ALTERNATIVE_JOINS = [{ forms: ["eller"], example: "Det personliga ombudet ska dock inte ta över eller utföra arbetsuppgifter" }] as const;

/** Words after which a line of prose goes on on the next line: prepositions, subordinators and articles. */
export const LINE_CONTINUATIONS = [
  { forms: ["av", "till", "för", "om", "med", "på", "i", "från", "mot"], example: "studier som förvaltningen för Förskola & Grundskola hänvisar till\n…" },
  { forms: ["att", "som"], example: "dena sker i en rimlig takt, dels arbetsmarknadsperspektivet, som\n…" },
  { forms: ["den", "det", "de", "en", "ett"], example: "De hänvisar också till att kommunen arbetar utifrån ett\n…" },
] as const;

/** More words a heading never ends on, beside the joins and LINE_CONTINUATIONS: "… ombuden inom". */
export const HEADING_NEVER_ENDS = [
  { forms: ["&", "–"], example: "arbetsutskott har remitterat motionen till Nämnden för Vård &\nOmsorg" },
  { forms: ["vid", "inom", "under", "efter", "genom", "utan"], example: "Svar på motion från Ermin Škoric (S) m.fl. - Värdighetsgarantier inom\n…" },
  { forms: ["är", "har", "kan", "ska", "var"], example: "Syftet med strategin har\n…" },
] as const;

/** Words that open a sentence of prose, never a heading: a pronoun subject, a relative, a conjunction. */
export const PROSE_OPENINGS = [
  { forms: ["vi", "jag", "man", "de", "han", "hon"], example: "Vi föreslår kommunstyrelsen föreslå kommunfullmäktige besluta" },
  { forms: ["det", "den", "detta", "denna", "vilket", "som"], example: "Det är ingen tvekan om att personliga ombud fyller en viktig funktion" },
  { forms: ["och", "att", "men"], example: "… men driftformen borde ha utretts vidare innan fullmäktige fattade beslut" },
] as const;

/** Words that link a matter to what it is held for: "anse att-satserna … som besvarade", "anses vara besvarad". */
export const PREDICATIVE_LINKS = [{ forms: ["som", "vara"], example: "Att anse att-satserna ett (1), tre (3), fyra (4) och fem (5) som besvarade." }] as const;

/** Words after which a hyphen leaves a compound hanging: "bygg- och miljönämnden", "drift- eller". */
export const SUSPENSION_JOINS = [{ forms: ["och", "eller", "respektive", "resp."], example: "bygg- och miljönämnden" }] as const;

/** Endings of an adjective before its noun: "25 personliga ombud", "tre nya förskolor". */
export const ADJECTIVE_ENDINGS = [{ forms: ["iga", "ska", "ade", "ande", "ende", "tna", "dna", "ta", "da", "ra", "la", "nya"], example: "25 personliga ombud" }] as const;
