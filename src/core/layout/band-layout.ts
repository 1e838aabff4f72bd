import { appendTo } from '../collections';
import { containingRegionIn } from '../geography/footprint';
import type { Board, BoardId, Landscape } from '../model/types';
import { LEVELS } from '../model/vocabulary';
import type { Position } from '../workspace/types';

export const NODE_WIDTH = 220;
export const NODE_HEIGHT = 64;

export interface BandLayoutOptions {
  /** Region system whose regions become columns. */
  system: string;
  /**
   * Boards side by side within one cell of the grid: at least this many, more where a cell is
   * so full that a narrow column would make the landscape a tall strip.
   */
  perRow: number;
  gapX: number;
  gapY: number;
  /** Extra space between level bands and between region columns. */
  bandGap: number;
  /** The size of a board's box; figures set for a page draw smaller ones. */
  node: { width: number; height: number };
  /**
   * A page's layout: exactly `perRow` boards side by side, and no room kept for a column with
   * no boards, so the drawing fits a width known in advance.
   */
  compact: boolean;
}

export const DEFAULT_BAND_LAYOUT: BandLayoutOptions = {
  system: 'police',
  perRow: 3,
  gapX: 24,
  gapY: 20,
  bandGap: 80,
  node: { width: NODE_WIDTH, height: NODE_HEIGHT },
  compact: false,
};

/** Column key for boards whose footprint is not inside one region (all-Wales, cross-boundary). */
export const ACROSS_REGIONS = '';

/** The columns of the layout: boards spanning regions first, then each region of the system. */
export function layoutColumns(landscape: Landscape, system: string): string[] {
  const declared =
    landscape.regionSystems.find((s) => s.id === system)?.regions.map((r) => r.name) ?? [];
  return [ACROSS_REGIONS, ...declared];
}

/**
 * Places boards deterministically: levels as horizontal bands (national at the top), regions of
 * one system as columns, boards in landscape order within each cell. The same landscape always
 * gives the same positions, so the CLI and the app agree without storing anything.
 */
export function bandLayout(
  landscape: Landscape,
  options: Partial<BandLayoutOptions> = {},
): Record<BoardId, Position> {
  const o = { ...DEFAULT_BAND_LAYOUT, ...options };
  const columns = layoutColumns(landscape, o.system);
  const known = new Set(columns);
  const regionOf = containingRegionIn(landscape, o.system);
  const cells = new Map<string, Board[]>();
  const key = (level: string, column: string) => `${level}\u0000${column}`;
  for (const board of landscape.boards) {
    const region = regionOf(board.footprint) ?? ACROSS_REGIONS;
    appendTo(cells, key(board.level, known.has(region) ? region : ACROSS_REGIONS), board);
  }
  const { width: nodeW, height: nodeH } = o.node;
  const fullest = (column: string) =>
    Math.max(0, ...LEVELS.map((l) => cells.get(key(l, column))?.length ?? 0));
  // Wide enough that the fullest cell of the column comes out about square.
  const perRow = new Map(
    columns.map((c) => [
      c,
      o.compact
        ? o.perRow
        : Math.max(
            o.perRow,
            Math.round(Math.sqrt((fullest(c) * (nodeH + o.gapY)) / (nodeW + o.gapX))),
          ),
    ]),
  );
  const rowsIn = (level: string, column: string) =>
    Math.ceil((cells.get(key(level, column))?.length ?? 0) / perRow.get(column)!);
  const colsIn = (column: string) => Math.min(perRow.get(column)!, Math.max(1, fullest(column)));

  const columnX = new Map<string, number>();
  let x = 0;
  for (const column of columns) {
    columnX.set(column, x);
    if (o.compact && fullest(column) === 0) continue;
    x += colsIn(column) * (nodeW + o.gapX) + o.bandGap;
  }
  const positions: Record<BoardId, Position> = {};
  let y = 0;
  for (const level of LEVELS) {
    const rows = Math.max(0, ...columns.map((c) => rowsIn(level, c)));
    for (const column of columns) {
      const across = perRow.get(column)!;
      (cells.get(key(level, column)) ?? []).forEach((board, i) => {
        positions[board.id] = {
          x: columnX.get(column)! + (i % across) * (nodeW + o.gapX),
          y: y + Math.floor(i / across) * (nodeH + o.gapY),
        };
      });
    }
    if (rows > 0) y += rows * (nodeH + o.gapY) + o.bandGap;
  }
  return positions;
}
