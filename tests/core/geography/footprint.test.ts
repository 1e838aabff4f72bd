import { describe, expect, it } from 'vitest';
import {
  containingRegion,
  footprintAreas,
  regionAreas,
  regionsTouched,
} from '../../../src/core/geography/footprint';
import { miniLandscape } from '../../fixtures/mini-landscape';

const l = miniLandscape();
const codes = (...c: string[]) => c as never[];

describe('footprints', () => {
  it('resolves an all-Wales footprint to every area', () => {
    expect(footprintAreas(l, 'all')).toHaveLength(4);
  });

  it('lists the areas of a region', () => {
    expect(regionAreas(l, 'fire', 'East')).toEqual(['W06000002', 'W06000003', 'W06000004']);
  });

  it('finds the one region that contains a footprint, and none for one that crosses a boundary', () => {
    expect(containingRegion(l, codes('W06000001', 'W06000002'), 'police')).toBe('North');
    expect(containingRegion(l, codes('W06000001', 'W06000002'), 'fire')).toBeUndefined();
    expect(regionsTouched(l, codes('W06000001', 'W06000002'), 'fire')).toEqual(['West', 'East']);
  });
});
