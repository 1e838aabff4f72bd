import { appendTo } from '../collections';
import type { Position } from '../workspace/types';

/**
 * The boxes of pinned boards, bucketed on a coarse grid so that asking "is this slot free?" looks
 * at a few buckets, not at every pinned board. A slot is blocked when its box would come closer
 * to a pinned box than `marginX` / `marginY`.
 */
export interface PinnedSpace {
  blocks(x: number, y: number): boolean;
}

export function createPinnedSpace(
  pinned: Iterable<Position>,
  box: { width: number; height: number; marginX: number; marginY: number },
): PinnedSpace {
  const reachX = box.width + box.marginX;
  const reachY = box.height + box.marginY;
  const buckets = new Map<string, Position[]>();
  const key = (i: number, j: number) => `${i},${j}`;
  for (const p of pinned) {
    const k = key(Math.floor(p.x / reachX), Math.floor(p.y / reachY));
    appendTo(buckets, k, p);
  }
  return {
    blocks(x, y) {
      if (buckets.size === 0) return false;
      const i = Math.floor(x / reachX);
      const j = Math.floor(y / reachY);
      // Anything within reach lies in this bucket or one of its eight neighbours.
      for (let di = -1; di <= 1; di += 1)
        for (let dj = -1; dj <= 1; dj += 1)
          for (const p of buckets.get(key(i + di, j + dj)) ?? [])
            if (Math.abs(p.x - x) < reachX && Math.abs(p.y - y) < reachY) return true;
      return false;
    },
  };
}
