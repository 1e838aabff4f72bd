import type { BoardId } from '../model/types';
import type { Position, Positions, WorkspaceContent } from '../workspace/types';

/**
 * The moves a finished tidy makes to the workspace as it is now: every board of the landscape
 * whose position changes, except pinned boards. The workspace may have changed while the
 * layout ran, so a board pinned or removed meanwhile is left alone.
 */
export function tidyMoves(
  content: Pick<WorkspaceContent, 'landscape' | 'positions' | 'pinned'>,
  laidOut: Positions,
): Record<BoardId, Position> {
  const pinned = new Set(content.pinned);
  const moves: Record<BoardId, Position> = {};
  for (const board of content.landscape.boards) {
    const next = laidOut[board.id];
    const current = content.positions[board.id];
    if (!next || pinned.has(board.id)) continue;
    if (!current || current.x !== next.x || current.y !== next.y) moves[board.id] = next;
  }
  return moves;
}
