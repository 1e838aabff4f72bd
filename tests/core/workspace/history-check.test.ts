import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../src/core/edits/apply-edit';
import { historyProblems } from '../../../src/core/edits/edit-shape';
import { importWorkspace, exportWorkspace } from '../../../src/core/io/workspace-file';
import { parseLandscape } from '../../../src/core/io/landscape-format';
import { readWorkspace } from '../../../src/core/workspace/format';
import { editWorkspace } from '../../../src/core/workspace/edit-workspace';
import { createWorkspace } from '../../../src/core/workspace/workspace';
import { miniLandscape } from '../../fixtures/mini-landscape';

const workspace = () =>
  createWorkspace({ id: 'w', name: 'W', landscape: miniLandscape(), now: '2026-01-01T00:00:00Z' });

/** JSON text of an array nested `depth` deep, written out: stringify itself would overflow. */
const nested = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`;

describe('reading a stored or imported history', () => {
  it('accepts the history the app itself records', () => {
    const w = workspace();
    const board = w.landscape.boards[0]!;
    const edited = editWorkspace(w, { kind: 'put-board', board: { ...board, name: 'X' } }, 'now');
    expect(edited.ok && readWorkspace(structuredClone(edited.value)).ok).toBe(true);
  });

  it.each([
    ['an entry that is a string', { entries: ['undo me'], cursor: 1 }],
    [
      'an entry of an unknown kind',
      { entries: [{ edit: { kind: 'explode' }, inverse: { kind: 'explode' } }], cursor: 1 },
    ],
    ['a negative cursor', { entries: [], cursor: -1 }],
    ['a cursor past the entries', { entries: [], cursor: 2 }],
    [
      'an undo that replaces scenarios with a string',
      {
        entries: [
          {
            edit: { kind: 'unpin-boards', ids: [] },
            inverse: { kind: 'replace-content', content: { ...workspace(), scenarios: 'none' } },
          },
        ],
        cursor: 1,
      },
    ],
    [
      'a move to a position that is not a number',
      {
        entries: [
          {
            edit: { kind: 'move-boards', positions: { a: { x: 'NaN', y: null } } },
            inverse: { kind: 'move-boards', positions: {} },
          },
        ],
        cursor: 1,
      },
    ],
  ])('refuses %s, naming the entry', (_, history) => {
    const read = readWorkspace({ ...workspace(), history });
    expect(read.ok).toBe(false);
    expect(historyProblems(history).length).toBeGreaterThan(0);
  });

  it('refuses positions that are not two finite numbers', () => {
    const read = readWorkspace({ ...workspace(), positions: { national: { x: 'NaN', y: null } } });
    expect(read).toMatchObject({ ok: false, problems: [{ field: 'positions.national' }] });
  });

  it('refuses a workspace file nested 10,000 levels deep with a message, not a stack overflow', () => {
    const text = exportWorkspace(workspace()).replace(
      '"entries": []',
      `"entries": ${nested(10_000)}`,
    );
    const read = importWorkspace(text, 'deep.tirwedd.json');
    expect(read.ok).toBe(false);
    expect(!read.ok && read.problems[0]!.message).toMatch(/nests more than 64 levels/);
  });

  it('refuses a landscape with an extra key nested 10,000 levels deep', () => {
    const text = JSON.stringify(miniLandscape()).replace(/}$/, `, "extra": ${nested(10_000)}}`);
    const read = parseLandscape(text);
    expect(!read.ok && read.problems[0]!.message).toMatch(/nests more than 64 levels/);
  });

  it('refuses to apply an edit that would replace the scenarios with a string', () => {
    const w = workspace();
    const result = applyEdit(w, {
      kind: 'replace-content',
      content: { ...w, scenarios: 'x' as never },
    });
    expect(result).toMatchObject({ ok: false, problems: [{ field: 'scenarios' }] });
  });

  it('refuses, rather than throws on, an edit whose fields are missing', () => {
    const result = applyEdit(workspace(), { kind: 'restore-board' } as never);
    expect(result.ok).toBe(false);
  });
});
