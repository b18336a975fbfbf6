/**
 * Lists of things found in a paper, sorted by where they stand: the one search over offsets the
 * extractors share, so that looking something up by place stays logarithmic on a long paper; and
 * the one question asked of a flag per character (anyFlagged).
 */

/**
 * The index of the first entry whose offset is at or past `at` (the list's length when none is).
 * @example firstAtOrAfter([{ start: 0 }, { start: 40 }, { start: 90 }], (m) => m.start, 41) // 2
 */
export function firstAtOrAfter<T>(list: readonly T[], offsetOf: (entry: T) => number, at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsetOf(list[mid] as T) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether any character of [start, end) is flagged in `flags`, one byte per character of a paper
 * (what a pass has claimed or ruled out). A loop: a subarray per question was an allocation for
 * each candidate of a paper.
 * @example anyFlagged(Uint8Array.of(0, 1, 0), 0, 2) // true
 */
export function anyFlagged(flags: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (flags[i] !== 0) return true;
  return false;
}
