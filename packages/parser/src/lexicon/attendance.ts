/**
 * The words of a protocol's first page: the labels of its attendance blocks and the role each gives,
 * the member roles written after a name, a substitution, and the labels of place and signatures.
 */

/**
 * Labels of an attendance block, alone in a cell at a line's start, and the role of the members listed
 * under them; `role: null` is a block of officials or of others present (a title, not a member role), and
 * `member: false` a label that only opens a block whose columns have labels of their own.
 */
export const ATTENDANCE_LABELS = [
  { role: "ledamot", member: true, forms: ["beslutande", "ledamöter", "beslutande ledamöter", "närvarande ledamöter"], example: "Beslutande\tJan-Erik Wallin (M) (ordförande)" },
  { role: "tjänstgörande ersättare", member: true, forms: ["tjänstgörande ersättare", "beslutande ersättare"], example: "Beslutande\tLedamöter\tTjänstgörande ersättare" },
  { role: "ersättare", member: true, forms: ["ersättare", "ej tjänstgörande", "ej tjänstgörande ersättare", "närvarande ersättare", "icke tjänstgörande ersättare"], example: "Ej tjänstgörande\tIrene Jonsson (S) §§94-98\nersättare\tMorgan Fredvi (S) §§94-98" },
  { role: null, member: false, forms: ["övriga närvarande", "närvarande"], example: "Övriga närvarande Ersättare\tTjänstepersoner" },
  { role: null, member: true, forms: ["tjänstepersoner", "tjänstemän", "övriga deltagare", "övriga", "personalföreträdare", "insynsplatser"], example: "Övriga deltagare\tUlrika Månsson (kommunsekreterare)" },
] as const satisfies readonly { role: string | null; member: boolean; forms: readonly string[]; example: string }[];

/** A member's office written after the party mark, in the words the report keeps: "Monica Neptun (L), 1:e vice ordförande". */
export const MEETING_OFFICES = [
  { role: "ordförande", forms: ["ordförande"], example: "Hravn Forsne (M), ordförande" },
  { role: "1:e vice ordförande", forms: ["1:e vice ordförande", "förste vice ordförande", "första vice ordförande"], example: "Monica Neptun (L), 1:e vice ordförande" },
  { role: "2:e vice ordförande", forms: ["2:e vice ordförande", "andre vice ordförande", "andra vice ordförande"], example: "Ermin Skoric (S), 2:e vice ordförande" },
  { role: "vice ordförande", forms: ["vice ordförande"], example: "Anton César (S) (vice ordförande)" },
] as const satisfies readonly { role: string; forms: readonly string[]; example: string }[];

/** A substitute taking a member's seat, and the role the substitute has then: "Irene Jonsson (S) §§99-110 ersätter Peter Norlander (S)". */
export const SUBSTITUTION_WORDS = [{ role: "tjänstgörande ersättare", forms: ["ersätter", "tjänstgör för", "tjänstgör i stället för", "för"], example: "Martin Lindberg (V) ersätter Sanna Dabolins (V)" }] as const;

/** The label of the meeting's place and time, and the words that follow it: "Plats och tid för\nsammanträde". */
export const PLACE_LABELS = [{ forms: ["plats och tid", "plats och tid för sammanträde", "plats och tid för", "sammanträdesplats", "plats"], example: "Plats och tid\tRådhuset, Alingsås. Ajourneringar" }] as const;

/** The label of the meeting's time, with its place or alone, on a protocol's first page: "Tid och plats: Stadshuset, 2024-06-10 kl. 13.00". */
export const TIME_LABELS = [{ forms: ["tid och plats", "tid", "datum och tid", "tid och datum"], example: "Tid: 10 juni 2024, kl. 09.00–12.00" }] as const;

/** A place label that is the justering's, not the meeting's: "Plats och tid för justering", "Justeringens plats och tid". */
export const NOT_MEETING_PLACE = [{ forms: ["justering", "justeringens"], example: "Plats och tid för justering Digital justering." }] as const;

/** Where the time begins after the place: "Syrengatan 1 Klockan 14:00 – 16:40", "Rådhuset kl. 14:00-17:20". */
export const CLOCK_WORDS = [{ forms: ["klockan", "kl.", "kl", "tid"], example: "Lagan, Vägmästaren, Syrengatan 1 Klockan 14:00 – 16:40" }] as const;

/** Labels of the meeting's offices on the first page and the role each gives: "Protokolljusterare Per Hoel (SD)", "Utses att justera\tAnton César". */
export const OFFICE_LABELS = [
  { role: "sekreterare", forms: ["sekreterare", "vid protokollet", "protokollförare"], example: "Sekreterare\tVera Lagerström\tParagrafer 87-102" },
  { role: "ordförande", forms: ["ordförande"], example: "Ordförande\tHravn Forsne (M)" },
  { role: "justerare", forms: ["justerare", "justerande", "protokolljusterare", "utses att justera", "justeringsperson", "justeringspersoner"], example: "Protokolljusterare Per Hoel (SD)" },
] as const satisfies readonly { role: string; forms: readonly string[]; example: string }[];
