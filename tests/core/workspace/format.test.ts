import { describe, expect, it } from 'vitest';
import { readWorkspace, WORKSPACE_MIGRATIONS } from '../../../src/core/workspace/format';
import { WORKSPACE_VERSION } from '../../../src/core/workspace/types';
import { createWorkspace } from '../../../src/core/workspace/workspace';
import { miniLandscape } from '../../fixtures/mini-landscape';

const current = () =>
  createWorkspace({
    id: 'w',
    name: 'Wales',
    landscape: miniLandscape(),
    now: '2026-01-01T00:00:00Z',
  });

describe('readWorkspace', () => {
  it('reads a current workspace unchanged', () => {
    const w = current();
    expect(readWorkspace(structuredClone(w))).toEqual({ ok: true, value: w });
  });

  it('migrates a version 1 workspace, which had no set-aside duplications', () => {
    const { ignoredDuplications: _, ...v1 } = { ...current(), version: 1 };
    const result = readWorkspace(v1);
    expect(result).toEqual({ ok: true, value: { ...current(), version: WORKSPACE_VERSION } });
  });

  it('migrates a version 2 workspace, which had no scenarios or tracker, to empty lists', () => {
    const { scenarios: _s, tracker: _t, ...v2 } = { ...current(), version: 2 };
    const result = readWorkspace(v2);
    expect(result).toEqual({ ok: true, value: { ...current(), version: WORKSPACE_VERSION } });
  });

  it('migrates a version 3 workspace, which pinned no boards, to an empty pinned list', () => {
    const { pinned: _, ...v3 } = { ...current(), version: 3 };
    const result = readWorkspace(v3);
    expect(result).toEqual({ ok: true, value: { ...current(), version: WORKSPACE_VERSION } });
    expect(result.ok && result.value.pinned).toEqual([]);
  });

  it('migrates a version 4 workspace, which had no moved map tiles, to an empty list', () => {
    const { tileNudges: _, ...v4 } = { ...current(), version: 4 };
    const result = readWorkspace(v4);
    expect(result).toEqual({ ok: true, value: { ...current(), version: WORKSPACE_VERSION } });
    expect(result.ok && result.value.tileNudges).toEqual([]);
    expect(WORKSPACE_VERSION).toBe(5);
  });

  it('refuses a moved tile that is not at a whole, non-negative cell', () => {
    for (const bad of [
      { code: 'W06000001', col: -1, row: 0 },
      { code: 'W06000001', col: 0.5, row: 1 },
      { col: 1, row: 1 },
    ])
      expect(readWorkspace({ ...current(), tileNudges: [bad] })).toMatchObject({
        ok: false,
        problems: [{ field: 'tileNudges[0]' }],
      });
  });

  it('refuses a workspace whose pinned boards are not a list of ids', () => {
    expect(readWorkspace({ ...current(), pinned: [1] })).toMatchObject({
      ok: false,
      problems: [{ field: 'pinned' }],
    });
  });

  it('keeps scenarios and tracker entries through a structured clone and a read', () => {
    const w = createWorkspace({
      id: 'w',
      name: 'Wales',
      landscape: miniLandscape(),
      now: '2026-01-01T00:00:00Z',
      scenarios: [
        {
          id: 'merge-north',
          name: 'Merge the north',
          description: 'Two boards into one',
          operations: [
            {
              kind: 'merge',
              boards: ['north-svoc', 'north-contest'] as never,
              id: 'north-safety' as never,
              name: 'North Safety',
            },
          ],
        },
      ],
      tracker: [
        {
          id: 'q1',
          region: 'North',
          date: '2020-01',
          position: 'Reviewing',
          actions: 'Meet',
          owner: 'TBC',
          scenarioId: 'merge-north',
        },
      ],
    });
    expect(readWorkspace(structuredClone(w))).toEqual({ ok: true, value: w });
  });

  it('refuses a workspace whose scenarios or tracker are malformed', () => {
    expect(readWorkspace({ ...current(), scenarios: 'none' })).toMatchObject({
      ok: false,
      problems: [{ field: 'scenarios' }],
    });
    const tracker = readWorkspace({ ...current(), tracker: [{ id: 'x' }] });
    expect(tracker.ok).toBe(false);
    if (!tracker.ok)
      expect(tracker.problems[0]).toMatchObject({
        record: 'workspace › tracker[0]',
        field: 'region',
      });
  });

  it('has a migration for every version below the current one', () => {
    for (let v = 1; v < WORKSPACE_VERSION; v += 1)
      expect(WORKSPACE_MIGRATIONS.some((m) => m.from === v)).toBe(true);
  });

  it('refuses a newer version, another format, and a record whose landscape is invalid', () => {
    expect(readWorkspace({ ...current(), version: WORKSPACE_VERSION + 1 })).toMatchObject({
      ok: false,
      problems: [{ field: 'version' }],
    });
    expect(readWorkspace({ ...current(), format: 'other' })).toMatchObject({
      ok: false,
      problems: [{ field: 'format' }],
    });
    const broken = current();
    broken.landscape.boards[0]!.level = 'county' as never;
    expect(readWorkspace(broken)).toMatchObject({
      ok: false,
      problems: [{ record: 'landscape › boards[0] (national)', field: 'level' }],
    });
  });

  it('refuses a history whose cursor points past its entries', () => {
    const w = current();
    w.history.cursor = 3;
    expect(readWorkspace(w)).toMatchObject({
      ok: false,
      problems: [{ record: 'workspace › history', field: 'cursor' }],
    });
  });
});
