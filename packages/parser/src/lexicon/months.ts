/** Swedish month names, in order, with the abbreviations papers use: "18 september 2013", "13 april", "6 febr. 2024". */
export const MONTHS_SV = [
  { month: 1, forms: ["januari", "jan"], example: "den 6 januari 2024" },
  { month: 2, forms: ["februari", "febr", "feb"], example: "anmäldes i kommunfullmäktige den 6 februari 2024" },
  { month: 3, forms: ["mars", "mar"], example: "daterad den 22 mars 2021" },
  { month: 4, forms: ["april", "apr"], example: "tjänsteskrivelse daterad 10 april 2024" },
  { month: 5, forms: ["maj"], example: "sammanträde torsdagen den 20 maj 2021" },
  { month: 6, forms: ["juni", "jun"], example: "den 11 juni 2025, § 144" },
  { month: 7, forms: ["juli", "jul"], example: "trädde i kraft 1 juli 2025" },
  { month: 8, forms: ["augusti", "aug"], example: "september 2022 till augusti 2023" },
  { month: 9, forms: ["september", "sept", "sep"], example: "Stockholm den 18 september 2013" },
  { month: 10, forms: ["oktober", "okt"], example: "den 24 oktober 2022, § 201" },
  { month: 11, forms: ["november", "nov"], example: "den 5 november 2025, § 228" },
  { month: 12, forms: ["december", "dec"], example: "Plan- och bygglagen ändrades den 1 december 2025" },
] as const satisfies readonly { month: number; forms: readonly string[]; example: string }[];

/** The full month names in order: "januari" … "december". */
export const MONTH_NAMES = MONTHS_SV.map((m) => m.forms[0]);
