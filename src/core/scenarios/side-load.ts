import { meetingPattern, meets } from '../analysis/meeting-pattern';
import { containingRegionIn } from '../geography/footprint';
import type { Landscape, OrganisationId } from '../model/types';
import { LEVELS, type Level } from '../model/vocabulary';

export interface LoadFigures {
  boards: number;
  seats: number;
  seatHours: number;
}

/** The figures of the boards wholly inside one region, with its boards by level. */
export interface RegionFigures extends LoadFigures {
  boardsByLevel: Record<Level, number>;
}

export interface SideLoad {
  /** Boards that meet (active or shadow), by level. */
  boardsByLevel: Record<Level, number>;
  meetingBoards: number;
  seats: number;
  seatHours: number;
  /** True when some figure rests on the default meeting pattern. */
  estimated: boolean;
  /** The same figures for the boards wholly inside the region asked for, if one was. */
  region?: RegionFigures;
  /** Per organisation, on the region's boards when a region was asked for, else on all. */
  byOrganisation: Map<OrganisationId, LoadFigures>;
}

export const zeroLoad = (): LoadFigures => ({ boards: 0, seats: 0, seatHours: 0 });

/**
 * The time one side of a comparison asks of its members, in one pass over the memberships:
 * the totals the meeting-load analysis gives, and the per-organisation figures (inside `region`
 * of `system` when one is given) that the comparison sets side by side.
 */
export function sideLoad(landscape: Landscape, system: string, region?: string): SideLoad {
  const containing = containingRegionIn(landscape, system);
  const boardsByLevel = Object.fromEntries(LEVELS.map((l) => [l, 0])) as Record<Level, number>;
  const regionLoad: RegionFigures = { ...zeroLoad(), boardsByLevel: { ...boardsByLevel } };
  const boards = new Map<string, { hoursPerSeat: number; estimated: boolean; kept: boolean }>();
  for (const board of landscape.boards) {
    if (!meets(board)) continue;
    const kept = region === undefined || containing(board.footprint) === region;
    const { hoursPerSeat, estimated } = meetingPattern(board);
    boards.set(board.id, { hoursPerSeat, estimated, kept });
    boardsByLevel[board.level] += 1;
    if (kept) {
      regionLoad.boards += 1;
      regionLoad.boardsByLevel[board.level] += 1;
    }
  }
  const load: SideLoad = {
    boardsByLevel,
    meetingBoards: boards.size,
    seats: 0,
    seatHours: 0,
    estimated: false,
    byOrganisation: new Map(),
  };
  for (const m of landscape.memberships) {
    const board = boards.get(m.board);
    if (!board) continue;
    const hours = board.hoursPerSeat * m.seats;
    load.seats += m.seats;
    load.seatHours += hours;
    load.estimated ||= board.estimated;
    if (!board.kept) continue;
    regionLoad.seats += m.seats;
    regionLoad.seatHours += hours;
    const org = load.byOrganisation.get(m.organisation);
    if (org) {
      org.boards += 1;
      org.seats += m.seats;
      org.seatHours += hours;
    } else load.byOrganisation.set(m.organisation, { boards: 1, seats: m.seats, seatHours: hours });
  }
  if (region !== undefined) load.region = regionLoad;
  return load;
}
