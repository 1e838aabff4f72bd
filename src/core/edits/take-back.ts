import type { Result } from '../model/problems';
import { sameJson } from '../same-json';
import type { WorkspaceContent } from '../workspace/types';
import type { Edit, HistoryEntry } from './types';

type Obj = Record<string, unknown>;

/**
 * The edit that undoes `entry` now, touching only what the entry itself changed. Others may
 * have edited the same workspace since (another tab, a team member): undo takes back this
 * user's own change and leaves theirs. A board renamed here and re-themed elsewhere keeps its
 * new themes when the rename is undone; a scenario keeps the operations others added.
 */
export function undoEdit(entry: HistoryEntry, content: WorkspaceContent): Result<Edit> {
  return rebase(entry.inverse, entry.edit, content);
}

/** The edit that redoes `entry` now; the mirror of `undoEdit`. */
export function redoEdit(entry: HistoryEntry, content: WorkspaceContent): Result<Edit> {
  return rebase(entry.edit, entry.inverse, content);
}

class Gone extends Error {}

/** `target` re-expressed against the current content; `other` is the state it takes back. */
function rebase(target: Edit, other: Edit, content: WorkspaceContent): Result<Edit> {
  try {
    return { ok: true, value: rebaseStep(target, other, content) };
  } catch (error) {
    if (!(error instanceof Gone)) throw error;
    return { ok: false, problems: [{ record: target.kind, field: '', message: error.message }] };
  }
}

function rebaseStep(target: Edit, other: Edit, content: WorkspaceContent): Edit {
  if (
    target.kind === 'batch' &&
    other.kind === 'batch' &&
    target.edits.length === other.edits.length
  ) {
    // A batch's inverse lists the inner inverses last first.
    const n = target.edits.length;
    return {
      kind: 'batch',
      edits: target.edits.map((e, i) => rebaseStep(e, other.edits[n - 1 - i]!, content)),
    };
  }
  if (target.kind === 'put-board' && other.kind === 'put-board') {
    const current = content.landscape.boards.find((b) => b.id === target.board.id);
    if (!current) throw new Gone(`the board "${target.board.name}" has been deleted since`);
    return { kind: 'put-board', board: mergeFields(current, target.board, other.board) };
  }
  if (target.kind === 'put-tracker-entry' && other.kind === 'put-tracker-entry') {
    const current = content.tracker.find((e) => e.id === target.entry.id);
    if (!current) throw new Gone(`the tracker entry has been deleted since`);
    return { kind: 'put-tracker-entry', entry: mergeFields(current, target.entry, other.entry) };
  }
  if (target.kind === 'put-scenario' && other.kind === 'put-scenario') {
    const current = content.scenarios.find((s) => s.id === target.scenario.id);
    if (!current) throw new Gone(`the scenario "${target.scenario.name}" has been deleted since`);
    const merged = mergeFields(current, target.scenario, other.scenario, ['operations']);
    const operations = mergeList(
      current.operations,
      target.scenario.operations,
      other.scenario.operations,
    );
    return { kind: 'put-scenario', scenario: { ...merged, operations } };
  }
  return target;
}

/** `current` with the fields that differ between `target` and `other` set as in `target`. */
function mergeFields<T extends object>(current: T, target: T, other: T, skip: string[] = []): T {
  const next = { ...current } as Obj;
  const t = target as Obj;
  const o = other as Obj;
  for (const key of new Set([...Object.keys(t), ...Object.keys(o)])) {
    if (skip.includes(key) || sameJson(t[key], o[key])) continue;
    if (t[key] === undefined) delete next[key];
    else next[key] = t[key];
  }
  return next as T;
}

/** `current` with the items `other` has and `target` lacks taken out, and the reverse put in. */
function mergeList<T>(current: readonly T[], target: readonly T[], other: readonly T[]): T[] {
  const removed = other.filter((o) => !target.some((t) => sameJson(t, o)));
  const kept = current.filter((c) => !removed.some((r) => sameJson(r, c)));
  for (const [i, item] of target.entries()) {
    if (other.some((o) => sameJson(o, item)) || kept.some((k) => sameJson(k, item))) continue;
    // Put it back after the item that preceded it in `target`, or first.
    const before = target.slice(0, i).findLast((p) => kept.some((k) => sameJson(k, p)));
    const at = before === undefined ? 0 : kept.findIndex((k) => sameJson(k, before)) + 1;
    kept.splice(at, 0, item);
  }
  return kept;
}
