import type { DuplicationLink } from '../../core/analysis/duplication';
import { containingRegionIn } from '../../core/geography/footprint';
import { regionColour } from '../../core/io/svg/graph-style';
import { NODE_HEIGHT, NODE_WIDTH } from '../../core/layout/band-layout';
import type { Board, BoardId, Landscape } from '../../core/model/types';
import type { OverviewGrid } from '../../core/overview/overview-grid';
import { SpatialIndex } from '../../core/overview/spatial-index';
import type { Position } from '../../core/workspace/types';
import type { Scene, SceneBoard, SceneLink, SceneTile } from './overview-scene';

export interface SceneInputs {
  landscape: Landscape;
  grid: OverviewGrid;
  position: (id: BoardId) => Position;
  name: (board: Board) => string;
  selected: BoardId | null;
  highlight: ReadonlySet<BoardId> | null;
  /** Boards left in view by filters and focus; null for all. */
  visible: ReadonlySet<BoardId> | null;
  /** Boards inside collapsed regions, drawn as their region's summary instead. */
  collapsed: ReadonlySet<BoardId>;
  marks: ReadonlyMap<BoardId, { kind: string }> | null;
  illustrative: ReadonlySet<BoardId>;
  duplications: readonly DuplicationLink[];
  /** The organisation picked, whose memberships are drawn, and what to write beside them. */
  organisation?: { boards: readonly BoardId[]; label: string };
}

export interface FrameInputs {
  landscape: Landscape;
  grid: OverviewGrid;
  highlight: ReadonlySet<BoardId> | null;
}

export interface TileInputs extends FrameInputs {
  tile: (
    cell: OverviewGrid['cells'][number],
    colour: string,
  ) => Omit<SceneTile, 'rect' | 'key' | 'colour' | 'dimmed'>;
}

const MARKS = new Set(['new', 'merged', 'retired', 'changed']);

/** What the overview canvas draws, derived from the landscape and what the user has picked. */
export function buildScene(inputs: SceneInputs): Scene {
  const { landscape, highlight, visible } = inputs;
  const police =
    landscape.regionSystems.find((s) => s.id === 'police')?.regions.map((r) => r.name) ?? [];
  const regionOf = containingRegionIn(landscape, 'police');
  const boards: SceneBoard[] = [];
  const byId = new Map<BoardId, SceneBoard>();
  for (const board of landscape.boards) {
    if ((visible && !visible.has(board.id)) || inputs.collapsed.has(board.id)) continue;
    const mark = inputs.marks?.get(board.id)?.kind;
    const scene: SceneBoard = {
      id: board.id,
      rect: { ...inputs.position(board.id), width: NODE_WIDTH, height: NODE_HEIGHT },
      colour: regionColour(police, regionOf(board.footprint)),
      label: inputs.name(board),
      dimmed: highlight !== null && !highlight.has(board.id),
      selected: inputs.selected === board.id,
      illustrative: inputs.illustrative.has(board.id),
      ...(mark && MARKS.has(mark) ? { mark: mark as SceneBoard['mark'] } : {}),
    };
    boards.push(scene);
    byId.set(board.id, scene);
  }
  const link = (a: BoardId, b: BoardId) => {
    const from = byId.get(a);
    const to = byId.get(b);
    if (!from || !to) return undefined;
    return {
      from,
      to,
      strong: inputs.selected === a || inputs.selected === b,
      dimmed: highlight !== null && !(highlight.has(a) && highlight.has(b)),
    };
  };
  const relations: SceneLink[] = landscape.relations.flatMap((r) => {
    const l = link(r.from, r.to);
    return l ? [{ ...l, kind: r.type }] : [];
  });
  const duplications: SceneLink[] = inputs.duplications.flatMap((d) => {
    const l = link(d.a, d.b);
    return l
      ? [
          {
            ...l,
            kind: 'duplication' as const,
            score: d.score,
          },
        ]
      : [];
  });
  // A tile fills its column's width and its band's height, so the tiles line up as a table.
  const orgBoards = (inputs.organisation?.boards ?? []).flatMap((id) => byId.get(id) ?? []);
  const organisation = orgBoards.length
    ? {
        boards: orgBoards,
        hub: {
          x: orgBoards.reduce((t, b) => t + b.rect.x + b.rect.width / 2, 0) / orgBoards.length,
          y: orgBoards.reduce((t, b) => t + b.rect.y + b.rect.height / 2, 0) / orgBoards.length,
        },
        label: inputs.organisation!.label,
      }
    : undefined;
  return {
    ...(organisation ? { organisation } : {}),
    grid: inputs.grid,
    boards,
    index: new SpatialIndex(boards.map((b) => ({ item: b, rect: b.rect }))),
    relations,
    duplications,
  };
}

/** Where each summary tile sits and in what colour, faded where nothing is lit: no words. */
export function tileFrames(inputs: FrameInputs): Omit<SceneTile, 'lines' | 'short' | 'name'>[] {
  const { landscape, highlight } = inputs;
  const police =
    landscape.regionSystems.find((s) => s.id === 'police')?.regions.map((r) => r.name) ?? [];
  const columnOf = new Map(inputs.grid.columns.map((c) => [c.key, c]));
  const bandOf = new Map(inputs.grid.bands.map((b) => [b.level, b]));
  return inputs.grid.cells.map((cell) => {
    const column = columnOf.get(cell.column)!;
    const band = bandOf.get(cell.level)!;
    return {
      key: `${cell.level}:${cell.column}`,
      rect: { x: column.x, y: band.y, width: column.width, height: band.height },
      colour: regionColour(police, cell.column || undefined),
      dimmed: highlight !== null && !cell.boards.some((id) => highlight.has(id)),
    };
  });
}

/**
 * The summary tiles, one a cell of the grid, with their words. Worked out only while tiles are
 * shown: their figures go through every board, which a large landscape cannot afford on every
 * edit while the user works zoomed in.
 */
export function buildTiles(inputs: TileInputs): SceneTile[] {
  const frames = tileFrames(inputs);
  return inputs.grid.cells.map((cell, i) => ({
    ...frames[i]!,
    ...inputs.tile(cell, frames[i]!.colour),
  }));
}
