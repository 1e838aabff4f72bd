import type { HistoryEntry } from '../core/edits/types';
import type { ShareBinding, WorkspaceSummary } from '../core/workspace/types';

/** One step of a tab's history with its place in the order. */
export interface NumberedEntry {
  n: number;
  entry: HistoryEntry;
}

/** A tab's undo history as stored: its steps and the `n` of the first one not applied. */
export interface StoredHistory {
  entries: NumberedEntry[];
  cursor: number;
}

/**
 * What one edit changes in a tab's history, so that only that is written: the steps added, the
 * steps dropped (a redo branch cut off, the oldest beyond the limit), and the cursor. `replace`
 * writes the whole history instead (a migrated or adopted one, or after a failed write).
 */
export interface HistoryWrite {
  tab: string;
  put: NumberedEntry[];
  /** Steps from this `n` on are dropped. */
  dropFrom?: number;
  /** Steps below this `n` are dropped. */
  dropBelow?: number;
  cursor: number;
  replace?: boolean;
}

/** Everything one edit writes, kept together: all of it is stored, or none. */
export interface Commit {
  ws: string;
  updates: Uint8Array[];
  history?: HistoryWrite;
  updatedAt: string;
}

/** When storage finished a commit, in the page's `performance.now()` time. */
export interface CommitReceipt {
  storedAt: number;
}

export interface VersionSummary {
  id: string;
  ws: string;
  name: string;
  at: string;
}

/** Thrown by a write when a newer version of the app has opened the same storage. */
export class OutdatedAppError extends Error {
  constructor() {
    super('a newer version of Tirwedd has opened this workspace; reload before making changes');
    this.name = 'OutdatedAppError';
  }
}

/**
 * Where workspaces are kept. The application state talks only to this interface, so the
 * storage behind it (IndexedDB, or memory when IndexedDB is unavailable) can change freely.
 * A workspace is a document stored as the updates that made it, plus each tab's undo history,
 * its named versions, and a summary for the list.
 */
export interface WorkspaceStore {
  /** False when changes cannot be kept past this page (no IndexedDB, private mode). */
  readonly persistent: boolean;
  /** Workspaces in the order they were created, from their summaries alone. */
  list(): Promise<WorkspaceSummary[]>;
  /**
   * Stores a new workspace: its summary, the updates that make its document (often one, its
   * whole state) and, optionally, a history; all of it, or nothing.
   */
  create(summary: WorkspaceSummary, updates: Uint8Array[], history?: HistoryWrite): Promise<void>;
  /** Stores an edit; the receipt says when, where that was not on the page's own thread. */
  commit(commit: Commit): Promise<CommitReceipt | void>;
  rename(id: string, name: string, updatedAt: string): Promise<void>;
  /** Records where a workspace is shared, or that it no longer is. */
  setShare(id: string, share: ShareBinding | undefined): Promise<void>;
  remove(id: string): Promise<void>;
  /** The updates that make a workspace's document, oldest first. */
  readUpdates(id: string): Promise<Uint8Array[]>;
  /**
   * Replaces a workspace's small updates (its edits) with one that merges them, if there are
   * more than `over`; the large parts it was first stored in stay as they are.
   */
  compact(id: string, merge: (updates: Uint8Array[]) => Uint8Array, over: number): Promise<void>;
  /** A tab's history; without one, the history of a tab that is no longer open is taken over. */
  readHistory(id: string, tab: string, liveTabs: ReadonlySet<string>): Promise<StoredHistory>;
  /** A version 4 workspace record not yet made into a document. */
  readLegacy(id: string): Promise<unknown>;
  /** Stores a migrated version 4 workspace as a document and drops the old record, together. */
  migrateLegacy(id: string, state: Uint8Array, history: HistoryWrite): Promise<void>;
  addVersion(version: VersionSummary, state: Uint8Array): Promise<void>;
  listVersions(id: string): Promise<VersionSummary[]>;
  readVersion(versionId: string): Promise<Uint8Array | undefined>;
  getSetting<T>(key: string): Promise<T | undefined>;
  setSetting<T>(key: string, value: T): Promise<void>;
}

export const byCreation = (a: WorkspaceSummary, b: WorkspaceSummary): number =>
  a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
