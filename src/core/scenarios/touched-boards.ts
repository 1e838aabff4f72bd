import type { BoardId, Landscape } from '../model/types';

/**
 * The boards a scenario may have changed: its own record, one of its memberships or one of its
 * relations differs from the baseline's, or it is on one side only. Found by identity, since
 * operations copy what they change and share the rest; a record copied unchanged is counted
 * as touched, so the set can be too large but never misses a change. Undefined when the areas
 * or region systems differ, as every footprint may then read differently.
 */
export function touchedBoards(baseline: Landscape, scenario: Landscape): Set<BoardId> | undefined {
  if (baseline.areas !== scenario.areas || baseline.regionSystems !== scenario.regionSystems)
    return undefined;
  const touched = new Set<BoardId>();
  const before = new Map(baseline.boards.map((b) => [b.id, b]));
  const after = new Set(scenario.boards.map((b) => b.id));
  for (const board of scenario.boards) if (before.get(board.id) !== board) touched.add(board.id);
  for (const id of before.keys()) if (!after.has(id)) touched.add(id);
  if (baseline.memberships !== scenario.memberships)
    for (const m of sidedDifference(baseline.memberships, scenario.memberships))
      touched.add(m.board);
  if (baseline.relations !== scenario.relations)
    for (const r of sidedDifference(baseline.relations, scenario.relations)) {
      touched.add(r.from);
      touched.add(r.to);
    }
  return touched;
}

/**
 * The records on one side only, or more. Operations keep the order of the records they leave,
 * so one walk through both lists meets each kept record in step; a record missed in step is
 * counted as changed, which can only over-count.
 */
function sidedDifference<T extends object>(before: readonly T[], after: readonly T[]): T[] {
  const inBefore = beforeSets.get(before) ?? new Set(before);
  beforeSets.set(before, inBefore);
  const out: T[] = [];
  let i = 0;
  for (const x of after) {
    if (!inBefore.has(x)) {
      out.push(x);
      continue;
    }
    while (i < before.length && before[i] !== x) out.push(before[i++]!);
    i += 1;
  }
  for (; i < before.length; i += 1) out.push(before[i]!);
  return out;
}

/** The baseline's records as a set, built once however many scenarios are compared with it. */
const beforeSets = new WeakMap<readonly object[], Set<object>>();
