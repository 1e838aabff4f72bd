import { appendTo } from '../collections';
import { footprintAreas } from '../geography/footprint';
import type { Board, BoardId, Landscape, OrganisationId } from '../model/types';
import type { Level, Sector, Status, Theme } from '../model/vocabulary';

/** What the user has narrowed the view to. Empty lists and nulls mean "any". */
export interface BoardFilter {
  levels: Level[];
  themes: Theme[];
  statuses: Status[];
  /** Boards whose footprint touches this region of this system. */
  region: { system: string; region: string } | null;
  /** Boards with at least one member organisation of these sectors. */
  sectors: Sector[];
  /** Boards with at least one devolved (true) or non-devolved (false) member. */
  devolved: boolean | null;
  /** Boards this organisation sits on. */
  organisation: OrganisationId | null;
}

export const EMPTY_FILTER: BoardFilter = {
  levels: [],
  themes: [],
  statuses: [],
  region: null,
  sectors: [],
  devolved: null,
  organisation: null,
};

export const isEmptyFilter = (f: BoardFilter): boolean =>
  !f.levels.length &&
  !f.themes.length &&
  !f.statuses.length &&
  !f.region &&
  !f.sectors.length &&
  f.devolved === null &&
  !f.organisation;

type Facet = keyof BoardFilter;

/**
 * Tests boards against a filter. Facets combine with AND; values within one facet with OR.
 * Built once per landscape so that counting many filter variations stays cheap.
 */
export function createBoardMatcher(landscape: Landscape) {
  const areasOf = new Map(
    landscape.boards.map((b) => [b.id, new Set(footprintAreas(landscape, b.footprint))]),
  );
  const orgs = new Map(landscape.organisations.map((o) => [o.id, o]));
  const members = new Map<BoardId, OrganisationId[]>();
  for (const m of landscape.memberships) appendTo(members, m.board, m.organisation);
  const regionAreas = (system: string, region: string) =>
    landscape.areas.filter((a) => a.regions[system] === region).map((a) => a.code);

  function facetMatches(board: Board, filter: BoardFilter, facet: Facet): boolean {
    switch (facet) {
      case 'levels':
        return !filter.levels.length || filter.levels.includes(board.level);
      case 'themes':
        return !filter.themes.length || board.themes.some((t) => filter.themes.includes(t));
      case 'statuses':
        return !filter.statuses.length || filter.statuses.includes(board.status);
      case 'region': {
        if (!filter.region) return true;
        const areas = areasOf.get(board.id)!;
        return regionAreas(filter.region.system, filter.region.region).some((code) =>
          areas.has(code),
        );
      }
      case 'sectors':
        return (
          !filter.sectors.length ||
          (members.get(board.id) ?? []).some((o) => filter.sectors.includes(orgs.get(o)!.sector))
        );
      case 'devolved':
        return (
          filter.devolved === null ||
          (members.get(board.id) ?? []).some((o) => orgs.get(o)!.devolved === filter.devolved)
        );
      case 'organisation':
        return !filter.organisation || (members.get(board.id) ?? []).includes(filter.organisation);
    }
  }
  const FACETS: Facet[] = [
    'levels',
    'themes',
    'statuses',
    'region',
    'sectors',
    'devolved',
    'organisation',
  ];

  return {
    matches: (board: Board, filter: BoardFilter, except?: Facet) =>
      FACETS.every((f) => f === except || facetMatches(board, filter, f)),
    /** The ids of the boards that pass. */
    apply(filter: BoardFilter): Set<BoardId> {
      return new Set(
        landscape.boards
          .filter((b) => FACETS.every((f) => facetMatches(b, filter, f)))
          .map((b) => b.id),
      );
    },
    /**
     * How many boards each value of a facet would give, with the other facets as they are: the
     * counts shown beside each choice.
     */
    count<V extends string>(
      filter: BoardFilter,
      facet: 'levels' | 'themes' | 'statuses' | 'sectors',
      values: readonly V[],
    ): Record<V, number> {
      const rest = landscape.boards.filter((b) =>
        FACETS.every((f) => f === facet || facetMatches(b, filter, f)),
      );
      return Object.fromEntries(
        values.map((v) => [
          v,
          rest.filter((b) => facetMatches(b, { ...filter, [facet]: [v] }, facet)).length,
        ]),
      ) as Record<V, number>;
    },
  };
}
