import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { BoardId } from '../../src/core/model/types';
import { DexieRepository } from '../../src/persistence/dexie-repository';
import { MemoryRepository } from '../../src/persistence/memory-repository';
import { Session } from '../../src/state/session.svelte';
import { miniLandscape } from '../fixtures/mini-landscape';

let dbCount = 0;
let ids = 0;
const newDb = () => `tirwedd-test-${(dbCount += 1)}`;

async function open(dbName: string) {
  const session = new Session({
    repository: await DexieRepository.open(dbName),
    seed: async () => ({ landscape: miniLandscape() }),
    newId: () => `w${(ids += 1)}`,
  });
  await session.start();
  return session;
}

const rename = (s: Session, name: string) =>
  s.apply({ kind: 'put-board', board: { ...s.workspace!.landscape.boards[1]!, name } });

describe('Session', () => {
  it('opens a first workspace from the seed, laid out, when there is none', async () => {
    const s = await open(newDb());
    expect(s.workspace!.landscape.boards).toHaveLength(4);
    expect(Object.keys(s.workspace!.positions)).toHaveLength(4);
    expect(s.workspaces).toHaveLength(1);
  });

  it('keeps edits, positions and undo history across a reload', async () => {
    const db = newDb();
    const first = await open(db);
    rename(first, 'Renamed');
    first.apply({
      kind: 'move-boards',
      positions: { ['national' as BoardId]: { x: 123, y: 456 } },
    });
    await first.flush();

    const second = await open(db);
    expect(second.workspace!.landscape.boards[1]!.name).toBe('Renamed');
    expect(second.workspace!.positions['national' as BoardId]).toEqual({ x: 123, y: 456 });
    second.undo();
    second.undo();
    await second.flush();
    expect(second.workspace!.landscape.boards[1]!.name).toBe('North SVOC');

    const third = await open(db);
    expect(third.workspace!.landscape.boards[1]!.name).toBe('North SVOC');
    expect(third.canRedo).toBe(true);
    third.redo();
    expect(third.workspace!.landscape.boards[1]!.name).toBe('Renamed');
  });

  it('keeps workspaces independent of each other', async () => {
    const db = newDb();
    const s = await open(db);
    const firstId = s.workspace!.id;
    await s.duplicate('Copy');
    rename(s, 'Only in the copy');
    await s.switchTo(firstId);
    expect(s.workspace!.landscape.boards[1]!.name).toBe('North SVOC');
    await s.flush();
    const again = await open(db);
    expect(again.workspaces.map((w) => w.name)).toEqual(['Wales', 'Copy']);
    expect(again.workspace!.id).toBe(firstId);
  });

  it('renames and deletes workspaces, opening another when the open one goes', async () => {
    const db = newDb();
    const s = await open(db);
    await s.createFromSeed('Second');
    await s.rename('Gwent model');
    expect(s.workspaces.map((w) => w.name)).toEqual(['Wales', 'Gwent model']);
    await s.remove(s.workspace!.id);
    expect(s.workspaces.map((w) => w.name)).toEqual(['Wales']);
    expect(s.workspace!.name).toBe('Wales');
    expect((await open(db)).workspaces).toHaveLength(1);
  });

  it('resets a workspace to the seed as one step that undo takes back', async () => {
    const s = await open(newDb());
    s.apply({ kind: 'remove-board', id: 'north-svoc' as BoardId });
    expect(await s.resetToSeed()).toBe(true);
    expect(s.workspace!.landscape).toEqual(miniLandscape());
    s.undo();
    expect(s.workspace!.landscape.boards.map((b) => b.id)).not.toContain('north-svoc');
  });

  it('refuses an invalid landscape file with every problem, keeping the open workspace', async () => {
    const s = await open(newDb());
    const before = s.workspace;
    const bad = miniLandscape() as unknown as Record<string, any>;
    bad.boards[0] = { ...bad.boards[0], level: 'county', footprint: ['W06000999'] };
    expect(await s.openLandscapeFile('bad.json', JSON.stringify(bad))).toBe(false);
    expect(s.workspace).toBe(before);
    expect(s.notice).toMatchObject({ tone: 'error', key: 'file.refused', file: 'bad.json' });
    expect(s.notice!.problems!.map((p) => p.field)).toEqual(['level', 'footprint']);
    expect(await s.openLandscapeFile('truncated.json', '{"format": "tirwedd.la')).toBe(false);
    expect(s.workspaces).toHaveLength(1);
  });

  it('opens a valid landscape file as a new workspace', async () => {
    const s = await open(newDb());
    const other = { ...miniLandscape(), title: 'Other' };
    expect(await s.openLandscapeFile('other.json', JSON.stringify(other))).toBe(true);
    expect(s.workspaces.map((w) => w.name)).toEqual(['Wales', 'other']);
    expect(s.workspace!.landscape.title).toBe('Other');
  });

  it('shows the seed read-only when storage is unavailable', async () => {
    const s = new Session({
      repository: new MemoryRepository(),
      seed: async () => ({ landscape: miniLandscape() }),
    });
    await s.start();
    expect(s.editable).toBe(false);
    expect(s.notice?.key).toBe('storage.unavailable');
    expect(rename(s, 'Nope')).toBe(false);
    expect(s.workspace!.landscape.boards[1]!.name).toBe('North SVOC');
  });

  it('reports a refused edit and leaves the workspace as it was', async () => {
    const s = await open(newDb());
    const before = s.workspace;
    expect(rename(s, '')).toBe(false);
    expect(s.workspace).toBe(before);
    expect(s.notice).toMatchObject({ tone: 'error', key: 'edit.refused' });
  });
});

describe('Session with stored records of an older version', () => {
  it('migrates a version 1 workspace when it opens it', async () => {
    const db = newDb();
    const repo = await DexieRepository.open(db);
    const { createWorkspace } = await import('../../src/core/workspace/workspace');
    const { ignoredDuplications: _, ...v1 } = {
      ...createWorkspace({
        id: 'old',
        name: 'Old',
        landscape: miniLandscape(),
        now: '2025-01-01T00:00:00Z',
      }),
      version: 1,
    };
    await repo.save(v1 as never);
    const s = await open(db);
    expect(s.workspace).toMatchObject({ id: 'old', version: 4, ignoredDuplications: [] });
  });
});
