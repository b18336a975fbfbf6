/**
 * Swedish abbreviations that end in a full stop without ending a sentence: "Anna Berg (S) m.fl.
 * yrkade …", "bl.a. kommunstyrelsen", "kl. 18.00", "s.k. ersättare".
 */
export const ABBREVIATIONS = [
  { forms: ["m.fl.", "m. fl.", "m fl.", "mfl."], example: "Hravn Forsne (M) m.fl. yrkar bifall" },
  { forms: ["bl.a.", "bl. a."], example: "hänvisar bl.a. till SKR" },
  { forms: ["t.ex.", "t. ex."], example: "t.ex. fordon" },
  { forms: ["m.m.", "m. m.", "mm."], example: "Reservationer m.m." },
  { forms: ["s.k."], example: "s.k. ersättare" },
  { forms: ["d.v.s.", "dvs.", "d.v.s"], example: "dvs. avslag" },
  { forms: ["fr.o.m.", "t.o.m."], example: "fr.o.m. 2025" },
  { forms: ["o.s.v.", "osv."], example: "osv." },
  { forms: ["kl.", "st.", "nr.", "dnr.", "ca.", "resp.", "enl.", "jfr.", "inkl.", "exkl.", "ang.", "tel.", "forts.", "sek.", "ordf.", "kap.", "bil.", "f.d.", "p.g.a.", "pga."], example: "kl. 18.00" },
] as const satisfies readonly { forms: readonly string[]; example: string }[];
