import type { Edit } from '../core/edits/types';
import {
  OutdatedAppError,
  type HistoryWrite,
  type WorkspaceStore,
} from '../persistence/repository';
import type { Journal } from './journal';
import type { TabHistory } from './tab-history';

/** The open workspace as a save sees it. */
export interface SaveTarget {
  ws: string;
  /** The whole document, encoded: written after storage refused a change. */
  state: () => Uint8Array;
  history: TabHistory;
}

/** What became of a save, for the session to tell the user. */
export type SaveOutcome =
  | { kind: 'saved-again' }
  | { kind: 'outdated' }
  | { kind: 'failed'; reason: string; count: number };

/** The bytes one save writes: the document updates and the undo step, as stored. */
const commitBytes = (commit: { updates: Uint8Array[]; history?: HistoryWrite }): number =>
  commit.updates.reduce((n, u) => n + u.byteLength, 0) +
  (commit.history ? JSON.stringify(commit.history).length : 0);

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Storage writes, one after another, with the truth about them: how many are outstanding, and
 * which edits storage refused and are kept in this tab only. Each edit goes to the journal at
 * once, then to storage; after a refusal, the next write stores the whole document and history
 * again, so nothing refused is ever missing once storage has room.
 */
export class SaveQueue {
  /** Writes not yet confirmed by storage; the interface says "Saving…" until it is zero. */
  pending = $state(0);
  /** Edits kept in this tab only because storage refused them. */
  unsaved = $state.raw<Edit[]>([]);

  #saving: Promise<void> = Promise.resolve();
  #writeEverything = false;
  /** Journal entries of writes storage refused, dropped once everything is written again. */
  #refusedJournal: string[] = [];

  constructor(
    private readonly store: WorkspaceStore,
    private readonly journal: Journal | undefined,
    private readonly report: (outcome: SaveOutcome) => void,
    private readonly now: () => string,
  ) {}

  /** Resolves when every write so far has finished (or failed and been reported). */
  flush(): Promise<void> {
    return this.#saving;
  }

  /** Runs a write after those before it, counting it while it is outstanding. */
  queue(write: () => Promise<void>): Promise<void> {
    // With nothing outstanding the write starts now, before the page goes on to draw the edit.
    this.#saving = (this.pending++ ? this.#saving.then(write) : write())
      .catch((error: unknown) => this.report({ kind: 'failed', reason: reasonOf(error), count: 1 }))
      .finally(() => (this.pending -= 1));
    return this.#saving;
  }

  /** Stores one edit's updates and undo step; `edit` names it if storage refuses it. */
  save(target: SaveTarget, updates: Uint8Array[], history?: HistoryWrite, edit?: Edit): void {
    const { ws } = target;
    const updatedAt = this.now();
    const journalled =
      updates.length || history
        ? this.journal?.add({ ws, updates, ...(history ? { history } : {}), updatedAt })
        : undefined;
    void this.queue(async () => {
      const everything = this.#writeEverything;
      try {
        const commit = {
          ws,
          updates: everything ? [target.state()] : updates,
          ...(everything ? { history: target.history.everything() } : history ? { history } : {}),
          updatedAt,
        };
        const start = performance.now();
        const receipt = await this.store.commit(commit);
        // For the benchmark and the browser's performance panel: what one save wrote, and how long
        // it took to be stored (which the page may hear of later, after drawing the edit).
        performance.measure('tirwedd:save', {
          start,
          end: receipt?.storedAt ?? performance.now(),
          detail: { bytes: commitBytes(commit) },
        });
        if (journalled) this.journal?.remove(journalled);
        if (everything) {
          for (const key of this.#refusedJournal.splice(0)) this.journal?.remove(key);
          this.#writeEverything = false;
          this.unsaved = [];
          this.report({ kind: 'saved-again' });
        }
      } catch (error) {
        if (journalled) this.#refusedJournal.push(journalled);
        this.#writeEverything = true;
        if (edit) this.unsaved = [...this.unsaved, edit];
        this.report(
          error instanceof OutdatedAppError
            ? { kind: 'outdated' }
            : { kind: 'failed', reason: reasonOf(error), count: this.unsaved.length },
        );
      }
    });
  }

  /** Writes the whole workspace again: after storage refused a change, once it has room. */
  retry(target: SaveTarget): void {
    if (!this.unsaved.length) return;
    this.#writeEverything = true;
    this.save(target, []);
  }

  /** Stores what the journal holds for workspace `ws`: edits a reload came before. */
  async recover(ws: string, live: ReadonlySet<string>, tab: string): Promise<void> {
    for (const { key, entry } of this.journal?.pending(live, tab) ?? []) {
      if (entry.ws !== ws) continue;
      try {
        await this.store.commit(entry);
        this.journal!.remove(key);
      } catch {
        // Still refused: the entry stays in the journal for the next open.
        break;
      }
    }
  }

  /** Another workspace is open: what was refused belongs to the one before. */
  reset(): void {
    this.unsaved = [];
  }
}
