/** The duplication overlay: flagged pairs linked on the graph, weighted by score. */
import type { BoardId } from '../../model/types';
import type { Position } from '../../workspace/types';
import { duplicationCurve } from '../../overview/duplication-curve';
import { element, num } from './xml';
import type { GraphLegendSection } from './graph-legend';

/** Possible duplications to link on the graph, each with its score (0–1). */
export interface DuplicationOverlay {
  pairs: readonly { a: BoardId; b: BoardId; score: number }[];
  /** The legend's heading and one line per score class, strongest first. */
  heading: string;
  classes: readonly [string, string, string];
}

/** Score classes, strongest first: the lower bound, and how heavy a link is drawn. */
export const OVERLAY_CLASSES = [
  { from: 0.8, width: 6, opacity: 0.9 },
  { from: 0.65, width: 4, opacity: 0.75 },
  // Even the lightest keeps 3:1 against the white page.
  { from: 0, width: 2.5, opacity: 0.6 },
] as const;
/** The Analysis Function's dark pink: no region or relation uses it. */
export const OVERLAY_COLOUR = '#801650';

export const overlayClass = (score: number) => OVERLAY_CLASSES.find((c) => score >= c.from)!;

/**
 * Each pair as an arc between the centres of its boards, under the boards: heavier and darker
 * the higher the score, so the width says it as well as the shade.
 */
export function overlayLinks(
  overlay: DuplicationOverlay,
  at: ReadonlyMap<BoardId, Position>,
  node: { width: number; height: number },
  prefix: string,
): string {
  const links = overlay.pairs
    .filter((p) => at.has(p.a) && at.has(p.b))
    .map((p, i) => {
      const [x1, y1, cx, cy, x2, y2] = duplicationCurve(
        { ...at.get(p.a)!, ...node },
        { ...at.get(p.b)!, ...node },
        node.height,
      );
      const c = overlayClass(p.score);
      return element('path', {
        id: `${prefix}-d${i}`,
        d: `M${num(x1)} ${num(y1)}Q${num(cx)} ${num(cy)} ${num(x2)} ${num(y2)}`,
        fill: 'none',
        stroke: OVERLAY_COLOUR,
        'stroke-width': c.width,
        'stroke-opacity': c.opacity,
        'stroke-linecap': 'round',
      });
    });
  return `<g class="tw-duplication">${links.join('')}</g>`;
}

/** The legend's entry for the links drawn among `ids`, one line per score class used. */
export function overlayLegend(
  overlay: DuplicationOverlay,
  ids: ReadonlySet<string>,
): GraphLegendSection | undefined {
  const linked = overlay.pairs.filter((p) => ids.has(p.a) && ids.has(p.b));
  if (!linked.length) return undefined;
  return {
    heading: overlay.heading,
    rows: OVERLAY_CLASSES.map((c, i) => ({ c, text: overlay.classes[i]! }))
      .filter(({ c }) => linked.some((p) => overlayClass(p.score) === c))
      .map(({ c, text }) => ({
        swatch: element('path', {
          d: 'M1 7H23',
          stroke: OVERLAY_COLOUR,
          'stroke-width': c.width,
          'stroke-opacity': c.opacity,
          'stroke-linecap': 'round',
        }),
        text,
      })),
  };
}
