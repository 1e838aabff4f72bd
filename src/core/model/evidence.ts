import type { Board, BoardId, Landscape } from './types';

/**
 * How far the sources support a board: the board itself is illustrative (the sources do not
 * show it exists as modelled), or every member it has is illustrative. Views draw both so that
 * assumed content never looks like sourced fact.
 */
export interface BoardEvidence {
  illustrative: boolean;
  membersAllIllustrative: boolean;
}

const SOURCED: BoardEvidence = { illustrative: false, membersAllIllustrative: false };

/** The evidence behind every board of the landscape, in one pass over its memberships. */
export function boardEvidence(landscape: Landscape): ReadonlyMap<BoardId, BoardEvidence> {
  const members = new Map<BoardId, { all: number; illustrative: number }>();
  for (const m of landscape.memberships) {
    let count = members.get(m.board);
    if (!count) members.set(m.board, (count = { all: 0, illustrative: 0 }));
    count.all++;
    if (m.source.confidence === 'illustrative') count.illustrative++;
  }
  return new Map(landscape.boards.map((b) => [b.id, evidenceOf(b, members.get(b.id))]));
}

/** A board's evidence from how many members it has and how many of them are illustrative. */
function evidenceOf(
  board: Board,
  count: { all: number; illustrative: number } | undefined,
): BoardEvidence {
  const evidence = {
    illustrative: isIllustrativeBoard(board),
    membersAllIllustrative: !!count && count.all > 0 && count.all === count.illustrative,
  };
  return evidence.illustrative || evidence.membersAllIllustrative ? evidence : SOURCED;
}

/** The evidence behind one board, without a pass over every other board's members. */
export function evidenceOfBoard(landscape: Landscape, board: Board): BoardEvidence {
  const count = { all: 0, illustrative: 0 };
  for (const m of landscape.memberships)
    if (m.board === board.id) {
      count.all++;
      if (m.source.confidence === 'illustrative') count.illustrative++;
    }
  return evidenceOf(board, count);
}

/** A board the sources do not support: its own record is illustrative. */
export const isIllustrativeBoard = (board: Board): boolean =>
  board.source.confidence === 'illustrative';
