import type { Workspace } from '../core/workspace/types';
import { TirweddDatabase } from './database';
import { summarise, type WorkspaceRepository } from './repository';

/** Workspaces kept in IndexedDB through Dexie: edits survive a reload or a closed tab. */
export class DexieRepository implements WorkspaceRepository {
  readonly persistent = true;

  constructor(private readonly db: TirweddDatabase) {}

  /** Opens the database, or reports why it cannot be (no IndexedDB, private mode, blocked). */
  static async open(name?: string): Promise<DexieRepository> {
    const db = new TirweddDatabase(name);
    await db.open();
    return new DexieRepository(db);
  }

  async list() {
    const rows = await this.db.workspaces.orderBy('createdAt').toArray();
    return rows.map(summarise);
  }
  async load(id: string) {
    return this.db.workspaces.get(id);
  }
  async save(workspace: Workspace) {
    await this.db.workspaces.put(workspace);
  }
  async remove(id: string) {
    await this.db.workspaces.delete(id);
  }
  async getSetting<T>(key: string) {
    return (await this.db.settings.get(key))?.value as T | undefined;
  }
  async setSetting<T>(key: string, value: T) {
    await this.db.settings.put({ key, value });
  }
}
