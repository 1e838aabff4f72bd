import { describe, expect, it } from 'vitest';
import { createBoardMatcher, EMPTY_FILTER, isEmptyFilter } from '../../../src/core/filters/filters';
import { neighbourhood } from '../../../src/core/model/neighbourhood';
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
});
