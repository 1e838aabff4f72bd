import { containingRegion } from '../../geography/footprint';
import { bandLayout } from '../../layout/band-layout';
import { regionFigureName } from '../../model/display-name';
import type { Board, BoardId, Landscape } from '../../model/types';
import { RELATION_TYPES } from '../../model/vocabulary';
import type { Position } from '../../workspace/types';
import { evidenceLegend } from './graph-evidence';
import type { GraphLabels } from './graph-labels';
import {
  graphLegendHeight,
  graphLegendWidth,
  renderGraphLegend,
  type GraphLegendSection,
} from './graph-legend';
import {
  ACROSS_COLOUR,
  EDGE_STYLES,
  FONT_STACK,
  GRAPH_MARKS,
  MARK_STYLES,
  MUTED_TEXT,
  regionColour,
  TEXT_COLOUR,
  type GraphMark,
} from './graph-style';
import { textBlock, type PagePreset, type PresetId } from './page';
import { wrapToWidth } from './text-measure';
import { element, escapeXml, num } from './xml';
import {
  drawnOf,
  graphBody,
  GRAPH_PAD as PAD,
  GRAPH_STYLE as STYLE,
  NATURAL,
  type Drawn,
} from './graph-body';
import { graphOnPage } from './graph-page';
import { overlayLegend, type DuplicationOverlay } from './graph-overlay';

export interface GraphSvgOptions {
  /** The boards to draw (a selection, a region, the current view), in any order; default all. */
  boards?: readonly BoardId[];
  /** The visible heading and accessible name; default the landscape's title. */
  title?: string;
  /** What, where and as at when, under the title; set only on a page. */
  subtitle?: string;
  /** The source line under the figure (data source, as-at date, scenario); none when empty. */
  caption?: string;
  /** Boards a scenario ends (merged, retired): drawn faded. */
  faded?: ReadonlySet<BoardId>;
  /** Boards a scenario adds: drawn with a heavy outline. */
  emphasised?: ReadonlySet<BoardId>;
  /** Every word the figure shows, in `lang`, from the catalogues. */
  labels: GraphLabels;
  /** Board and region names from `nameCy` where present when `cy`. */
  lang?: 'en' | 'cy';
  /** Scenario marks, drawn as a corner badge and explained in the legend. */
  marks?: ReadonlyMap<BoardId, GraphMark>;
  /** Pairs of boards to link as possible duplication, shaded by score. */
  overlay?: DuplicationOverlay;
  /** Region system whose regions colour the boards; default `police`. */
  system?: string;
  /** Prefix of ids inside the SVG, so several figures can share a page. */
  idPrefix?: string;
  /** False when the figure around this graph draws the legend. */
  legend?: boolean;
  /**
   * The page the figure is set for: boards are laid out afresh to fit it, at its type sizes.
   * Stored positions are for the screen and are not used. Throws `PageOverflow` when the boards
   * do not fit.
   */
  page?: { id: PresetId; preset: PagePreset };
}

const TITLE_BAND = 48;
const CAPTION_SIZE = 12;

/** The legend a graph of `landscape` drawn with `options` carries, for a figure that shares one. */
export const graphLegendSections = (
  landscape: Landscape,
  options: GraphSvgOptions,
): GraphLegendSection[] => legendSections(drawnOf(landscape, options), options);

/**
 * Draws the board graph as a standalone, report-ready SVG string: boards as rounded rectangles
 * coloured by police region with their whole names as real text (escaped; the full name in the
 * board's `<title>`), relations as paths styled by type, headers for level bands and region
 * columns, a title, a legend and a caption, with `<title>`/`<desc>`, a `viewBox`, embedded styles
 * and a font stack. At its natural size boards stand where the workspace put them (`bandLayout`
 * for the rest); on a page they are laid out afresh to fit it. Numbers are rounded and ids
 * numbered in landscape order, so the same data always gives the same bytes.
 */
export function renderGraphSvg(
  landscape: Landscape,
  positions: Readonly<Record<string, Position>>,
  options: GraphSvgOptions,
): string {
  const system = options.system ?? 'police';
  const drawn = drawnOf(landscape, options);
  const sections = options.legend === false ? [] : legendSections(drawn, options);
  if (options.page) return graphOnPage(drawn, sections, options, options.page);

  let fallback: Record<string, Position> | undefined;
  const place = (b: Board): Position => {
    const stored = positions[b.id];
    if (stored && Number.isFinite(stored.x) && Number.isFinite(stored.y)) return stored;
    fallback ??= bandLayout(landscape, { system });
    return fallback[b.id] ?? { x: 0, y: 0 };
  };
  // Measured once to size the title, then drawn where the title leaves room.
  const graphW = graphBody(drawn, place, options, NATURAL, { x: PAD, y: 0 }).width;
  const title = options.title ?? landscape.title;
  const minWidth = Math.max(480, graphW + 2 * PAD);
  // Title, legend and source line grow with a wide drawing, so they stay legible fitted to a page.
  const k = Math.min(2.5, Math.max(1, graphW / 1400));
  const titleSize = 22 * k;
  const titleLines = wrapToWidth(title, minWidth - 2 * PAD, titleSize, 'bold');
  const titleBottom = PAD + titleSize + (titleLines.length - 1) * titleSize * 1.27;
  const subtitle = options.subtitle
    ? textBlock(options.subtitle, {
        x: PAD,
        y: titleBottom + 8 * k,
        width: minWidth - 2 * PAD,
        size: 14 * k,
        fill: MUTED_TEXT,
      })
    : undefined;
  const top =
    PAD +
    TITLE_BAND +
    titleSize -
    22 +
    (titleLines.length - 1) * titleSize * 1.27 +
    (subtitle ? subtitle.height + 8 * k : 0);
  const body = graphBody(drawn, place, options, NATURAL, { x: PAD, y: top });

  const legendY = top + body.height + PAD;
  const legendH = graphLegendHeight(sections) * k;
  const width = Math.ceil(Math.max(minWidth, graphLegendWidth(sections) * k + 2 * PAD));
  const caption = options.caption ?? '';
  const captionSize = CAPTION_SIZE * k;
  const captionLines = wrapToWidth(caption, width - 2 * PAD, captionSize);
  const captionY = legendY + legendH + (legendH ? PAD : 0) + captionSize;
  // Whole pixels, so a PNG at 2× is exactly twice the one at 1×.
  const height = Math.ceil(
    captionLines.length
      ? captionY + (captionLines.length - 1) * captionSize * 1.35 + PAD
      : legendY + legendH,
  );
  const prefix = options.idPrefix ?? 'tw-graph';
  const lang = options.lang ?? 'en';

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${num(width)} ${num(height)}" width="${num(width)}" height="${num(height)}" role="img" aria-labelledby="${prefix}-title ${prefix}-desc" xml:lang="${lang}" font-family="${escapeXml(FONT_STACK)}">`,
    element('title', { id: `${prefix}-title` }, escapeXml(title)),
    element('desc', { id: `${prefix}-desc` }, escapeXml(options.labels.description)),
    STYLE,
    body.markers ? `<defs>${body.markers}</defs>` : '',
    element('rect', { width, height, fill: '#ffffff' }),
    element(
      'text',
      {
        x: PAD,
        y: num(PAD + titleSize),
        'font-size': num(titleSize),
        'font-weight': 700,
        fill: TEXT_COLOUR,
      },
      titleLines
        .map((line, i) =>
          element('tspan', { x: PAD, dy: i === 0 ? 0 : num(titleSize * 1.27) }, escapeXml(line)),
        )
        .join(''),
    ),
    subtitle?.markup ?? '',
    body.markup,
    sections.length
      ? `<g transform="translate(${num(PAD)} ${num(legendY)}) scale(${num(k)})">${renderGraphLegend(sections, 0, 0)}</g>`
      : '',
    captionLines.length
      ? element(
          'text',
          {
            class: 'tw-caption',
            x: PAD,
            y: num(captionY),
            'font-size': num(captionSize),
            fill: MUTED_TEXT,
          },
          captionLines
            .map((line, i) =>
              element(
                'tspan',
                { x: PAD, dy: i === 0 ? 0 : num(captionSize * 1.35) },
                escapeXml(line),
              ),
            )
            .join(''),
        )
      : '',
    '</svg>',
    '',
  ].join('\n');
}

function legendSections(drawn: Drawn, options: GraphSvgOptions): GraphLegendSection[] {
  const { landscape, boards, relations, marks, regions } = drawn;
  const { labels } = options;
  const lang = options.lang ?? 'en';
  const system = options.system ?? 'police';
  const swatch = (fill: string) => element('rect', { width: 24, height: 14, rx: 3, fill });
  const declared = landscape.regionSystems.filter((s) => s.id === system);
  const regionName = (r: string) => regionFigureName(declared, r, lang);
  const shown = new Set(boards.map((b) => containingRegion(landscape, b.footprint, system)));
  const regionRows = regions
    .filter((r) => shown.has(r))
    .map((r) => ({ swatch: swatch(regionColour(regions, r)), text: regionName(r) }));
  if (shown.has(undefined)) regionRows.push({ swatch: swatch(ACROSS_COLOUR), text: labels.across });
  const sections: GraphLegendSection[] = [];
  if (regionRows.length) sections.push({ heading: labels.regionsHeading, rows: regionRows });
  const types = RELATION_TYPES.filter((t) => relations.some((r) => r.type === t));
  if (types.length)
    sections.push({
      heading: labels.relationsHeading,
      rows: types.map((t) => ({
        swatch: element('path', {
          d: 'M0 7H24',
          stroke: EDGE_STYLES[t].stroke,
          'stroke-width': EDGE_STYLES[t].width,
          'stroke-dasharray': EDGE_STYLES[t].dash,
        }),
        text: labels.relations[t],
      })),
    });
  const ids = new Set<string>(boards.map((b) => b.id));
  const used = GRAPH_MARKS.filter((m) => [...marks].some(([id, v]) => v === m && ids.has(id)));
  if (used.length)
    sections.push({
      heading: labels.marksHeading,
      rows: used.map((m) => ({
        swatch:
          element('circle', { cx: 12, cy: 7, r: 8, fill: MARK_STYLES[m].fill }) +
          element(
            'text',
            {
              x: 12,
              y: 11,
              'text-anchor': 'middle',
              'font-size': 12,
              'font-weight': 700,
              fill: '#ffffff',
            },
            escapeXml(MARK_STYLES[m].symbol),
          ),
        text: labels.marks[m],
      })),
    });
  const evidence = evidenceLegend(drawn.evidence, labels.evidence);
  if (evidence) sections.push(evidence);
  const linked = options.overlay && overlayLegend(options.overlay, ids);
  if (linked) sections.push(linked);
  return sections;
}
