import { describe, expect, it } from 'vitest';
import { bandLayout, NODE_HEIGHT, NODE_WIDTH } from '../../../src/core/layout/band-layout';
import { placeNewBoard } from '../../../src/core/layout/place-new-board';
import type { Board } from '../../../src/core/model/types';
import { cellKeyIn, overviewGrid } from '../../../src/core/overview/overview-grid';
import { seedLandscape } from '../../fixtures/seed';

describe('where a new board goes', () => {
  const seed = seedLandscape();
  const positions = bandLayout(seed);
  const gwentRegional = seed.boards.find(
    (b) => b.level === 'regional' && cellKeyIn(seed, 'police')(b).endsWith('Gwent'),
  )!;

  it("lands in its level's band and its region's column, on no other board", () => {
    const fresh = { level: gwentRegional.level, footprint: gwentRegional.footprint };
    const p = placeNewBoard(seed, positions, fresh);
    const grid = overviewGrid(
      seed,
      (id) => positions[id]!,
      { width: NODE_WIDTH, height: NODE_HEIGHT },
      'police',
    );
    const column = grid.columns.find((c) => c.key === 'Gwent')!;
    const band = grid.bands.find((b) => b.level === 'regional')!;
    expect(p.x).toBeGreaterThanOrEqual(column.x);
    expect(p.x + NODE_WIDTH).toBeLessThanOrEqual(column.x + column.width + NODE_WIDTH);
    expect(p.y).toBeGreaterThanOrEqual(band.y);
    for (const q of Object.values(positions))
      expect(Math.abs(q.x - p.x) >= NODE_WIDTH || Math.abs(q.y - p.y) >= NODE_HEIGHT).toBe(true);
  });

  it('takes the next free place for a second new board of the same cell', () => {
    const fresh = { level: gwentRegional.level, footprint: gwentRegional.footprint };
    const first = placeNewBoard(seed, positions, fresh);
    const withFirst = {
      ...seed,
      boards: [...seed.boards, { ...gwentRegional, id: 'new-1' } as Board],
    };
    const second = placeNewBoard(withFirst, { ...positions, 'new-1': first }, fresh);
    expect(second).not.toEqual(first);
  });

  it('starts an empty landscape at the origin', () => {
    expect(placeNewBoard({ ...seed, boards: [] }, {}, gwentRegional)).toEqual({ x: 0, y: 0 });
  });
});
