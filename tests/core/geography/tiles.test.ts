import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignSystems } from '../../../src/core/geography/coterminosity';
import { parseTiles, readTiles, type Tile } from '../../../src/core/geography/tiles';
import { miniLandscape } from '../../fixtures/mini-landscape';
import { seedLandscape } from '../../fixtures/seed';

const seedTilesText = readFileSync(join(import.meta.dirname, '../../../data/tiles.json'), 'utf8');

const doc = (tiles: unknown[]) => ({
  format: 'tirwedd.tiles',
  version: 1,
  source: 'test',
  tiles,
});
const miniTiles = () => [
  { code: 'W06000001', col: 0, row: 0 },
  { code: 'W06000002', col: 1, row: 0 },
  { code: 'W06000003', col: 0, row: 1 },
  { code: 'W06000004', col: 1, row: 1 },
];

/** Whether the tiles of each region form one edge-connected block. */
function contiguous(tiles: readonly Tile[], regionOf: (code: string) => string): boolean {
  const regions = new Set(tiles.map((t) => regionOf(t.code)));
  for (const region of regions) {
    const members = tiles.filter((t) => regionOf(t.code) === region);
    const reached = new Set([members[0]!]);
    const queue = [members[0]!];
    while (queue.length > 0) {
      const t = queue.pop()!;
      for (const m of members)
        if (!reached.has(m) && Math.abs(m.col - t.col) + Math.abs(m.row - t.row) === 1) {
          reached.add(m);
          queue.push(m);
        }
    }
    if (reached.size !== members.length) return false;
  }
  return true;
}

describe('the seed tile map', () => {
  const seed = seedLandscape();
  const result = parseTiles(seedTilesText, seed);

  it('gives every one of the 22 areas exactly one tile, on its own cell', () => {
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    expect(result.value.tiles).toHaveLength(22);
    expect(new Set(result.value.tiles.map((t) => t.code)).size).toBe(22);
    expect(new Set(result.value.tiles.map((t) => `${t.col},${t.row}`)).size).toBe(22);
    expect(result.value.source).toMatch(/own schematic/);
  });

  it('echoes Welsh geography at the corners', () => {
    if (!result.ok) throw new Error('tiles invalid');
    const at = (code: string) => result.value.tiles.find((t) => t.code === code)!;
    const anglesey = at('W06000001');
    const pembrokeshire = at('W06000009');
    const flintshire = at('W06000005');
    const monmouthshire = at('W06000021');
    expect(anglesey.row).toBe(0);
    expect(pembrokeshire.col).toBe(0);
    expect(flintshire.col).toBeGreaterThan(anglesey.col);
    expect(monmouthshire.col).toBeGreaterThan(pembrokeshire.col);
    expect(monmouthshire.row).toBeGreaterThan(flintshire.row);
  });

  it('keeps each police region and each fire region in one block of tiles', () => {
    if (!result.ok) throw new Error('tiles invalid');
    const regionOf = (system: string) => (code: string) =>
      seed.areas.find((a) => a.code === code)!.regions[system]!;
    expect(contiguous(result.value.tiles, regionOf('police'))).toBe(true);
    expect(contiguous(result.value.tiles, regionOf('fire'))).toBe(true);
    // Sanity: the tile map encodes geography, not a rearrangement of the seed's regions.
    expect(alignSystems(seed, 'police', 'fire').verdict).toBe('crossing');
  });
});

describe('readTiles', () => {
  it('accepts a complete tile map', () => {
    expect(readTiles(doc(miniTiles()), miniLandscape()).ok).toBe(true);
  });

  it('names the area that has no tile and the tile whose area is unknown', () => {
    const tiles = miniTiles();
    tiles[3]!.code = 'W06000099';
    const r = readTiles(doc(tiles), miniLandscape());
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toContainEqual({
      record: 'tiles[3] (W06000099)',
      field: 'code',
      message: 'no area of the landscape has the code "W06000099"',
    });
    expect(r.problems).toContainEqual({
      record: 'tiles',
      field: 'tiles',
      message: 'Dinas (W06000004) has no tile',
    });
  });

  it('refuses two tiles on one cell, a second tile for an area, and cells that are not whole numbers', () => {
    const tiles: unknown[] = miniTiles();
    (tiles[1] as Tile).col = 0;
    tiles.push({ code: 'W06000004', col: 5, row: 5 });
    tiles.push({ code: 'W06000003', col: 1.5, row: -1 });
    const r = readTiles(doc(tiles), miniLandscape());
    if (r.ok) throw new Error('expected problems');
    const lines = r.problems.map((p) => `${p.record} › ${p.field}: ${p.message}`);
    expect(lines).toContain('tiles[1] (W06000002) › col: shares the cell 0,0 with tiles[0]');
    expect(lines).toContain(
      'tiles[4] (W06000004) › code: "W06000004" already has a tile (tiles[3])',
    );
    expect(
      lines.some((l) => l.startsWith('tiles[5] (W06000003) › col: expected a whole number')),
    ).toBe(true);
    expect(
      lines.some((l) => l.startsWith('tiles[5] (W06000003) › row: expected a whole number')),
    ).toBe(true);
  });

  it('checks the format, version and source, and reports text that is not JSON', () => {
    const r = readTiles({ format: 'x', version: 2, tiles: miniTiles() }, miniLandscape());
    if (r.ok) throw new Error('expected problems');
    expect(r.problems.map((p) => p.field)).toEqual(['format', 'version', 'source']);
    const bad = parseTiles('{ nope', miniLandscape());
    expect(bad.ok ? '' : bad.problems[0]!.message).toMatch(/^not valid JSON/);
  });
});
