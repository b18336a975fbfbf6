import fc from "fast-check";

/**
 * Inputs for fuzzing, made from real papers: whole papers and slices of them with their lines
 * shuffled, cut, duplicated, joined or broken, characters inserted, deleted and replaced, and
 * strings of the characters papers are made of. Pure: the papers come in as strings.
 */

/** Characters the parser's rules turn on: letters, digits, brackets, dashes, separators, page marks. */
const ALPHABET = [
  ..."abcdefghijklmnopqrstuvwxyzåäöéABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ0123456789",
  ..."  \t\n\n\n\f()[]-–—/.,:;§%&\"'”»«*•",
  "\u00a0", "\u2009", "\u00ad", "\ufb01", "\r\n", "\r",
];
/** Words the rules look for, so that random text reaches deep into them. */
const CUES = [
  "Reservation", "Särskilt uttalande", "anförs av", "anfördes av", "Föredragande borgarrådet", "anför följande",
  "Ärendet", "Beredning", "Mina synpunkter", "Bilaga 1", "Remissvar", "Omröstning", "Ja-röst", "Nej-röst",
  "att motionen bifalls", "anses besvarad", "avslås", "återremitteras", "yrkar bifall", "(S)", "(MP)", "S-, MP- och V-ledamöterna",
  "Dnr 325-1328/2012", "Utlåtande 2013:125", "den 18 december", "2012", "300 000 kr", "14,5 mnkr", "varav", "och", "procent",
  "från nio till fem", "Sida 2 (6)", "S T E N  N O R D I N", "funk-\ntionsnedsättning", "stadsdelsnämnd", "kommunstyrelsen",
];

const char = fc.constantFrom(...ALPHABET);
/** A uniform place in [0, 1] (fc.double is uniform over float encodings, so mostly near 0). */
const fraction = fc.integer({ min: 0, max: 1_000_000 }).map((n) => n / 1_000_000);
const cue = fc.constantFrom(...CUES);
const piece = fc.oneof({ arbitrary: char, weight: 4 }, { arbitrary: cue, weight: 1 });

/** Text of paper characters and cue words. */
export const paperishText = (maxLength: number) => fc.array(piece, { maxLength }).map((parts) => parts.join(""));

type Mutation = (lines: string[]) => string[];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // shuffle a run of lines
  fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.nat()).map(([at, n, seed]): Mutation => (lines) => {
    const from = at % Math.max(1, lines.length);
    const run = lines.slice(from, from + n);
    for (let i = run.length - 1, s = seed; i > 0; i--, s = (s * 1103515245 + 12345) & 0x7fffffff) {
      const j = s % (i + 1);
      [run[i], run[j]] = [run[j]!, run[i]!];
    }
    return [...lines.slice(0, from), ...run, ...lines.slice(from + n)];
  }),
  // cut lines out
  fc.tuple(fc.nat(), fc.nat({ max: 80 })).map(([at, n]): Mutation => (lines) => {
    const from = at % Math.max(1, lines.length);
    return [...lines.slice(0, from), ...lines.slice(from + n)];
  }),
  // duplicate a run of lines
  fc.tuple(fc.nat(), fc.nat({ max: 30 }), fc.integer({ min: 1, max: 4 })).map(([at, n, times]): Mutation => (lines) => {
    const from = at % Math.max(1, lines.length);
    const run = lines.slice(from, from + n);
    return [...lines.slice(0, from + n), ...Array.from({ length: times }, () => run).flat(), ...lines.slice(from + n)];
  }),
  // join lines (line breaks lost) or break one in two
  fc.tuple(fc.nat(), fc.nat({ max: 50 }), fc.boolean()).map(([at, n, join]): Mutation => (lines) => {
    const from = at % Math.max(1, lines.length);
    if (join) return [...lines.slice(0, from), lines.slice(from, from + n + 1).join(" "), ...lines.slice(from + n + 1)];
    const line = lines[from] ?? "";
    const cut = n % (line.length + 1);
    return [...lines.slice(0, from), line.slice(0, cut), line.slice(cut), ...lines.slice(from + 1)];
  }),
  // insert, delete or replace characters at one place
  fc.tuple(fc.nat(), fc.nat(), fc.nat({ max: 12 }), paperishText(12)).map(([line, col, del, insert]): Mutation => (lines) => {
    if (lines.length === 0) return [insert];
    const i = line % lines.length;
    const l = lines[i]!;
    const c = col % (l.length + 1);
    return [...lines.slice(0, i), l.slice(0, c) + insert + l.slice(c + del), ...lines.slice(i + 1)];
  }),
);

/** A slice of a paper (or all of it) with some mutations applied. */
export function mutatedPaper(papers: readonly string[], maxMutations = 12): fc.Arbitrary<string> {
  // Without bias: fast-check favours 0 and small numbers, which would fuzz empty slices and first lines.
  return fc
    .noBias(fc.tuple(fc.nat({ max: papers.length - 1 }), fraction, fraction, fc.array(mutation, { maxLength: maxMutations })))
    .map(([k, a, b, mutations]) => {
      const lines = papers[k]!.split("\n");
      const whole = b > 0.7;
      const from = whole ? 0 : Math.floor(Math.min(a, b) * lines.length);
      const to = whole ? lines.length : Math.ceil(Math.max(a, b) * lines.length);
      return mutations.reduce((ls, m) => m(ls), lines.slice(from, to)).join("\n");
    });
}

/** Any text input: mostly mutated papers, some paper-like noise. */
export function fuzzText(papers: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof({ arbitrary: mutatedPaper(papers), weight: 5 }, { arbitrary: paperishText(3000), weight: 1 });
}

/** A PDF's bytes with some bytes overwritten, a stretch removed or the file cut short. */
export function mutatedPdf(pdfs: readonly Uint8Array[]): fc.Arbitrary<Uint8Array> {
  const edit = fc.oneof(
    fc.tuple(fc.constant("set" as const), fraction, fc.uint8Array({ minLength: 1, maxLength: 16 })),
    fc.tuple(fc.constant("cut" as const), fraction, fc.nat({ max: 4000 })),
  );
  return fc.noBias(fc.tuple(fc.nat({ max: pdfs.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 6 }))).map(([k, edits]) => {
    let bytes = Uint8Array.from(pdfs[k]!);
    for (const [kind, where, what] of edits) {
      const at = Math.floor(where * bytes.length);
      if (kind === "set") bytes.set(what.subarray(0, Math.max(0, bytes.length - at)), at);
      else {
        const kept = new Uint8Array(bytes.length - Math.min(what, bytes.length - at));
        kept.set(bytes.subarray(0, at));
        kept.set(bytes.subarray(at + what), at);
        bytes = kept;
      }
    }
    return bytes;
  });
}
