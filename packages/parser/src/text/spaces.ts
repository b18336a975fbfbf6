/**
 * White space in the rules' per-line work, done without a pass that rebuilds every line: most lines
 * are single-spaced already, and most questions of a line's word count are answered by its first
 * few spaces. (Each line of a paper goes through these; a `replace(/\s+/g, " ")` copies the line at
 * every space even when nothing changes, and `split(/\s+/).length` cuts out every word.)
 */

// White space other than single plain spaces: a text without any is its own single-spaced form.
const UNEVEN_SPACE = /\s\s|[^\S ]/u;
// A run of white space, one word gap.
const GAP = /\s+/g;

/**
 * The text with each run of white space as one space: `text.replace(/\s+/g, " ")`, and the text
 * itself when it is single-spaced already.
 * @example singleSpaced("Kommunstyrelsens\tförslag") // "Kommunstyrelsens förslag"
 */
export function singleSpaced(text: string): string {
  return UNEVEN_SPACE.test(text) ? text.replace(GAP, " ") : text;
}

/**
 * Whether `text.split(/\s+/).length <= n` (the runs of white space plus one), counting no further than needed.
 * @example wordsAtMost("Förslag till beslut", 6) // true
 */
export function wordsAtMost(text: string, n: number): boolean {
  GAP.lastIndex = 0;
  let words = 1;
  while (GAP.exec(text) !== null) {
    if (++words > n) {
      GAP.lastIndex = 0;
      return false;
    }
  }
  return words <= n;
}
