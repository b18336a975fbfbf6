import type { SectionKind } from "@diarium/schema";

/**
 * The vocabulary of heading families: how Swedish decision papers name their parts. Matched against
 * a heading's text in lower case; the first family that matches wins, so specific forms come first.
 */
type Family = { kind: SectionKind; pattern: RegExp };

export const HEADING_FAMILIES: readonly Family[] = [
  // "Förslag till beslut på sammanträdet", "Ledamöternas förslag till beslut", "Yrkanden"
  { kind: "yrkanden", pattern: /^(?:yrkanden?|förslag till beslut på sammanträdet|ledamöternas förslag(?: till beslut)?|yrkanden och propositionsordning)$/ },
  // "Förslag till beslut", "Förvaltningens förslag till beslut", "Förslag till beslut i kommunfullmäktige"
  { kind: "forslag_till_beslut", pattern: /^(?:\p{L}+s )?förslag till (?:beslut|kommunfullmäktige|kommunstyrelsen|nämnden)\b|^kommunstyrelsens förslag\b|^beslutsförslag$/u },
  // "Sammanfattning", "Sammanfattning av ärendet"
  { kind: "sammanfattning", pattern: /^sammanfattning\b/ },
  // "Ärendet", "Ärendebeskrivning", "Beskrivning av ärendet"
  { kind: "arendet", pattern: /^(?:ärendet|ärendebeskrivning|beskrivning av ärendet|ärendet i korthet|ärendets innehåll)$/ },
  // "Beredning", "Ärendets beredning", "Ärendets behandling"
  { kind: "beredning", pattern: /^(?:beredning|ärendets beredning|ärendets behandling|handläggning|beredning av ärendet)$/ },
  { kind: "bakgrund", pattern: /^bakgrund\b/ },
  // "Mina synpunkter", "Förvaltningens synpunkter", "Kommunstyrelsens förvaltnings bedömning"
  { kind: "synpunkter", pattern: /(?:^|\s)(?:synpunkter|bedömning|överväganden|ställningstagande)$/ },
  { kind: "omrostning", pattern: /^(?:omröstning|votering|omröstningsresultat)\b/ },
  // "Reservation", "Reservationer m.m."
  { kind: "reservationer", pattern: /^reservation(?:er)?(?: m\.\s?m\.?| mm| med mera)?$/ },
  // "Särskilt uttalande", "Protokollsanteckning", "Anteckning"
  { kind: "sarskilt_uttalande", pattern: /^(?:särskil(?:t|da) uttaland(?:e|en)|protokollsanteckning(?:ar)?|anteckning(?:ar)?(?: till protokollet)?)$/ },
  // "Remissvar", "Yttrande från nämnden för …", "Inkomna yttranden"
  { kind: "remissvar", pattern: /^(?:remissvar|remissyttranden?|inkomna (?:remiss)?yttranden|yttranden? från\b|remissinstansernas synpunkter)/ },
  { kind: "bilagor", pattern: /^bilagor:?$/ },
  { kind: "bilaga", pattern: /^bilaga\s+\d+\b/ },
  // Parts of a protocol that no other family names: "Beslutsunderlag", "Expedieras till", "Beslutsgång".
  { kind: "other", pattern: /^(?:beslutsunderlag|expedieras till|beslutet skickas till|beslutsgång|propositionsordning|deltagande i beslut(?:et)?|anförande(?:n)?|justering|paragrafer|närvarande|beslutande|övriga (?:närvarande|deltagande|deltagare)|utses att justera|handlingar|underlag|juridiskt ramverk|ekonomiska konsekvenser|konsekvenser för \p{L}+|barnperspektiv(?:et)?|uppföljning)$/u },
  // "Beslut", "Kommunfullmäktiges beslut", "Beslut i kommunstyrelsen"
  { kind: "beslut", pattern: /^(?:beslut|\p{L}+s beslut|beslut i \p{L}+|protokollsutdrag beslut)$/u },
];

/**
 * The kind of a heading, or null when no family names it.
 * @example headingKind("Mina synpunkter") // "synpunkter"
 * @example headingKind("Ärendets behandling") // "beredning"
 */
export function headingKind(heading: string): SectionKind | null {
  const h = heading.toLowerCase().replace(/\s+/g, " ").replace(/[:.]$/, "").trim();
  for (const f of HEADING_FAMILIES) if (f.pattern.test(h)) return f.kind;
  return null;
}
