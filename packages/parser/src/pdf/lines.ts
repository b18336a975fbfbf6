/**
 * A page's text items as lines in reading order: items on one baseline form a row, sorted by x,
 * with a space wherever the x-gap between two items is wider than a sliver; rows become lines,
 * except inside a block of two text columns, which is read column by column.
 */

/** One text item in page space (points, y upwards), as pdf.js gives it with its transform applied. */
export type PlacedItem = {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
  font: string;
  /** The item's box when the reader measured it (an OCR word); else it is taken from the baseline and size. */
  box?: { x: number; y: number; width: number; height: number };
};

/**
 * Where a piece of a line's text is printed: characters `start` to `end` (end exclusive) of
 * `PlacedLine.text` come from one item, laid out evenly between `x0` and `x1` in the page's reading
 * frame, between `y` and `y + height`. Spaces and tabs put in between items have no run.
 */
export type LineRun = { start: number; end: number; x0: number; x1: number; y: number; height: number };

/** One line of a page, in reading order. */
export type PlacedLine = {
  text: string;
  /** Left edge and baseline in points. */
  x: number;
  y: number;
  /** Size and font of the item that carries most of the line's characters. */
  size: number;
  font: string;
  /** Whitespace above the line, in multiples of its size (0 for the first line or a column jump). */
  gapBefore: number;
  /** True when a paragraph break comes before the line (a gap clearly wider than the page's leading). */
  paragraphBefore: boolean;
  /** Where the line's characters are printed, item by item, in reading order (absent: not known). */
  runs?: LineRun[];
};

/**
 * A glyph the font maps to no character: pdf.js gives U+0000 (or another C0 control). At the start
 * of a line it is a list bullet drawn from a Symbol font ("\u0000 RSMH Stockholm stödjer …" in the
 * Stockholm print PDF); elsewhere it is shown as U+FFFD so that offsets stay one per glyph.
 */
const UNMAPPED_BULLET = /^\s*[\u0000-\u0008\u000e-\u001f]\s+/;
/** Any other unmapped glyph: "\u0001". */
const UNMAPPED_GLYPH = /[\u0000-\u0008\u000e-\u001f]/g;

/**
 * Tabs and line breaks inside an item become spaces; runs of spaces stay, since they carry words
 * apart in letter-spaced names: "S T E N  N O R D I N" (the Stockholm print's signature).
 */
const CONTROL_SPACE = /[\n\r\f\v]/g;

type Row = { y: number; items: PlacedItem[] };
type Part = { items: PlacedItem[]; y: number };

/** Items whose baselines differ by less than this share of their size are on one line (superscripts too). */
const SAME_BASELINE = 0.4;
/** An x-gap wider than this share of the size is a space between words. */
const WORD_GAP = 0.15;
/** An x-gap wider than this share of the size may be a gutter between two columns. */
const GUTTER_GAP = 1.5;
/** A column is at least this share of the page's width wide (labels beside values are not columns). */
const COLUMN_WIDTH = 0.22;
/** A baseline distance this many times the page's usual leading is a paragraph break. */
const PARAGRAPH_GAP = 1.45;

function right(item: PlacedItem): number {
  return item.x + item.width;
}

function rowsOf(items: readonly PlacedItem[]): Row[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Row[] = [];
  for (const item of sorted) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row.y - item.y) <= SAME_BASELINE * Math.max(item.size, 1)) row.items.push(item);
    else rows.push({ y: item.y, items: [item] });
  }
  for (const row of rows) row.items.sort((a, b) => a.x - b.x);
  return rows;
}

/** The widest x-gap inside a row when it is wide enough to be a gutter: [left edge, right edge]. */
function gutterOf(row: Row): [number, number] | null {
  let best: [number, number] | null = null;
  let reach = -Infinity;
  for (let i = 0; i < row.items.length; i++) {
    const item = row.items[i] as PlacedItem;
    if (i > 0 && item.x - reach > GUTTER_GAP * item.size && (!best || item.x - reach > best[1] - best[0])) best = [reach, item.x];
    reach = Math.max(reach, right(item));
  }
  return best;
}

/** The middle value (the upper of two for an even count), 0 for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/**
 * Rows cut into reading-order parts. A run of three or more rows that share a gutter, with text
 * wide enough on both sides to be columns, is read left column first, then right column. Rows with
 * text on one side only stay inside the run (a paragraph's last line). Everything else is one part
 * per row: a label column beside its values ("Beslutande  Linda Espeving (M)") reads as one line.
 */
function partsOf(rows: Row[], pageWidth: number): Part[] {
  const parts: Part[] = [];
  let i = 0;
  while (i < rows.length) {
    const first = gutterOf(rows[i] as Row);
    let end = i + 1;
    let lastSplit = i;
    if (first) {
      let [lo, hi] = first;
      for (let j = i + 1; j < rows.length; j++) {
        const row = rows[j] as Row;
        const g = gutterOf(row);
        if (g && g[0] < hi && g[1] > lo) {
          lo = Math.max(lo, g[0]);
          hi = Math.min(hi, g[1]);
          lastSplit = j;
          continue;
        }
        const minX = row.items[0]?.x ?? 0;
        const maxX = Math.max(...row.items.map(right));
        if (maxX <= lo + 1 || minX >= hi - 1) continue;
        break;
      }
      end = lastSplit + 1;
      const run = rows.slice(i, end);
      const lefts = run.map((r) => r.items.filter((it) => right(it) <= lo + 1));
      const rights = run.map((r) => r.items.filter((it) => right(it) > lo + 1));
      const widthOf = (items: PlacedItem[]) => (items.length ? Math.max(...items.map(right)) - (items[0] as PlacedItem).x : 0);
      const wide = (side: PlacedItem[][]) => median(side.filter((s) => s.length).map(widthOf)) >= COLUMN_WIDTH * pageWidth;
      if (run.length >= 3 && wide(lefts) && wide(rights)) {
        for (const [k, items] of lefts.entries()) if (items.length) parts.push({ items, y: (run[k] as Row).y });
        for (const [k, items] of rights.entries()) if (items.length) parts.push({ items, y: (run[k] as Row).y });
        i = end;
        continue;
      }
    }
    const row = rows[i] as Row;
    parts.push({ items: row.items, y: row.y });
    i += 1;
  }
  return parts;
}

/** An item's glyphs reach this share of its size below the baseline and this share in all. */
const DESCENT = 0.2;
const HEIGHT = 1.1;

/** The run of `item`'s characters `from` to `from + length` (of `item.text`) at `start` in the line. */
function runOf(item: PlacedItem, start: number, from: number, length: number): LineRun {
  const n = Math.max(item.text.length, 1);
  const [x, width] = item.box ? [item.box.x, item.box.width] : [item.x, item.width];
  const [y, height] = item.box ? [item.box.y, item.box.height] : [item.y - DESCENT * item.size, HEIGHT * item.size];
  return { start, end: start + length, x0: x + (width * from) / n, x1: x + (width * (from + length)) / n, y, height };
}

/**
 * The runs after characters `at` to `at + cut` of the line's text are removed: runs after them
 * move back, runs losing characters at an edge keep the share of their width that stays.
 */
function cutRuns(runs: LineRun[], at: number, cut: number): LineRun[] {
  if (cut <= 0 || runs.every((r) => r.start < r.end && r.end <= at)) return runs;
  const to = at + cut;
  return runs.flatMap((r) => {
    const left = Math.max(0, Math.min(r.end, at) - r.start);
    const right = Math.max(0, r.end - Math.max(r.start, to));
    if (left + right === 0) return [];
    if (left + right === r.end - r.start) return [r.start >= to ? { ...r, start: r.start - cut, end: r.end - cut } : r];
    const per = (r.x1 - r.x0) / (r.end - r.start);
    const start = r.start < at ? r.start : Math.max(r.start, to) - cut;
    if (right === 0) return [{ ...r, end: start + left, x1: r.x0 + left * per }];
    if (left === 0) return [{ ...r, start, end: start + right, x0: r.x1 - right * per }];
    return [{ ...r, end: r.start + left + right }];
  });
}

/** The items' text, with a space where an x-gap separates two words; doubled (fake-bold) items once. */
function textOf(items: PlacedItem[]): { text: string; runs: LineRun[] } {
  let text = "";
  let runs: LineRun[] = [];
  let previous: PlacedItem | undefined;
  for (const item of items) {
    if (previous && item.text === previous.text && Math.abs(item.x - previous.x) < 1) continue;
    const piece = item.text.replace(/\t/g, " ");
    if (previous) {
      const gap = item.x - right(previous);
      // A gutter-wide gap inside a row separates cells (a label and its value, two signatures): a tab.
      if (gap > GUTTER_GAP * item.size) {
        const before = text.trimEnd();
        runs = cutRuns(runs, before.length, text.length - before.length);
        const trimmed = piece.trimStart();
        runs.push(runOf(item, before.length + 1, piece.length - trimmed.length, trimmed.length));
        text = `${before}\t${trimmed}`;
        previous = item;
        continue;
      } else if (gap > WORD_GAP * item.size && !/\s$/.test(text) && !/^\s/.test(item.text)) text += " ";
    }
    runs.push(runOf(item, text.length, 0, piece.length));
    text += piece;
    previous = item;
  }
  // The bullet and the trim change the line's length at its start; the other replacements keep it.
  const bullet = UNMAPPED_BULLET.exec(text);
  if (bullet) {
    runs = cutRuns(runs, 2, bullet[0].length - 2);
    text = `• ${text.slice(bullet[0].length)}`;
  }
  text = text.replace(UNMAPPED_GLYPH, "\uFFFD").replace(CONTROL_SPACE, " ");
  const lead = text.length - text.trimStart().length;
  const trimmed = text.trim();
  return { text: trimmed, runs: cutRuns(cutRuns(runs, trimmed.length + lead, Infinity), 0, lead) };
}

/** The font and size carrying most characters of the items. */
function dominantOf(items: PlacedItem[]): { size: number; font: string } {
  let best = items[0] as PlacedItem;
  if (items.length === 1) return { size: Math.round(best.size * 10) / 10, font: best.font };
  const weight = new Map<string, number>();
  let bestWeight = 0;
  for (const item of items) {
    const key = `${item.font}\u0000${item.size}`;
    const w = (weight.get(key) ?? 0) + item.text.length;
    weight.set(key, w);
    if (w > bestWeight) [best, bestWeight] = [item, w];
  }
  return { size: Math.round(best.size * 10) / 10, font: best.font };
}

/**
 * A page's items as lines in reading order, each with its layout and whether a paragraph break
 * comes before it. Whitespace-only items are dropped (spaces come from x-gaps).
 * @example linesOfPage(items, 595)[0].text // "Tekniska nämnden" on an Alingsås protocol page
 */
export function linesOfPage(items: readonly PlacedItem[], pageWidth: number): PlacedLine[] {
  const parts = partsOf(rowsOf(items.filter((it) => it.text.trim() !== "")), pageWidth);
  const drafts = parts.map((part) => ({ ...textOf(part.items), x: part.items[0]?.x ?? 0, y: part.y, ...dominantOf(part.items) }));
  const leadings: number[] = [];
  for (let k = 1; k < drafts.length; k++) {
    const [a, b] = [drafts[k - 1], drafts[k]] as [(typeof drafts)[number], (typeof drafts)[number]];
    const distance = a.y - b.y;
    const size = Math.max(a.size, b.size, 1);
    if (distance > 0 && distance < 2.5 * size) leadings.push(distance / size);
  }
  const leading = leadings.length ? median(leadings) : 1.2;
  return drafts.map((line, k) => {
    const before = drafts[k - 1];
    if (!before) return { ...line, gapBefore: 0, paragraphBefore: false };
    const distance = before.y - line.y;
    const size = Math.max(before.size, line.size, 1);
    if (distance <= 0) return { ...line, gapBefore: 0, paragraphBefore: true };
    const gapBefore = Math.max(0, Math.round(((distance - line.size) / Math.max(line.size, 1)) * 100) / 100);
    return { ...line, gapBefore, paragraphBefore: distance / size > PARAGRAPH_GAP * leading };
  });
}
