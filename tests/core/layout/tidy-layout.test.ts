import { describe, expect, it } from 'vitest';
import { bandLayout, NODE_HEIGHT, NODE_WIDTH } from '../../../src/core/layout/band-layout';
import { countCrossings } from '../../../src/core/layout/crossings';
import { tidyLayout } from '../../../src/core/layout/tidy-layout';
import { tidyMoves } from '../../../src/core/layout/tidy-moves';
import type { BoardId, Landscape, Relation } from '../../../src/core/model/types';
import type { Position, Positions } from '../../../src/core/workspace/types';
import { board, miniLandscape } from '../../fixtures/mini-landscape';
import { seedLandscape } from '../../fixtures/seed';

const id = (s: string) => s as BoardId;
const relation = (from: string, to: string): Relation => ({
  from: id(from),
  to: id(to),
  type: 'reports-to',
  source: { source: 'doc' as never, confidence: 'stated' },
});

/** The mini landscape with two regional and two local boards in the South whose relations cross. */
function crossed(): Landscape {
  const l = miniLandscape();
  const south = ['W06000003', 'W06000004'];
  l.boards.push(
    board({ id: 'south-a', name: 'South A', level: 'regional', footprint: south }),
    board({ id: 'south-b', name: 'South B', level: 'regional', footprint: south }),
    board({ id: 'local-c', name: 'Local C', level: 'local', footprint: ['W06000003'] }),
    board({ id: 'local-d', name: 'Local D', level: 'local', footprint: ['W06000004'] }),
  );
  l.relations.push(relation('local-d', 'south-a'), relation('local-c', 'south-b'));
  return l;
}

function expectNoOverlaps(positions: Positions) {
  const boxes = Object.entries(positions) as [string, Position][];
  for (let i = 0; i < boxes.length; i += 1)
    for (let j = i + 1; j < boxes.length; j += 1) {
      const [ia, a] = boxes[i]!;
      const [ib, b] = boxes[j]!;
      const overlap = Math.abs(a.x - b.x) < NODE_WIDTH && Math.abs(a.y - b.y) < NODE_HEIGHT;
      expect(overlap, `${ia} overlaps ${ib}`).toBe(false);
    }
}

describe('tidyLayout', () => {
  it('gives every board a position, the same each time for the same landscape', () => {
    const l = seedLandscape();
    const first = tidyLayout(l, { pinned: {} });
    expect(Object.keys(first).sort()).toEqual(l.boards.map((b) => b.id).sort());
    expect(tidyLayout(seedLandscape(), { pinned: {} })).toEqual(first);
  });

  it('puts national boards above regional ones and regional above local', () => {
    const l = seedLandscape();
    const p = tidyLayout(l, { pinned: {} });
    const ys = (level: string) => l.boards.filter((b) => b.level === level).map((b) => p[b.id]!.y);
    expect(Math.max(...ys('national'))).toBeLessThan(Math.min(...ys('regional')));
    expect(Math.max(...ys('regional'))).toBeLessThan(Math.min(...ys('sub-regional')));
    expect(Math.max(...ys('sub-regional'))).toBeLessThan(Math.min(...ys('local')));
  });

  it('never places two boards on top of each other', () => {
    expectNoOverlaps(tidyLayout(seedLandscape(), { pinned: {} }));
  });

  it('keeps pinned boards exactly where they are and flows the others around them', () => {
    const l = seedLandscape();
    const free = tidyLayout(l, { pinned: {} });
    // Pin two boards on top of slots other boards would take, one at an awkward offset.
    const [a, b] = [l.boards[5]!.id, l.boards[60]!.id];
    const pinned: Positions = {
      [a]: { x: free[l.boards[70]!.id]!.x + 13, y: free[l.boards[70]!.id]!.y + 7 },
      [b]: { x: free[l.boards[0]!.id]!.x, y: free[l.boards[0]!.id]!.y },
    };
    const p = tidyLayout(l, { pinned });
    expect(p[a]).toEqual(pinned[a]);
    expect(p[b]).toEqual(pinned[b]);
    expectNoOverlaps(p);
  });

  it('ignores pins of boards the landscape does not have', () => {
    const p = tidyLayout(miniLandscape(), { pinned: { [id('ghost')]: { x: 0, y: 0 } } });
    expect(p).not.toHaveProperty('ghost');
    expectNoOverlaps(p);
  });

  it('uncrosses relations between bands that the band layout draws crossed', () => {
    const l = crossed();
    const before = countCrossings(l, bandLayout(l));
    expect(before).toBeGreaterThan(0);
    expect(countCrossings(l, tidyLayout(l, { pinned: {} }))).toBeLessThan(before);
  });

  it('draws the seed with no more crossings between adjacent bands than the band layout', () => {
    const l = seedLandscape();
    expect(countCrossings(l, tidyLayout(l, { pinned: {} }))).toBeLessThanOrEqual(
      countCrossings(l, bandLayout(l)),
    );
  });
});

describe('countCrossings', () => {
  it('counts two edges between adjacent bands drawn across each other, and not when they share a board', () => {
    const l = crossed();
    const p = bandLayout(l);
    expect(countCrossings(l, p)).toBe(1);
    l.relations = [relation('local-d', 'south-a'), relation('local-c', 'south-a')];
    expect(countCrossings(l, p)).toBe(0);
  });
});

describe('tidyMoves', () => {
  it('moves only boards that change place, never a pinned one or one no longer there', () => {
    const l = miniLandscape();
    const moves = tidyMoves(
      {
        landscape: l,
        positions: { [id('national')]: { x: 0, y: 0 }, [id('north-svoc')]: { x: 1, y: 1 } },
        pinned: [id('csp-aman')],
      },
      {
        [id('national')]: { x: 0, y: 0 },
        [id('north-svoc')]: { x: 5, y: 1 },
        [id('csp-aman')]: { x: 9, y: 9 },
        [id('ghost')]: { x: 3, y: 3 },
      },
    );
    expect(moves).toEqual({ [id('north-svoc')]: { x: 5, y: 1 } });
  });
});
