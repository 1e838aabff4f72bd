import { overlaps, type Rect } from './spatial-index';

/** A cubic Bézier curve: start, two control points, end, as x, y pairs. */
export type Cubic = readonly [number, number, number, number, number, number, number, number];

const controlBox = (c: Cubic): Rect => {
  const xs = [c[0], c[2], c[4], c[6]];
  const ys = [c[1], c[3], c[5], c[7]];
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
};

/** Halves of a cubic, by de Casteljau's construction at t = ½. */
function halves(c: Cubic): [Cubic, Cubic] {
  const [x0, y0, x1, y1, x2, y2, x3, y3] = c;
  const ax = (x0 + x1) / 2;
  const ay = (y0 + y1) / 2;
  const bx = (x1 + x2) / 2;
  const by = (y1 + y2) / 2;
  const cx = (x2 + x3) / 2;
  const cy = (y2 + y3) / 2;
  const dx = (ax + bx) / 2;
  const dy = (ay + by) / 2;
  const ex = (bx + cx) / 2;
  const ey = (by + cy) / 2;
  const mx = (dx + ex) / 2;
  const my = (dy + ey) / 2;
  return [
    [x0, y0, ax, ay, dx, dy, mx, my],
    [mx, my, ex, ey, cx, cy, x3, y3],
  ];
}

/** The length of a curve's control polygon: never shorter than the curve. */
const hullLength = (c: Cubic) =>
  Math.hypot(c[2] - c[0], c[3] - c[1]) +
  Math.hypot(c[4] - c[2], c[5] - c[3]) +
  Math.hypot(c[6] - c[4], c[7] - c[5]);

/** Halvings at most: a curve is never cut into more than 2¹⁰ stretches. */
const DEEPEST = 10;

/**
 * The parts of a curve that can show in `view`, as runs of consecutive stretches no longer than
 * about `piece` (in the curve's units). A curve lies within its control points, so a stretch
 * whose control points' box misses the view cannot show; halving only what may show keeps the
 * work near the view. Drawing only these keeps the cost of a long dashed line to what is on
 * screen: dashing a line thousands of pixels long costs the rasteriser every dash, seen or not.
 * Each run is one stroke, so its dashes run on unbroken.
 */
export function visibleRuns(c: Cubic, view: Rect, piece: number): Cubic[][] {
  const runs: Cubic[][] = [];
  let run: Cubic[] | undefined;
  let open = false;
  const walk = (part: Cubic, depth: number) => {
    if (!overlaps(controlBox(part), view)) {
      open = false;
      return;
    }
    if (depth >= DEEPEST || hullLength(part) <= piece) {
      if (!open) runs.push((run = []));
      run!.push(part);
      open = true;
      return;
    }
    const [left, right] = halves(part);
    walk(left, depth + 1);
    walk(right, depth + 1);
  };
  walk(c, 0);
  return runs;
}
