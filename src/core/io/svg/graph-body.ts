/** The part of the graph figure between its title and its legend: headers, relations, boards. */
import { containingRegion } from '../../geography/footprint';
import { systemRegions } from '../../geography/region-systems';
import { DEFAULT_BAND_LAYOUT, NODE_HEIGHT, NODE_WIDTH } from '../../layout/band-layout';
import { figureNameIn, regionFigureName } from '../../model/display-name';
import type { Board, BoardId, Landscape } from '../../model/types';
import { RELATION_TYPES } from '../../model/vocabulary';
import type { Position } from '../../workspace/types';
import { labelColour, tint } from './colour';
import { edgePath } from './graph-edge';
import { evidenceKinds, evidenceMark, evidenceTagRoom, type EvidenceKind } from './graph-evidence';
import {
  columnHeaderHeight,
  LEVEL_GUTTER,
  renderColumnHeaders,
  renderLevelHeaders,
  type HeaderRun,
} from './graph-headers';
import {
  EDGE_STYLES,
  FONT_STACK,
  MARK_STYLES,
  MUTED_TEXT,
  regionColour,
  TEXT_COLOUR,
  type GraphMark,
} from './graph-style';
import { fitLabel, type LabelBox } from './text-measure';
import { element, escapeXml, num } from './xml';
import type { GraphSvgOptions } from './graph-svg';
import { overlayLinks } from './graph-overlay';

/** The sizes a graph is drawn at, in its own units. */
export interface GraphMetrics {
  node: { width: number; height: number };
  /** A board's name starts at `size` and may be set down to `floor`, on up to `lines` lines. */
  label: { size: number; floor: number; lines: number };
  /** The evidence tag's text size. */
  tag: number;
  gap: { x: number; y: number; band: number };
}

export const LABEL_SIZE = 13;
export const NATURAL: GraphMetrics = {
  node: { width: NODE_WIDTH, height: NODE_HEIGHT },
  label: { size: LABEL_SIZE, floor: 10, lines: 3 },
  tag: 10,
  gap: {
    x: DEFAULT_BAND_LAYOUT.gapX,
    y: DEFAULT_BAND_LAYOUT.gapY,
    band: DEFAULT_BAND_LAYOUT.bandGap,
  },
};

/** Room at the figure's edges, in the graph's units. */
export const GRAPH_PAD = 24;
/** How much of its colour a faded (merged, retired) board keeps. */
export const FADED_TINT = 0.3;
/** Room round the boards for badges and arrowheads. */
const MARGIN = 14;

/** Everything drawn between the title and the legend, from (ox, oy), and the room it takes. */
export interface GraphBody {
  markup: string;
  markers: string;
  width: number;
  height: number;
}

export interface Drawn {
  landscape: Landscape;
  boards: Board[];
  relations: Landscape['relations'];
  regions: string[];
  evidence: Map<BoardId, EvidenceKind>;
  marks: ReadonlyMap<BoardId, GraphMark>;
}

export function drawnOf(landscape: Landscape, options: GraphSvgOptions): Drawn {
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

export function graphBody(
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

// Board names are measured bold and set bold, so a renderer with only the face's two weights
// (a PDF embeds just those) draws them as measured.
export const GRAPH_STYLE = `<style>text { font-family: ${escapeXml(FONT_STACK)}; } .tw-boards text { font-weight: 700; }</style>`;

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
