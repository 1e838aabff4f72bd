import { appendTo } from '../collections';
import { containingRegionIn } from '../geography/footprint';
import { ACROSS_REGIONS, layoutColumns } from '../layout/band-layout';
import type { Board, BoardId, Landscape } from '../model/types';
import { LEVELS, type Level } from '../model/vocabulary';
import type { Position } from '../workspace/types';
import { bounds, type Rect } from './spatial-index';

/** The boards of one level in one region column, and where they sit on the canvas. */
export interface GridCell {
  level: Level;
  /** A region of the chosen system, or `ACROSS_REGIONS` for boards spanning regions. */
  column: string;
  boards: BoardId[];
  rect: Rect;
}

/** Names a cell of the grid: one level in one column. */
export const cellKey = (level: Level, column: string) => `${level}\u0000${column}`;

/** The cell each board falls in, for one region system. */
export function cellKeyIn(landscape: Landscape, system: string): (board: Board) => string {
  const known = new Set(layoutColumns(landscape, system));
  const regionOf = containingRegionIn(landscape, system);
  return (board) => {
    const region = regionOf(board.footprint) ?? ACROSS_REGIONS;
    return cellKey(board.level, known.has(region) ? region : ACROSS_REGIONS);
  };
}

/**
 * Boards still meeting (neither merged nor retired) in each cell: what a scenario's tiles
 * compare with today's.
 */
export function meetingByCell(landscape: Landscape, system: string): Map<string, number> {
  const keyOf = cellKeyIn(landscape, system);
  const counts = new Map<string, number>();
  for (const board of landscape.boards)
    if (board.status !== 'merged' && board.status !== 'retired') {
      const key = keyOf(board);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  return counts;
}

/** The landscape as the overview shows it zoomed out: level bands by region columns. */
export interface OverviewGrid {
  /** Columns in layout order, each spanning its cells; columns without boards are left out. */
  columns: { key: string; x: number; width: number }[];
  /** Level bands from the top, each spanning its cells; empty levels are left out. */
  bands: { level: Level; y: number; height: number }[];
  cells: GridCell[];
}

/**
 * Groups boards into the cells of the level-by-region grid and measures each cell from where its
 * boards actually are, so a tidied or dragged layout still gets tiles that cover its boards.
 */
export function overviewGrid(
  landscape: Landscape,
  position: (id: BoardId) => Position,
  size: { width: number; height: number },
  system: string,
): OverviewGrid {
  const columns = layoutColumns(landscape, system);
  const keyOf = cellKeyIn(landscape, system);
  const grouped = new Map<string, BoardId[]>();
  for (const board of landscape.boards) appendTo(grouped, keyOf(board), board.id);
  const cells: GridCell[] = [];
  for (const level of LEVELS)
    for (const column of columns) {
      const boards = grouped.get(cellKey(level, column));
      if (!boards) continue;
      const rect = bounds(boards.map((id) => ({ ...position(id), ...size })))!;
      cells.push({ level, column, boards, rect });
    }
  const span = <K>(key: (c: GridCell) => K, keys: readonly K[], axis: 'x' | 'y') =>
    keys.flatMap((k) => {
      const r = bounds(cells.filter((c) => key(c) === k).map((c) => c.rect));
      if (!r) return [];
      return [axis === 'x' ? { at: r.x, extent: r.width, k } : { at: r.y, extent: r.height, k }];
    });
  return {
    columns: span((c) => c.column, columns, 'x').map((s) => ({
      key: s.k,
      x: s.at,
      width: s.extent,
    })),
    bands: span((c) => c.level, LEVELS, 'y').map((s) => ({
      level: s.k,
      y: s.at,
      height: s.extent,
    })),
    cells,
  };
}
