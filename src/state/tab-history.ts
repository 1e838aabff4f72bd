import type { HistoryEntry } from '../core/edits/types';
import { HISTORY_LIMIT } from '../core/workspace/history';
import type { History } from '../core/workspace/types';
import type { HistoryWrite, NumberedEntry, StoredHistory } from '../persistence/repository';

/**
 * One tab's undo history, and what each step writes to storage: the step it adds or the cursor
 * it moves, never the whole list again. Undo takes back this tab's own edits, not another's.
 */
export class TabHistory {
  #entries: NumberedEntry[];
  #cursor: number;

  constructor(
    readonly tab: string,
    stored: StoredHistory = { entries: [], cursor: 0 },
  ) {
    this.#entries = [...stored.entries].sort((a, b) => a.n - b.n);
    this.#cursor = Math.max(0, Math.min(stored.cursor, this.#entries.length));
  }

  /** The history in the core's shape, for the workspace file and the undo buttons. */
  get history(): History {
    return { entries: this.#entries.map((e) => e.entry), cursor: this.#cursor };
  }

  get toUndo(): HistoryEntry | undefined {
    return this.#entries[this.#cursor - 1]?.entry;
  }

  get toRedo(): HistoryEntry | undefined {
    return this.#entries[this.#cursor]?.entry;
  }

  /** A new edit: whatever could have been redone goes, and so does the oldest past the limit. */
  record(entry: HistoryEntry): HistoryWrite {
    const dropFrom = this.#entries[this.#cursor]?.n;
    const n = (this.#entries.at(-1)?.n ?? 0) + 1;
    const added = { n, entry };
    this.#entries = [...this.#entries.slice(0, this.#cursor), added];
    const over = this.#entries.length - HISTORY_LIMIT;
    if (over > 0) this.#entries = this.#entries.slice(over);
    this.#cursor = this.#entries.length;
    return {
      tab: this.tab,
      put: [added],
      ...(dropFrom !== undefined ? { dropFrom } : {}),
      ...(over > 0 ? { dropBelow: this.#entries[0]!.n } : {}),
      cursor: this.#cursor,
    };
  }

  undone(): HistoryWrite {
    this.#cursor -= 1;
    return { tab: this.tab, put: [], cursor: this.#cursor };
  }

  redone(): HistoryWrite {
    this.#cursor += 1;
    return { tab: this.tab, put: [], cursor: this.#cursor };
  }

  /** Forgets the step next to undo (or redo): what it changed is gone, so it cannot be taken back. */
  forget(which: 'undo' | 'redo'): HistoryWrite {
    const index = which === 'undo' ? this.#cursor - 1 : this.#cursor;
    this.#entries = this.#entries.toSpliced(index, 1);
    if (which === 'undo') this.#cursor -= 1;
    return this.everything();
  }

  /** The whole history, written in place of what storage holds. */
  everything(): HistoryWrite {
    return { tab: this.tab, put: [...this.#entries], cursor: this.#cursor, replace: true };
  }

  /** A history read from a file or an older record, numbered from the start. */
  static from(tab: string, history: History): TabHistory {
    return new TabHistory(tab, {
      entries: history.entries.map((entry, i) => ({ n: i + 1, entry })),
      cursor: history.cursor,
    });
  }
}
