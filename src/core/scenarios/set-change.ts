export interface SetChange {
  left: string[];
  removed: string[];
  new: string[];
}

/** What was in `before` and is still in `after`, what went, and what came, each in its list's order. */
export function setChange(before: readonly string[], after: readonly string[]): SetChange {
  const a = new Set(after);
  const b = new Set(before);
  return {
    left: before.filter((k) => a.has(k)),
    removed: before.filter((k) => !a.has(k)),
    new: after.filter((k) => !b.has(k)),
  };
}

export interface Reconciled<T> {
  after: T[];
  /** The key of each entry of `after`. */
  afterKeys: string[];
  change: SetChange;
}

/**
 * A list after a change to a few of its subjects, from the list before it (with the key of
 * each entry, and a mark on each entry about a `touched` subject): the unmarked entries stand
 * as they were, and `found` (the entries about touched subjects, worked out afresh, in list
 * order) take the place of the marked ones. Gives the same list, and the same `setChange`, as
 * working out the whole list afresh, in time that grows with the list's length only by a copy.
 */
export function reconcile<T>(
  before: { entries: readonly T[]; keys: readonly string[]; touched: Uint8Array },
  found: readonly T[],
  key: (entry: T) => string,
  order: (x: T, y: T) => number,
): Reconciled<T> {
  const foundKeys = found.map(key);
  const isFound = new Set(foundKeys);
  const kept: number[] = [];
  const beforeTouched = new Set<string>();
  const change: SetChange = { left: [], removed: [], new: [] };
  for (let i = 0; i < before.entries.length; i += 1) {
    const k = before.keys[i]!;
    if (!before.touched[i]) {
      kept.push(i);
      change.left.push(k);
    } else {
      beforeTouched.add(k);
      (isFound.has(k) ? change.left : change.removed).push(k);
    }
  }
  change.new = foundKeys.filter((k) => !beforeTouched.has(k));
  const after: T[] = [];
  const afterKeys: string[] = [];
  const take = (to: number) => {
    for (; next < to; next += 1) {
      after.push(before.entries[kept[next]!]!);
      afterKeys.push(before.keys[kept[next]!]!);
    }
  };
  // Each of the few found entries is placed among the kept ones by binary search.
  let next = 0;
  found.forEach((entry, f) => {
    let lo = next;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (order(before.entries[kept[mid]!]!, entry) <= 0) lo = mid + 1;
      else hi = mid;
    }
    take(lo);
    after.push(entry);
    afterKeys.push(foundKeys[f]!);
  });
  take(kept.length);
  return { after, afterKeys, change };
}
