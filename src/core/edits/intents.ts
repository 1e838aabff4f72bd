import { changeBoard, type BoardChanges } from '../model/board-changes';
import { freshBoardId } from '../model/queries';
import type { Board, BoardId, Landscape, OrganisationId } from '../model/types';
import { userEntry } from '../model/user-source';
import type { RelationType, Role } from '../model/vocabulary';
import type { Position } from '../workspace/types';
import type { Edit } from './types';

/**
 * Edits as a user asks for them. Every fact a user enters or changes is stamped as entered by a
 * user on `date`, never passed off as sourced: this is the one place that rule is applied.
 */

/** The empty board the editor starts a new one from. */
export function blankBoard(date: string): Board {
  return {
    id: 'new-board' as BoardId,
    name: '',
    level: 'regional',
    footprint: [],
    themes: [],
    status: 'active',
    source: userEntry(date),
  };
}

/** A new board from the editor's fields, placed at `position`; its id is made from its name. */
export function addBoardEdit(
  landscape: Landscape,
  changes: BoardChanges,
  date: string,
  position: Position,
): { id: BoardId; edit: Edit } {
  // A new board's facts all come from the user, as its record source already says.
  const { factSources: _, ...draft } = changeBoard(blankBoard(date), changes, userEntry(date));
  const board: Board = { ...draft, id: freshBoardId(landscape, draft.name) };
  return {
    id: board.id,
    edit: {
      kind: 'batch',
      edits: [
        { kind: 'put-board', board },
        { kind: 'move-boards', positions: { [board.id]: position } },
      ],
    },
  };
}

export function editBoardEdit(board: Board, changes: BoardChanges, date: string): Edit {
  return { kind: 'put-board', board: changeBoard(board, changes, userEntry(date)) };
}

export function addMembershipEdit(
  board: BoardId,
  organisation: OrganisationId,
  role: Role,
  seats: number,
  date: string,
): Edit {
  return {
    kind: 'add-membership',
    membership: { board, organisation, role, seats, source: userEntry(date) },
  };
}

export function addRelationEdit(
  from: BoardId,
  to: BoardId,
  type: RelationType,
  date: string,
): Edit {
  return { kind: 'add-relation', relation: { from, to, type, source: userEntry(date) } };
}
