import type { Board, Footprint, SourceRef } from './types';
import { BOARD_FACT_FIELDS, type BoardFactField } from './vocabulary';

/** The facts of a board a user can change in the editor. */
export type BoardChanges = Partial<
  Pick<Board, BoardFactField | 'nameCy' | 'acronym' | 'description'>
>;

const sameFootprint = (a: Footprint, b: Footprint): boolean =>
  a === 'all' || b === 'all'
    ? a === b
    : a.length === b.length && a.every((code) => b.includes(code));

function same(field: keyof BoardChanges, a: unknown, b: unknown): boolean {
  if (field === 'footprint') return sameFootprint(a as Footprint, b as Footprint);
  if (field === 'themes')
    return (
      (a as string[]).length === (b as string[]).length &&
      (a as string[]).every((t) => (b as string[]).includes(t))
    );
  return a === b;
}

/**
 * A board with the user's changes applied. Each fact that actually changed gets `source` as its
 * own source, so the panel never shows a seed quote beside a value the seed did not give.
 * Empty optional values are removed rather than stored as blanks.
 */
export function changeBoard(board: Board, changes: BoardChanges, source: SourceRef): Board {
  const next: Board = { ...board };
  const factSources = { ...(board.factSources ?? {}) };
  for (const [field, value] of Object.entries(changes) as [keyof BoardChanges, unknown][]) {
    if (same(field, board[field], value)) continue;
    if (value === undefined || value === '') delete next[field];
    else (next as unknown as Record<string, unknown>)[field] = value;
    if ((BOARD_FACT_FIELDS as readonly string[]).includes(field))
      factSources[field as BoardFactField] = source;
  }
  // A Welsh name typed by a user is neither the published name nor our marked translation.
  if ('nameCy' in changes && (changes.nameCy || undefined) !== board.nameCy) {
    delete next.nameCyStatus;
    delete next.nameCySource;
  }
  if (Object.keys(factSources).length) next.factSources = factSources;
  return next;
}
