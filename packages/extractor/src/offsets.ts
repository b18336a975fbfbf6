/**
 * Lists of things found in a paper, sorted by where they stand: the one search over offsets the
 * extractors share, so that looking something up by place stays logarithmic on a long paper.
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
