import type {
  Board,
  BoardId,
  Landscape,
  Membership,
  Organisation,
  OrganisationId,
  Relation,
} from './types';

export function findBoard(landscape: Landscape, id: BoardId): Board | undefined {
  return landscape.boards.find((b) => b.id === id);
}

export function findOrganisation(
  landscape: Landscape,
  id: OrganisationId,
): Organisation | undefined {
  return landscape.organisations.find((o) => o.id === id);
}

export function membershipsOfBoard(landscape: Landscape, id: BoardId): Membership[] {
  return landscape.memberships.filter((m) => m.board === id);
}

/** Relations in which the board takes part, either end. */
export function relationsOfBoard(landscape: Landscape, id: BoardId): Relation[] {
  return landscape.relations.filter((r) => r.from === id || r.to === id);
}

/** A board and the boards it has a relation with, either way. */
export function relatedBoards(landscape: Landscape, id: BoardId): Set<BoardId> {
  return new Set([id, ...relationsOfBoard(landscape, id).flatMap((r) => [r.from, r.to])]);
}

/** The organisations that chair or co-chair a board. */
export function chairsOfBoard(landscape: Landscape, id: BoardId): Membership[] {
  return membershipsOfBoard(landscape, id).filter(
    (m) => m.role === 'chair' || m.role === 'co-chair',
  );
}

/** A board id not yet used in the landscape, derived from a name. */
export function freshBoardId(landscape: Landscape, name: string): BoardId {
  const base =
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'board';
  const taken = new Set<string>(landscape.boards.map((b) => b.id));
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  return id as BoardId;
}
