import type { Tile } from '../geography/tiles';
import type { BoardId, Landscape } from '../model/types';
import type { HistoryEntry } from '../edits/types';
import type { TrackerEntry } from '../scenarios/tracker';
import type { Scenario } from '../scenarios/types';

export interface Position {
  x: number;
  y: number;
}

/** Where boards sit on the canvas, kept apart from the landscape's facts. */
export type Positions = Record<BoardId, Position>;

/** A duplication the user has looked at and set aside, with why. */
export interface IgnoredDuplication {
  /** The pair's key: the two board ids in order, joined by `|`. */
  pair: string;
  note: string;
}

/** What edits act on: the landscape, the positions of its boards, and analysis choices. */
export interface WorkspaceContent {
  landscape: Landscape;
  positions: Positions;
  ignoredDuplications: IgnoredDuplication[];
  /** Scenarios over this workspace's landscape, in the order the user keeps them. */
  scenarios: Scenario[];
  /** The rationalisation tracker: dated entries per region. */
  tracker: TrackerEntry[];
  /** Boards the user has placed by hand; a tidy layout leaves them where they are. */
  pinned: BoardId[];
  /** Map tiles the user has moved from where the tile layout puts them, by area. */
  tileNudges: Tile[];
}

export interface History {
  entries: HistoryEntry[];
  /** How many entries are applied; entries past it can be redone. */
  cursor: number;
}

export const WORKSPACE_FORMAT = 'tirwedd.workspace';
export const WORKSPACE_VERSION = 5;

/** A saved workspace: one versioned record holding content, undo history and metadata. */
export interface Workspace extends WorkspaceContent {
  format: typeof WORKSPACE_FORMAT;
  version: number;
  id: string;
  name: string;
  /** ISO timestamps. */
  createdAt: string;
  updatedAt: string;
  history: History;
}

export interface WorkspaceSummary {
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
  /** Where the workspace is shared, when it is. */
  share?: ShareBinding;
}

/** What a shared workspace's holder may do with it. */
export type ShareRole = 'owner' | 'editor' | 'viewer';

/** A workspace kept in step with a Tirwedd server. */
export interface ShareBinding {
  /** The server's address, as http(s)://host[:port]/. */
  server: string;
  /** The workspace's name on the server. */
  doc: string;
  token: string;
  role: ShareRole;
  /** The links to hand out, kept by whoever published the workspace. */
  links?: { editor: string; viewer: string };
}
