import type { OverviewGrid } from '../../core/overview/overview-grid';
import type { Rect, SpatialIndex } from '../../core/overview/spatial-index';
import type { BoardId } from '../../core/model/types';
import type { RelationType } from '../../core/model/vocabulary';

/** A board as the canvas draws it: under its DOM node when zoomed in, alone when not mounted. */
export interface SceneBoard {
  id: BoardId;
  rect: Rect;
  colour: string;
  label: string;
  dimmed: boolean;
  selected: boolean;
  /** Hatched, as the DOM node is, when the board itself is illustrative. */
  illustrative: boolean;
  /** How the open scenario changed it. */
  mark?: 'new' | 'merged' | 'retired' | 'changed';
}

/** A line between two boards: a relation, or a pair the duplication analysis flags. */
export interface SceneLink {
  from: SceneBoard;
  to: SceneBoard;
  kind: RelationType | 'duplication';
  /** Duplication score, 0 to 1. */
  score?: number;
  /** Drawn heavier: it touches the selected board. */
  strong: boolean;
  dimmed: boolean;
}

/** One line of a tile's text. */
export interface TileLine {
  text: string;
  bold?: boolean;
  /** Picks a colour the painter knows: a duplication's, or a scenario change's. */
  tone?: 'duplication' | 'gain' | 'loss';
}

export interface SceneTile {
  key: string;
  rect: Rect;
  colour: string;
  lines: TileLine[];
  /** The one line shown when the tile is too short for more. */
  short: TileLine;
  /** What a screen reader hears for the tile. */
  name: string;
  /** Faded: none of its boards is lit by the highlight. */
  dimmed: boolean;
}

/** One organisation picked: its memberships drawn from one point to each of its boards. */
export interface SceneOrganisation {
  boards: SceneBoard[];
  /** Where its lines meet: the middle of its boards. */
  hub: { x: number; y: number };
  /** Its name and load, written at the hub. */
  label: string;
}

/** Everything the overview canvas draws, in the graph's own coordinates. */
export interface Scene {
  organisation?: SceneOrganisation;
  grid: OverviewGrid;
  boards: SceneBoard[];
  index: SpatialIndex<SceneBoard>;
  relations: SceneLink[];
  duplications: SceneLink[];
}

/** Where the camera is: screen = world × zoom + (x, y). */
export interface Camera {
  x: number;
  y: number;
  zoom: number;
}

/** The part of the world a camera shows on a screen of this size, grown by `margin` pixels. */
export function worldView(camera: Camera, width: number, height: number, margin = 0): Rect {
  return {
    x: (-margin - camera.x) / camera.zoom,
    y: (-margin - camera.y) / camera.zoom,
    width: (width + 2 * margin) / camera.zoom,
    height: (height + 2 * margin) / camera.zoom,
  };
}
