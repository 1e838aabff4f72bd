import type { Landscape } from '../model/types';
import { sameJson } from '../same-json';

export type RecordKind = 'board' | 'organisation' | 'membership' | 'relation' | 'area' | 'source';

/** One record that differs between two landscapes, named as a reader would name it. */
export interface RecordChange {
  kind: RecordKind;
  change: 'added' | 'removed' | 'changed';
  /** The record's identity: a board's id, or `board ← organisation` for a membership. */
  key: string;
  /** English and Welsh names where the record has them, else the key. */
  name: string;
  nameCy?: string;
  /** For a changed record, the fields that differ. */
  fields?: string[];
}

interface Listed {
  kind: RecordKind;
  items: (l: Landscape) => readonly object[];
  key: (r: Record<string, unknown>) => string;
  name: (r: Record<string, unknown>, l: Landscape) => { name: string; nameCy?: string };
}

const named = (r: Record<string, unknown>) => ({
  name: String(r.name),
  ...(typeof r.nameCy === 'string' ? { nameCy: r.nameCy } : {}),
});
const boardName = (l: Landscape, id: unknown) =>
  l.boards.find((b) => b.id === id)?.name ?? String(id);
const orgName = (l: Landscape, id: unknown) =>
  l.organisations.find((o) => o.id === id)?.name ?? String(id);

const LISTS: Listed[] = [
  { kind: 'board', items: (l) => l.boards, key: (r) => String(r.id), name: named },
  { kind: 'organisation', items: (l) => l.organisations, key: (r) => String(r.id), name: named },
  {
    kind: 'membership',
    items: (l) => l.memberships,
    key: (r) => `${String(r.board)} ← ${String(r.organisation)}`,
    name: (r, l) => ({ name: `${boardName(l, r.board)} ← ${orgName(l, r.organisation)}` }),
  },
  {
    kind: 'relation',
    items: (l) => l.relations,
    key: (r) => `${String(r.from)} ${String(r.type)} ${String(r.to)}`,
    name: (r, l) => ({
      name: `${boardName(l, r.from)} → ${boardName(l, r.to)} (${String(r.type)})`,
    }),
  },
  { kind: 'area', items: (l) => l.areas, key: (r) => String(r.code), name: named },
  {
    kind: 'source',
    items: (l) => l.sources,
    key: (r) => String(r.id),
    name: (r) => ({ name: String(r.title) }),
  },
];

/**
 * The records added, removed or changed from `before` to `after`: what a reader of two versions
 * of a workspace needs beside the figures, to see exactly what was done. Records are matched by
 * identity, so a renamed board is one changed record, not a removal and an addition.
 */
export function recordChanges(before: Landscape, after: Landscape): RecordChange[] {
  const changes: RecordChange[] = [];
  for (const list of LISTS) {
    const old = new Map<string, Record<string, unknown>>();
    for (const r of list.items(before))
      old.set(list.key(r as Record<string, unknown>), r as Record<string, unknown>);
    const seen = new Set<string>();
    for (const item of list.items(after)) {
      const r = item as Record<string, unknown>;
      const key = list.key(r);
      seen.add(key);
      const was = old.get(key);
      if (!was) changes.push({ kind: list.kind, change: 'added', key, ...list.name(r, after) });
      else if (was !== r && !sameJson(was, r)) {
        const fields = [...new Set([...Object.keys(was), ...Object.keys(r)])].filter(
          (f) => !sameJson(was[f], r[f]),
        );
        changes.push({ kind: list.kind, change: 'changed', key, ...list.name(r, after), fields });
      }
    }
    for (const [key, r] of old)
      if (!seen.has(key))
        changes.push({ kind: list.kind, change: 'removed', key, ...list.name(r, before) });
  }
  return changes;
}
