import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../src/core/edits/apply-edit';
import { applyLandscapeDelta, landscapeDelta } from '../../../src/core/model/landscape-delta';
import { generateLandscape } from '../../../bench/generate-landscape';
import { contentOf } from '../../fixtures/content';

describe('a landscape sent as what changed', () => {
  const before = generateLandscape({ boards: 2000, seed: 3 });
  const content = contentOf(before);

  it('rebuilds the landscape after an edit, from the one before and little else', () => {
    const board = before.boards[10]!;
    const renamed = applyEdit(content, {
      kind: 'put-board',
      board: { ...board, name: 'New name' },
    });
    expect(renamed.ok).toBe(true);
    const after = renamed.ok ? renamed.value.content.landscape : before;
    const delta = landscapeDelta(before, after);
    expect(Object.keys(delta)).toEqual(['boards']);
    expect(delta.boards).toMatchObject({ list: { added: [{ name: 'New name' }] } });
    // Across a worker boundary the records are copies: rebuilt from a copy, it equals the edit.
    const copy = structuredClone(before);
    expect(applyLandscapeDelta(copy, structuredClone(delta))).toEqual(after);
  });

  it('carries removed, added and reordered records, and other fields whole', () => {
    const removed = before.boards[5]!.id;
    const after = {
      ...before,
      title: 'Another title',
      boards: [before.boards[1]!, before.boards[0]!, ...before.boards.slice(2)].filter(
        (b) => b.id !== removed,
      ),
      memberships: [
        ...before.memberships.filter((m) => m.board !== removed),
        { ...before.memberships[0]!, board: before.boards[9]!.id },
      ],
    };
    const delta = landscapeDelta(before, after);
    expect(delta.title).toEqual({ value: 'Another title' });
    expect(applyLandscapeDelta(structuredClone(before), structuredClone(delta))).toEqual(after);
    expect(landscapeDelta(after, after)).toEqual({});
  });
});
