import type { Landscape } from '../model/types';
import { LEVELS } from '../model/vocabulary';
import type { Position, Positions } from '../workspace/types';
import { DEFAULT_BAND_LAYOUT, NODE_HEIGHT, NODE_WIDTH } from './band-layout';
import { countCrossings } from './crossings';
import { createPinnedSpace, type PinnedSpace } from './pinned-space';
import { tidyGraph, type TidyGraph } from './tidy-graph';

export interface TidyLayoutOptions {
  /** Boards the user has placed: they keep exactly these positions. */
  pinned: Positions;
  /** Region system whose regions become columns. */
  system?: string;
  /** Barycentric passes over the bands, alternately downwards and upwards. */
  sweeps?: number;
}

/** How strongly shared organisations pull boards together, against 1 for each relation. */
const MEMBERSHIP_WEIGHT = 0.5;
const DEFAULT_SWEEPS = 8;

/** For each band, for each column: the unpinned boards of that cell, in order. */
type Order = number[][][];
type Fill = 'rows' | 'columns';
interface Candidate {
  order: Order;
  fill: Fill;
  crossings: number;
  /** Total relation length: smaller means related boards sit closer together. */
  length: number;
}

/** Fewer crossings first, then shorter relations; a tie keeps what was there. */
const better = (a: Candidate, b: Candidate) =>
  a.crossings < b.crossings || (a.crossings === b.crossings && a.length < b.length - 1e-6);
const FILLS: readonly Fill[] = ['rows', 'columns'];

/**
 * Lays the landscape out tidily: levels as bands (national at the top) and regions as columns,
 * as `bandLayout` does, but with the boards of each cell ordered so that related boards sit
 * near each other and relation edges between bands cross less. A few barycentric sweeps move
 * each board towards the mean position of the boards it is related to (and, more weakly, of
 * the boards its organisations also sit on); the order with the fewest crossings wins.
 *
 * Pinned boards keep exactly their positions; the others flow around them into free slots, so
 * no board overlaps another. There is no randomness: the same input gives the same output.
 *
 * @example
 * const positions = tidyLayout(landscape, { pinned: { [id]: { x: 0, y: 0 } } });
 */
export function tidyLayout(landscape: Landscape, options: TidyLayoutOptions): Positions {
  const graph = tidyGraph(landscape, options.system ?? DEFAULT_BAND_LAYOUT.system);
  const n = graph.ids.length;
  const fixed = new Map<number, Position>();
  graph.ids.forEach((id, i) => {
    const p = options.pinned[id];
    if (p) fixed.set(i, { x: p.x, y: p.y });
  });
  const space = createPinnedSpace(fixed.values(), {
    width: NODE_WIDTH,
    height: NODE_HEIGHT,
    marginX: DEFAULT_BAND_LAYOUT.gapX / 2,
    marginY: DEFAULT_BAND_LAYOUT.gapY / 2,
  });
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  for (const [i, p] of fixed) {
    xs[i] = p.x;
    ys[i] = p.y;
  }

  const initial: Order = LEVELS.map(() => graph.columns.map(() => [] as number[]));
  for (let i = 0; i < n; i += 1)
    if (!fixed.has(i)) initial[graph.band[i]!]![graph.column[i]!]!.push(i);

  const columns = columnGeometry(graph);
  const positions = (): Positions => {
    const out: Positions = {};
    graph.ids.forEach((id, i) => (out[id] = fixed.get(i) ?? { x: xs[i]!, y: ys[i]! }));
    return out;
  };
  const sweeps = options.sweeps ?? DEFAULT_SWEEPS;
  const score = () => ({
    crossings: countCrossings(landscape, positions()),
    length: relationLength(graph, xs, ys),
  });
  let best: Candidate | undefined;
  // Rows read like the band layout; columns keep a sorted cell in order from left to right.
  // Each is swept band by band, keeping a new order only when it is better; the better of the
  // two arrangements wins.
  for (const fill of FILLS) {
    const layOut = (order: Order) => place(order, columns, space, fill, xs, ys);
    layOut(initial);
    let current = { order: initial, fill, ...score() };
    for (let sweep = 0; sweep < sweeps; sweep += 1) {
      const bands = LEVELS.map((_, b) => b);
      if (sweep % 2 === 1) bands.reverse();
      for (const b of bands) {
        const key = barycentres(graph, xs);
        const order = current.order.map((cells, band) =>
          band === b ? cells.map((cell) => sortBy(cell, key)) : cells,
        );
        layOut(order);
        // A reordering is kept only if it adds no crossing; otherwise the band goes back.
        const next = { order, fill, ...score() };
        if (better(next, current)) current = next;
        else layOut(current.order);
      }
    }
    if (!best || better(current, best)) best = current;
  }
  place(best!.order, columns, space, best!.fill, xs, ys);
  return positions();
}

/** Each column's left edge and slots per row: as wide as its widest cell, as in the band layout. */
function columnGeometry(graph: TidyGraph): { x: number[]; slots: number[] } {
  const { perRow, gapX, bandGap } = DEFAULT_BAND_LAYOUT;
  const counts = LEVELS.map(() => graph.columns.map(() => 0));
  graph.band.forEach((b, i) => (counts[b]![graph.column[i]!]! += 1));
  const slots = graph.columns.map((_, c) =>
    Math.min(perRow, Math.max(1, ...counts.map((row) => row[c]!))),
  );
  let left = 0;
  const x = slots.map((width) => {
    const at = left;
    left += width * (NODE_WIDTH + gapX) + bandGap;
    return at;
  });
  return { x, slots };
}

/**
 * Puts every unpinned board in a slot, band by band from the top. Within a cell, slots are
 * filled row by row or column by column (then a sorted cell reads left to right); a slot next to a pinned
 * board is skipped, and a cell grows a row when it runs out. A band is as tall as its tallest
 * cell, so bands never overlap.
 */
function place(
  order: Order,
  columns: { x: number[]; slots: number[] },
  space: PinnedSpace,
  fill: Fill,
  xs: Float64Array,
  ys: Float64Array,
): void {
  const { gapX, gapY, bandGap } = DEFAULT_BAND_LAYOUT;
  let y = 0;
  order.forEach((cells) => {
    let bandRows = 0;
    cells.forEach((cell, c) => {
      if (cell.length === 0) return;
      const cols = Math.min(columns.slots[c]!, cell.length);
      let rows = Math.ceil(cell.length / cols);
      let slots: Position[] = [];
      for (;;) {
        slots = [];
        for (let k = 0; k < cols * rows; k += 1) {
          const col = fill === 'columns' ? Math.floor(k / rows) : k % cols;
          const row = fill === 'columns' ? k % rows : Math.floor(k / cols);
          const sx = columns.x[c]! + col * (NODE_WIDTH + gapX);
          const sy = y + row * (NODE_HEIGHT + gapY);
          if (!space.blocks(sx, sy)) slots.push({ x: sx, y: sy });
        }
        if (slots.length >= cell.length) break;
        rows += 1;
      }
      cell.forEach((board, k) => {
        xs[board] = slots[k]!.x;
        ys[board] = slots[k]!.y;
      });
      bandRows = Math.max(bandRows, rows);
    });
    if (bandRows > 0) y += bandRows * (NODE_HEIGHT + gapY) + bandGap;
  });
}

/**
 * The x each board is drawn towards: the mean x of the boards it is related to, plus a weaker
 * pull towards the mean x of the other boards its organisations sit on. A board with no ties
 * keeps its own x, so it holds its place.
 */
function barycentres(graph: TidyGraph, xs: Float64Array): Float64Array {
  const n = graph.ids.length;
  const orgSum = new Float64Array(graph.organisations);
  const orgCount = new Uint32Array(graph.organisations);
  for (let i = 0; i < n; i += 1)
    for (const o of graph.orgsOf[i]!) {
      orgSum[o] = orgSum[o]! + xs[i]!;
      orgCount[o] = orgCount[o]! + 1;
    }
  const key = new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    let sum = 0;
    let weight = 0;
    for (const j of graph.related[i]!) {
      sum += xs[j]!;
      weight += 1;
    }
    let shared = 0;
    let orgs = 0;
    for (const o of graph.orgsOf[i]!) {
      const others = orgCount[o]! - 1;
      if (others < 1) continue;
      shared += (orgSum[o]! - xs[i]!) / others;
      orgs += 1;
    }
    if (orgs > 0) {
      sum += (MEMBERSHIP_WEIGHT * shared) / orgs;
      weight += MEMBERSHIP_WEIGHT;
    }
    key[i] = weight > 0 ? sum / weight : xs[i]!;
  }
  return key;
}

/** Total length of the relation edges, centre to centre: smaller means related boards sit closer. */
function relationLength(graph: TidyGraph, xs: Float64Array, ys: Float64Array): number {
  let total = 0;
  graph.related.forEach((others, i) => {
    for (const j of others) if (j > i) total += Math.hypot(xs[i]! - xs[j]!, ys[i]! - ys[j]!);
  });
  return total;
}

/** A cell sorted by key, ties kept in their current order (so repeated sweeps settle). */
function sortBy(cell: number[], key: Float64Array): number[] {
  return cell
    .map((board, rank) => ({ board, rank }))
    .sort((a, b) => key[a.board]! - key[b.board]! || a.rank - b.rank)
    .map((e) => e.board);
}
