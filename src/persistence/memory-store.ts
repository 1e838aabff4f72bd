import { updatesToMerge } from './compaction';
import type { ShareBinding, WorkspaceSummary } from '../core/workspace/types';
import {
  byCreation,
  type Commit,
  type HistoryWrite,
  type NumberedEntry,
  type StoredHistory,
  type VersionSummary,
  type WorkspaceStore,
} from './repository';

interface Kept {
  summary: WorkspaceSummary;
  updates: Uint8Array[];
  histories: Map<string, { entries: NumberedEntry[]; cursor: number }>;
}

/** Keeps workspaces for this page only: the fallback when IndexedDB cannot be opened. */
export class MemoryStore implements WorkspaceStore {
  readonly persistent: boolean = false;
  readonly #workspaces = new Map<string, Kept>();
  readonly #versions = new Map<string, { version: VersionSummary; state: Uint8Array }>();
  readonly #settings = new Map<string, unknown>();

  async list() {
    return [...this.#workspaces.values()].map((w) => ({ ...w.summary })).sort(byCreation);
  }
  async create(summary: WorkspaceSummary, updates: Uint8Array[], history?: HistoryWrite) {
    this.#workspaces.set(summary.id, {
      summary: { ...summary },
      updates: [...updates],
      histories: new Map(),
    });
    if (history) this.#writeHistory(summary.id, history);
  }
  async commit(commit: Commit) {
    const kept = this.#workspaces.get(commit.ws);
    if (!kept) return;
    kept.updates.push(...commit.updates);
    kept.summary.updatedAt = commit.updatedAt;
    if (commit.history) this.#writeHistory(commit.ws, commit.history);
  }
  async rename(id: string, name: string, updatedAt: string) {
    const kept = this.#workspaces.get(id);
    if (kept) kept.summary = { ...kept.summary, name, updatedAt };
  }
  async setShare(id: string, share: ShareBinding | undefined) {
    const kept = this.#workspaces.get(id);
    if (!kept) return;
    const { share: _old, ...rest } = kept.summary;
    kept.summary = share ? { ...rest, share } : rest;
  }
  async remove(id: string) {
    this.#workspaces.delete(id);
  }
  async readUpdates(id: string) {
    return [...(this.#workspaces.get(id)?.updates ?? [])];
  }
  async compact(id: string, merge: (updates: Uint8Array[]) => Uint8Array, over: number) {
    const kept = this.#workspaces.get(id);
    const merging = new Set(kept ? updatesToMerge(kept.updates, over) : []);
    if (!kept || !merging.size) return;
    kept.updates = [
      ...kept.updates.filter((_, at) => !merging.has(at)),
      merge(kept.updates.filter((_, at) => merging.has(at))),
    ];
  }
  async readHistory(id: string, tab: string): Promise<StoredHistory> {
    const h = this.#workspaces.get(id)?.histories.get(tab);
    return h ? { entries: [...h.entries], cursor: h.cursor } : { entries: [], cursor: 0 };
  }
  async readLegacy() {
    return undefined;
  }
  async migrateLegacy() {}
  async addVersion(version: VersionSummary, state: Uint8Array) {
    this.#versions.set(version.id, { version, state });
  }
  async listVersions(id: string) {
    return [...this.#versions.values()].map((v) => v.version).filter((v) => v.ws === id);
  }
  async readVersion(versionId: string) {
    return this.#versions.get(versionId)?.state;
  }
  async getSetting<T>(key: string) {
    return this.#settings.get(key) as T | undefined;
  }
  async setSetting<T>(key: string, value: T) {
    this.#settings.set(key, value);
  }

  #writeHistory(id: string, h: HistoryWrite) {
    const histories = this.#workspaces.get(id)!.histories;
    let entries = h.replace ? [] : [...(histories.get(h.tab)?.entries ?? [])];
    if (h.dropFrom !== undefined) entries = entries.filter((e) => e.n < h.dropFrom!);
    if (h.dropBelow !== undefined) entries = entries.filter((e) => e.n >= h.dropBelow!);
    entries.push(...h.put);
    histories.set(h.tab, { entries, cursor: h.cursor });
  }
}
