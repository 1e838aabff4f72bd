import type { Landscape } from './types';

/** One list of a landscape, as the records kept from the list before (by index) and those new. */
export interface ListDelta {
  /** For each record of the new list: its index in the old list, or -1 for a new record. */
  order: Int32Array;
  /** The new records, in the order their -1s appear. */
  added: unknown[];
}

/**
 * What changed from one landscape to the next: fields whose value is another object, and lists
 * as `ListDelta`s. Edits share every record they leave alone, so a change of one board is a few
 * numbers per record and the board itself, where the whole landscape of a large workspace is
 * tens of megabytes to copy to a worker.
 */
export type LandscapeDelta = Record<string, { value: unknown } | { list: ListDelta }>;

const indexes = new WeakMap<readonly unknown[], Map<unknown, number>>();

/** The index of each record of a list, kept while the list lives: the next delta reuses it. */
function indexOf(list: readonly unknown[]): Map<unknown, number> {
  let index = indexes.get(list);
  if (!index) {
    index = new Map();
    list.forEach((record, i) => index!.set(record, i));
    indexes.set(list, index);
  }
  return index;
}

/** The delta that turns `before` into `after`. */
export function landscapeDelta(before: Landscape, after: Landscape): LandscapeDelta {
  const delta: LandscapeDelta = {};
  const was = before as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(after as unknown as Record<string, unknown>)) {
    const old = was[key];
    if (value === old) continue;
    if (!Array.isArray(value) || !Array.isArray(old)) {
      delta[key] = { value };
      continue;
    }
    const index = indexOf(old);
    const order = new Int32Array(value.length);
    const added: unknown[] = [];
    value.forEach((record, i) => {
      const at = typeof record === 'object' && record !== null ? index.get(record) : undefined;
      order[i] = at ?? -1;
      if (at === undefined) added.push(record);
    });
    delta[key] = { list: { order, added } };
  }
  return delta;
}

/** `before` with a delta applied: what `landscapeDelta` was given as `after`. */
export function applyLandscapeDelta(before: Landscape, delta: LandscapeDelta): Landscape {
  const next = { ...before } as unknown as Record<string, unknown>;
  const was = before as unknown as Record<string, unknown>;
  for (const [key, change] of Object.entries(delta)) {
    if ('value' in change) {
      next[key] = change.value;
      continue;
    }
    const old = (was[key] ?? []) as readonly unknown[];
    let fresh = 0;
    next[key] = Array.from(change.list.order, (at) =>
      at < 0 ? change.list.added[fresh++] : old[at],
    );
  }
  return next as unknown as Landscape;
}
