import { containingRegion } from '../geography/footprint';
import type { Landscape } from '../model/types';
import { LEVELS, STATUSES, type Level, type Status } from '../model/vocabulary';

export interface LandscapeSummary {
  boards: number;
  byLevel: Record<Level, number>;
  byStatus: Record<Status, number>;
  /** Boards by the one region of `system` their footprint falls in; `across` for the rest. */
  byRegion: Record<string, number>;
  organisations: number;
  memberships: number;
  seats: number;
  relations: number;
}

/** Counts a landscape's records: boards by level, status and region, organisations, memberships. */
export function summariseLandscape(landscape: Landscape, system = 'police'): LandscapeSummary {
  const byLevel = Object.fromEntries(LEVELS.map((l) => [l, 0])) as Record<Level, number>;
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  const regions =
    landscape.regionSystems.find((s) => s.id === system)?.regions.map((r) => r.name) ?? [];
  const byRegion: Record<string, number> = Object.fromEntries(
    [...regions, 'across'].map((r) => [r, 0]),
  );
  for (const board of landscape.boards) {
    byLevel[board.level] += 1;
    byStatus[board.status] += 1;
    const region = containingRegion(landscape, board.footprint, system) ?? 'across';
    byRegion[region] = (byRegion[region] ?? 0) + 1;
  }
  return {
    boards: landscape.boards.length,
    byLevel,
    byStatus,
    byRegion,
    organisations: landscape.organisations.length,
    memberships: landscape.memberships.length,
    seats: landscape.memberships.reduce((sum, m) => sum + m.seats, 0),
    relations: landscape.relations.length,
  };
}
