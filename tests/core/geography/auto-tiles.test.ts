import { describe, expect, it } from 'vitest';
import {
  applyTileNudges,
  autoTiles,
  moveTile,
  nudgesOf,
  tilesFor,
  type Centroids,
} from '../../../src/core/geography/auto-tiles';
import { readTiles } from '../../../src/core/geography/tiles';
import type { Area, AreaCode } from '../../../src/core/model/types';
import tilesData from '../../../data/tiles.json';
import { englishLandscape } from '../../fixtures/english-bundle';
import { seedLandscape } from '../../fixtures/seed';

const cells = (tiles: { col: number; row: number }[]) =>
  new Set(tiles.map((t) => `${t.col},${t.row}`));

function manyAreas(n: number): Area[] {
  return Array.from({ length: n }, (_, i) => ({
    code: `area-${String(i).padStart(3, '0')}` as AreaCode,
    name: `Area ${i}`,
    regions: { zone: `Zone ${i % 7}` },
  }));
}

describe('automatic tile grid', () => {
  it('gives every area of an English landscape one tile in a cell of its own, and passes the tile check', () => {
    const l = englishLandscape();
    const map = autoTiles(l);
    expect(map.tiles.map((t) => t.code).sort()).toEqual(l.areas.map((a) => a.code).sort());
    expect(cells(map.tiles).size).toBe(l.areas.length);
    expect(readTiles(map, l).ok).toBe(true);
  });

  it('without boundaries, lays areas out row by row with a region’s areas together', () => {
    const l = englishLandscape();
    const map = autoTiles(l);
    // 14 areas: a 4-wide grid; the first system (police) is one region, so by name.
    expect(map.tiles.slice(0, 5).map((t) => [t.code, t.col, t.row])).toEqual([
      ['E06000008', 0, 0],
      ['E06000009', 1, 0],
      ['E07000117', 2, 0],
      ['E07000118', 3, 0],
      ['E07000119', 0, 1],
    ]);
  });

  it('from centroids, keeps west west and north north', () => {
    const areas = manyAreas(4);
    const centroids: Centroids = new Map([
      [areas[0]!.code, [-3, 54]], // north-west
      [areas[1]!.code, [-2, 54]], // north-east
      [areas[2]!.code, [-3, 53]], // south-west
      [areas[3]!.code, [-2, 53]], // south-east
    ]);
    const map = autoTiles({ areas, regionSystems: [] }, centroids);
    const at = (i: number) => map.tiles.find((t) => t.code === areas[i]!.code)!;
    expect(at(0).col).toBeLessThan(at(1).col);
    expect(at(2).col).toBeLessThan(at(3).col);
    expect(at(0).row).toBeLessThan(at(2).row);
    expect(at(1).row).toBeLessThan(at(3).row);
    expect(map.source).toContain('centroids');
  });

  it('places 400 crowded areas without two sharing a cell', () => {
    const areas = manyAreas(400);
    // Every area within a small patch, many on the same point: the grid must spread them.
    const centroids: Centroids = new Map(
      areas.map((a, i) => [a.code, [(i % 10) / 100, Math.floor(i / 40) / 100]] as const),
    );
    const map = autoTiles({ areas, regionSystems: [] }, centroids);
    expect(cells(map.tiles).size).toBe(400);
    expect(readTiles(map, { areas }).ok).toBe(true);
  });

  it('keeps the Welsh layout for the Welsh reference geography', () => {
    const seed = seedLandscape();
    const welsh = readTiles(tilesData, seed);
    expect(welsh.ok && tilesFor(seed, tilesData).tiles).toEqual(welsh.ok && welsh.value.tiles);
  });

  it('applies nudges, swapping with a tile already in the cell', () => {
    const l = englishLandscape();
    const map = autoTiles(l);
    const [a, b] = map.tiles;
    const moved = applyTileNudges(map, { [a!.code]: { col: b!.col, row: b!.row } });
    const find = (code: string) => moved.tiles.find((t) => t.code === code)!;
    expect([find(a!.code).col, find(a!.code).row]).toEqual([b!.col, b!.row]);
    expect([find(b!.code).col, find(b!.code).row]).toEqual([a!.col, a!.row]);
    expect(cells(moved.tiles).size).toBe(l.areas.length);
    // A nudge for an area the landscape no longer has changes nothing.
    expect(applyTileNudges(map, { gone: { col: 9, row: 9 } }).tiles).toEqual(map.tiles);
  });

  it('moves a tile one step, keeping both tiles of a swap where they end up, however applied', () => {
    const seed = seedLandscape();
    const map = tilesFor(seed, tilesData);
    const cardiff = map.tiles.find((t) => t.code === 'W06000015')!;
    const right = map.tiles.find((t) => t.col === cardiff.col + 1 && t.row === cardiff.row);
    const places = moveTile(map, cardiff.code, 1, 0)!;
    expect(places[cardiff.code]).toEqual({ col: cardiff.col + 1, row: cardiff.row });
    if (right) expect(places[right.code]).toEqual({ col: cardiff.col, row: cardiff.row });
    const kept = Object.entries(places).map(([code, p]) => ({ code: code as AreaCode, ...p }));
    for (const order of [kept, [...kept].reverse()]) {
      const moved = tilesFor(seed, tilesData, nudgesOf(order)).tiles;
      expect(moved.find((t) => t.code === cardiff.code)).toMatchObject(places[cardiff.code]!);
      expect(cells(moved).size).toBe(seed.areas.length);
    }
    // Off the top or the left edge, or an area not on the map: no move.
    const corner = map.tiles.find((t) => t.col === 0) ?? map.tiles[0]!;
    expect(moveTile(map, corner.code, -corner.col - 1, 0)).toBeUndefined();
    expect(moveTile(map, 'nowhere', 1, 0)).toBeUndefined();
  });
});
