import { describe, expect, it } from 'vitest';
import type { Edit, HistoryEntry } from '../../../src/core/edits/types';
import type { BoardId } from '../../../src/core/model/types';
import { canRedo, canUndo, recordEntry } from '../../../src/core/workspace/history';
import type { Workspace } from '../../../src/core/workspace/types';
import { createWorkspace } from '../../../src/core/workspace/workspace';
import {
  editWorkspace,
  redoWorkspace,
  undoWorkspace,
} from '../../../src/core/workspace/edit-workspace';
import { contentOf } from '../../fixtures/content';
import { miniLandscape } from '../../fixtures/mini-landscape';

const NOW = '2026-01-01T00:00:00.000Z';
const fresh = () =>
  createWorkspace({ id: 'w1', name: 'Test', landscape: miniLandscape(), now: NOW });
const rename = (w: Workspace, name: string): Edit => ({
  kind: 'put-board',
  board: { ...w.landscape.boards[0]!, name },
});

function ok<T>(r: { ok: true; value: T } | { ok: false }): T {
  if (!r.ok) throw new Error('expected success');
  return r.value;
}

describe('workspace undo and redo', () => {
  it('undoes and redoes a sequence of edits in order', () => {
    const w0 = fresh();
    const w1 = ok(editWorkspace(w0, rename(w0, 'One'), NOW));
    const w2 = ok(editWorkspace(w1, rename(w1, 'Two'), NOW));
    const u1 = ok(undoWorkspace(w2, NOW));
    expect(u1.landscape.boards[0]!.name).toBe('One');
    const u0 = ok(undoWorkspace(u1, NOW));
    expect(u0.landscape).toEqual(w0.landscape);
    expect(canUndo(u0.history)).toBe(false);
    const r2 = ok(redoWorkspace(ok(redoWorkspace(u0, NOW)), NOW));
    expect(r2.landscape.boards[0]!.name).toBe('Two');
    expect(canRedo(r2.history)).toBe(false);
  });

  it('drops the redo branch when a new edit is made after undo', () => {
    const w0 = fresh();
    const w1 = ok(editWorkspace(w0, rename(w0, 'One'), NOW));
    const u0 = ok(undoWorkspace(w1, NOW));
    const b1 = ok(
      editWorkspace(
        u0,
        { kind: 'move-boards', positions: { ['national' as BoardId]: { x: 1, y: 1 } } },
        NOW,
      ),
    );
    expect(b1.history.entries).toHaveLength(1);
    expect(canRedo(b1.history)).toBe(false);
  });

  it('records nothing for a refused edit', () => {
    const w0 = fresh();
    expect(editWorkspace(w0, rename(w0, ''), NOW).ok).toBe(false);
    expect(w0.history.entries).toEqual([]);
  });

  it('keeps only the most recent entries up to the limit', () => {
    let history = { entries: [], cursor: 0 } as Workspace['history'];
    const entry = (n: number): HistoryEntry => ({
      edit: { kind: 'move-boards', positions: { ['national' as BoardId]: { x: n, y: 0 } } },
      inverse: { kind: 'move-boards', positions: {} },
    });
    for (let i = 0; i < 5; i += 1) history = recordEntry(history, entry(i), 3);
    expect(history.entries.map((e) => e.edit)).toEqual([2, 3, 4].map((n) => entry(n).edit));
    expect(history.cursor).toBe(3);
  });

  it('survives a structured clone, as a stored workspace does', () => {
    const w0 = fresh();
    const w1 = ok(editWorkspace(w0, rename(w0, 'One'), NOW));
    const stored = structuredClone(w1);
    expect(ok(undoWorkspace(stored, NOW)).landscape).toEqual(w0.landscape);
  });

  it('does not share data with the landscape it was made from', () => {
    const landscape = miniLandscape();
    const w = createWorkspace({ id: 'w', name: 'n', landscape, now: NOW });
    w.landscape.boards[0]!.name = 'changed';
    expect(landscape.boards[0]!.name).toBe('National Board');
  });
});

describe('replacing the whole content', () => {
  it('keeps only content in the undo history, so repeated resets do not nest old histories', () => {
    let w = fresh();
    for (let i = 0; i < 3; i += 1) {
      const next = editWorkspace(
        w,
        { kind: 'replace-content', content: contentOf(miniLandscape()) },
        NOW,
      );
      w = ok(next);
    }
    const inverse = w.history.entries.at(-1)!.inverse;
    expect(inverse.kind).toBe('replace-content');
    expect(Object.keys((inverse as { content: object }).content).sort()).toEqual([
      'ignoredDuplications',
      'landscape',
      'pinned',
      'positions',
      'scenarios',
      'tileNudges',
      'tracker',
    ]);
  });
});
