import { appendTo } from '../collections';
import type { BoardId, Landscape, OrganisationId } from './types';

export interface Neighbourhood {
  boards: Set<BoardId>;
  organisations: Set<OrganisationId>;
}

/**
 * What surrounds a board or an organisation, up to `steps` steps out: each step takes in the
 * members of the boards so far, the other boards those members sit on, and the boards related
 * to them up or down (reports to, sub-group of, back-to-back, merged into…).
 */
export function neighbourhood(
  landscape: Landscape,
  start: { board: BoardId } | { organisation: OrganisationId },
  steps: 1 | 2,
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
        organisations.add(org);
        for (const other of boardsOf.get(org) ?? []) reach(other);
      }
    }
    frontier = next;
  }
  return { boards, organisations };
}
