import Dexie, { type EntityTable } from 'dexie';
import type { HistoryEntry } from '../core/edits/types';
import type { WorkspaceSummary } from '../core/workspace/types';

export interface SettingRow {
  key: string;
  value: unknown;
}

/** One change to a workspace document, as Yjs encodes it; a workspace is the merge of its rows. */
export interface UpdateRow {
  seq?: number;
  ws: string;
  update: Uint8Array;
}

/** One step of one tab's undo history. */
export interface UndoRow {
  ws: string;
  tab: string;
  /** Rising within a tab's history: the order of its steps. */
  n: number;
  entry: HistoryEntry;
}

/** Where a tab's undo history stands: how many of its steps are applied. */
export interface UndoStateRow {
  ws: string;
  tab: string;
  /** The `n` of the first step that is not applied (redo starts there). */
  cursor: number;
  at: string;
}

/** A named version: the whole document as it stood, kept so it can be opened or compared. */
export interface VersionRow {
  id: string;
  ws: string;
  name: string;
  at: string;
  state: Uint8Array;
}

/** A workspace record of the version 4 format, from before workspaces were documents. */
export type LegacyRow = { id: string; createdAt: string } & Record<string, unknown>;

/** The app's one IndexedDB database. Each schema change adds a `version()` step here. */
export class TirweddDatabase extends Dexie {
  /** Version 4 records waiting to be migrated when first opened. */
  workspaces!: EntityTable<LegacyRow, 'id'>;
  summaries!: EntityTable<WorkspaceSummary, 'id'>;
  updates!: EntityTable<UpdateRow, 'seq'>;
  undo!: Dexie.Table<UndoRow, [string, string, number]>;
  undoState!: Dexie.Table<UndoStateRow, [string, string]>;
  versions!: EntityTable<VersionRow, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;

  constructor(name = 'tirwedd') {
    super(name, { chromeTransactionDurability: 'relaxed' });
    this.version(1).stores({ workspaces: 'id, createdAt', settings: 'key' });
    this.version(2)
      .stores({
        summaries: 'id, createdAt',
        updates: '++seq, ws',
        undo: '[ws+tab+n], [ws+tab], ws',
        undoState: '[ws+tab], ws',
        versions: 'id, ws',
      })
      .upgrade(async (tx) => {
        // The list of workspaces comes from summaries from now on; the records themselves
        // become documents when each is first opened.
        const legacy: LegacyRow[] = await tx.table('workspaces').toArray();
        await tx.table('summaries').bulkPut(
          legacy.map((w) => ({
            id: w.id,
            name: typeof w.name === 'string' ? w.name : w.id,
            createdAt: w.createdAt,
            updatedAt: typeof w.updatedAt === 'string' ? w.updatedAt : w.createdAt,
          })),
        );
      });
  }
}
