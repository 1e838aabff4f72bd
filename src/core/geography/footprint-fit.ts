import { appendTo } from '../collections';
import type { AreaCode, Board, BoardId, Landscape } from '../model/types';
import type { Level, Status } from '../model/vocabulary';
import { footprintAreas, regionAreas } from './footprint';
import { systemRegions } from './region-systems';

/**
 * How a footprint sits in one region system: it `matches` a region exactly, lies `inside` one
 * region without covering all of it, `crosses` a boundary into several regions, or is
 * `unplaced` when none of its areas has a region in that system.
 */
export type FitKind = 'matches' | 'inside' | 'crosses' | 'unplaced';

/** The part of a footprint that falls in one region. */
export interface RegionShare {
  region: string;
  /** The footprint's areas in this region, in landscape order. */
  areas: AreaCode[];
  /** How many areas the region has in all, so a view can say "2 of 6". */
  regionSize: number;
}

export interface SystemFit {
  system: string;
  fit: FitKind;
  /** The region matched or contained in; absent when the footprint crosses or is unplaced. */
  region?: string;
  /** Every region the footprint touches, with its areas there, in the system's region order. */
  regions: RegionShare[];
  /** Areas of the footprint with no region in this system (a gap in the reference data). */
  unplaced: AreaCode[];
}

export interface BoardFit {
  board: BoardId;
  name: string;
  level: Level;
  status: Status;
  /** Distinct areas in the footprint. */
  areaCount: number;
  fits: SystemFit[];
}

/** A footprint break: a board whose footprint crosses a boundary of one region system. */
export interface FootprintBreak {
  board: BoardId;
  name: string;
  system: string;
  regions: RegionShare[];
}

/** Levels and statuses the fit report looks at: boards drawn on regional footprints, still live. */
const FITTED_LEVELS: readonly Level[] = ['regional', 'sub-regional'];
const ENDED: readonly Status[] = ['retired', 'merged'];

/** Whether a board belongs in the footprint-fit report: regional or sub-regional, not ended. */
export function isFittedBoard(board: Board): boolean {
  return FITTED_LEVELS.includes(board.level) && !ENDED.includes(board.status);
}

/**
 * Places one set of areas in one region system: which regions it touches, with how many of its
 * areas fall in each, and whether it matches a region, lies inside one or crosses a boundary.
 */
export function fitAreas(
  landscape: Pick<Landscape, 'areas' | 'regionSystems'>,
  codes: readonly AreaCode[],
  system: string,
): SystemFit {
  const wanted = new Set(codes);
  const byRegion = new Map<string, AreaCode[]>();
  const unplaced: AreaCode[] = [];
  for (const area of landscape.areas) {
    if (!wanted.has(area.code)) continue;
    const region = area.regions[system];
    if (region === undefined) {
      unplaced.push(area.code);
      continue;
    }
    appendTo(byRegion, region, area.code);
  }
  const regions: RegionShare[] = systemRegions(landscape, system)
    .filter((r) => byRegion.has(r))
    .map((region) => ({
      region,
      areas: byRegion.get(region)!,
      regionSize: regionAreas(landscape, system, region).length,
    }));
  if (regions.length === 0) return { system, fit: 'unplaced', regions, unplaced };
  if (regions.length > 1 || unplaced.length > 0)
    return { system, fit: 'crosses', regions, unplaced };
  const only = regions[0]!;
  const fit: FitKind = only.areas.length === only.regionSize ? 'matches' : 'inside';
  return { system, fit, region: only.region, regions, unplaced };
}

/**
 * For each regional and sub-regional board that has not been retired or merged, how its
 * footprint fits each of `systems` (typically police, health and fire), in landscape order.
 */
export function boardFits(landscape: Landscape, systems: readonly string[]): BoardFit[] {
  return landscape.boards.filter(isFittedBoard).map((board) => {
    const codes = [...new Set(footprintAreas(landscape, board.footprint))];
    return {
      board: board.id,
      name: board.name,
      level: board.level,
      status: board.status,
      areaCount: codes.length,
      fits: systems.map((system) => fitAreas(landscape, codes, system)),
    };
  });
}

/** The footprint breaks in a set of fits: one entry per board and system it crosses. */
export function footprintBreaks(fits: readonly BoardFit[]): FootprintBreak[] {
  return fits.flatMap((f) =>
    f.fits
      .filter((s) => s.fit === 'crosses')
      .map((s) => ({ board: f.board, name: f.name, system: s.system, regions: s.regions })),
  );
}
