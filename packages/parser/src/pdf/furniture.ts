/**
 * Page furniture found by repetition: a line near the top or bottom edge whose text (digits aside)
 * comes back at the same height on other pages is a running header, a footer or a page mark.
 */

/** What furniture detection needs of a line: its text, its baseline and its page's vertical extent. */
export type BandLine = { text: string; y: number; page: number; top: number; bottom: number };

/** Share of the page height at the top and at the bottom where running headers and footers live. */
const BAND = 0.15;
/** Baselines within this many points count as the same place on the page. */
const SAME_PLACE = 10;

/** Digit runs, which change from page to page in a repeated line: "Sida 2 (12)", "2025-12-15". */
const DIGITS = /\d+/g;

function keyOf(text: string): string {
  return text.toLowerCase().replace(DIGITS, "#").replace(/\s+/g, " ").trim();
}

function bandOf(line: BandLine): "top" | "bottom" | null {
  const height = line.top - line.bottom;
  if (line.y >= line.top - BAND * height) return "top";
  if (line.y <= line.bottom + BAND * height) return "bottom";
  return null;
}

/**
 * Which lines are page furniture. A line is furniture when it sits in the top or bottom band and
 * a line with the same text (digits counted as alike) sits at the same height on at least one
 * other page, and on at least a third of the pages. A repeated top line whose text never changes
 * ("Tekniska nämnden", "Protokoll", "2025-12-15") is kept where it first heads page 1: it names the
 * paper's issuer and date; a line whose digits change ("Sida 1 av 2") is furniture everywhere.
 * @example furnitureOfLines(lines) // true for "Sida 2 (12)" on every page, false for page 1's "Tekniska nämnden"
 */
export function furnitureOfLines(lines: readonly BandLine[], pageCount: number): boolean[] {
  const flags = lines.map(() => false);
  const groups = new Map<string, number[]>();
  for (const [i, line] of lines.entries()) {
    const band = bandOf(line);
    if (band === null || line.text.trim() === "") continue;
    const key = `${band}\u0000${keyOf(line.text)}`;
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  }
  for (const [key, members] of groups) {
    if (members.length < 2) continue;
    const at = (i: number) => lines[i] as BandLine;
    // The height most members share; members elsewhere are ordinary text that happens to match.
    const heights = members.map((i) => at(i).y).sort((a, b) => a - b);
    const place = heights[Math.floor(heights.length / 2)] as number;
    const placed = members.filter((i) => Math.abs(at(i).y - place) <= SAME_PLACE);
    const pages = new Set(placed.map((i) => at(i).page));
    if (pages.size < 2 || pages.size * 3 < pageCount) continue;
    const constant = placed.every((i) => at(i).text === at(placed[0] as number).text);
    const headsPaper = constant && key.startsWith("top") && at(placed[0] as number).page === 1;
    for (const [k, i] of placed.entries()) flags[i] = !(headsPaper && k === 0);
  }
  // A page mark that stands alone on one page but shares a line with the running header on the
  // others: "Sida 1 (12)" on page 1 of the Stockholm print, "Utlåtande 2013:125 RVII  Sida 2 (12)" after it.
  const flaggedKeys = new Set<string>();
  for (const [i, line] of lines.entries()) if (flags[i]) flaggedKeys.add(`${bandOf(line)}\u0000${keyOf(line.text)}`);
  if (flaggedKeys.size === 0) return flags;
  for (const [i, line] of lines.entries()) {
    if (flags[i]) continue;
    const band = bandOf(line);
    if (band === null) continue;
    const key = keyOf(line.text);
    if (!key.includes("#")) continue;
    for (const flagged of flaggedKeys) if (flagged.startsWith(`${band}\u0000`) && flagged.endsWith(` ${key}`)) flags[i] = true;
  }
  return flags;
}
