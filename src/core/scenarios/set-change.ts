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
  change: SetChange;
}

/**
 * A list after a change to a few of its subjects, from the list before it: the entries not
 * `touched` stand as they were, and `found` (the entries about touched subjects, worked out
 * afresh, in list order) take the place of the touched ones. Gives the same list, and the same
 * `setChange`, as working out the whole list afresh, in time that grows with the list's length
 * only by a lookup per entry.
 */
export function reconcile<T>(
  before: readonly T[],
  found: readonly T[],
  touched: (entry: T) => boolean,
  key: (entry: T) => string,
  order: (x: T, y: T) => number,
): Reconciled<T> {
  const foundKeys = new Set(found.map(key));
  const kept: T[] = [];
  const beforeTouched = new Set<string>();
  const change: SetChange = { left: [], removed: [], new: [] };
  for (const entry of before) {
    const k = key(entry);
    if (!touched(entry)) {
      kept.push(entry);
      change.left.push(k);
    } else {
      beforeTouched.add(k);
      (foundKeys.has(k) ? change.left : change.removed).push(k);
    }
  }
  change.new = found.map(key).filter((k) => !beforeTouched.has(k));
  return { after: mergeSorted(kept, found, order), change };
}

/** Two lists sorted by `order` as one; each of the few `extra` entries is placed by binary search. */
function mergeSorted<T>(
  sorted: readonly T[],
  extra: readonly T[],
  order: (x: T, y: T) => number,
): T[] {
  const out: T[] = [];
  let from = 0;
  for (const entry of extra) {
    let lo = from;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (order(sorted[mid]!, entry) <= 0) lo = mid + 1;
      else hi = mid;
    }
    for (let i = from; i < lo; i += 1) out.push(sorted[i]!);
    out.push(entry);
    from = lo;
  }
  for (let i = from; i < sorted.length; i += 1) out.push(sorted[i]!);
  return out;
}
