import { describe, expect, it } from 'vitest';
import { visibleRuns, type Cubic } from '../../../src/core/overview/curve-pieces';

/** The point of a cubic at `t`. */
const at = (c: Cubic, t: number): [number, number] => {
  const u = 1 - t;
  const w = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
  return [
    w[0]! * c[0] + w[1]! * c[2] + w[2]! * c[4] + w[3]! * c[6],
    w[0]! * c[1] + w[1]! * c[3] + w[2]! * c[5] + w[3]! * c[7],
  ];
};
const inside = (
  [x, y]: [number, number],
  v: { x: number; y: number; width: number; height: number },
) => x >= v.x && x <= v.x + v.width && y >= v.y && y <= v.y + v.height;

// A "reports-to" line 50,000 units long, as between boards far apart in a large landscape.
const long: Cubic = [0, 0, 0, 25_000, 3_000, 25_000, 3_000, 50_000];
const view = { x: 1_000, y: 24_000, width: 1_200, height: 800 };

describe('the parts of a long line that show', () => {
  it('keeps every point of the curve that is in view, on a stretch short enough to dash cheaply', () => {
    const runs = visibleRuns(long, view, 256);
    const pieces = runs.flat();
    expect(pieces.length).toBeGreaterThan(0);
    // Far fewer than the 200 stretches of 256 the whole line would take.
    expect(pieces.length).toBeLessThan(20);
    for (let i = 0; i <= 20_000; i++) {
      const p = at(long, i / 20_000);
      if (!inside(p, view)) continue;
      const onPiece = pieces.some((c) =>
        Array.from({ length: 257 }, (_, j) => at(c, j / 256)).some(
          (q) => Math.hypot(q[0] - p[0], q[1] - p[1]) < 1,
        ),
      );
      expect(onPiece, `point ${p.join(', ')}`).toBe(true);
    }
  });

  it('keeps a run unbroken from one stretch to the next, and drops a line that misses the view', () => {
    for (const run of visibleRuns(long, view, 256))
      for (let i = 1; i < run.length; i++) {
        expect(run[i]![0]).toBeCloseTo(run[i - 1]![6]);
        expect(run[i]![1]).toBeCloseTo(run[i - 1]![7]);
      }
    expect(visibleRuns(long, { x: 10_000, y: 0, width: 100, height: 100 }, 256)).toEqual([]);
    // A short line in view is drawn whole, as one stretch.
    const short: Cubic = [1_100, 24_100, 1_100, 24_150, 1_150, 24_150, 1_150, 24_200];
    expect(visibleRuns(short, view, 256)).toEqual([[short]]);
  });
});
