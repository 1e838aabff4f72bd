import type { Problem } from '../model/problems';
import type { BoardId, Footprint, Landscape, OrganisationId, SourceRef } from '../model/types';
import type { Level, RelationType, Role, Status, Theme } from '../model/vocabulary';

/** Fields every operation may carry: its own source, where a document supports the change. */
interface OperationBase {
  /** Overrides the scenario's own (illustrative, user-entry) source for what the operation creates. */
  source?: SourceRef;
}

/** A meeting pattern change, shared by operations that create or change boards. */
export interface MeetingFields {
  meetingsPerYear?: number;
  hoursPerMeeting?: number;
}

/** Several meeting boards become one new board; the old ones are marked merged into it. */
export interface MergeOperation extends OperationBase, MeetingFields {
  kind: 'merge';
  boards: BoardId[];
  /** The new board's id and name. */
  id: BoardId;
  name: string;
  acronym?: string;
  description?: string;
  /** Defaults: the highest level, the union of footprints and themes. */
  level?: Level;
  footprint?: Footprint;
  themes?: Theme[];
  /** `active` unless the merged board is to meet in shadow first. */
  status?: Extract<Status, 'active' | 'shadow'>;
  /** Organisations to chair (one) or co-chair (several) the merged board, settling role conflicts. */
  chairs?: OrganisationId[];
}

/** A board stops; its themes and members may move to another board. */
export interface RetireOperation extends OperationBase {
  kind: 'retire';
  board: BoardId;
  to?: BoardId;
}

export interface RescopeOperation extends OperationBase {
  kind: 'rescope';
  board: BoardId;
  footprint: Footprint;
}

export interface AddMembershipOperation extends OperationBase {
  kind: 'add-membership';
  board: BoardId;
  organisation: OrganisationId;
  /** Defaults to `member` with one seat. */
  role?: Role;
  seats?: number;
}

export interface RemoveMembershipOperation extends OperationBase {
  kind: 'remove-membership';
  board: BoardId;
  organisation: OrganisationId;
}

/** An organisation leaves one board and takes a seat on another. */
export interface MoveMembershipOperation extends OperationBase {
  kind: 'move-membership';
  organisation: OrganisationId;
  from: BoardId;
  to: BoardId;
  /** Defaults to the role and seats it had, a chair becoming a member. */
  role?: Role;
  seats?: number;
}

export interface SetMeetingsOperation extends OperationBase, MeetingFields {
  kind: 'set-meetings';
  board: BoardId;
}

/** A member of a board added by `add-board`. */
export interface NewMember {
  organisation: OrganisationId;
  role?: Role;
  seats?: number;
}

export interface AddBoardOperation extends OperationBase, MeetingFields {
  kind: 'add-board';
  id: BoardId;
  name: string;
  acronym?: string;
  description?: string;
  level: Level;
  footprint: Footprint;
  themes: Theme[];
  /** `active` unless said otherwise. */
  status?: Status;
  members?: NewMember[];
}

/** Changes one end (or both) of an existing relation. */
export interface RepointRelationOperation extends OperationBase {
  kind: 'repoint-relation';
  relation: { from: BoardId; to: BoardId; type: RelationType };
  from?: BoardId;
  to?: BoardId;
}

/** One step of a scenario: plain data, so it can be stored, listed, reordered and replayed. */
export type Operation =
  | MergeOperation
  | RetireOperation
  | RescopeOperation
  | AddMembershipOperation
  | RemoveMembershipOperation
  | MoveMembershipOperation
  | SetMeetingsOperation
  | AddBoardOperation
  | RepointRelationOperation;

export type OperationKind = Operation['kind'];
export type OperationOf<K extends OperationKind> = Extract<Operation, { kind: K }>;

/** A named, ordered list of operations over a baseline. The baseline is never changed by it. */
export interface Scenario {
  id: string;
  name: string;
  description: string;
  operations: Operation[];
  /** What in the scenario is illustrative rather than drawn from a source, in plain words. */
  illustrative?: string;
  /** Shipped with the app (from `data/scenarios.json`), not made by the user. */
  builtIn?: boolean;
}

/**
 * One operation type: how to tell it no longer applies (what it names is gone), how to check it,
 * and its pure apply function. Listed once in the registry.
 */
export interface OperationDescriptor<K extends OperationKind = OperationKind> {
  kind: K;
  /** One line for help text and the operation list. */
  summary: string;
  /**
   * Problems when a board (or other record) the operation names is not in the landscape: the
   * operation is stale, typically because the baseline changed after it was added.
   */
  stale(landscape: Landscape, op: OperationOf<K>): Problem[];
  /** Problems with the operation's own fields, given a landscape in which it is not stale. */
  validate(landscape: Landscape, op: OperationOf<K>): Problem[];
  /** The landscape with the operation applied. Called only on a valid operation; never mutates. */
  apply(landscape: Landscape, op: OperationOf<K>): Landscape;
  /** Notes on what applying chose for the user (role conflicts, defaults), as data to word. */
  notes?(landscape: Landscape, op: OperationOf<K>): OperationNote[];
}

/**
 * What applying an operation chose for the user, as data: the interface words it in the reader's
 * language and names the records, so no internal id reaches the user.
 */
export type OperationNote =
  | {
      kind: 'kept-role';
      organisation: OrganisationId;
      role: Role;
      held: { board: BoardId; role: Role }[];
    }
  | { kind: 'joins-to-chair'; organisation: OrganisationId }
  | { kind: 'several-chairs'; organisations: OrganisationId[] }
  | { kind: 'themes-unheld'; themes: Theme[] }
  | { kind: 'members-join'; board: BoardId; organisations: OrganisationId[] }
  | { kind: 'still-related'; from: BoardId; type: RelationType; board: BoardId };

export type OperationStatus = 'applied' | 'stale' | 'invalid';

export interface OperationDiagnostic {
  /** The operation's position in the scenario. */
  index: number;
  status: OperationStatus;
  problems: Problem[];
  notes: OperationNote[];
}

export interface ScenarioResult {
  landscape: Landscape;
  diagnostics: OperationDiagnostic[];
}
