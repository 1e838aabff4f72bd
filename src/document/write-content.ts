import * as Y from 'yjs';
import { sameJson } from '../core/same-json';
import type { WorkspaceContent } from '../core/workspace/types';
import {
  CODECS,
  DOCUMENT_SCHEMA,
  LANDSCAPE_FIELDS,
  LIST_NAMES,
  listOf,
  ORDER,
  type ListCodec,
  type WholeEntry,
} from './collections';

type Obj = Record<string, unknown>;
type Record_ = Y.Map<unknown>;

/**
 * Writes what changed between two contents into the document, as one transaction: records
 * added, removed or changed (field by field, so another person's change to another field of
 * the same record survives), positions, and the landscape's own fields. `before` is what the
 * document held when the edit was made; records the edit left alone are the same objects in
 * both, so an edit of one board at 5,000 touches one entry.
 */
export function writeContent(
  doc: Y.Doc,
  before: WorkspaceContent | undefined,
  after: WorkspaceContent,
  origin: unknown,
): void {
  doc.transact(() => {
    const meta = doc.getMap('meta');
    if (meta.get('schema') !== DOCUMENT_SCHEMA) meta.set('schema', DOCUMENT_SCHEMA);
    for (const field of LANDSCAPE_FIELDS)
      if (!before || before.landscape[field] !== after.landscape[field])
        meta.set(field, after.landscape[field]);
    for (const name of LIST_NAMES) {
      const next = listOf(after, name);
      const previous = before && listOf(before, name);
      if (previous !== next) writeList(doc.getMap(name), CODECS[name], previous, next);
    }
    if (!before || before.positions !== after.positions) writePositions(doc, before, after);
  }, origin);
}

function writePositions(doc: Y.Doc, before: WorkspaceContent | undefined, after: WorkspaceContent) {
  const map = doc.getMap('positions');
  const old = before?.positions ?? (map.toJSON() as WorkspaceContent['positions']);
  for (const [id, p] of Object.entries(after.positions))
    if (!sameJson(old[id as keyof typeof old], p)) map.set(id, { x: p.x, y: p.y });
  for (const id of Object.keys(old)) if (!(id in after.positions)) map.delete(id);
  if (!before) for (const id of map.keys()) if (!(id in after.positions)) map.delete(id);
}

function writeList(
  map: Y.Map<Record_>,
  codec: ListCodec,
  before: readonly unknown[] | undefined,
  after: readonly unknown[],
): void {
  // Records the edit left alone are the same objects at both ends of the list: skip them.
  let start = 0;
  let end = 0;
  if (before) {
    while (start < before.length && start < after.length && before[start] === after[start])
      start += 1;
    while (
      end < before.length - start &&
      end < after.length - start &&
      before[before.length - 1 - end] === after[after.length - 1 - end]
    )
      end += 1;
  }
  const stop = after.length - end;
  const orderAt = (i: number) => orderOf(map.get(codec.key(after[i])));
  // The order key of the next record that already has one, for each place in the changed middle.
  const nextOrder: (number | undefined)[] = new Array(stop - start + 1);
  nextOrder[stop - start] = stop < after.length ? orderAt(stop) : undefined;
  for (let i = stop - 1; i >= start; i -= 1)
    nextOrder[i - start] = orderAt(i) ?? nextOrder[i + 1 - start];
  const seen = new Set<string>();
  let previous = start > 0 ? (orderAt(start - 1) ?? start - 1) : -Infinity;
  for (let i = start; i < stop; i += 1) {
    const fields = codec.toFields(after[i]);
    const key = codec.key(after[i]);
    seen.add(key);
    const existing = map.get(key);
    let order = orderOf(existing);
    if (order === undefined || !(order > previous)) {
      const next = nextOrder[i + 1 - start];
      if (next !== undefined && next > previous)
        order = previous === -Infinity ? next - 1 : (previous + next) / 2;
      else order = previous === -Infinity ? 0 : previous + 1;
    }
    if (!codec.byField) {
      const whole = existing as unknown as WholeEntry | undefined;
      if (!whole || whole[0] !== order || !sameJson(whole[1], fields))
        (map as Y.Map<unknown>).set(key, [order, withoutUndefined(fields)] satisfies WholeEntry);
    } else if (existing instanceof Y.Map) updateRecord(existing, codec, fields, order);
    else map.set(key, newRecord(codec, fields, order));
    previous = order;
  }
  if (before) {
    for (let i = start; i < before.length - end; i += 1) {
      const key = codec.key(before[i]);
      if (!seen.has(key)) map.delete(key);
    }
  } else for (const key of [...map.keys()]) if (!seen.has(key)) map.delete(key);
}

/** The order key of a stored record, kept field by field or whole. */
function orderOf(stored: unknown): number | undefined {
  if (stored instanceof Y.Map) return stored.get(ORDER) as number | undefined;
  return Array.isArray(stored) ? (stored[0] as number) : undefined;
}

const withoutUndefined = (fields: Obj): Obj =>
  Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));

function newRecord(codec: ListCodec, fields: Obj, order: number): Record_ {
  const record = new Y.Map<unknown>();
  for (const [field, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    record.set(field, codec.arrays.includes(field) ? arrayOf(value as unknown[]) : value);
  }
  record.set(ORDER, order);
  return record;
}

function arrayOf(items: readonly unknown[]): Y.Array<unknown> {
  const array = new Y.Array<unknown>();
  array.push([...items]);
  return array;
}

function updateRecord(record: Record_, codec: ListCodec, fields: Obj, order: number): void {
  if (record.get(ORDER) !== order) record.set(ORDER, order);
  for (const [field, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    const current = record.get(field);
    if (codec.arrays.includes(field) && current instanceof Y.Array)
      writeArray(current, value as unknown[]);
    else if (!sameJson(current, value))
      record.set(field, codec.arrays.includes(field) ? arrayOf(value as unknown[]) : value);
  }
  for (const field of [...record.keys()])
    if (field !== ORDER && fields[field] === undefined) record.delete(field);
}

/** Replaces only the changed middle of a shared array, so items others added around it stay. */
function writeArray(array: Y.Array<unknown>, items: readonly unknown[]): void {
  const current = array.toArray();
  let start = 0;
  while (start < current.length && start < items.length && sameJson(current[start], items[start]))
    start += 1;
  let end = 0;
  while (
    end < current.length - start &&
    end < items.length - start &&
    sameJson(current[current.length - 1 - end], items[items.length - 1 - end])
  )
    end += 1;
  const removed = current.length - start - end;
  if (removed > 0) array.delete(start, removed);
  const inserted = items.slice(start, items.length - end);
  if (inserted.length) array.insert(start, inserted);
}
