import { TEXT_COLOUR } from './graph-style';
import { textWidth, wrapToWidth } from './text-measure';
import { element, escapeXml } from './xml';

/** A run of boards under one header: a level band (along y) or a region column (along x). */
export interface HeaderRun {
  text: string;
  from: number;
  to: number;
}

export const HEADER_SIZE = 13;
const LINE = 16;
/** The left gutter that holds the level bands' headers. */
export const LEVEL_GUTTER = 116;

/**
 * The runs that can carry a header: each run whole and apart from the ones kept before it, so
 * boards moved by hand out of their band or column never get a header that points nowhere or
 * sits on another.
 */
function apart(runs: readonly HeaderRun[]): HeaderRun[] {
  const kept: HeaderRun[] = [];
  for (const run of [...runs].sort((a, b) => a.from - b.from))
    if (kept.every((k) => run.from >= k.to || run.to <= k.from)) kept.push(run);
  return kept;
}

const lines = (text: string, width: number) => wrapToWidth(text, width, HEADER_SIZE, 'bold');

const block = (text: string[], x: number, y: number, anchor?: string) =>
  element(
    'text',
    {
      x,
      y,
      'font-size': HEADER_SIZE,
      'font-weight': 700,
      fill: TEXT_COLOUR,
      'text-anchor': anchor,
    },
    text
      .map((line, i) => element('tspan', { x, dy: i === 0 ? 0 : LINE }, escapeXml(line)))
      .join(''),
  );

/** Height of the band above the boards that holds the region columns' headers. */
export function columnHeaderHeight(runs: readonly HeaderRun[]): number {
  const kept = apart(runs);
  if (!kept.length) return 0;
  return Math.max(...kept.map((r) => lines(r.text, r.to - r.from).length)) * LINE + 10;
}

/** Region names over their columns, each wrapped to its column's width, from the band's top `y`. */
export function renderColumnHeaders(runs: readonly HeaderRun[], y: number): string {
  return apart(runs)
    .map((r) => block(lines(r.text, r.to - r.from), r.from, y + HEADER_SIZE))
    .join('');
}

/** Level names in the left gutter (from `x`), each beside the top of its band. */
export function renderLevelHeaders(runs: readonly HeaderRun[], x: number): string {
  const width = LEVEL_GUTTER - 16;
  const kept: string[] = [];
  let below = -Infinity;
  for (const r of apart(runs)) {
    const text = lines(r.text, width);
    const y = Math.max(r.from + HEADER_SIZE + 4, below + HEADER_SIZE);
    // A name that would run past its band, or past the gutter, is left out rather than overlap.
    if (y + (text.length - 1) * LINE > r.to + 4) continue;
    if (text.some((t) => textWidth(t, HEADER_SIZE, 'bold') > width)) continue;
    kept.push(block(text, x, y));
    below = y + (text.length - 1) * LINE + 4;
  }
  return kept.join('');
}
