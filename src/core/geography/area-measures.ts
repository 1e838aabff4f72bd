import type { AreaCode, Board, BoardId, Landscape } from '../model/types';
import { LEVELS, type Level } from '../model/vocabulary';
import { footprintAreas } from './footprint';

export interface AreaMeasureOptions {
  /** Count proposed, shadow, merged and retired boards too; by default only active ones count. */
  includeInactive?: boolean;
}

/** Who covers one local authority: its boards by level, how many, and how fragmented it is. */
export interface AreaCoverage {
  area: AreaCode;
  /** Covering boards by level, in landscape order. */
  byLevel: Record<Level, BoardId[]>;
  count: number;
  /**
   * Distinct regional and sub-regional footprints the area falls in: nine North Wales boards on
   * the same six authorities count once, so this measures how many different groupings an
   * authority's officers work across, not how many meetings there are.
   */
  regionalFootprints: number;
}

const counted = (board: Board, options: AreaMeasureOptions) =>
  options.includeInactive === true || board.status === 'active';

/**
 * The boards covering every area of the landscape, grouped by level, with their count and the
 * number of distinct regional footprints each area falls in. All-Wales boards cover every area.
 * Keys follow the landscape's area order.
 */
export function areaCoverage(
  landscape: Landscape,
  options: AreaMeasureOptions = {},
): Map<AreaCode, AreaCoverage> {
  const out = new Map<AreaCode, AreaCoverage>();
  const footprints = new Map<AreaCode, Set<string>>();
  for (const area of landscape.areas) {
    const byLevel = Object.fromEntries(LEVELS.map((l) => [l, [] as BoardId[]])) as Record<
      Level,
      BoardId[]
    >;
    out.set(area.code, { area: area.code, byLevel, count: 0, regionalFootprints: 0 });
    footprints.set(area.code, new Set());
  }
  for (const board of landscape.boards) {
    if (!counted(board, options)) continue;
    const codes = [...new Set(footprintAreas(landscape, board.footprint))];
    // Sorting makes two boards listing the same areas in different orders one footprint.
    const key = [...codes].sort().join(' ');
    const regional = board.level === 'regional' || board.level === 'sub-regional';
    for (const code of codes) {
      const entry = out.get(code);
      if (!entry) continue;
      entry.byLevel[board.level].push(board.id);
      entry.count += 1;
      if (regional) footprints.get(code)!.add(key);
    }
  }
  for (const [code, entry] of out) entry.regionalFootprints = footprints.get(code)!.size;
  return out;
}

/**
 * Adds up a weight per board over the areas each board covers: the seam for measures such as
 * meeting hours a year, which another analysis supplies as `weightOfBoard`. A board with weight
 * 0 adds nothing; with weight 1 for every board this is the board count.
 */
export function areaTotals(
  landscape: Landscape,
  weightOfBoard: (board: Board) => number,
  options: AreaMeasureOptions = {},
): Map<AreaCode, number> {
  const totals = new Map<AreaCode, number>(landscape.areas.map((a) => [a.code, 0]));
  for (const board of landscape.boards) {
    if (!counted(board, options)) continue;
    const weight = weightOfBoard(board);
    if (!Number.isFinite(weight) || weight === 0) continue;
    for (const code of new Set(footprintAreas(landscape, board.footprint))) {
      const total = totals.get(code);
      if (total !== undefined) totals.set(code, total + weight);
    }
  }
  return totals;
}

/** The number of boards covering each area: a ready-made measure for colouring the map. */
export function boardCounts(
  landscape: Landscape,
  options: AreaMeasureOptions = {},
): Map<AreaCode, number> {
  return areaTotals(landscape, () => 1, options);
}

/** The number of distinct regional footprints each area falls in, as a map measure. */
export function regionalFootprintCounts(
  landscape: Landscape,
  options: AreaMeasureOptions = {},
): Map<AreaCode, number> {
  return new Map(
    [...areaCoverage(landscape, options)].map(([code, c]) => [code, c.regionalFootprints]),
  );
}
