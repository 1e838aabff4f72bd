import {
  areaTotals,
  boardCounts,
  regionalFootprintCounts,
} from '../../core/geography/area-measures';
import type { BoundarySet } from '../../core/geography/boundaries';
import { footprintAreas } from '../../core/geography/footprint';
import { readTiles } from '../../core/geography/tiles';
import { renderMapSvg } from '../../core/io/svg/map-svg';
import type { AreaCode, Board, BoardId, Landscape } from '../../core/model/types';
import type { MessageKey } from '../../i18n/catalogue';
import type { Measure } from '../../state/map.svelte';
import tilesData from '../../../data/tiles.json';

export interface MapFigure {
  landscape: Landscape;
  lang: 'en' | 'cy';
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
  name: (record: { name: string; nameCy?: string }) => string;
  measure: Measure;
  outline: string;
  boundaries: BoundarySet | null;
  /** Seat-hours a year per board, for the `hours` measure. */
  hours?: ReadonlyMap<BoardId, { seatHours: number }>;
  board?: Board;
  area?: AreaCode | null;
}

/**
 * The footprint map as the map view draws it (same measure, outline, boundaries, highlighted
 * footprint and picked area, same labels), made for a file: no interactive attributes, and ids
 * of its own so it never clashes with the map on screen.
 */
export function renderMapFigure(f: MapFigure): string {
  const { landscape, t, board } = f;
  const tiles = readTiles(tilesData, landscape);
  const values = (() => {
    switch (f.measure) {
      case 'boards':
        return boardCounts(landscape);
      case 'footprints':
        return regionalFootprintCounts(landscape);
      case 'hours':
        return areaTotals(landscape, (b) => f.hours?.get(b.id)?.seatHours ?? 0);
      default:
        return undefined;
    }
  })();
  return renderMapSvg(landscape, {
    mode: f.boundaries ? 'boundaries' : 'tiles',
    tiles: tiles.ok ? tiles.value : undefined,
    shapes: f.boundaries?.shapes,
    lang: f.lang,
    labels: {
      title: board ? t('map.titleBoard', { name: f.name(board) }) : t('map.title'),
      description: t('map.description'),
      values: f.measure === 'none' ? undefined : t(`map.measure.${f.measure}`),
      noData: t('map.noData'),
      highlight: board ? t('map.highlight') : undefined,
      inHighlight: t('map.inHighlight'),
    },
    highlight: board ? footprintAreas(landscape, board.footprint) : undefined,
    selected: f.area ?? undefined,
    values,
    outline: f.outline || undefined,
    width: 760,
    height: 640,
    idPrefix: 'tirwedd-map',
  });
}
