import { TEXT_COLOUR } from './graph-style';
import { element, escapeXml, num } from './xml';

/** One legend entry: a swatch (already markup, drawn in a 24×14 box) and its text. */
export interface GraphLegendRow {
  swatch: string;
  text: string;
}

export interface GraphLegendSection {
  heading: string;
  rows: GraphLegendRow[];
}

const ROW = 20;
const HEADING = 22;
export const LEGEND_SECTION_WIDTH = 300;

/** Height of the legend: its tallest section. */
export function graphLegendHeight(sections: readonly GraphLegendSection[]): number {
  return sections.length === 0
    ? 0
    : Math.max(...sections.map((s) => HEADING + s.rows.length * ROW));
}

/** Width of the legend: sections side by side. */
export const graphLegendWidth = (sections: readonly GraphLegendSection[]): number =>
  sections.length * LEGEND_SECTION_WIDTH;

/** The legend's sections side by side from (x, y), each a heading over swatch-and-text rows. */
export function renderGraphLegend(
  sections: readonly GraphLegendSection[],
  x: number,
  y: number,
): string {
  const parts = sections.map((section, i) => {
    const left = x + i * LEGEND_SECTION_WIDTH;
    const rows = section.rows.map((row, j) => {
      const top = y + HEADING + j * ROW;
      return (
        `<g transform="translate(${num(left)} ${num(top)})">${row.swatch}` +
        element('text', { x: 32, y: 11, 'font-size': 12, fill: TEXT_COLOUR }, escapeXml(row.text)) +
        '</g>'
      );
    });
    return (
      element(
        'text',
        { x: left, y: y + 14, 'font-size': 13, 'font-weight': 700, fill: TEXT_COLOUR },
        escapeXml(section.heading),
      ) + rows.join('')
    );
  });
  return `<g class="tw-legend">${parts.join('')}</g>`;
}
