import { appendTo } from '../collections';
import type { Board, BoardId, Landscape, Membership } from '../model/types';

/** How a board differs between baseline and scenario, for marking it in the graph and tables. */
export type BoardChangeKind = 'new' | 'merged' | 'retired' | 'changed' | 'removed';

export interface BoardChange {
  board: BoardId;
  name: string;
  change: BoardChangeKind;
  /** For `changed`: the fields that differ (`memberships` when its members or seats changed). */
  fields: string[];
}

const COMPARED: readonly (keyof Board)[] = [
  'name',
  'level',
  'footprint',
  'themes',
  'status',
  'meetingsPerYear',
  'hoursPerMeeting',
  'statutoryBasis',
  'description',
];

const setKey = (v: unknown): string =>
  Array.isArray(v) ? JSON.stringify([...v].sort()) : JSON.stringify(v ?? null);

const membersKey = (list: Membership[]) =>
  list
    .map((m) => `${m.organisation}:${m.role}:${m.seats}`)
    .sort()
    .join(',');

function byBoard(
  landscape: Landscape,
  wanted: ReadonlySet<BoardId> | undefined,
): Map<BoardId, Membership[]> {
  const map = new Map<BoardId, Membership[]>();
  for (const m of landscape.memberships) {
    if (wanted && !wanted.has(m.board)) continue;
    appendTo(map, m.board, m);
  }
  return map;
}

/**
 * Each board that differs between two landscapes: new in the scenario, merged or retired by it,
 * removed, or changed (with the fields that changed). Footprints and themes compare as sets,
 * so reordering alone is not a change. Boards the same on both sides are left out. Given the
 * boards the scenario `touched` (see `touchedBoards`), only those are looked at.
 */
export function boardChanges(
  baseline: Landscape,
  scenario: Landscape,
  touched?: ReadonlySet<BoardId>,
): BoardChange[] {
  const before = new Map(baseline.boards.map((b) => [b.id, b]));
  const after = new Map(scenario.boards.map((b) => [b.id, b]));
  const membersBefore = byBoard(baseline, touched);
  const membersAfter = byBoard(scenario, touched);
  const out: BoardChange[] = [];
  for (const board of scenario.boards) {
    if (touched && !touched.has(board.id)) continue;
    const old = before.get(board.id);
    if (!old) {
      out.push({ board: board.id, name: board.name, change: 'new', fields: [] });
      continue;
    }
    const fields = COMPARED.filter((f) => setKey(old[f]) !== setKey(board[f])) as string[];
    if (
      membersKey(membersBefore.get(board.id) ?? []) !== membersKey(membersAfter.get(board.id) ?? [])
    )
      fields.push('memberships');
    if (!fields.length) continue;
    const ended =
      old.status !== board.status && (board.status === 'merged' || board.status === 'retired');
    out.push({
      board: board.id,
      name: board.name,
      change: ended ? (board.status as 'merged' | 'retired') : 'changed',
      fields,
    });
  }
  for (const board of baseline.boards)
    if (!after.has(board.id))
      out.push({ board: board.id, name: board.name, change: 'removed', fields: [] });
  return out;
}
