import { appendTo } from '../collections';
import type { BoardId, Landscape } from '../model/types';
import { LEVELS } from '../model/vocabulary';
import type { Position } from '../workspace/types';
import { NODE_HEIGHT, NODE_WIDTH } from './band-layout';

interface Segment {
  a: BoardId;
  b: BoardId;
  ax: number;
  ay: number;
  bx: number;
  by: number;
  minX: number;
  maxX: number;
}

const orientation = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number) =>
  Math.sign((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));

/** Whether two segments cross at a point inside both (touching or overlapping collinearly does not count). */
function cross(s: Segment, t: Segment): boolean {
  return (
    orientation(s.ax, s.ay, s.bx, s.by, t.ax, t.ay) *
      orientation(s.ax, s.ay, s.bx, s.by, t.bx, t.by) <
      0 &&
    orientation(t.ax, t.ay, t.bx, t.by, s.ax, s.ay) *
      orientation(t.ax, t.ay, t.bx, t.by, s.bx, s.by) <
      0
  );
}

/**
 * Counts the crossings a reader sees between relation edges that join adjacent level bands
 * (national–regional, regional–sub-regional, sub-regional–local, skipping a level that has no
 * boards), drawn as straight lines
 * between board centres. Edges that share a board never count as crossing. This is the figure
 * the tidy layout reduces, so tests and benchmarks can compare layouts by it.
 */
export function countCrossings(
  landscape: Pick<Landscape, 'boards' | 'relations'>,
  positions: Readonly<Record<string, Position>>,
): number {
  // Bands are the levels that have boards: with no sub-regional boards, regional and local meet.
  const present = LEVELS.filter((level) => landscape.boards.some((b) => b.level === level));
  const rank = new Map(landscape.boards.map((b) => [b.id, present.indexOf(b.level)]));
  const groups = new Map<number, Segment[]>();
  for (const r of landscape.relations) {
    const ra = rank.get(r.from);
    const rb = rank.get(r.to);
    const pa = positions[r.from];
    const pb = positions[r.to];
    if (ra === undefined || rb === undefined || !pa || !pb || Math.abs(ra - rb) !== 1) continue;
    const ax = pa.x + NODE_WIDTH / 2;
    const bx = pb.x + NODE_WIDTH / 2;
    const segment: Segment = {
      a: r.from,
      b: r.to,
      ax,
      ay: pa.y + NODE_HEIGHT / 2,
      bx,
      by: pb.y + NODE_HEIGHT / 2,
      minX: Math.min(ax, bx),
      maxX: Math.max(ax, bx),
    };
    const band = Math.min(ra, rb);
    appendTo(groups, band, segment);
  }
  let crossings = 0;
  for (const group of groups.values()) {
    // Sorted by left end, a segment can only cross those that start before it ends.
    group.sort((s, t) => s.minX - t.minX);
    for (let i = 0; i < group.length; i += 1) {
      const s = group[i]!;
      for (let j = i + 1; j < group.length && group[j]!.minX <= s.maxX; j += 1) {
        const t = group[j]!;
        if (s.a === t.a || s.a === t.b || s.b === t.a || s.b === t.b) continue;
        if (cross(s, t)) crossings += 1;
      }
    }
  }
  return crossings;
}
