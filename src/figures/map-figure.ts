import { meetingLoad } from '../core/analysis/meeting-load';
import { areaTotals, boardCounts, regionalFootprintCounts } from '../core/geography/area-measures';
import type { BoundarySet } from '../core/geography/boundaries';
import { footprintAreas } from '../core/geography/footprint';
import { tilesFor, type TileNudges } from '../core/geography/auto-tiles';
import { boundaryCentroids } from '../core/geography/boundary-centroids';
import { renderMapSvg, type MapSvgOptions } from '../core/io/svg/map-svg';
import {
  pageFrame,
  pageOpen,
  TYPE_FLOOR,
  type PagePreset,
  type PresetId,
} from '../core/io/svg/page';
import { element, escapeXml, num } from '../core/io/svg/xml';
import type { TileMap } from '../core/geography/tiles';
import type { AreaCode, BoardId, Landscape } from '../core/model/types';
import type { Language } from '../i18n/catalogue';
import tilesData from '../../data/tiles.json';
import { lookup } from './figure-labels';

import type { Measure } from './measures';

/** What lights up on the map, and the legend words that name it. */
export interface MapHighlight {
  areas: readonly AreaCode[];
  legend: string;
}

export interface MapFigure {
  landscape: Landscape;
  lang: Language;
  measure: Measure;
  outline: string;
  boundaries: BoundarySet | null;
  /** Tiles the user has moved, by area code (kept with the workspace). */
  nudges?: TileNudges;
  /** Seat-hours a year per board for the `hours` measure; worked out from the landscape when absent. */
  hours?: ReadonlyMap<BoardId, { seatHours: number }>;
  /** The visible heading and accessible name. */
  title: string;
  /** What the map shows and where, under the heading. */
  subtitle?: string;
  /** The accessible description; a reader's summary of what the map shows. */
  description: string;
  /** Source and as-at line under the map (figures only; the screen has its own). */
  caption?: string;
  highlight?: MapHighlight;
  area?: AreaCode | null;
  /** Boards the measures count; null or absent: all. */
  visible?: ReadonlySet<BoardId> | null;
  /** For the map on screen: areas become buttons. */
  interactive?: boolean;
  idPrefix?: string;
  /** The page the figure is set for; its natural size when absent. */
  page?: { id: PresetId; preset: PagePreset };
}

/** The areas of some boards' footprints, in landscape order. */
export function footprintsOf(landscape: Landscape, boards: ReadonlySet<BoardId>): AreaCode[] {
  const codes = new Set(
    landscape.boards
      .filter((b) => boards.has(b.id))
      .flatMap((b) => footprintAreas(landscape, b.footprint)),
  );
  return landscape.areas.map((a) => a.code).filter((c) => codes.has(c));
}

/** The value of `measure` per area, counting only the boards of `counted`. */
export function measureValues(
  counted: Landscape,
  measure: Measure,
  hours?: ReadonlyMap<BoardId, { seatHours: number }>,
): ReadonlyMap<AreaCode, number> | undefined {
  switch (measure) {
    case 'boards':
      return boardCounts(counted);
    case 'footprints':
      return regionalFootprintCounts(counted);
    case 'hours': {
      const byBoard = hours ?? meetingLoad(counted).byBoard;
      return areaTotals(counted, (b) => byBoard.get(b.id)?.seatHours ?? 0);
    }
    default:
      return undefined;
  }
}

/**
 * The tiles a map figure draws: the Welsh layout for the Welsh areas, a grid made for any other
 * geography, with the tiles the user moved where they put them.
 */
export function mapTiles(f: Pick<MapFigure, 'landscape' | 'nudges' | 'boundaries'>): TileMap {
  return tilesFor(
    f.landscape,
    tilesData,
    f.nudges,
    f.boundaries ? boundaryCentroids(f.boundaries) : undefined,
  );
}

/**
 * The footprint map, one builder for the map view and for exported figures (app and command
 * line): the measure over the boards counted, the outline, boundaries or tiles, what lights up
 * and the picked area. The caller says what to light up and how to name it; this never reads
 * a selection.
 */
export function renderMapFigure(f: MapFigure): string {
  const { landscape } = f;
  const t = lookup(f.lang);
  const tiles = mapTiles(f);
  const counted = f.visible
    ? { ...landscape, boards: landscape.boards.filter((b) => f.visible!.has(b.id)) }
    : landscape;
  const options = {
    mode: f.boundaries ? 'boundaries' : 'tiles',
    tiles,
    shapes: f.boundaries?.shapes,
    lang: f.lang,
    labels: {
      title: f.title,
      subtitle: f.subtitle,
      description: f.description,
      values: f.measure === 'none' ? undefined : t(`map.measure.${f.measure}`),
      noData: t('map.noData'),
      highlight: f.highlight?.legend,
      inHighlight: t('map.inHighlight'),
    },
    caption: f.caption,
    highlight: f.highlight?.areas,
    selected: f.area ?? undefined,
    values: measureValues(counted, f.measure, f.hours),
    outline: f.outline || undefined,
    interactive: f.interactive,
    width: 760,
    height: 640,
    idPrefix: f.idPrefix ?? 'tirwedd-map',
  } satisfies MapSvgOptions;
  if (!f.page) return renderMapSvg(landscape, options);
  const { preset } = f.page;
  const frame = pageFrame(preset, {
    title: f.title,
    subtitle: f.subtitle,
    caption: f.caption ?? '',
  });
  const room = frame.body;
  const map = renderMapSvg(landscape, {
    ...options,
    idPrefix: 'tirwedd-map-body',
    bare: true,
    minLabel: TYPE_FLOOR,
    width: room.width,
    height: room.height,
  }).replace(/^<svg /, `<svg x="${num(room.x)}" y="${num(room.y)}" `);
  const prefix = options.idPrefix;
  return [
    pageOpen(preset, { prefix, lang: f.lang }),
    element('title', { id: `${prefix}-title` }, escapeXml(f.title)),
    element('desc', { id: `${prefix}-desc` }, escapeXml(f.description)),
    element('rect', { width: num(preset.width), height: num(preset.height), fill: '#ffffff' }),
    frame.markup,
    map,
    '</svg>',
  ].join('\n');
}
