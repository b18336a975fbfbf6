/**
 * The proposing claims of a paragraph, indexed by what a reference is matched on: a member's name
 * (whole, and by its first word for a genitive or a misspelling), a party and a forum. A lookup
 * tries only the claims filed under the reference's keys, in paper order, with the caller's own
 * test, so it finds the claim a scan of every claim would find: the keys give a superset of the
 * claims the test can accept. Scanning every claim for each open one was quadratic in the number
 * of claims (a fifth of a 2 MB paper's analysis).
 */

/** What a proposing claim is filed under. */
export type ProposerKeys = { names: readonly string[]; parties: readonly string[]; forum: string; start: number };

/** Positions in the claim list under each key, ascending. */
export type ProposerIndex = {
  byName: Map<string, number[]>;
  byFirstWord: Map<string, number[]>;
  byParty: Map<string, number[]>;
  byForum: Map<string, number[]>;
  /** Each claim's start, to find the last claim before a point in a forum. */
  starts: Map<number, number>;
  /** Whether every forum's claims come in order of their start, as the acts of a paper do. */
  inOrder: boolean;
};

/**
 * The index of the claims `keysOf` files (null for a claim that proposes nothing).
 * @example proposerIndex(pending, (p) => proposes(p) ? { names: ["Lena Holmgren"], parties: ["S"], forum: "Kommunstyrelsen", start: 1200 } : null).byParty.get("S") // [3]
 */
export function proposerIndex<T>(items: readonly T[], keysOf: (item: T) => ProposerKeys | null): ProposerIndex {
  const index: ProposerIndex = { byName: new Map(), byFirstWord: new Map(), byParty: new Map(), byForum: new Map(), starts: new Map(), inOrder: true };
  const lastStart = new Map<string, number>();
  items.forEach((item, k) => {
    const keys = keysOf(item);
    if (!keys) return;
    for (const name of new Set(keys.names)) file(index.byName, name, k);
    for (const word of new Set(keys.names.map(firstWord))) file(index.byFirstWord, word, k);
    for (const party of new Set(keys.parties)) file(index.byParty, party, k);
    file(index.byForum, keys.forum, k);
    index.starts.set(k, keys.start);
    if ((lastStart.get(keys.forum) ?? -Infinity) > keys.start) index.inOrder = false;
    lastStart.set(keys.forum, keys.start);
  });
  return index;
}

/**
 * The first item, in list order, filed under any of `lists` that passes `test`: what
 * `items.find(test)` gives when every item the test accepts is in one of the lists.
 * @example firstFiled(pending, [index.byParty.get("M"), index.byParty.get("KD")], (q) => q.forum === "Kommunstyrelsen")
 */
export function firstFiled<T>(items: readonly T[], lists: readonly (readonly number[] | undefined)[], test: (item: T) => boolean): T | undefined {
  let best = Infinity;
  for (const list of lists) {
    for (const k of list ?? []) {
      if (k >= best) break;
      if (test(items[k] as T)) {
        best = k;
        break;
      }
    }
  }
  return best === Infinity ? undefined : items[best];
}

/**
 * The last item of a forum, in list order, that starts before `start` and passes `test`: what
 * `items.filter((q) => filed in forum && start of q < start && test(q)).at(-1)` gives.
 * @example lastInForumBefore(pending, index, "Kommunfullmäktige", 5400, (q) => q !== p && Boolean(q.stance))
 */
export function lastInForumBefore<T>(items: readonly T[], index: ProposerIndex, forum: string, start: number, test: (item: T) => boolean): T | undefined {
  const list = index.byForum.get(forum) ?? [];
  const before = (k: number): boolean => (index.starts.get(k) ?? Infinity) < start;
  // in order, the claims before the point are a prefix of the list: start from its end
  let from = list.length - 1;
  if (index.inOrder) {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (before(list[mid] as number)) lo = mid + 1;
      else hi = mid;
    }
    from = lo - 1;
  }
  for (let i = from; i >= 0; i--) {
    const k = list[i] as number;
    if (before(k) && test(items[k] as T)) return items[k];
  }
  return undefined;
}

/**
 * The first words a name `sameName` accepts for `name` can open with: its own, and with a
 * genitive s added or dropped, for a one-word name ("Holmgren" ~ "Holmgrens").
 * @example firstWordsLike("Holmgrens") // ["holmgrens", "holmgrenss", "holmgren"]
 */
export function firstWordsLike(name: string): string[] {
  const word = firstWord(name);
  return word.endsWith("s") ? [word, `${word}s`, word.slice(0, -1)] : [word, `${word}s`];
}

/**
 * Names alike but for a genitive, a misspelling's last letter or a middle name.
 * @example sameName("Lena Holmgren", "Lena Holmgrens") // true
 */
export function sameName(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y || x === `${y}s` || `${x}s` === y) return true;
  const [xf, xl] = [firstWord(x), x.split(/\s+/u).at(-1)];
  const [yf, yl] = [firstWord(y), y.split(/\s+/u).at(-1)];
  return xf === yf && xl !== undefined && yl !== undefined && (xl === yl || xl.startsWith(yl) || yl.startsWith(xl));
}

function firstWord(name: string): string {
  return name.toLowerCase().split(/\s+/u)[0] ?? "";
}

function file(map: Map<string, number[]>, key: string, k: number): void {
  const list = map.get(key);
  if (list) list.push(k);
  else map.set(key, [k]);
}
