/**
 * The one way the rules compile a pattern: `regex(source, flags)`. It is `new RegExp` with the
 * Unicode property classes `\p{L}`, `\p{Lu}`, `\p{Ll}` and `\p{N}` spelled out as the code-point
 * ranges they have in the scripts council papers are written in: Latin (with its extensions),
 * Greek and Cyrillic, plus superscript digits and fractions and Latin ligatures.
 *
 * Why: V8 builds each property class afresh from ICU's tables for every occurrence in every
 * pattern, at ~150 µs each (~400 µs at a pattern's start), and the rules hold about 400 of them:
 * some 70 ms of a lone paper's start-up went there, against ~15 µs for a class of a few ranges.
 * Within those scripts the spelled-out class matches exactly what the property matches; a letter
 * of another script (Arabic, Han, …) is not a letter to the rules, as it never is in these papers.
 */

/** The blocks whose letters and numbers the rules know, as [first, last] code points. */
export const SCRIPT_BLOCKS: readonly (readonly [number, number])[] = [
  [0x0000, 0x024f], // Basic Latin, Latin-1, Latin Extended-A and -B
  [0x0370, 0x052f], // Greek and Coptic, Cyrillic, Cyrillic Supplement
  [0x1e00, 0x1eff], // Latin Extended Additional (Vietnamese, Welsh …)
  [0x2070, 0x218f], // superscripts and subscripts, number forms (½, Ⅳ)
  [0xfb00, 0xfb06], // Latin ligatures (ﬁ), should one survive normalisation
];

/** The property classes spelled out, by name. */
export const SPELLED_OUT = ["L", "Lu", "Ll", "N"] as const;
type Property = (typeof SPELLED_OUT)[number];

let classes: Record<Property, string> | undefined;

/**
 * The body of each spelled-out class (ranges, without the brackets), computed once from the
 * property itself over SCRIPT_BLOCKS: four patterns compiled, once per process.
 * @example propertyClasses().L.startsWith("A-Za-z") // true
 */
export function propertyClasses(): Record<Property, string> {
  if (classes) return classes;
  const built = {} as Record<Property, string>;
  for (const name of SPELLED_OUT) {
    const test = new RegExp(String.raw`^\p{${name}}$`, "u");
    const ranges: string[] = [];
    for (const [first, last] of SCRIPT_BLOCKS) {
      let start = -1;
      for (let c = first; c <= last + 1; c++) {
        const inside = c <= last && test.test(String.fromCodePoint(c));
        if (inside && start < 0) start = c;
        if (!inside && start >= 0) {
          ranges.push(start === c - 1 ? codePoint(start) : `${codePoint(start)}-${codePoint(c - 1)}`);
          start = -1;
        }
      }
    }
    built[name] = ranges.join("");
  }
  return (classes = built);
}

/** A code point as it is written in a pattern: ASCII letters and digits as themselves. */
function codePoint(c: number): string {
  return /[A-Za-z0-9]/u.test(String.fromCharCode(c)) && c < 0x80 ? String.fromCharCode(c) : `\\u{${c.toString(16)}}`;
}

const rewritten = new Map<string, string>();

/**
 * `source` with `\p{L}`, `\p{Lu}`, `\p{Ll}` and `\p{N}` spelled out: `[…]` where one stands
 * alone, the bare ranges inside a class, `[^…]` for `\P{…}` alone. Anything else is left as written.
 * @example spellOutProperties(String.raw`(?<![\p{L}\d-])nämnd`).startsWith("(?<![A-Za-z") // true
 */
export function spellOutProperties(source: string): string {
  const known = rewritten.get(source);
  if (known !== undefined) return known;
  const bodies = propertyClasses();
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === "\\") {
      const property = /^\\([pP])\{(L|Lu|Ll|N)\}/u.exec(source.slice(i, i + 6));
      if (property) {
        const body = bodies[property[2] as Property];
        const negated = property[1] === "P";
        if (inClass && negated) out += property[0]; // a negated property inside a class has no range form
        else out += inClass ? body : `[${negated ? "^" : ""}${body}]`;
        i += property[0].length - 1;
      } else {
        out += source.slice(i, i + 2);
        i++;
      }
    } else {
      if (ch === "[" && !inClass) inClass = true;
      else if (ch === "]" && inClass) inClass = false;
      out += ch;
    }
  }
  rewritten.set(source, out);
  return out;
}

/**
 * A pattern compiled with its property classes spelled out (only under the `u` flag, the only one
 * where they mean anything).
 * @example regex(String.raw`(?<!\p{L})dnr\b`, "iu").test("Dnr 2013-125") // true
 */
export function regex(source: string, flags = ""): RegExp {
  return new RegExp(flags.includes("u") ? spellOutProperties(source) : source, flags);
}
