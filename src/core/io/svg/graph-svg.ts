import { containingRegion } from '../../geography/footprint';
import { systemRegions } from '../../geography/region-systems';
import { bandLayout, DEFAULT_BAND_LAYOUT, NODE_HEIGHT, NODE_WIDTH } from '../../layout/band-layout';
import { figureNameIn, regionFigureName } from '../../model/display-name';
import type { Board, BoardId, Landscape } from '../../model/types';
import { RELATION_TYPES } from '../../model/vocabulary';
import type { Position } from '../../workspace/types';
import { labelColour, tint } from './colour';
import { edgePath } from './graph-edge';
import {
  evidenceKinds,
  evidenceLegend,
  evidenceMark,
  evidenceTagRoom,
  type EvidenceKind,
} from './graph-evidence';
import {
  columnHeaderHeight,
  LEVEL_GUTTER,
  renderColumnHeaders,
  renderLevelHeaders,
  type HeaderRun,
} from './graph-headers';
import type { GraphLabels } from './graph-labels';
import {
  graphLegendHeight,
  graphLegendWidth,
  renderGraphLegend,
  wrappedGraphLegend,
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
import {
  PageOverflow,
  pageFrame,
  pageOpen,
  textBlock,
  TYPE_FLOOR,
  type PagePreset,
  type PresetId,
} from './page';
import { fitLabel, wrapToWidth, type LabelBox } from './text-measure';
import { element, escapeXml, num } from './xml';

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

/** The sizes a graph is drawn at, in its own units. */
interface GraphMetrics {
  node: { width: number; height: number };
  /** A board's name starts at `size` and may be set down to `floor`, on up to `lines` lines. */
  label: { size: number; floor: number; lines: number };
  /** The evidence tag's text size. */
  tag: number;
  gap: { x: number; y: number; band: number };
}

const LABEL_SIZE = 13;
const NATURAL: GraphMetrics = {
  node: { width: NODE_WIDTH, height: NODE_HEIGHT },
  label: { size: LABEL_SIZE, floor: 10, lines: 3 },
  tag: 10,
  gap: {
    x: DEFAULT_BAND_LAYOUT.gapX,
    y: DEFAULT_BAND_LAYOUT.gapY,
    band: DEFAULT_BAND_LAYOUT.bandGap,
  },
};

/** Units per point on a page: a board's name starts at the preset's label size. */
// Rounded up as the SVG writes it (two decimals), so no text comes out under its size.
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

const PAD = 24;
const TITLE_BAND = 48;
/** How much of its colour a faded (merged, retired) board keeps. */
export const FADED_TINT = 0.3;
const CAPTION_SIZE = 12;
/** Room round the boards for badges and arrowheads. */
const MARGIN = 14;

/** Everything drawn between the title and the legend, from (ox, oy), and the room it takes. */
interface GraphBody {
  markup: string;
  markers: string;
  width: number;
  height: number;
}

interface Drawn {
  landscape: Landscape;
  boards: Board[];
  relations: Landscape['relations'];
  regions: string[];
  evidence: Map<BoardId, EvidenceKind>;
  marks: ReadonlyMap<BoardId, GraphMark>;
}

function drawnOf(landscape: Landscape, options: GraphSvgOptions): Drawn {
  const wanted = options.boards ? new Set<string>(options.boards) : undefined;
  const boards = landscape.boards.filter((b) => !wanted || wanted.has(b.id));
  const ids = new Set<string>(boards.map((b) => b.id));
  return {
    landscape,
    boards,
    relations: landscape.relations.filter((r) => ids.has(r.from) && ids.has(r.to)),
    regions: systemRegions(landscape, options.system ?? 'police'),
    evidence: evidenceKinds(landscape, boards),
    marks: options.marks ?? new Map<BoardId, GraphMark>(),
  };
}

/** The legend a graph of `landscape` drawn with `options` carries, for a figure that shares one. */
export const graphLegendSections = (
  landscape: Landscape,
  options: GraphSvgOptions,
): GraphLegendSection[] => legendSections(drawnOf(landscape, options), options);

function graphBody(
  drawn: Drawn,
  place: (b: Board) => Position,
  options: GraphSvgOptions,
  metrics: GraphMetrics,
  origin: { x: number; y: number },
): GraphBody {
  const { landscape, boards, relations, regions, evidence, marks } = drawn;
  const { labels } = options;
  const lang = options.lang ?? 'en';
  const prefix = options.idPrefix ?? 'tw-graph';
  const system = options.system ?? 'police';
  const { width: nodeW, height: nodeH } = metrics.node;
  const raw = new Map(boards.map((b) => [b.id, place(b)]));
  const xs = [...raw.values()].map((p) => p.x);
  const ys = [...raw.values()].map((p) => p.y);
  const minX = xs.length ? Math.min(...xs) : 0;
  const minY = ys.length ? Math.min(...ys) : 0;
  const regionOf = (b: Board) => containingRegion(landscape, b.footprint, system);
  const gutter = boards.length ? LEVEL_GUTTER : 0;
  const left = origin.x + gutter + MARGIN;
  const columnRuns = runs(
    boards,
    (b) => regionName(landscape, regionOf(b), lang) ?? labels.across,
    (b) => raw.get(b.id)!.x - minX + left,
    nodeW,
  );
  const headerBand = columnHeaderHeight(columnRuns);
  const width = xs.length ? Math.max(...xs) - minX + nodeW + 2 * MARGIN + gutter : 0;
  const height = ys.length ? Math.max(...ys) - minY + nodeH + 2 * MARGIN + headerBand : 40;
  const at = new Map(
    [...raw].map(([id, p]) => [
      id,
      { x: p.x - minX + left, y: p.y - minY + origin.y + headerBand + MARGIN },
    ]),
  );
  const levelRuns = runs(
    boards,
    (b) => capitalise(labels.levels[b.level]),
    (b) => at.get(b.id)!.y,
    nodeH,
  );
  const edges = relations.map((r, i) => {
    const s = EDGE_STYLES[r.type];
    return element('path', {
      id: `${prefix}-r${i}`,
      d: edgePath(at.get(r.from)!, at.get(r.to)!, nodeW, nodeH),
      fill: 'none',
      stroke: s.stroke,
      'stroke-width': s.width,
      'stroke-dasharray': s.dash,
      'marker-end': s.directed ? `url(#${prefix}-arrow-${r.type})` : undefined,
    });
  });
  const overlay = options.overlay ? overlayLinks(options.overlay, at, metrics.node, prefix) : '';
  const labelBox = {
    width: nodeW - 24,
    height: nodeH - 10,
    size: metrics.label.size,
    minSize: metrics.label.floor,
    maxLines: metrics.label.lines,
    leading: 1.2,
    weight: 'bold',
  } as const;
  const nodes = boards.map((b, i) => {
    const p = at.get(b.id)!;
    const faded = options.faded?.has(b.id);
    // A faded board keeps its outline and a legible name: only its fill goes pale.
    const fill = faded
      ? tint(regionColour(regions, regionOf(b)), FADED_TINT)
      : regionColour(regions, regionOf(b));
    const kind = evidence.get(b.id);
    const tagText = kind && (kind === 'board' ? labels.evidence.board : labels.evidence.members);
    const name = figureNameIn(b, lang);
    const full = `${name} (${[labels.levels[b.level], labels.statuses[b.status], tagText].filter(Boolean).join(', ')})`;
    const emphasised = options.emphasised?.has(b.id);
    return (
      `<g id="${prefix}-b${i}" transform="translate(${num(p.x)} ${num(p.y)})">` +
      element('title', {}, escapeXml(full)) +
      element('rect', {
        width: nodeW,
        height: nodeH,
        rx: 8,
        fill,
        stroke: emphasised || b.status !== 'active' ? TEXT_COLOUR : undefined,
        'stroke-width': emphasised ? 4 : b.status === 'active' ? undefined : 1.5,
        'stroke-dasharray': b.status === 'active' ? undefined : '5 3',
      }) +
      boardLabel(
        name,
        labelColour(fill),
        labelBox,
        nodeH,
        kind ? evidenceTagRoom(metrics.tag) : 0,
      ) +
      evidenceMark(kind, labels.evidence, { ...metrics.node, tag: metrics.tag }) +
      badge(marks.get(b.id), nodeW) +
      '</g>'
    );
  });
  const usedTypes = RELATION_TYPES.filter((t) => relations.some((r) => r.type === t));
  const markers = usedTypes
    .filter((t) => EDGE_STYLES[t].directed)
    .map((t) =>
      element(
        'marker',
        {
          id: `${prefix}-arrow-${t}`,
          viewBox: '0 0 10 10',
          refX: 9,
          refY: 5,
          markerWidth: 8,
          markerHeight: 8,
          orient: 'auto-start-reverse',
        },
        element('path', { d: 'M0 0L10 5L0 10z', fill: EDGE_STYLES[t].stroke }),
      ),
    );
  const markup = [
    boards.length === 0
      ? element(
          'text',
          { x: origin.x, y: origin.y + 24, 'font-size': 14, fill: MUTED_TEXT },
          escapeXml(labels.empty),
        )
      : '',
    `<g class="tw-headers">${renderColumnHeaders(columnRuns, origin.y)}${renderLevelHeaders(levelRuns, origin.x)}</g>`,
    `<g class="tw-relations">${edges.join('')}</g>`,
    ...(overlay ? [overlay] : []),
    `<g class="tw-boards">${nodes.join('')}</g>`,
  ].join('\n');
  return { markup, markers: markers.join(''), width, height };
}

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
  if (options.page) return onPage(drawn, sections, options, options.page);

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

// Board names are measured bold and set bold, so a renderer with only the face's two weights
// (a PDF embeds just those) draws them as measured.
const STYLE = `<style>text { font-family: ${escapeXml(FONT_STACK)}; } .tw-boards text { font-weight: 700; }</style>`;

/** The widths of a board a page layout tries, in the graph's units. */
const PAGE_NODE_WIDTHS = [196, 236, 276];
/** The most boards side by side in a cell that a page layout tries. */
const MOST_PER_ROW = 12;

/**
 * The graph set on a page: title, subtitle and source line at the preset's sizes, the boards
 * laid out afresh (as many side by side as the width takes, the layout that is shortest) and
 * scaled so names start at the preset's label size, the legend in rows beneath them.
 */
function onPage(
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

const overlayClass = (score: number) => OVERLAY_CLASSES.find((c) => score >= c.from)!;

/**
 * Each pair as an arc between the centres of its boards, under the boards: heavier and darker
 * the higher the score, so the width says it as well as the shade.
 */
function overlayLinks(
  overlay: DuplicationOverlay,
  at: ReadonlyMap<BoardId, Position>,
  node: { width: number; height: number },
  prefix: string,
): string {
  const links = overlay.pairs
    .filter((p) => at.has(p.a) && at.has(p.b))
    .map((p, i) => {
      const a = at.get(p.a)!;
      const b = at.get(p.b)!;
      const [x1, y1, x2, y2] = [
        a.x + node.width / 2,
        a.y + node.height / 2,
        b.x + node.width / 2,
        b.y + node.height / 2,
      ];
      // Bowed to one side, so a link between neighbours shows beside them, not only beneath.
      const bow = Math.max(node.height, Math.hypot(x2 - x1, y2 - y1) * 0.25);
      const len = Math.hypot(x2 - x1, y2 - y1) || 1;
      const cx = (x1 + x2) / 2 + (-(y2 - y1) / len) * bow;
      const cy = (y1 + y2) / 2 + ((x2 - x1) / len) * bow;
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

/**
 * A board's whole name, centred in the box left once `reserve` units at the foot are kept for a
 * tag: wrapped onto up to three lines, then set smaller down to the floor (see `fitLabel`);
 * never shortened.
 */
function boardLabel(
  text: string,
  colour: string,
  box: LabelBox,
  nodeH: number,
  reserve: number,
): string {
  const { lines, size } = fitLabel(text, { ...box, height: box.height - reserve });
  const step = size * (box.leading ?? 1.2);
  const x = (box.width + 24) / 2;
  const first = (nodeH - reserve) / 2 + size * 0.35 - ((lines.length - 1) * step) / 2;
  return element(
    'text',
    { x, y: num(first), 'text-anchor': 'middle', 'font-size': num(size), fill: colour },
    lines
      .map((line, i) => element('tspan', { x, dy: i === 0 ? 0 : num(step) }, escapeXml(line)))
      .join(''),
  );
}

function badge(mark: GraphMark | undefined, nodeW: number): string {
  if (!mark) return '';
  const s = MARK_STYLES[mark];
  return (
    element('circle', {
      cx: nodeW - 4,
      cy: 4,
      r: 11,
      fill: s.fill,
      stroke: '#ffffff',
      'stroke-width': 2,
    }) +
    element(
      'text',
      {
        x: nodeW - 4,
        y: 8.5,
        'text-anchor': 'middle',
        'font-size': 13,
        'font-weight': 700,
        fill: '#ffffff',
      },
      escapeXml(s.symbol),
    )
  );
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
  const overlay = options.overlay;
  const linked = overlay?.pairs.filter((p) => ids.has(p.a) && ids.has(p.b)) ?? [];
  if (overlay && linked.length)
    sections.push({
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
    });
  return sections;
}

/** The span (along one axis, from `at` to `at + size`) of each group of boards, in first-seen order. */
function runs(
  boards: readonly Board[],
  key: (b: Board) => string,
  at: (b: Board) => number,
  size: number,
): HeaderRun[] {
  const spans = new Map<string, HeaderRun>();
  for (const b of boards) {
    const text = key(b);
    const from = at(b);
    const run = spans.get(text);
    if (!run) spans.set(text, { text, from, to: from + size });
    else {
      run.from = Math.min(run.from, from);
      run.to = Math.max(run.to, from + size);
    }
  }
  return [...spans.values()];
}

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/** A region's name in `lang`; undefined for boards across regions. */
function regionName(
  landscape: Landscape,
  region: string | undefined,
  lang: 'en' | 'cy',
): string | undefined {
  return region === undefined ? undefined : regionFigureName(landscape.regionSystems, region, lang);
}
