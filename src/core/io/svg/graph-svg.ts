import { containingRegion } from '../../geography/footprint';
import { systemRegions } from '../../geography/region-systems';
import { bandLayout, NODE_HEIGHT, NODE_WIDTH } from '../../layout/band-layout';
import { figureNameIn, regionFigureName } from '../../model/display-name';
import type { Board, BoardId, Landscape } from '../../model/types';
import { RELATION_TYPES } from '../../model/vocabulary';
import type { Position } from '../../workspace/types';
import { labelColour, tint } from './colour';
import { edgePath } from './graph-edge';
import { EVIDENCE_TAG_ROOM, evidenceKinds, evidenceLegend, evidenceMark } from './graph-evidence';
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
import { fitLabel, wrapToWidth } from './text-measure';
import { element, escapeXml, num } from './xml';

export interface GraphSvgOptions {
  /** The boards to draw (a selection, a region, the current view), in any order; default all. */
  boards?: readonly BoardId[];
  /** The visible heading and accessible name; default the landscape's title. */
  title?: string;
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
  /** Region system whose regions colour the boards; default `police`. */
  system?: string;
  /** Prefix of ids inside the SVG, so several figures can share a page. */
  idPrefix?: string;
}

const PAD = 24;
const TITLE_BAND = 48;
const LABEL_SIZE = 13;
/** How much of its colour a faded (merged, retired) board keeps. */
export const FADED_TINT = 0.3;
/** The smallest a board's name is set, before it takes a fourth line. */
const LABEL_FLOOR = 10;
const CAPTION_SIZE = 12;
/** Room round the boards for badges and arrowheads. */
const MARGIN = 14;

/**
 * Draws the board graph as a standalone, report-ready SVG string: boards as rounded rectangles
 * coloured by police region with their names as real text (two lines, escaped; the full name in
 * the board's `<title>`), relations as paths styled by type, a title, a legend and a caption,
 * with `<title>`/`<desc>`, a `viewBox`, embedded styles and a font stack. Boards without a
 * position are placed by `bandLayout`. Numbers are rounded and ids numbered in landscape order,
 * so the same data always gives the same bytes.
 */
export function renderGraphSvg(
  landscape: Landscape,
  positions: Readonly<Record<string, Position>>,
  options: GraphSvgOptions,
): string {
  const labels = options.labels;
  const lang = options.lang ?? 'en';
  const prefix = options.idPrefix ?? 'tw-graph';
  const system = options.system ?? 'police';
  const wanted = options.boards ? new Set<string>(options.boards) : undefined;
  const boards = landscape.boards.filter((b) => !wanted || wanted.has(b.id));
  const drawn = new Set<string>(boards.map((b) => b.id));
  const relations = landscape.relations.filter((r) => drawn.has(r.from) && drawn.has(r.to));
  const marks = options.marks ?? new Map<BoardId, GraphMark>();
  const evidence = evidenceKinds(landscape, boards);

  let fallback: Record<string, Position> | undefined;
  const place = (b: Board): Position => {
    const stored = positions[b.id];
    if (stored && Number.isFinite(stored.x) && Number.isFinite(stored.y)) return stored;
    fallback ??= bandLayout(landscape, { system });
    return fallback[b.id] ?? { x: 0, y: 0 };
  };
  const raw = new Map(boards.map((b) => [b.id, place(b)]));
  const xs = [...raw.values()].map((p) => p.x);
  const ys = [...raw.values()].map((p) => p.y);
  const minX = xs.length ? Math.min(...xs) : 0;
  const minY = ys.length ? Math.min(...ys) : 0;
  const regions = systemRegions(landscape, system);
  const regionOf = (b: Board) => containingRegion(landscape, b.footprint, system);
  const gutter = boards.length ? LEVEL_GUTTER : 0;
  const columnRuns = runs(
    boards,
    (b) => regionName(landscape, regionOf(b), lang) ?? labels.across,
    (b) => raw.get(b.id)!.x - minX + PAD + gutter + MARGIN,
    NODE_WIDTH,
  );
  const headerBand = columnHeaderHeight(columnRuns);
  const graphW = xs.length ? Math.max(...xs) - minX + NODE_WIDTH + 2 * MARGIN + gutter : 0;
  const graphH = ys.length ? Math.max(...ys) - minY + NODE_HEIGHT + 2 * MARGIN + headerBand : 40;
  const title = options.title ?? landscape.title;
  const minWidth = Math.max(480, graphW + 2 * PAD);
  // Title, legend and source line grow with a wide drawing, so they stay legible fitted to a page.
  const k = Math.min(2.5, Math.max(1, graphW / 1400));
  const titleSize = 22 * k;
  const titleLines = wrapToWidth(title, minWidth - 2 * PAD, titleSize, 'bold');
  const top = PAD + TITLE_BAND + titleSize - 22 + (titleLines.length - 1) * titleSize * 1.27;
  const at = new Map(
    [...raw].map(([id, p]) => [
      id,
      { x: p.x - minX + PAD + gutter + MARGIN, y: p.y - minY + top + headerBand + MARGIN },
    ]),
  );
  const levelRuns = runs(
    boards,
    (b) => capitalise(labels.levels[b.level]),
    (b) => at.get(b.id)!.y,
    NODE_HEIGHT,
  );
  const name = (b: Board) => figureNameIn(b, lang);

  const sections = legendSections(
    landscape,
    boards,
    relations,
    marks,
    labels,
    lang,
    system,
    regions,
  );
  const evidenceSection = evidenceLegend(evidence, labels.evidence);
  if (evidenceSection) sections.push(evidenceSection);
  const legendY = top + graphH + PAD;
  const legendH = graphLegendHeight(sections) * k;
  const width = Math.max(minWidth, graphLegendWidth(sections) * k + 2 * PAD);
  const caption = options.caption ?? '';
  const captionSize = CAPTION_SIZE * k;
  const captionLines = wrapToWidth(caption, width - 2 * PAD, captionSize);
  const captionY = legendY + legendH + (legendH ? PAD : 0) + captionSize;
  const height = captionLines.length
    ? captionY + (captionLines.length - 1) * captionSize * 1.35 + PAD
    : legendY + legendH;
  const description = labels.description;

  const edges = relations.map((r, i) => {
    const s = EDGE_STYLES[r.type];
    return element('path', {
      id: `${prefix}-r${i}`,
      d: edgePath(at.get(r.from)!, at.get(r.to)!, NODE_WIDTH, NODE_HEIGHT),
      fill: 'none',
      stroke: s.stroke,
      'stroke-width': s.width,
      'stroke-dasharray': s.dash,
      'marker-end': s.directed ? `url(#${prefix}-arrow-${r.type})` : undefined,
    });
  });
  const nodes = boards.map((b, i) => {
    const p = at.get(b.id)!;
    const faded = options.faded?.has(b.id);
    // A faded board keeps its outline and a legible name: only its fill goes pale.
    const fill = faded
      ? tint(regionColour(regions, regionOf(b)), FADED_TINT)
      : regionColour(regions, regionOf(b));
    const kind = evidence.get(b.id);
    const tagText = kind && (kind === 'board' ? labels.evidence.board : labels.evidence.members);
    const full = `${name(b)} (${[labels.levels[b.level], labels.statuses[b.status], tagText].filter(Boolean).join(', ')})`;
    const emphasised = options.emphasised?.has(b.id);
    return (
      `<g id="${prefix}-b${i}" transform="translate(${num(p.x)} ${num(p.y)})">` +
      element('title', {}, escapeXml(full)) +
      element('rect', {
        width: NODE_WIDTH,
        height: NODE_HEIGHT,
        rx: 8,
        fill,
        stroke: emphasised || b.status !== 'active' ? TEXT_COLOUR : undefined,
        'stroke-width': emphasised ? 4 : b.status === 'active' ? undefined : 1.5,
        'stroke-dasharray': b.status === 'active' ? undefined : '5 3',
      }) +
      boardLabel(name(b), labelColour(fill), kind ? EVIDENCE_TAG_ROOM : 0) +
      evidenceMark(kind, labels.evidence) +
      badge(marks.get(b.id)) +
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

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${num(width)} ${num(height)}" width="${num(width)}" height="${num(height)}" role="img" aria-labelledby="${prefix}-title ${prefix}-desc" xml:lang="${lang}" font-family="${escapeXml(FONT_STACK)}">`,
    element('title', { id: `${prefix}-title` }, escapeXml(title)),
    element('desc', { id: `${prefix}-desc` }, escapeXml(description)),
    `<style>text { font-family: ${escapeXml(FONT_STACK)}; } .tw-boards text { font-weight: 600; }</style>`,
    markers.length ? `<defs>${markers.join('')}</defs>` : '',
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
    boards.length === 0
      ? element(
          'text',
          { x: PAD, y: top + 24, 'font-size': 14, fill: MUTED_TEXT },
          escapeXml(labels.empty),
        )
      : '',
    `<g class="tw-headers">${renderColumnHeaders(columnRuns, top)}${renderLevelHeaders(levelRuns, PAD)}</g>`,
    `<g class="tw-relations">${edges.join('')}</g>`,
    `<g class="tw-boards">${nodes.join('')}</g>`,
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

/** Room inside a board for its name: clear of the rounded corners and the corner badge. */
export const LABEL_BOX = {
  width: NODE_WIDTH - 24,
  height: NODE_HEIGHT - 10,
  size: LABEL_SIZE,
  minSize: LABEL_FLOOR,
  maxLines: 3,
  leading: 1.2,
  weight: 'bold',
} as const;

/**
 * A board's whole name, centred: wrapped onto up to three lines, then set smaller down to the
 * floor (see `fitLabel`); never shortened.
 */
/** A board's name, whole, in the box left once `reserve` px at the foot are kept for a tag. */
function boardLabel(text: string, colour: string, reserve = 0): string {
  const { lines, size } = fitLabel(text, { ...LABEL_BOX, height: LABEL_BOX.height - reserve });
  const step = size * LABEL_BOX.leading;
  const first = (NODE_HEIGHT - reserve) / 2 + size * 0.35 - ((lines.length - 1) * step) / 2;
  return element(
    'text',
    {
      x: NODE_WIDTH / 2,
      y: num(first),
      'text-anchor': 'middle',
      'font-size': num(size),
      fill: colour,
    },
    lines
      .map((line, i) =>
        element('tspan', { x: NODE_WIDTH / 2, dy: i === 0 ? 0 : num(step) }, escapeXml(line)),
      )
      .join(''),
  );
}

function badge(mark: GraphMark | undefined): string {
  if (!mark) return '';
  const s = MARK_STYLES[mark];
  return (
    element('circle', {
      cx: NODE_WIDTH - 4,
      cy: 4,
      r: 11,
      fill: s.fill,
      stroke: '#ffffff',
      'stroke-width': 2,
    }) +
    element(
      'text',
      {
        x: NODE_WIDTH - 4,
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

function legendSections(
  landscape: Landscape,
  boards: readonly Board[],
  relations: Landscape['relations'],
  marks: ReadonlyMap<BoardId, GraphMark>,
  labels: GraphLabels,
  lang: 'en' | 'cy',
  system: string,
  regions: readonly string[],
): GraphLegendSection[] {
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
  const drawn = new Set<string>(boards.map((b) => b.id));
  const used = GRAPH_MARKS.filter((m) => [...marks].some(([id, v]) => v === m && drawn.has(id)));
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
              'font-size': 11,
              'font-weight': 700,
              fill: '#ffffff',
            },
            escapeXml(MARK_STYLES[m].symbol),
          ),
        text: labels.marks[m],
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
