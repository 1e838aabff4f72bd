import type { Rect } from './spatial-index';

/**
 * The curve of a duplication link, from the centre of one board to the centre of the other,
 * bowed sideways by a quarter of its length (at least `minBow`), so it never hides a relation
 * and a link between neighbours shows beside them: start, control point and end of a quadratic.
 * The overview canvas and the exported figures draw it alike.
 */
export function duplicationCurve(
  a: Rect,
  b: Rect,
  minBow = 0,
): [number, number, number, number, number, number] {
  const ax = a.x + a.width / 2;
  const ay = a.y + a.height / 2;
  const bx = b.x + b.width / 2;
  const by = b.y + b.height / 2;
  const dx = bx - ax;
  const dy = by - ay;
  const length = Math.hypot(dx, dy) || 1;
  const bow = Math.max(minBow, length * 0.25) / length;
  return [ax, ay, (ax + bx) / 2 - dy * bow, (ay + by) / 2 + dx * bow, bx, by];
}
