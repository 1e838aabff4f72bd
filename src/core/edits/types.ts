import type {
  AreaCode,
  Board,
  BoardId,
  Membership,
  OrganisationId,
  Relation,
} from '../model/types';
import type { RelationType } from '../model/vocabulary';
import type { TilePlace } from '../geography/tiles';
import type { TrackerEntry } from '../scenarios/tracker';
import type { Scenario } from '../scenarios/types';
import type { Position, WorkspaceContent } from '../workspace/types';

/**
 * A change a user makes to a workspace. Each edit is plain data, so it can be stored in the
 * undo history, replayed after a reload and inverted.
 */
export type Edit =
  | { kind: 'put-board'; board: Board }
  | { kind: 'remove-board'; id: BoardId }
  | {
      kind: 'restore-board';
      board: Board;
      index: number;
      memberships: { membership: Membership; index: number }[];
      relations: { relation: Relation; index: number }[];
      position: Position | null;
    }
  | { kind: 'insert-board'; board: Board; index: number }
  | { kind: 'add-membership'; membership: Membership; index?: number }
  | { kind: 'remove-membership'; board: BoardId; organisation: OrganisationId }
  | { kind: 'add-relation'; relation: Relation; index?: number }
  | { kind: 'remove-relation'; from: BoardId; to: BoardId; type: RelationType }
  /** With `pin`, the moved boards are also pinned: a tidy layout leaves them where they are. */
  | { kind: 'move-boards'; positions: Record<BoardId, Position | null>; pin?: boolean }
  | { kind: 'unpin-boards'; ids: BoardId[] }
  /** Puts pins back where they were in the list: the inverse of `unpin-boards`. */
  | { kind: 'pin-boards'; pins: { id: BoardId; index: number }[] }
  /** Moves map tiles to cells of the user's choosing; null puts a tile back where the layout has it. */
  | { kind: 'place-tiles'; tiles: Record<AreaCode, TilePlace | null> }
  | { kind: 'ignore-duplication'; pair: string; note: string }
  | { kind: 'unignore-duplication'; pair: string }
  | { kind: 'put-scenario'; scenario: Scenario; index?: number }
  | { kind: 'remove-scenario'; id: string }
  | { kind: 'put-tracker-entry'; entry: TrackerEntry; index?: number }
  | { kind: 'remove-tracker-entry'; id: string }
  | { kind: 'replace-content'; content: WorkspaceContent }
  | { kind: 'batch'; edits: Edit[] };

export type EditKind = Edit['kind'];

/** An applied edit and the edit that takes it back. */
export interface HistoryEntry {
  edit: Edit;
  inverse: Edit;
}
