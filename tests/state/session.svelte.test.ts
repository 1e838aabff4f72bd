import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { BoardId } from '../../src/core/model/types';
import { createWorkspace } from '../../src/core/workspace/workspace';
import { readDocument } from '../../src/document/document-view';
import { tabChannel } from '../../src/document/tab-channel';
import { writeContent } from '../../src/document/write-content';
import { DexieStore } from '../../src/persistence/dexie-store';
import { MemoryStore } from '../../src/persistence/memory-store';
import type { WorkspaceStore } from '../../src/persistence/repository';
import type { Journal, JournalEntry } from '../../src/state/journal';
import { Session, type SessionDeps } from '../../src/state/session.svelte';
import { parseLandscape } from '../../src/core/io/landscape-format';
import { bandLayout } from '../../src/core/layout/band-layout';
import { newContent } from '../../src/core/workspace/workspace';
import { encodeInParts } from '../../src/document/encode-parts';
import { FROM_STORAGE } from '../../src/state/open-document';
import { decodeStored } from '../../src/document/stored-content';
import { generateLandscape } from '../fixtures/generate-landscape';
import { miniLandscape } from '../fixtures/mini-landscape';

let dbCount = 0;
let ids = 0;
const newDb = () => `tirwedd-test-${(dbCount += 1)}`;

type StartOptions = {
  tab?: string;
  channel?: boolean;
  build?: number;
  open?: SessionDeps['open'];
  decodeStored?: SessionDeps['decodeStored'];
};

async function open(dbName: string, options: StartOptions = {}) {
  const store = await DexieStore.open(dbName, options.build ?? 1);
  return start(store, options);
}

async function start(store: WorkspaceStore, options: StartOptions = {}) {
  const session = new Session({
    store,
    seed: async () => ({ landscape: miniLandscape() }),
    newId: () => `w${(ids += 1)}`,
    tab: options.tab ?? 'tab-1',
    build: options.build ?? 1,
    ...(options.channel ? { channel: tabChannel(`test-${dbCount}`) } : {}),
    ...(options.open ? { open: options.open } : {}),
    ...(options.decodeStored ? { decodeStored: options.decodeStored } : {}),
  });
  await session.start();
  return session;
}

/** The file worker's two steps, in this thread; its parts wait for `written`. */
const opener =
  (written: Promise<void>): NonNullable<SessionDeps['open']> =>
  async (file) => {
    const read = parseLandscape(typeof file === 'string' ? file : await file.text());
    if (!read.ok) return read;
    const content = newContent(read.value, bandLayout(read.value));
    return {
      ok: true,
      value: { content, parts: written.then(() => encodeInParts(content, FROM_STORAGE)) },
    };
  };

const boardNamed = (s: Session, id: string) =>
  s.workspace!.landscape.boards.find((b) => b.id === id)?.name;
const rename = (s: Session, id: string, name: string) =>
  s.apply({
    kind: 'put-board',
    board: { ...s.workspace!.landscape.boards.find((b) => b.id === id)!, name },
  });

/** Resolves once `check` holds, polling; other tabs' changes arrive as messages, not at once. */
async function until(check: () => boolean) {
  for (let i = 0; i < 200 && !check(); i += 1) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
}

/** Storage that takes everything until told to refuse new workspaces, as a full disk does. */
class RefusingStore extends MemoryStore {
  override readonly persistent = true;
  refuse = false;
  override async create(...args: Parameters<MemoryStore['create']>): Promise<void> {
    if (this.refuse) throw new Error('QuotaExceededError');
    return super.create(...args);
  }
}

describe('Session', () => {
  it('opens a first workspace from the seed, laid out, when there is none', async () => {
    const s = await open(newDb());
    expect(s.workspace!.landscape.boards).toHaveLength(4);
    expect(Object.keys(s.workspace!.positions)).toHaveLength(4);
    expect(s.workspaces).toHaveLength(1);
  });

  it('keeps edits, positions and undo history across a reload of the same tab', async () => {
    const db = newDb();
    const first = await open(db);
    rename(first, 'north-svoc', 'Renamed');
    first.apply({
      kind: 'move-boards',
      positions: { ['national' as BoardId]: { x: 123, y: 456 } },
    });
    await first.flush();

    const second = await open(db);
    expect(boardNamed(second, 'north-svoc')).toBe('Renamed');
    expect(second.workspace!.positions['national' as BoardId]).toEqual({ x: 123, y: 456 });
    second.undo();
    second.undo();
    await second.flush();
    expect(boardNamed(second, 'north-svoc')).toBe('North SVOC');

    const third = await open(db);
    expect(boardNamed(third, 'north-svoc')).toBe('North SVOC');
    expect(third.canRedo).toBe(true);
    third.redo();
    expect(boardNamed(third, 'north-svoc')).toBe('Renamed');
  });

  it('stores an edit made from a reactive proxy as plain data', async () => {
    const db = newDb();
    const s = await open(db);
    const board = s.workspace!.landscape.boards.find((b) => b.id === 'north-svoc')!;
    // In the browser a component's `$state` is a proxy, which storage cannot clone; in Node
    // runes compile without one, so a plain proxy stands in for it.
    const footprint = new Proxy([...(board.footprint as string[])].reverse(), {});
    expect(s.apply({ kind: 'put-board', board: { ...board, footprint: footprint as never } })).toBe(
      true,
    );
    await s.flush();
    expect(s.unsaved).toEqual([]);
    const again = await open(db);
    expect(again.workspace!.landscape.boards.find((b) => b.id === 'north-svoc')!.footprint).toEqual(
      footprint,
    );
    expect(again.canUndo).toBe(true);
  });

  it('shows one tab’s edits in another, keeps both, and undoes only its own', async () => {
    const db = newDb();
    const a = await open(db, { tab: 'a', channel: true });
    const b = await open(db, { tab: 'b', channel: true });
    rename(a, 'north-svoc', 'SVOC (A)');
    rename(b, 'north-contest', 'CONTEST (B)');
    rename(a, 'national', 'National (A)');
    await until(() => boardNamed(b, 'national') === 'National (A)');
    await until(() => boardNamed(a, 'north-contest') === 'CONTEST (B)');
    expect(boardNamed(b, 'north-svoc')).toBe('SVOC (A)');
    b.undo();
    expect(boardNamed(b, 'north-contest')).toBe('North CONTEST');
    expect(boardNamed(b, 'national')).toBe('National (A)');
    await until(() => boardNamed(a, 'north-contest') === 'North CONTEST');
    await a.flush();
    await b.flush();
    const reloaded = await open(db, { tab: 'a' });
    expect(
      ['north-svoc', 'north-contest', 'national'].map((id) => boardNamed(reloaded, id)),
    ).toEqual(['SVOC (A)', 'North CONTEST', 'National (A)']);
  });

  it('gives a reopened tab the history of a tab that has closed', async () => {
    const db = newDb();
    const closed = await open(db, { tab: 'old' });
    rename(closed, 'north-svoc', 'Renamed');
    await closed.flush();
    const reopened = await open(db, { tab: 'new' });
    expect(reopened.canUndo).toBe(true);
    reopened.undo();
    expect(boardNamed(reopened, 'north-svoc')).toBe('North SVOC');
  });

  it('keeps workspaces independent of each other', async () => {
    const db = newDb();
    const s = await open(db);
    const firstId = s.workspace!.id;
    await s.duplicate('Copy');
    rename(s, 'north-svoc', 'Only in the copy');
    await s.switchTo(firstId);
    expect(boardNamed(s, 'north-svoc')).toBe('North SVOC');
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

  describe('a large file', () => {
    const large = generateLandscape(3, 1200);
    const text = JSON.stringify(large);

    it('is shown at once, read-only with its progress, then stored and changeable', async () => {
      expect(text.length).toBeGreaterThan(1_000_000);
      const db = newDb();
      let write = () => {};
      const s = await open(db, { open: opener(new Promise((r) => (write = r))) });
      const opening = s.openLandscapeFile('large.json', new Blob([text]));
      await until(() => s.workspace?.landscape.boards.length === 1200);
      expect(s.opening).toMatchObject({ name: 'large', done: 0 });
      expect(s.editable).toBe(false);
      expect(rename(s, large.boards[0]!.id, 'Too soon')).toBe(false);
      expect(s.workspaces.map((w) => w.name)).toEqual(['Wales', 'large']);
      const shown = s.workspace!.landscape;
      write();
      expect(await opening).toBe(true);
      expect(s.opening).toBeUndefined();
      expect(s.editable).toBe(true);
      expect(s.workspace!.landscape).toBe(shown);
      expect(s.notice).toMatchObject({ key: 'file.opened', params: { file: 'large.json' } });
      expect(rename(s, large.boards[0]!.id, 'Renamed once stored')).toBe(true);
      await s.flush();

      const again = await open(db);
      expect(again.workspace!.name).toBe('large');
      expect(again.workspace!.landscape.boards).toHaveLength(1200);
      expect(boardNamed(again, large.boards[0]!.id)).toBe('Renamed once stored');
      expect(again.workspace!.landscape.memberships).toEqual(large.memberships);
    });

    it('stays in the list when another tab changes the list while it is stored', async () => {
      const db = newDb();
      let write = () => {};
      const a = await open(db, {
        tab: 'a',
        channel: true,
        open: opener(new Promise((r) => (write = r))),
      });
      const b = await open(db, { tab: 'b', channel: true });
      const opening = a.openLandscapeFile('large.json', text);
      await until(() => a.opening !== undefined);
      await b.rename('Wales, renamed in b');
      await until(() => a.workspaces.some((w) => w.name === 'Wales, renamed in b'));
      write();
      expect(await opening).toBe(true);
      expect(a.workspaces.map((w) => w.name)).toEqual(['Wales, renamed in b', 'large']);
      await until(() => b.workspaces.some((w) => w.name === 'large'));
    });

    it('is refused with its problems, the open workspace kept', async () => {
      const s = await open(newDb(), { open: opener(Promise.resolve()) });
      const before = s.workspace;
      const bad = structuredClone(large) as unknown as Record<string, any>;
      bad.boards[3].level = 'county';
      expect(await s.openLandscapeFile('bad.json', JSON.stringify(bad))).toBe(false);
      expect(s.workspace).toBe(before);
      expect(s.notice).toMatchObject({ key: 'file.refused', file: 'bad.json' });
      expect(s.notice!.problems!.map((p) => p.field)).toEqual(['level']);
    });

    it('that cannot be stored is said, and the workspace before it opens again', async () => {
      const store = new RefusingStore();
      const s = await start(store, { open: opener(Promise.resolve()) });
      rename(s, 'north-svoc', 'Kept');
      await s.flush();
      store.refuse = true;
      expect(await s.openLandscapeFile('large.json', text)).toBe(false);
      expect(s.notice).toMatchObject({ key: 'storage.createFailed', params: { name: 'large' } });
      expect(s.workspaces.map((w) => w.name)).toEqual(['Wales']);
      expect(s.opening).toBeUndefined();
      expect(boardNamed(s, 'north-svoc')).toBe('Kept');
      expect(s.editable).toBe(true);
    });
  });

  describe('a large stored workspace', () => {
    /** The decoding worker's work, in this thread; it answers once `decoded` settles. */
    const decoder =
      (decoded: Promise<void>, asked: Uint8Array[][]): NonNullable<SessionDeps['decodeStored']> =>
      async (updates) => {
        asked.push(updates);
        await decoded;
        return { ...decodeStored(updates), updates };
      };
    const large = generateLandscape(4, 1200);
    const first = large.boards[0]!.id;

    /** A database holding the large workspace, open last, with one edit to undo. */
    async function stored(): Promise<string> {
      const db = newDb();
      const s = await open(db, { open: opener(Promise.resolve()) });
      expect(await s.openLandscapeFile('large.json', JSON.stringify(large))).toBe(true);
      expect(rename(s, first, 'Renamed before the reload')).toBe(true);
      await s.flush();
      return db;
    }

    it('is shown once decoded off the page, read-only, then changeable with its undo', async () => {
      const db = await stored();
      let decode = () => {};
      const asked: Uint8Array[][] = [];
      const s = new Session({
        store: await DexieStore.open(db, 1),
        seed: async () => ({ landscape: miniLandscape() }),
        tab: 'tab-1',
        build: 1,
        decodeStored: decoder(new Promise((r) => (decode = r)), asked),
      });
      const started = s.start();
      await until(() => asked.length === 1);
      expect(s.workspace).toBeUndefined();
      decode();
      await s.shown;
      expect(s.workspace!.landscape.boards).toHaveLength(1200);
      expect(boardNamed(s, first)).toBe('Renamed before the reload');
      expect(s.opening).toMatchObject({ name: 'large', storing: false });
      expect(s.editable).toBe(false);
      expect(rename(s, first, 'Too soon')).toBe(false);
      const shown = s.workspace!.landscape;
      await started;
      expect(s.opening).toBeUndefined();
      expect(s.editable).toBe(true);
      // The live document is taken to read as the content shown: nothing is drawn again.
      expect(s.workspace!.landscape).toBe(shown);
      expect(s.canUndo).toBe(true);
      s.undo();
      expect(boardNamed(s, first)).toBe(large.boards[0]!.name);
      expect(rename(s, first, 'Renamed after the reload')).toBe(true);
      await s.flush();
      expect(boardNamed(await open(db), first)).toBe('Renamed after the reload');
    });

    it('is read by the page itself when the worker fails, and a small one always is', async () => {
      const db = await stored();
      const asked: Uint8Array[][] = [];
      const s = await open(db, {
        decodeStored: async (updates) => {
          asked.push(updates);
          throw new Error('the worker stopped');
        },
      });
      expect(asked).toHaveLength(1);
      expect(s.workspace!.landscape.boards).toHaveLength(1200);
      expect(boardNamed(s, first)).toBe('Renamed before the reload');
      expect(s.editable).toBe(true);
      await s.switchTo(s.workspaces.find((w) => w.name === 'Wales')!.id);
      expect(asked).toHaveLength(1);
      expect(s.workspace!.name).toBe('Wales');
    });
  });

  it('shows the seed at once on a first visit, and lets it be changed once stored', async () => {
    let store = () => {};
    const s = new Session({
      store: new GatedStore(new Promise((r) => (store = r))),
      seed: async () => ({ landscape: miniLandscape() }),
    });
    const started = s.start();
    await s.shown;
    expect(boardNamed(s, 'north-svoc')).toBe('North SVOC');
    expect(s.opening).toMatchObject({ name: 'Wales', storing: true });
    expect(s.editable).toBe(false);
    const { id, name, landscape } = s.workspace!;
    expect(name).toBe('Wales');
    store();
    await started;
    expect(s.opening).toBeUndefined();
    expect(s.editable).toBe(true);
    // The same workspace, the same objects: nothing is drawn twice, no view starts afresh.
    expect(s.workspace).toMatchObject({ id, name });
    expect(s.workspaces.map((w) => w.id)).toEqual([id]);
    expect(s.workspace!.landscape).toBe(landscape);
    expect(rename(s, 'north-svoc', 'Changed once stored')).toBe(true);
  });

  it('shows the seed read-only when storage is unavailable', async () => {
    const s = new Session({
      store: new MemoryStore(),
      seed: async () => ({ landscape: miniLandscape() }),
    });
    await s.start();
    expect(s.editable).toBe(false);
    expect(s.notice?.key).toBe('storage.unavailable');
    expect(rename(s, 'north-svoc', 'Nope')).toBe(false);
    expect(boardNamed(s, 'north-svoc')).toBe('North SVOC');
  });

  it('reports a refused edit and leaves the workspace as it was', async () => {
    const s = await open(newDb());
    const before = s.workspace;
    expect(rename(s, 'north-svoc', '')).toBe(false);
    expect(s.workspace).toBe(before);
    expect(s.notice).toMatchObject({ tone: 'error', key: 'edit.refused' });
  });
});

/** A store that keeps a new workspace only once `stored` settles. */
class GatedStore extends MemoryStore {
  override readonly persistent: boolean = true;
  constructor(private readonly stored: Promise<void>) {
    super();
  }
  override async create(...args: Parameters<MemoryStore['create']>) {
    await this.stored;
    return super.create(...args);
  }
}

/** A store whose writes fail while `full` is set, as a browser's does when its quota is used up. */
class FullStore extends MemoryStore {
  override readonly persistent: boolean = true;
  full = false;
  override async commit(...args: Parameters<MemoryStore['commit']>) {
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return super.commit(...args);
  }
  override async create(...args: Parameters<MemoryStore['create']>) {
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return super.create(...args);
  }
}

describe('Session when storage fails', () => {
  it('names the edits it could not keep, keeps them, and saves them all once there is room', async () => {
    const store = new FullStore();
    const s = await start(store);
    store.full = true;
    rename(s, 'north-svoc', 'Kept in memory');
    rename(s, 'national', 'Also in memory');
    await s.flush();
    expect(s.unsaved).toHaveLength(2);
    expect(s.notice).toMatchObject({ key: 'storage.saveFailed', action: 'export-workspace' });
    expect(boardNamed(s, 'north-svoc')).toBe('Kept in memory');
    store.full = false;
    s.retrySave();
    await s.flush();
    expect(s.unsaved).toEqual([]);
    const again = await start(store);
    expect(boardNamed(again, 'north-svoc')).toBe('Kept in memory');
    expect(boardNamed(again, 'national')).toBe('Also in memory');
    expect(again.canUndo).toBe(true);
  });

  it('does not open or list an imported workspace that could not be stored', async () => {
    const store = new FullStore();
    const s = await start(store);
    store.full = true;
    const imported = createWorkspace({
      id: 'imp',
      name: 'Imported',
      landscape: miniLandscape(),
      now: 'now',
    });
    expect(await s.openWorkspace(imported)).toBe(false);
    expect(s.workspaces.map((w) => w.name)).toEqual(['Wales']);
    expect(s.notice).toMatchObject({ tone: 'error', key: 'storage.createFailed' });
  });
});

describe('Session and other versions of the app', () => {
  it('stops writing once a newer version of the app has opened the same storage', async () => {
    const db = newDb();
    const older = await open(db, { build: 1 });
    await DexieStore.open(db, 2);
    rename(older, 'north-svoc', 'Written by the older app');
    await older.flush();
    expect(older.outdated).toBe(true);
    expect(older.notice).toMatchObject({ key: 'app.outdated', action: 'reload' });
    const newer = await open(db, { build: 2 });
    expect(boardNamed(newer, 'north-svoc')).toBe('North SVOC');
    expect(rename(older, 'national', 'Nope')).toBe(false);
  });
});

describe('Session with stored records of the version 4 format', () => {
  it('migrates a stored version 4 workspace on first open, history included', async () => {
    const db = newDb();
    const v4 = createWorkspace({
      id: 'old',
      name: 'Old',
      landscape: miniLandscape(),
      now: '2025-01-01T00:00:00Z',
    });
    const board = v4.landscape.boards.find((b) => b.id === 'north-svoc')!;
    const renamed = { ...board, name: 'Renamed before the upgrade' };
    // As that release wrote it: version 4, before map tiles could be moved.
    const { tileNudges: _, ...fields } = v4;
    const record = {
      ...fields,
      version: 4,
      landscape: {
        ...v4.landscape,
        boards: v4.landscape.boards.map((b) => (b.id === board.id ? renamed : b)),
      },
      history: {
        entries: [
          { edit: { kind: 'put-board', board: renamed }, inverse: { kind: 'put-board', board } },
        ],
        cursor: 1,
      },
    };
    // The database as the previous release left it: version 1, one record per workspace.
    const legacy = new Dexie(db);
    legacy.version(1).stores({ workspaces: 'id, createdAt', settings: 'key' });
    await legacy.table('workspaces').put(record);
    legacy.close();

    const s = await open(db);
    expect(s.workspaces.map((w) => w.name)).toEqual(['Old']);
    expect(boardNamed(s, 'north-svoc')).toBe('Renamed before the upgrade');
    expect(s.canUndo).toBe(true);
    s.undo();
    await s.flush();
    const again = await open(db);
    expect(boardNamed(again, 'north-svoc')).toBe('North SVOC');
    expect(again.canRedo).toBe(true);
  });
});

/** A journal in memory, standing in for the browser's local storage. */
function memoryJournal(): Journal {
  const entries = new Map<string, JournalEntry>();
  let n = 0;
  return {
    add: (entry) => {
      const key = `k${(n += 1)}`;
      entries.set(key, structuredClone(entry));
      return key;
    },
    remove: (key) => void entries.delete(key),
    pending: () => [...entries].map(([key, entry]) => ({ key, entry })),
  };
}

describe('Session across a reload that comes before storage has written', () => {
  it('keeps an edit whose write was cut off, from the journal', async () => {
    const db = newDb();
    const journal = memoryJournal();
    const store = await DexieStore.open(db, 1);
    const first = new Session({
      store,
      seed: async () => ({ landscape: miniLandscape() }),
      tab: 't',
      journal,
    });
    await first.start();
    await first.flush();
    // The page goes before the write: storage never sees the edit, the journal has it.
    store.commit = () => new Promise(() => undefined);
    rename(first, 'north-svoc', 'Saved as the page went');

    const second = new Session({
      store: await DexieStore.open(db, 1),
      seed: async () => ({ landscape: miniLandscape() }),
      tab: 't',
      journal,
    });
    await second.start();
    expect(boardNamed(second, 'north-svoc')).toBe('Saved as the page went');
    expect(second.canUndo).toBe(true);
    expect(journal.pending(new Set(), 't')).toEqual([]);
  });
});

describe('Session renaming in another tab', () => {
  it('shows a workspace renamed in another tab under its new name', async () => {
    const db = newDb();
    const a = await open(db, { tab: 'a', channel: true });
    const b = await open(db, { tab: 'b', channel: true });
    await a.rename('Gwent model');
    await until(() => b.workspace!.name === 'Gwent model');
    expect(b.workspaces.map((w) => w.name)).toEqual(['Gwent model']);
  });
});

describe('a shared workspace in the session', () => {
  it("stores and shows a server's changes, which survive a reopen", async () => {
    const name = newDb();
    const s = await open(name);
    const server = {};
    s.acceptChangesFrom(server);
    // Another person's copy renames a board; the change reaches this document from the server.
    const theirs = new Y.Doc();
    Y.applyUpdate(theirs, Y.encodeStateAsUpdate(s.document!));
    const before = readDocument(theirs);
    const board = before.landscape.boards.find((b) => b.id === 'north-svoc')!;
    writeContent(
      theirs,
      before,
      {
        ...before,
        landscape: {
          ...before.landscape,
          boards: before.landscape.boards.map((b) =>
            b === board ? { ...board, name: 'Renamed elsewhere' } : b,
          ),
        },
      },
      'them',
    );
    Y.applyUpdate(
      s.document!,
      Y.encodeStateAsUpdate(theirs, Y.encodeStateVector(s.document!)),
      server,
    );
    await until(() => boardNamed(s, 'north-svoc') === 'Renamed elsewhere');
    // Their change is not this tab's to undo.
    expect(s.canUndo).toBe(false);
    await s.flush();
    const again = await open(name, { tab: 'tab-2' });
    expect(boardNamed(again, 'north-svoc')).toBe('Renamed elsewhere');
  });

  it('keeps where a workspace is shared, and a viewer may not change it', async () => {
    const name = newDb();
    const s = await open(name);
    expect(s.editable).toBe(true);
    await s.setShare({ server: 'http://127.0.0.1:1/', doc: 'd', token: 't', role: 'viewer' });
    expect(s.editable).toBe(false);
    expect(rename(s, 'north-svoc', 'Not allowed')).toBe(false);
    const again = await open(name, { tab: 'tab-2' });
    expect(again.openSummary?.share?.role).toBe('viewer');
    expect(again.editable).toBe(false);
    await again.setShare(undefined);
    expect(again.editable).toBe(true);
    expect(again.workspaces[0]?.share).toBeUndefined();
  });
});
