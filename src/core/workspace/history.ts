import type { HistoryEntry } from '../edits/types';
import type { History } from './types';

/** How many steps of undo a workspace keeps. */
export const HISTORY_LIMIT = 200;

export const emptyHistory = (): History => ({ entries: [], cursor: 0 });

/** Records a new edit: anything that could have been redone is dropped, the oldest beyond the limit too. */
export function recordEntry(history: History, entry: HistoryEntry, limit = HISTORY_LIMIT): History {
  const entries = [...history.entries.slice(0, history.cursor), entry];
  const drop = Math.max(0, entries.length - limit);
  return { entries: entries.slice(drop), cursor: entries.length - drop };
}

export const canUndo = (history: History): boolean => history.cursor > 0;
export const canRedo = (history: History): boolean => history.cursor < history.entries.length;
