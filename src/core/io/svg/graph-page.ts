/** The graph figure set on a page: laid out afresh to fit it, at the preset's type sizes. */
import { bandLayout } from '../../layout/band-layout';
import { figureNameIn } from '../../model/display-name';
import type { Board } from '../../model/types';
import { evidenceTagRoom } from './graph-evidence';
import { wrappedGraphLegend, type GraphLegendSection } from './graph-legend';
import {
  PageOverflow,
  pageFrame,
  pageOpen,
  TYPE_FLOOR,
  type PagePreset,
  type PresetId,
} from './page';
import { wrapToWidth } from './text-measure';
import { element, escapeXml, num } from './xml';
import type { GraphSvgOptions } from './graph-svg';
import {
  graphBody,
  GRAPH_PAD as PAD,
  GRAPH_STYLE as STYLE,
  LABEL_SIZE,
  type Drawn,
  type GraphBody,
  type GraphMetrics,
} from './graph-body';

/**
 * Points per graph unit on a page, so a board's name starts at the preset's label size: rounded
 * up as the SVG writes it (two decimals), so no text comes out under its size.
 */
const pageScale = (preset: PagePreset) => roundUp(preset.type.label / LABEL_SIZE);
const roundUp = (n: number) => Math.ceil(n * 100) / 100;

/**
 * Smaller boxes, closer together, for a page: tall enough for the longest name drawn (a page
 * does not set a name smaller to fit), and an evidence tag beneath it when the figure has any;
 * the floor of every text inside them is the page's type floor once scaled.
 */
function pageMetrics(
  preset: PagePreset,
  drawn: Drawn,
  lang: 'en' | 'cy',
  width: number,
): GraphMetrics {
  const floor = Math.ceil((2 * TYPE_FLOOR) / pageScale(preset)) / 2;
  const linesOf = (b: Board) =>
    wrapToWidth(figureNameIn(b, lang), width - 24, floor, 'bold').length;
  const lines = Math.max(2, ...drawn.boards.map(linesOf));
  // As tall as the tallest board needs: its name's lines, and its tag when it has one.
  const height = Math.max(
    ...drawn.boards.map(
      (b) =>
        Math.ceil(Math.max(2, linesOf(b)) * LABEL_SIZE * 1.2) +
        10 +
        (drawn.evidence.has(b.id) ? evidenceTagRoom(floor) : 0),
    ),
    Math.ceil(2 * LABEL_SIZE * 1.2) + 10,
  );
  return {
    node: { width, height },
    label: { size: LABEL_SIZE, floor, lines },
    tag: floor,
    gap: { x: 10, y: 8, band: 20 },
  };
}

/** The widths of a board a page layout tries, in the graph's units. */
const PAGE_NODE_WIDTHS = [196, 236, 276];
/** The most boards side by side in a cell that a page layout tries. */
const MOST_PER_ROW = 12;

/**
 * The graph set on a page: title, subtitle and source line at the preset's sizes, the boards
 * laid out afresh (as many side by side as the width takes, the layout that is shortest) and
 * scaled so names start at the preset's label size, the legend in rows beneath them.
 */
export function graphOnPage(
  drawn: Drawn,
  sections: GraphLegendSection[],
  options: GraphSvgOptions,
  page: { id: PresetId; preset: PagePreset },
): string {
  const { preset } = page;
  const prefix = options.idPrefix ?? 'tw-graph';
  const lang = options.lang ?? 'en';
  const title = options.title ?? drawn.landscape.title;
  const s = pageScale(preset);
  const frame = pageFrame(preset, {
    title,
    subtitle: options.subtitle,
    caption: options.caption ?? '',
  });
  const room = frame.body;
  // The legend's words at the preset's legend size: legend units are `k` body units.
  const k = roundUp(preset.type.legend / 12 / s);
  // The legend goes beneath the boards in rows, or beside them in one column: whichever fits.
  const below = wrappedGraphLegend(sections, room.width / s / k);
  const beside = wrappedGraphLegend(sections, 0);
  const subset = { ...drawn.landscape, boards: drawn.boards };
  interface Arrangement {
    body: GraphBody;
    legend: typeof below;
    at: { x: number; y: number };
    width: number;
    height: number;
  }
  let best: Arrangement | undefined;
  // Wider boards take fewer lines, so they may be shorter: each width is tried.
  for (const width of PAGE_NODE_WIDTHS) {
    const metrics = pageMetrics(preset, drawn, lang, width);
    let widest: Arrangement | undefined;
    for (let perRow = 1; perRow <= MOST_PER_ROW; perRow++) {
      const at = bandLayout(subset, {
        system: options.system ?? 'police',
        perRow,
        compact: true,
        node: metrics.node,
        gapX: metrics.gap.x,
        gapY: metrics.gap.y,
        bandGap: metrics.gap.band,
      });
      const body = graphBody(drawn, (b) => at[b.id] ?? { x: 0, y: 0 }, options, metrics, {
        x: 0,
        y: 0,
      });
      if (widest && body.width * s > room.width) break;
      const gap = (legend: typeof below) => (legend.height ? PAD : 0);
      const arrangements: Arrangement[] = [
        {
          body,
          legend: below,
          at: { x: 0, y: body.height + gap(below) },
          width: Math.max(body.width, below.width * k) * s,
          height: (body.height + gap(below) + below.height * k) * s,
        },
        {
          body,
          legend: beside,
          at: { x: body.width + gap(beside), y: 0 },
          width: (body.width + gap(beside) + beside.width * k) * s,
          height: Math.max(body.height, beside.height * k) * s,
        },
      ];
      widest = arrangements[0];
      for (const o of arrangements) {
        const fits = (x: Arrangement) => x.width <= room.width + 0.5;
        if (!best || (fits(o) && (!fits(best) || o.height < best.height))) best = o;
      }
    }
  }
  const { body, legend, at, ...needed } = best!;
  if (needed.width > room.width + 0.5 || needed.height > room.height + 0.5)
    throw new PageOverflow(page.id, needed, { width: room.width, height: room.height });
  return [
    pageOpen(preset, { prefix, lang }),
    element('title', { id: `${prefix}-title` }, escapeXml(title)),
    element('desc', { id: `${prefix}-desc` }, escapeXml(options.labels.description)),
    STYLE,
    body.markers ? `<defs>${body.markers}</defs>` : '',
    element('rect', { width: num(preset.width), height: num(preset.height), fill: '#ffffff' }),
    frame.markup,
    `<g transform="translate(${num(room.x)} ${num(room.y)}) scale(${num(s)})">`,
    body.markup,
    legend.markup
      ? `<g transform="translate(${num(at.x)} ${num(at.y)}) scale(${num(k)})">${legend.markup}</g>`
      : '',
    '</g>',
    '</svg>',
    '',
  ].join('\n');
}
