import { DARK_TEXT } from './colour';
import { wrapToWidth } from './text-measure';
import { element, escapeXml, num } from './xml';

/** One row of the map legend: a swatch (filled box, outlined box or line) and its words. */
export interface LegendRow {
  kind: 'heading' | 'fill' | 'mark' | 'line' | 'none';
  text: string;
  fill?: string;
}

export const LEGEND_WIDTH = 200;
const FONT = 12;
const LINE = 16;
const SWATCH = 16;
const ROW_GAP = 6;

/** The legend's height for these rows, so the caller can check it fits beside the map. */
export function legendHeight(rows: readonly LegendRow[]): number {
  return rows.reduce((h, row) => h + lines(row).length * LINE + ROW_GAP, 0);
}

/**
 * Draws the legend rows top to bottom from `x, y`: headings in bold, then swatches with their
 * text wrapped to the legend's width. The swatches repeat the map's own styles, so the legend
 * cannot drift from what it explains.
 */
export function renderLegend(rows: readonly LegendRow[], x: number, y: number): string {
  // Rows are laid out from 0 inside the group, which the transform moves to x, y.
  let top = 0;
  let out = '';
  for (const row of rows) {
    const text = lines(row);
    const textX = row.kind === 'heading' ? 0 : SWATCH + 8;
    if (row.kind === 'fill' || row.kind === 'none')
      out += element('rect', {
        x: 0,
        y: top + 1,
        width: SWATCH,
        height: SWATCH - 2,
        fill: row.fill ?? '#ffffff',
        stroke: '#6b6b6b',
        'stroke-width': 0.5,
      });
    else if (row.kind === 'mark')
      out += element('rect', {
        x: 1.5,
        y: top + 2.5,
        width: SWATCH - 3,
        height: SWATCH - 5,
        fill: 'none',
        stroke: row.fill ?? DARK_TEXT,
        'stroke-width': 3,
      });
    else if (row.kind === 'line')
      out += element('path', {
        class: 'region-outline',
        d: `M0 ${num(top + SWATCH / 2)}H${SWATCH}`,
      });
    const tspans = text
      .map((line, i) => element('tspan', { x: textX, y: top + 12 + i * LINE }, escapeXml(line)))
      .join('');
    out += element(
      'text',
      {
        class: row.kind === 'heading' ? 'legend-heading' : 'legend-text',
        'font-size': FONT,
        'font-weight': row.kind === 'heading' ? 600 : undefined,
        fill: DARK_TEXT,
      },
      tspans,
    );
    top += text.length * LINE + ROW_GAP;
  }
  return element('g', { class: 'legend', transform: `translate(${num(x)} ${num(y)})` }, out);
}

function lines(row: LegendRow): string[] {
  const width = row.kind === 'heading' ? LEGEND_WIDTH : LEGEND_WIDTH - SWATCH - 8;
  return wrapToWidth(row.text, width, FONT, row.kind === 'heading' ? 'bold' : 'regular');
}
