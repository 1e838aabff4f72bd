import { describe, expect, it } from 'vitest';
import { createBoardMatcher, EMPTY_FILTER, isEmptyFilter } from '../../../src/core/filters/filters';
import {
  neighbourhood,
  ubiquitousMembers,
  UBIQUITOUS_SHARE,
} from '../../../src/core/model/neighbourhood';
import type { BoardId, OrganisationId } from '../../../src/core/model/types';
import { miniLandscape } from '../../fixtures/mini-landscape';
import { seedLandscape } from '../../fixtures/seed';

const mini = miniLandscape();
const matcher = createBoardMatcher(mini);
const sorted = (s: Set<string>) => [...s].sort();

describe('board filters', () => {
  it('passes every board with no filter', () => {
    expect(matcher.apply(EMPTY_FILTER).size).toBe(4);
    expect(isEmptyFilter(EMPTY_FILTER)).toBe(true);
  });

  it('combines facets with AND and values within a facet with OR', () => {
    expect(sorted(matcher.apply({ ...EMPTY_FILTER, levels: ['regional', 'local'] }))).toEqual([
      'csp-aman',
      'north-contest',
      'north-svoc',
    ]);
    expect(
      sorted(
        matcher.apply({
          ...EMPTY_FILTER,
          levels: ['regional', 'local'],
          themes: ['counter-terrorism'],
        }),
      ),
    ).toEqual(['north-contest']);
  });

  it('filters by a region of any system, counting all-Wales boards as touching it', () => {
    expect(
      sorted(matcher.apply({ ...EMPTY_FILTER, region: { system: 'police', region: 'South' } })),
    ).toEqual(['national']);
    expect(
      sorted(matcher.apply({ ...EMPTY_FILTER, region: { system: 'fire', region: 'West' } })),
    ).toEqual(['csp-aman', 'national', 'north-contest', 'north-svoc']);
  });

  it('filters by the sector, devolution and identity of member organisations', () => {
    expect(sorted(matcher.apply({ ...EMPTY_FILTER, sectors: ['police'] }))).toEqual([
      'north-contest',
      'north-svoc',
    ]);
    expect(sorted(matcher.apply({ ...EMPTY_FILTER, devolved: true }))).toEqual([
      'csp-aman',
      'north-svoc',
    ]);
    expect(
      sorted(matcher.apply({ ...EMPTY_FILTER, organisation: 'council-a' as OrganisationId })),
    ).toEqual(['csp-aman', 'north-svoc']);
  });

  it('counts what each choice would give, keeping the other facets', () => {
    const counts = matcher.count({ ...EMPTY_FILTER, themes: ['serious-violence'] }, 'levels', [
      'national',
      'regional',
      'local',
    ] as const);
    expect(counts).toEqual({ national: 0, regional: 1, local: 0 });
  });

  it('counts the North Wales boards of the seed', () => {
    const seed = seedLandscape();
    const northWales = createBoardMatcher(seed).apply({
      ...EMPTY_FILTER,
      region: { system: 'police', region: 'North Wales' },
      levels: ['regional'],
      statuses: ['active'],
    });
    expect(northWales.has('nw-svoc-board' as BoardId)).toBe(true);
    expect(northWales.has('dp-svoc-board' as BoardId)).toBe(false);
  });
});

describe('neighbourhood', () => {
  it("takes in a board's members, the boards they sit on and related boards, one step out", () => {
    const n = neighbourhood(mini, { board: 'csp-aman' as BoardId }, 1);
    expect(sorted(n.organisations)).toEqual(['council-a']);
    expect(sorted(n.boards)).toEqual(['csp-aman', 'north-svoc']);
  });

  it('goes a second step out', () => {
    const n = neighbourhood(mini, { board: 'csp-aman' as BoardId }, 2);
    expect(sorted(n.boards)).toEqual(['csp-aman', 'north-contest', 'north-svoc']);
    expect(sorted(n.organisations)).toEqual(['council-a', 'police-north']);
  });

  it("starts from an organisation's boards", () => {
    const n = neighbourhood(mini, { organisation: 'police-north' as OrganisationId }, 1);
    expect(sorted(n.boards)).toEqual(['csp-aman', 'north-contest', 'north-svoc']);
  });

  it('leaves out members who sit on most boards, saying which, unless they are the focus', () => {
    const seed = seedLandscape();
    const everywhere = ubiquitousMembers(seed);
    for (const org of everywhere) {
      const on = new Set(
        seed.memberships.filter((m) => m.organisation === org).map((m) => m.board),
      );
      expect(on.size).toBeGreaterThan(seed.boards.length * UBIQUITOUS_SHARE);
    }
    expect(everywhere.size).toBeGreaterThan(0);
    const start = { board: 'dp-svoc-board' as BoardId };
    const all = neighbourhood(seed, start, 1);
    const near = neighbourhood(seed, start, 1, everywhere);
    // Every board of the region's structure is still reached, but far fewer of the rest.
    expect(near.boards.size).toBeLessThan(all.boards.size / 2);
    expect(near.boards.has('dp-contest-board' as BoardId)).toBe(true);
    expect(near.leftOut.length).toBeGreaterThan(0);
    expect(near.leftOut.every((org) => everywhere.has(org))).toBe(true);
    expect(near.leftOut.some((org) => near.organisations.has(org))).toBe(false);
    // Focused on such an organisation, its own boards are its neighbourhood.
    const [big] = everywhere;
    expect(neighbourhood(seed, { organisation: big! }, 1, everywhere).boards.size).toBeGreaterThan(
      seed.boards.length * UBIQUITOUS_SHARE,
    );
  });
});
