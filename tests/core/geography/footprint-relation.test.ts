import { describe, expect, it } from 'vitest';
import { compareAreaSets, compareFootprints } from '../../../src/core/geography/footprint-relation';
import { codes } from '../../fixtures/region-landscape';
import { miniLandscape } from '../../fixtures/mini-landscape';

describe('compareAreaSets', () => {
  it('calls two footprints over the same areas equal, whatever their order', () => {
    const r = compareAreaSets(codes('A', 'B'), codes('B', 'A'));
    expect(r.kind).toBe('equal');
    expect(r.shared).toEqual(['A', 'B']);
    expect(r.onlyA).toEqual([]);
    expect(r.onlyB).toEqual([]);
  });

  it('says a smaller footprint lies inside a larger one, with the areas only the larger covers', () => {
    const r = compareAreaSets(codes('A', 'B', 'C', 'D'), codes('A', 'B', 'C', 'D', 'E', 'F'));
    expect(r).toMatchObject({ kind: 'inside', sizeA: 4, sizeB: 6, onlyB: ['E', 'F'] });
    expect(compareAreaSets(codes('A', 'B', 'C'), codes('B')).kind).toBe('contains');
  });

  it('tells overlapping footprints from disjoint ones', () => {
    const r = compareAreaSets(codes('A', 'B'), codes('B', 'C'));
    expect(r).toMatchObject({ kind: 'overlapping', shared: ['B'], onlyA: ['A'], onlyB: ['C'] });
    expect(compareAreaSets(codes('A'), codes('C')).kind).toBe('disjoint');
  });

  it('counts a repeated code once', () => {
    const r = compareAreaSets(codes('A', 'A', 'B'), codes('A', 'B'));
    expect(r).toMatchObject({ kind: 'equal', sizeA: 2 });
  });

  it('treats an empty footprint as disjoint from a non-empty one and equal to another empty one', () => {
    expect(compareAreaSets([], codes('A')).kind).toBe('disjoint');
    expect(compareAreaSets([], []).kind).toBe('equal');
  });

  it('lists areas in the order given, not the order the footprints name them', () => {
    const r = compareAreaSets(codes('C', 'A'), codes('A', 'C', 'B'), codes('A', 'B', 'C'));
    expect(r.shared).toEqual(['A', 'C']);
  });
});

describe('compareFootprints', () => {
  it('resolves an all-Wales footprint to every area before comparing', () => {
    const l = miniLandscape();
    const r = compareFootprints(l, codes('W06000003', 'W06000001'), 'all');
    expect(r.kind).toBe('inside');
    expect(r.shared).toEqual(['W06000001', 'W06000003']);
    expect(r.onlyB).toEqual(['W06000002', 'W06000004']);
    expect(compareFootprints(l, 'all', 'all').kind).toBe('equal');
  });
});
