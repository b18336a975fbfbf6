/**
 * White space in the rules' per-line work, done without a pass that rebuilds every line: most lines
 * are single-spaced already, and most questions of a line's word count are answered by its first
 * few spaces. (Each line of a paper goes through these; a `replace(/\s+/g, " ")` copies the line at
 * every space even when nothing changes, and `split(/\s+/).length` cuts out every word.)
 */

// A run of white space, one word gap.
const GAP = /\s+/g;

/**
 * Whether a character code is white space as `\s` has it (ECMAScript's WhiteSpace and
 * LineTerminator). A loop over a line's codes asks this instead of a pattern: the lines are short,
 * and a pattern's call costs more than the line's few dozen comparisons.
 * @example isSpace(" ".charCodeAt(0)) // true
 */
export function isSpace(c: number): boolean {
  if (c > 32 && c < 0xa0) return false;
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** True when the text holds white space other than single plain spaces (`/\s\s|[^\S ]/`). */
function unevenlySpaced(text: string): boolean {
  let afterSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (afterSpace) return true;
      afterSpace = true;
    } else if (isSpace(c)) return true;
    else afterSpace = false;
  }
  return false;
}

/**
 * The text with each run of white space as one space: `text.replace(/\s+/g, " ")`, and the text
 * itself when it is single-spaced already.
 * @example singleSpaced("Kommunstyrelsens\tförslag") // "Kommunstyrelsens förslag"
 */
export function singleSpaced(text: string): string {
  return unevenlySpaced(text) ? text.replace(GAP, " ") : text;
}

/**
 * Whether `text.split(/\s+/).length <= n` (the runs of white space plus one), counting no further than needed.
 * @example wordsAtMost("Förslag till beslut", 6) // true
 */
export function wordsAtMost(text: string, n: number): boolean {
  let words = 1;
  let inGap = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (space && !inGap && ++words > n) return false;
    inGap = space;
  }
  return words <= n;
}
