import { TEXT_COLOUR } from './graph-style';
import { textWidth } from './text-measure';
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
export const LEGEND_SECTION_WIDTH = 220;

/** Height of the legend: its tallest section. */
export function graphLegendHeight(sections: readonly GraphLegendSection[]): number {
  return sections.length === 0
    ? 0
    : Math.max(...sections.map((s) => HEADING + s.rows.length * ROW));
}

/** Width of one section: its longest text, and never narrower than `LEGEND_SECTION_WIDTH`. */
function sectionWidth(section: GraphLegendSection): number {
  const widest = Math.max(
    textWidth(section.heading, 13, 'bold'),
    ...section.rows.map((r) => 32 + textWidth(r.text, 12)),
  );
  return Math.max(LEGEND_SECTION_WIDTH, Math.ceil(widest) + 32);
}

/** Width of the legend: sections side by side. */
export const graphLegendWidth = (sections: readonly GraphLegendSection[]): number =>
  sections.reduce((sum, s) => sum + sectionWidth(s), 0);

/** The legend's sections side by side from (x, y), each a heading over swatch-and-text rows. */
export function renderGraphLegend(
  sections: readonly GraphLegendSection[],
  x: number,
  y: number,
): string {
  let next = x;
  const parts = sections.map((section) => {
    const left = next;
    next += sectionWidth(section);
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

/** Space between two rows of legend sections. */
const ROW_GAP = 12;

/**
 * The legend's sections in as many rows as a width of `maxWidth` needs (a section wider than
 * that has a row of its own), from (0, 0), with the room they take.
 */
export function wrappedGraphLegend(
  sections: readonly GraphLegendSection[],
  maxWidth: number,
): { markup: string; width: number; height: number } {
  const rows: GraphLegendSection[][] = [];
  for (const section of sections) {
    const row = rows[rows.length - 1];
    if (row && graphLegendWidth([...row, section]) <= maxWidth) row.push(section);
    else rows.push([section]);
  }
  let y = 0;
  const parts = rows.map((row) => {
    const markup = renderGraphLegend(row, 0, y);
    y += graphLegendHeight(row) + ROW_GAP;
    return markup;
  });
  return {
    markup: parts.join(''),
    width: Math.max(0, ...rows.map((row) => graphLegendWidth(row))),
    height: rows.length ? y - ROW_GAP : 0,
  };
}
