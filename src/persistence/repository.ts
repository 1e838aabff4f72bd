import type { Workspace, WorkspaceSummary } from '../core/workspace/types';

/**
 * Where workspaces are kept. The application state talks only to this interface, so the
 * storage behind it (IndexedDB, or memory when IndexedDB is unavailable) can change freely.
 */
export interface WorkspaceRepository {
  /** False when changes cannot be kept past this page (no IndexedDB, private mode). */
  readonly persistent: boolean;
  /** Workspaces in the order they were created. */
  list(): Promise<WorkspaceSummary[]>;
  load(id: string): Promise<Workspace | undefined>;
  save(workspace: Workspace): Promise<void>;
  remove(id: string): Promise<void>;
  getSetting<T>(key: string): Promise<T | undefined>;
  setSetting<T>(key: string, value: T): Promise<void>;
}

export const summarise = (w: Workspace): WorkspaceSummary => ({
  id: w.id,
  name: w.name,
  createdAt: w.createdAt,
  updatedAt: w.updatedAt,
});

export const byCreation = (a: WorkspaceSummary, b: WorkspaceSummary): number =>
  a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
