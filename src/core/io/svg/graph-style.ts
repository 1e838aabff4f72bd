import type { RelationType } from '../../model/vocabulary';

/**
 * The Government Analysis Function's categorical palette, in its published order: dark blue,
 * turquoise, dark pink, orange, dark grey, light purple. Each is at least 3:1 against white and
 * against the colour next to it in this order, and it stays distinct for colour-blind readers.
 */
export const ANALYSIS_PALETTE = [
  '#12436D',
  '#28A197',
  '#801650',
  '#F46A25',
  '#3D3D3D',
  '#A285D1',
] as const;

/**
 * Fills for regions, in the palette's order, with its dark grey kept for boards across regions:
 * the one palette of the app's graph and of every exported figure.
 */
export const REGION_COLOURS = ANALYSIS_PALETTE.filter((c) => c !== '#3D3D3D');
export const ACROSS_COLOUR = '#3D3D3D';

/** The fill of a board whose footprint lies in `region` (undefined: across regions). */
export function regionColour(regions: readonly string[], region: string | undefined): string {
  if (region === undefined) return ACROSS_COLOUR;
  const i = regions.indexOf(region);
  return i < 0 ? ACROSS_COLOUR : REGION_COLOURS[i % REGION_COLOURS.length]!;
}

export interface EdgeStyle {
  stroke: string;
  width: number;
  dash?: string;
  /** Drawn with an arrowhead at the target; back-to-back meetings have no direction. */
  directed: boolean;
}

/** The two greys of relation strokes; the app's graph swaps them for its theme's. */
export const EDGE_INK = '#4a4a4a';
export const EDGE_MUTED = '#7a7a7a';

/** Relation strokes, for the app's graph and every figure alike. */
export const EDGE_STYLES: Record<RelationType, EdgeStyle> = {
  'reports-to': { stroke: EDGE_INK, width: 1.5, directed: true },
  'sub-group-of': { stroke: EDGE_INK, width: 1.5, dash: '2 3', directed: true },
  'back-to-back': { stroke: '#b84a00', width: 2.5, dash: '8 4', directed: false },
  'merged-into': { stroke: EDGE_MUTED, width: 1.5, dash: '1 4', directed: true },
  'replaced-by': { stroke: EDGE_MUTED, width: 1.5, dash: '6 3', directed: true },
  commissions: { stroke: '#0b6aa8', width: 1.5, directed: true },
};

export const GRAPH_MARKS = ['new', 'merged', 'retired', 'changed'] as const;
/** How a scenario changed a board, drawn as a badge on its corner. */
export type GraphMark = (typeof GRAPH_MARKS)[number];

/** Badge colour and symbol per mark: symbols, not letters, so they need no translation. */
export const MARK_STYLES: Record<GraphMark, { fill: string; symbol: string }> = {
  new: { fill: '#007a5a', symbol: '+' },
  merged: { fill: '#5b4fa8', symbol: '=' },
  retired: { fill: '#1b1b1b', symbol: '×' },
  changed: { fill: '#b84a00', symbol: 'Δ' },
};

/**
 * The face every figure declares, and whose advance widths (`font-metrics.ts`) lay its text out:
 * DejaVu Sans, with Verdana (near-identical widths, on every Windows and Mac) and Bitstream Vera
 * Sans (its parent) after it, so a renderer without DejaVu sets text no wider than measured.
 */
export const FONT_STACK = "'DejaVu Sans', Verdana, 'Bitstream Vera Sans', sans-serif";
export const TEXT_COLOUR = '#1b1b1b';
export const MUTED_TEXT = '#4a4a4a';
