import type { BoardId, Relation } from '../../core/model/types';
import type { Position } from '../../core/workspace/types';

export type Direction = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';

const VECTORS: Record<Direction, [number, number]> = {
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
};

/**
 * The board an arrow key moves to from `from`: among the boards related to it, the nearest one
 * lying in that direction (within 60° of it); when no related board lies that way, the nearest
 * of all the boards in view that does. Undefined when nothing lies that way.
 */
export function nextBoard(
  from: BoardId,
  direction: Direction,
  positions: ReadonlyMap<BoardId, Position>,
  relations: readonly Relation[],
): BoardId | undefined {
  const origin = positions.get(from);
  if (!origin) return undefined;
  const [dx, dy] = VECTORS[direction];
  const best = (candidates: Iterable<BoardId>) => {
    let found: BoardId | undefined;
    let score = Infinity;
    for (const id of candidates) {
      const p = positions.get(id);
      if (!p || id === from) continue;
      const vx = p.x - origin.x;
      const vy = p.y - origin.y;
      const distance = Math.hypot(vx, vy);
      if (distance === 0) continue;
      const cos = (vx * dx + vy * dy) / distance;
      if (cos < 0.5) continue;
      // Prefer boards straight ahead: distance grows as the angle opens.
      const s = distance * (2 - cos);
      if (s < score) {
        score = s;
        found = id;
      }
    }
    return found;
  };
  const related = relations.flatMap((r) =>
    r.from === from ? [r.to] : r.to === from ? [r.from] : [],
  );
  return best(related) ?? best(positions.keys());
}
