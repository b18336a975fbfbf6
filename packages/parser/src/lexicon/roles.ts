/**
 * Roles and titles of people in decision papers: what stands before a name ("vice ordföranden",
 * "ledamoten", "borgarrådet") or after a party mark on an attendance list ("(ordförande)").
 */

/** Roles with the forms a paper writes them in; `role` is the base form reported. */
export const ROLES = [
  { role: "ordförande", forms: ["ordförande", "ordföranden", "ordf."], example: "Ordföranden Anna Berg (S) ställde proposition …" },
  { role: "vice ordförande", forms: ["vice ordförande", "vice ordföranden", "1:e vice ordförande", "2:e vice ordförande"], example: "vice ordföranden Per Holm (M)" },
  { role: "ledamot", forms: ["ledamot", "ledamoten", "ledamöter", "ledamöterna"], example: "Ledamoten Per Holm (M) yrkade avslag." },
  { role: "tjänstgörande ersättare", forms: ["tjänstgörande ersättare", "tjänstgörande ersättaren"], example: "Eva Sund (L), tjänstgörande ersättare" },
  { role: "ersättare", forms: ["ersättare", "ersättaren", "ersättarna"], example: "ersättaren Lars Ek (C)" },
  { role: "borgarråd", forms: ["borgarråd", "borgarrådet", "borgarråden"], example: "borgarråden Karin Wanngård och Tomas Rudin (båda S)" },
  { role: "kommunalråd", forms: ["kommunalråd", "kommunalrådet", "kommunalråden"], example: "kommunalrådet Lena Ek (C)" },
  { role: "regionråd", forms: ["regionråd", "regionrådet"], example: "regionrådet Jonas Berg (S)" },
  { role: "gruppledare", forms: ["gruppledare", "gruppledaren"], example: "gruppledaren Ann Lind (V)" },
  { role: "sekreterare", forms: ["sekreterare", "sekreteraren", "nämndsekreterare", "kommunsekreterare"], example: "Vid protokollet … sekreterare" },
  { role: "justerare", forms: ["justerare", "justerande"], example: "Justerare Anna Berg" },
  { role: "handläggare", forms: ["handläggare", "handläggaren"], example: "Handläggare: Eva Ström" },
  { role: "föredragande", forms: ["föredragande"], example: "Föredragande borgarrådet Anna König Jerlmyr" },
  { role: "stadsdirektör", forms: ["stadsdirektör", "stadsdirektören"], example: "stadsdirektören Lars Svensson" },
  { role: "kommundirektör", forms: ["kommundirektör", "kommundirektören"], example: "Kommundirektör Peter Ek" },
  { role: "förvaltningschef", forms: ["förvaltningschef", "förvaltningschefen"], example: "förvaltningschefen Åsa Lind" },
] as const satisfies readonly { role: string; forms: readonly string[]; example: string }[];

/**
 * The base role for a written form, or null.
 * @example roleOf("Ordföranden") // "ordförande"
 */
export function roleOf(written: string): string | null {
  const w = written.toLowerCase().replace(/\s+/gu, " ").trim();
  for (const r of ROLES) if ((r.forms as readonly string[]).includes(w)) return r.role;
  return null;
}

/** Endings of an official's title before a name, beside ROLES: "förvaltningschefen", "stadsdirektören". */
export const TITLE_ENDINGS = [{ forms: ["mannen", "chefen", "direktören"], example: "förvaltningschefen Åsa Lind" }] as const;
