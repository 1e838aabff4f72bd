import { appendTo } from '../collections';
import type { BoardId, Landscape, OrganisationId } from './types';

export interface Neighbourhood {
  boards: Set<BoardId>;
  organisations: Set<OrganisationId>;
  /** Members met on the way but not followed, because they sit on most boards. */
  leftOut: OrganisationId[];
}

/**
 * Members on more than this share of all boards connect nearly everything to everything (the
 * Welsh Government sits on most Welsh boards), so a neighbourhood leaves them out unless asked.
 */
export const UBIQUITOUS_SHARE = 1 / 3;

/** The organisations that sit on more than `UBIQUITOUS_SHARE` of the landscape's boards. */
export function ubiquitousMembers(landscape: Landscape): Set<OrganisationId> {
  const boardsOf = new Map<OrganisationId, Set<BoardId>>();
  for (const m of landscape.memberships) {
    const boards = boardsOf.get(m.organisation);
    if (boards) boards.add(m.board);
    else boardsOf.set(m.organisation, new Set([m.board]));
  }
  const limit = landscape.boards.length * UBIQUITOUS_SHARE;
  return new Set([...boardsOf].filter(([, boards]) => boards.size > limit).map(([org]) => org));
}

/**
 * What surrounds a board or an organisation, up to `steps` steps out: each step takes in the
 * members of the boards so far, the other boards those members sit on, and the boards related
 * to them up or down (reports to, sub-group of, back-to-back, merged into…). Members in
 * `leaveOut` are not followed (the organisation focused on always is), and are listed.
 */
export function neighbourhood(
  landscape: Landscape,
  start: { board: BoardId } | { organisation: OrganisationId },
  steps: 1 | 2,
  leaveOut: ReadonlySet<OrganisationId> = new Set(),
): Neighbourhood {
  const boardsOf = new Map<OrganisationId, BoardId[]>();
  const membersOf = new Map<BoardId, OrganisationId[]>();
  for (const m of landscape.memberships) {
    appendTo(boardsOf, m.organisation, m.board);
    appendTo(membersOf, m.board, m.organisation);
  }
  const related = new Map<BoardId, BoardId[]>();
  for (const r of landscape.relations) {
    appendTo(related, r.from, r.to);
    appendTo(related, r.to, r.from);
  }
  const boards = new Set<BoardId>();
  const organisations = new Set<OrganisationId>();
  const leftOut = new Set<OrganisationId>();
  if ('organisation' in start) organisations.add(start.organisation);
  let frontier: BoardId[] =
    'board' in start ? [start.board] : (boardsOf.get(start.organisation) ?? []);
  frontier.forEach((b) => boards.add(b));
  for (let step = 0; step < steps; step += 1) {
    const next: BoardId[] = [];
    const reach = (b: BoardId) => {
      if (!boards.has(b)) {
        boards.add(b);
        next.push(b);
      }
    };
    for (const board of frontier) {
      for (const other of related.get(board) ?? []) reach(other);
      for (const org of membersOf.get(board) ?? []) {
        if (leaveOut.has(org) && !('organisation' in start && start.organisation === org)) {
          leftOut.add(org);
          continue;
        }
        organisations.add(org);
        for (const other of boardsOf.get(org) ?? []) reach(other);
      }
    }
    frontier = next;
  }
  return { boards, organisations, leftOut: [...leftOut].sort() };
}
