/**
 * Swedish number words, from which compounds are read: "tjugofem", "tvåhundrafemtio", "tretusen".
 */

/** The words for 0–19 and the tens, each with its value. */
export const NUMBER_WORDS = [
  { value: 0, forms: ["noll"], example: "noll kronor" },
  { value: 1, forms: ["en", "ett"], example: "en ledamot avstod" },
  { value: 2, forms: ["två"], example: "två separata styrdokument" },
  { value: 3, forms: ["tre"], example: "tre vattenverk" },
  { value: 4, forms: ["fyra"], example: "fyra anläggningar" },
  { value: 5, forms: ["fem"], example: "fem kilometer" },
  { value: 6, forms: ["sex"], example: "sex ja-röster mot fyra nej-röster" },
  { value: 7, forms: ["sju"], example: "sju ledamöter" },
  { value: 8, forms: ["åtta"], example: "åtta veckor" },
  { value: 9, forms: ["nio"], example: "nio månader" },
  { value: 10, forms: ["tio"], example: "i tio, femton eller till och med tjugo år" },
  { value: 11, forms: ["elva"], example: "elva nej-röster" },
  { value: 12, forms: ["tolv"], example: "tolv månader" },
  { value: 13, forms: ["tretton"], example: "tretton ärenden" },
  { value: 14, forms: ["fjorton"], example: "fjorton dagar" },
  { value: 15, forms: ["femton"], example: "femton år" },
  { value: 16, forms: ["sexton"], example: "sexton platser" },
  { value: 17, forms: ["sjutton"], example: "sjutton ledamöter" },
  { value: 18, forms: ["arton", "aderton"], example: "arton månader" },
  { value: 19, forms: ["nitton"], example: "nitton förskolor" },
  { value: 20, forms: ["tjugo", "tjugu"], example: "tjugo år" },
  { value: 30, forms: ["trettio"], example: "trettio dagar" },
  { value: 40, forms: ["fyrtio"], example: "fyrtio timmar" },
  { value: 50, forms: ["femtio"], example: "femtio procent" },
  { value: 60, forms: ["sextio"], example: "sextio dagar" },
  { value: 70, forms: ["sjuttio"], example: "sjuttio procent" },
  { value: 80, forms: ["åttio"], example: "åttio platser" },
  { value: 90, forms: ["nittio"], example: "nittio dagar" },
] as const;

/** The words that multiply inside a compound: "tvåhundra", "tretusen". */
export const NUMBER_MULTIPLIERS = [
  { value: 100, forms: ["hundra"], example: "tvåhundrafemtio" },
  { value: 1000, forms: ["tusen"], example: "tvåtusenfemhundra" },
] as const;
