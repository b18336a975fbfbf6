/**
 * The vocabulary of Swedish parties: the code a paper writes, the full name, and the word stems
 * by which papers name them in prose ("Miljöpartiet de gröna", "Vänsterpartiets", "S-ledamöterna").
 */
export type PartyInfo = {
  /** The usual abbreviation: "MP". */
  code: string;
  /** The full name: "Miljöpartiet de gröna". */
  name: string;
  /** Lower-case stems that name the party in prose; each matches the start of a word. */
  stems: string[];
};

export const PARTIES: readonly PartyInfo[] = [
  { code: "S", name: "Socialdemokraterna", stems: ["socialdemokrat", "arbetarepartiet-socialdemokraterna"] },
  { code: "M", name: "Moderaterna", stems: ["moderat"] },
  { code: "MP", name: "Miljöpartiet de gröna", stems: ["miljöpartie"] },
  { code: "V", name: "Vänsterpartiet", stems: ["vänsterpartie"] },
  { code: "C", name: "Centerpartiet", stems: ["centerpartie"] },
  { code: "L", name: "Liberalerna", stems: ["liberalern"] },
  { code: "FP", name: "Folkpartiet liberalerna", stems: ["folkpartie"] },
  { code: "KD", name: "Kristdemokraterna", stems: ["kristdemokrat"] },
  { code: "SD", name: "Sverigedemokraterna", stems: ["sverigedemokrat"] },
  { code: "FI", name: "Feministiskt initiativ", stems: ["feministiskt initiativ"] },
  { code: "D", name: "Demokraterna", stems: [] },
  { code: "PP", name: "Piratpartiet", stems: ["piratpartie"] },
];

const BY_CODE = new Map(PARTIES.map((p) => [p.code, p]));

/**
 * The canonical code for a code as a paper writes it: "(mp)" → "MP", "Fp" → "FP".
 * @example partyCode("mp") // "MP"
 */
export function partyCode(written: string): string {
  return written.replace(/[()\s-]/g, "").toUpperCase();
}

/** The vocabulary entry for a code, if the party is known. */
export function partyInfo(code: string): PartyInfo | undefined {
  return BY_CODE.get(partyCode(code));
}

/** True when the code names a party of the vocabulary. */
export function isKnownParty(code: string): boolean {
  return BY_CODE.has(partyCode(code));
}
