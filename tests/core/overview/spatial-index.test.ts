import { describe, expect, it } from 'vitest';
import { bounds, SpatialIndex } from '../../../src/core/overview/spatial-index';

const box = (x: number, y: number) => ({ x, y, width: 100, height: 40 });
const index = () =>
  new SpatialIndex(
    [
      { item: 'a', rect: box(0, 0) },
      { item: 'b', rect: box(2000, 0) },
      { item: 'c', rect: box(2050, 20) },
      { item: 'wide', rect: { x: -5000, y: 900, width: 10000, height: 10 } },
    ],
    256,
  );

describe('SpatialIndex', () => {
  it('finds what lies in a view, and only that, each item once', () => {
    expect(index().within({ x: -10, y: -10, width: 300, height: 100 })).toEqual(['a']);
    expect(index().within({ x: 1990, y: 0, width: 200, height: 100 }).sort()).toEqual(['b', 'c']);
    expect(index().within({ x: 0, y: 850, width: 50, height: 100 })).toEqual(['wide']);
  });

  it('finds everything in a view far larger than the landscape', () => {
    const found = index().within({ x: -1e6, y: -1e6, width: 2e6, height: 2e6 });
    expect(found.sort()).toEqual(['a', 'b', 'c', 'wide']);
  });

  it('answers a click with what is under it, the one drawn last first', () => {
    expect(index().at(2060, 30)).toEqual(['c', 'b']);
    expect(index().at(50, 20)).toEqual(['a']);
    expect(index().at(500, 500)).toEqual([]);
  });

  it('measures the box around several rectangles', () => {
    expect(bounds([box(0, 0), box(2000, 100)])).toEqual({ x: 0, y: 0, width: 2100, height: 140 });
    expect(bounds([])).toBeUndefined();
  });
});
