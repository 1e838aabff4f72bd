import Dexie, { type EntityTable } from 'dexie';
import type { Workspace } from '../core/workspace/types';

export interface SettingRow {
  key: string;
  value: unknown;
}

/** The app's one IndexedDB database. Each schema change adds a `version()` step here. */
export class TirweddDatabase extends Dexie {
  workspaces!: EntityTable<Workspace, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;

  constructor(name = 'tirwedd') {
    super(name);
    this.version(1).stores({ workspaces: 'id, createdAt', settings: 'key' });
  }
}
