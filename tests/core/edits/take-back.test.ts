import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../src/core/edits/apply-edit';
import { redoEdit, undoEdit } from '../../../src/core/edits/take-back';
import type { Edit } from '../../../src/core/edits/types';
import type { Operation, Scenario } from '../../../src/core/scenarios/types';
import type { WorkspaceContent } from '../../../src/core/workspace/types';
import { createWorkspace } from '../../../src/core/workspace/workspace';
import { miniLandscape } from '../../fixtures/mini-landscape';

const start = (): WorkspaceContent =>
  createWorkspace({ id: 'w', name: 'W', landscape: miniLandscape(), now: 'now' });

function apply(content: WorkspaceContent, edit: Edit) {
  const applied = applyEdit(content, edit);
  if (!applied.ok) throw new Error(applied.problems[0]!.message);
  return applied.value;
}

describe('undo and redo with others editing meanwhile', () => {
  it('takes back a rename and keeps the themes someone else changed', () => {
    const c0 = start();
    const board = c0.landscape.boards[1]!;
    const mine = apply(c0, { kind: 'put-board', board: { ...board, name: 'Mine' } });
    const theirs = apply(mine.content, {
      kind: 'put-board',
      board: { ...mine.content.landscape.boards[1]!, themes: ['policing'] },
    }).content;
    const undo = undoEdit(mine.entry, theirs);
    const undone = apply(theirs, undo.ok ? undo.value : (undefined as never)).content;
    expect(undone.landscape.boards[1]).toMatchObject({ name: board.name, themes: ['policing'] });
    const redo = redoEdit(mine.entry, undone);
    const redone = apply(undone, redo.ok ? redo.value : (undefined as never)).content;
    expect(redone.landscape.boards[1]).toMatchObject({ name: 'Mine', themes: ['policing'] });
  });

  it('takes back an operation added to a scenario and keeps the one someone else added', () => {
    const scenario: Scenario = { id: 's', name: 'S', description: '', operations: [] };
    const c0 = apply(start(), { kind: 'put-scenario', scenario }).content;
    const mineOp = { kind: 'retire', board: 'north-svoc' } as Operation;
    const theirOp = { kind: 'retire', board: 'north-contest' } as Operation;
    const mine = apply(c0, {
      kind: 'put-scenario',
      scenario: { ...scenario, operations: [mineOp] },
    });
    const theirs = apply(mine.content, {
      kind: 'put-scenario',
      scenario: { ...scenario, operations: [mineOp, theirOp] },
    }).content;
    const undo = undoEdit(mine.entry, theirs);
    const undone = apply(theirs, undo.ok ? undo.value : (undefined as never)).content;
    expect(undone.scenarios[0]!.operations).toEqual([theirOp]);
  });

  it('says the board has gone when undoing an edit of a board deleted since', () => {
    const c0 = start();
    const board = c0.landscape.boards[1]!;
    const mine = apply(c0, { kind: 'put-board', board: { ...board, name: 'Mine' } });
    const deleted = apply(mine.content, { kind: 'remove-board', id: board.id }).content;
    const undo = undoEdit(mine.entry, deleted);
    expect(undo).toMatchObject({ ok: false, problems: [{ message: /has been deleted since/ }] });
  });
});
