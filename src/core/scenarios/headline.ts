import type { BoardId, Landscape } from '../model/types';
import { compareLandscapes } from './compare';

/** The changes a comparison figure states in words and numbers. */
export interface HeadlineChanges {
  meetingBoards: { before: number; after: number };
  seats: { before: number; after: number };
  /** A year. */
  seatHours: { before: number; after: number };
  duplications: { before: number; after: number };
}

const only = (landscape: Landscape, keep: (id: BoardId) => boolean): Landscape => ({
  ...landscape,
  boards: landscape.boards.filter((b) => keep(b.id)),
  memberships: landscape.memberships.filter((m) => keep(m.board)),
  relations: landscape.relations.filter((r) => keep(r.from) && keep(r.to)),
});

/**
 * Boards that meet, seats, seat-hours a year and duplications before and after a scenario,
 * counted over the boards a figure draws (each side's own set; all boards when a set is left
 * out), so the numbers a figure states are those of what it shows.
 */
export function headlineChanges(
  baseline: Landscape,
  scenario: Landscape,
  scope?: { baseline: ReadonlySet<BoardId>; scenario: ReadonlySet<BoardId> },
): HeadlineChanges {
  const before = scope ? only(baseline, (id) => scope.baseline.has(id)) : baseline;
  const after = scope ? only(scenario, (id) => scope.scenario.has(id)) : scenario;
  const c = compareLandscapes(before, after);
  return {
    meetingBoards: { before: c.baseline.meetingBoards, after: c.scenario.meetingBoards },
    seats: { before: c.baseline.seats, after: c.scenario.seats },
    seatHours: { before: c.baseline.seatHours, after: c.scenario.seatHours },
    duplications: {
      before: c.baseline.duplications.length,
      after: c.scenario.duplications.length,
    },
  };
}
