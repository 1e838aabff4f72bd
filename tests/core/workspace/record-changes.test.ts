import { describe, expect, it } from 'vitest';
import type { BoardId } from '../../../src/core/model/types';
import { recordChanges } from '../../../src/core/workspace/record-changes';
import { miniLandscape } from '../../fixtures/mini-landscape';

describe('recordChanges', () => {
  it('lists boards added, removed and changed, and the memberships that went with them', () => {
    const before = miniLandscape();
    const svoc = before.boards.find((b) => b.id === 'north-svoc')!;
    const after = {
      ...before,
      boards: [
        ...before.boards
          .filter((b) => b.id !== 'north-contest')
          .map((b) => (b === svoc ? { ...b, name: 'Renamed', meetingsPerYear: 12 } : b)),
        { ...svoc, id: 'added' as BoardId, name: 'Added board' },
      ],
      memberships: before.memberships.filter((m) => m.board !== 'north-contest'),
      relations: before.relations.filter(
        (r) => r.from !== 'north-contest' && r.to !== 'north-contest',
      ),
    };
    const changes = recordChanges(before, after);
    expect(changes.filter((c) => c.kind === 'board')).toEqual([
      {
        kind: 'board',
        change: 'changed',
        key: 'north-svoc',
        name: 'Renamed',
        fields: ['name', 'meetingsPerYear'],
      },
      { kind: 'board', change: 'added', key: 'added', name: 'Added board' },
      { kind: 'board', change: 'removed', key: 'north-contest', name: 'North CONTEST' },
    ]);
    const removedMembers = before.memberships.filter((m) => m.board === 'north-contest').length;
    expect(changes.filter((c) => c.kind === 'membership' && c.change === 'removed')).toHaveLength(
      removedMembers,
    );
    expect(recordChanges(before, before)).toEqual([]);
    expect(changes.find((c) => c.kind === 'membership')?.name).toMatch(/North CONTEST ← /);
  });
});
