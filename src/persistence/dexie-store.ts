import { updatesToMerge } from './compaction';
import Dexie from 'dexie';
import type { ShareBinding, WorkspaceSummary } from '../core/workspace/types';
import type { Committer } from './commit-thread';
import { TirweddDatabase, type UndoRow } from './database';
import {
  byCreation,
  OutdatedAppError,
  type Commit,
  type CommitReceipt,
  type HistoryWrite,
  type StoredHistory,
  type VersionSummary,
  type WorkspaceStore,
} from './repository';

const APP_BUILD = 'appBuild';
/** Stored updates read a request at a time (a large workspace's parts are about 400 KB each). */
const READ_ROWS = 8;

/**
 * Workspaces kept in IndexedDB through Dexie. Each edit appends one small update and the
 * history step it made, in one transaction, so a change to one board at 5,000 writes a few
 * hundred bytes, not the whole workspace, and edits from several tabs never overwrite each
 * other. `build` is this app's build number: a write is refused once a newer build has opened
 * the database, so two versions of the app never write one workspace in two shapes.
 */
export class DexieStore implements WorkspaceStore {
  readonly persistent = true;
  #committer: Committer | undefined;

  constructor(
    private readonly db: TirweddDatabase,
    private readonly build: number,
  ) {}

  /** Opens the database, or reports why it cannot be (no IndexedDB, private mode, blocked). */
  static async open(name?: string, build = 0): Promise<DexieStore> {
    const db = new TirweddDatabase(name);
    await db.open();
    const store = new DexieStore(db, build);
    await db.transaction('rw', db.settings, async () => {
      const latest = (await db.settings.get(APP_BUILD))?.value;
      if (typeof latest !== 'number' || latest < build)
        await db.settings.put({ key: APP_BUILD, value: build });
    });
    return store;
  }

  /** Whether a newer build of the app has opened this database since this one started. */
  async outdated(): Promise<boolean> {
    const latest = (await this.db.settings.get(APP_BUILD))?.value;
    return typeof latest === 'number' && latest > this.build;
  }

  async list() {
    return (await this.db.summaries.orderBy('createdAt').toArray()).sort(byCreation);
  }

  async create(summary: WorkspaceSummary, updates: Uint8Array[], history?: HistoryWrite) {
    await this.#writeEdit(async () => {
      await this.db.summaries.put(summary);
      // One request after another: each part is copied for storage in a task of its own, so a
      // very large workspace never holds the page while it is stored.
      for (const update of updates) await this.db.updates.add({ ws: summary.id, update });
      if (history) await this.#writeHistory(summary.id, history, summary.updatedAt);
    });
  }

  /** Hands edits to `committer` (the storage worker) from now on. */
  commitThrough(committer: Committer): void {
    this.#committer = committer;
  }

  commit(commit: Commit): Promise<CommitReceipt | void> {
    return this.#committer ? this.#committer(commit) : this.commitHere(commit);
  }

  /** Stores an edit from this thread. */
  async commitHere(commit: Commit): Promise<void> {
    // Every request goes out at once: each await would wait for the page's main thread, which a
    // large landscape keeps busy after an edit, and IndexedDB runs a transaction's requests in
    // the order they were made anyway.
    await this.#writeEdit(async () => {
      await Promise.all([
        commit.updates.length
          ? this.db.updates.bulkAdd(commit.updates.map((update) => ({ ws: commit.ws, update })))
          : undefined,
        commit.history
          ? this.#writeHistory(commit.ws, commit.history, commit.updatedAt)
          : undefined,
        this.db.summaries.update(commit.ws, { updatedAt: commit.updatedAt }),
      ]);
    });
  }

  async rename(id: string, name: string, updatedAt: string) {
    await this.db.transaction('rw', [this.db.summaries, this.db.settings], async () => {
      await this.#checkBuild();
      await this.db.summaries.update(id, { name, updatedAt });
    });
  }

  async setShare(id: string, share: ShareBinding | undefined) {
    await this.db.transaction('rw', [this.db.summaries, this.db.settings], async () => {
      await this.#checkBuild();
      const summary = await this.db.summaries.get(id);
      if (!summary) return;
      const { share: _old, ...rest } = summary;
      await this.db.summaries.put(share ? { ...rest, share } : rest);
    });
  }

  async remove(id: string) {
    const { db } = this;
    await db.transaction(
      'rw',
      [db.summaries, db.updates, db.undo, db.undoState, db.versions, db.workspaces, db.settings],
      async () => {
        await this.#checkBuild();
        await db.summaries.delete(id);
        await db.updates.where('ws').equals(id).delete();
        await db.undo.where('ws').equals(id).delete();
        await db.undoState.where('ws').equals(id).delete();
        await db.versions.where('ws').equals(id).delete();
        await db.workspaces.delete(id);
      },
    );
  }

  async readUpdates(id: string) {
    const { db } = this;
    // A few rows a request, in one transaction: the page copies each request's answer in a task
    // of its own, where all the parts of a 20,000-board workspace at once held it for 150 ms.
    return db.transaction('r', db.updates, async () => {
      const keys = await db.updates.where('ws').equals(id).primaryKeys();
      const seqs = (keys as number[]).sort((a, b) => a - b);
      const updates: Uint8Array[] = [];
      for (let at = 0; at < seqs.length; at += READ_ROWS)
        for (const row of await db.updates.bulkGet(seqs.slice(at, at + READ_ROWS)))
          if (row) updates.push(row.update);
      return updates;
    });
  }

  async compact(id: string, merge: (updates: Uint8Array[]) => Uint8Array, over: number) {
    const { db } = this;
    await db.transaction('rw', db.updates, async () => {
      const rows = await db.updates.where('ws').equals(id).sortBy('seq');
      const merging = updatesToMerge(
        rows.map((r) => r.update),
        over,
      ).map((at) => rows[at]!);
      if (!merging.length) return;
      const merged = merge(merging.map((r) => r.update));
      await db.updates.bulkDelete(merging.map((r) => r.seq!));
      await db.updates.add({ ws: id, update: merged });
    });
  }

  async readHistory(
    id: string,
    tab: string,
    liveTabs: ReadonlySet<string>,
  ): Promise<StoredHistory> {
    const { db } = this;
    return db.transaction('rw', db.undo, db.undoState, async () => {
      let state = await db.undoState.get([id, tab]);
      if (!state) {
        // A reopened tab has a new identity: it takes over the newest history no open tab holds.
        const orphans = (await db.undoState.where('ws').equals(id).toArray())
          .filter((s) => !liveTabs.has(s.tab) && s.tab !== tab)
          .sort((a, b) => b.at.localeCompare(a.at));
        const orphan = orphans[0];
        if (!orphan) return { entries: [], cursor: 0 };
        const rows = await db.undo.where('[ws+tab]').equals([id, orphan.tab]).toArray();
        await db.undo.where('[ws+tab]').equals([id, orphan.tab]).delete();
        await db.undoState.delete([id, orphan.tab]);
        await db.undo.bulkPut(rows.map((r) => ({ ...r, tab })));
        state = { ...orphan, tab };
        await db.undoState.put(state);
      }
      const rows = await db.undo.where('[ws+tab]').equals([id, tab]).sortBy('n');
      return { entries: rows.map(({ n, entry }) => ({ n, entry })), cursor: state.cursor };
    });
  }

  async readLegacy(id: string) {
    return this.db.workspaces.get(id);
  }

  async migrateLegacy(id: string, state: Uint8Array, history: HistoryWrite) {
    const { db } = this;
    await db.transaction(
      'rw',
      [db.workspaces, db.updates, db.undo, db.undoState, db.settings],
      async () => {
        await this.#checkBuild();
        if (!(await db.workspaces.get(id))) return; // Another tab migrated it first.
        await db.updates.add({ ws: id, update: state });
        await this.#writeHistory(id, history, new Date(0).toISOString());
        await db.workspaces.delete(id);
      },
    );
  }

  async addVersion(version: VersionSummary, state: Uint8Array) {
    await this.db.versions.add({ ...version, state });
  }

  async listVersions(id: string) {
    const rows = await this.db.versions.where('ws').equals(id).toArray();
    return rows
      .map(({ id, ws, name, at }) => ({ id, ws, name, at }))
      .sort((a, b) => a.at.localeCompare(b.at));
  }

  async readVersion(versionId: string) {
    return (await this.db.versions.get(versionId))?.state;
  }

  async getSetting<T>(key: string) {
    return (await this.db.settings.get(key))?.value as T | undefined;
  }

  async setSetting<T>(key: string, value: T) {
    await this.db.settings.put({ key, value });
  }

  /** One transaction over what an edit writes, refused if a newer app has opened the database. */
  #writeEdit(write: () => Promise<void>): Promise<void> {
    const { db } = this;
    return db.transaction(
      'rw',
      [db.summaries, db.updates, db.undo, db.undoState, db.settings],
      async () => {
        // A newer app's mark aborts the transaction, and with it whatever was written.
        await Promise.all([this.#checkBuild(), write()]);
      },
    );
  }

  async #checkBuild() {
    const latest = (await this.db.settings.get(APP_BUILD))?.value;
    if (typeof latest === 'number' && latest > this.build) throw new OutdatedAppError();
  }

  async #writeHistory(ws: string, h: HistoryWrite, at: string) {
    const { db } = this;
    const mine = db.undo.where('[ws+tab]').equals([ws, h.tab]);
    // Entries put may take the numbers of those cleared: they go once the clearing is done.
    if (h.replace) await mine.delete();
    else if (h.dropFrom !== undefined)
      await db.undo
        .where('[ws+tab+n]')
        .between([ws, h.tab, h.dropFrom], [ws, h.tab, Dexie.maxKey])
        .delete();
    await Promise.all([
      // The oldest entries, dropped below every number put.
      h.dropBelow !== undefined && !h.replace
        ? db.undo
            .where('[ws+tab+n]')
            .between([ws, h.tab, Dexie.minKey], [ws, h.tab, h.dropBelow])
            .delete()
        : undefined,
      h.put.length
        ? db.undo.bulkPut(h.put.map(({ n, entry }): UndoRow => ({ ws, tab: h.tab, n, entry })))
        : undefined,
      db.undoState.put({ ws, tab: h.tab, cursor: h.cursor, at }),
    ]);
  }
}
