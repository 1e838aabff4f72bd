import type { Workspace } from '../core/workspace/types';
import { byCreation, summarise, type WorkspaceRepository } from './repository';

/** Keeps workspaces for this page only: the fallback when IndexedDB cannot be opened. */
export class MemoryRepository implements WorkspaceRepository {
  readonly persistent = false;
  readonly #workspaces = new Map<string, Workspace>();
  readonly #settings = new Map<string, unknown>();

  async list() {
    return [...this.#workspaces.values()].map(summarise).sort(byCreation);
  }
  async load(id: string) {
    const w = this.#workspaces.get(id);
    return w && structuredClone(w);
  }
  async save(workspace: Workspace) {
    this.#workspaces.set(workspace.id, structuredClone(workspace));
  }
  async remove(id: string) {
    this.#workspaces.delete(id);
  }
  async getSetting<T>(key: string) {
    return this.#settings.get(key) as T | undefined;
  }
  async setSetting<T>(key: string, value: T) {
    this.#settings.set(key, value);
  }
}
