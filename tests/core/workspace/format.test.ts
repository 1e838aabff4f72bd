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
    expect(readWorkspace(w)).toMatchObject({ ok: false, problems: [{ field: 'history' }] });
  });
});
