import {
  areaTotals,
  boardCounts,
  regionalFootprintCounts,
} from '../../core/geography/area-measures';
import type { BoundarySet } from '../../core/geography/boundaries';
import { footprintAreas } from '../../core/geography/footprint';
import { boundaryCentroids, tilesFor, type TileNudges } from '../../core/geography/auto-tiles';
import { renderMapSvg } from '../../core/io/svg/map-svg';
import type { AreaCode, Board, BoardId, Landscape } from '../../core/model/types';
import { findBoard } from '../../core/model/queries';
import type { MessageKey } from '../../i18n/catalogue';
import type { AppState } from '../../state/context';
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
  /** Tiles the user has moved, by area code (kept with the workspace). */
  nudges?: TileNudges;
  /** Seat-hours a year per board, for the `hours` measure. */
  hours?: ReadonlyMap<BoardId, { seatHours: number }>;
  board?: Board;
  area?: AreaCode | null;
  /** Boards an analysis has lit up (a duplication, an organisation's boards): their footprints light up instead of the board's. */
  highlighted?: readonly BoardId[];
  /** Boards left in view by filters and focus; the measures count only these. Null or absent: all. */
  visible?: ReadonlySet<BoardId> | null;
  /** For the map on screen: areas become buttons. */
  interactive?: boolean;
  idPrefix?: string;
}

/**
 * The map as the app shows it now: the landscape in view (baseline or scenario), the
 * interface language, the map's settings, the selection and what is lit up or filtered.
 */
export function mapOnScreen(
  app: Pick<AppState, 'i18n' | 'map' | 'analysis' | 'selection' | 'view'>,
  landscape: Landscape,
): MapFigure {
  const { i18n, map, analysis, selection, view } = app;
  return {
    landscape,
    lang: i18n.lang,
    t: i18n.t,
    name: i18n.name,
    measure: map.measure,
    outline: map.outline,
    boundaries: map.boundaries,
    hours: analysis.load?.byBoard,
    board: selection.board ? findBoard(landscape, selection.board) : undefined,
    area: selection.area,
    highlighted: selection.highlight?.boards,
    visible: view.visible,
  };
}

/** What lights up: the highlighted boards' footprints, else the selected board's. */
function litAreas(f: MapFigure): AreaCode[] | undefined {
  const { landscape } = f;
  if (f.highlighted?.length) {
    const ids = new Set(f.highlighted);
    const codes = new Set(
      landscape.boards
        .filter((b) => ids.has(b.id))
        .flatMap((b) => footprintAreas(landscape, b.footprint)),
    );
    return landscape.areas.map((a) => a.code).filter((c) => codes.has(c));
  }
  return f.board ? footprintAreas(landscape, f.board.footprint) : undefined;
}

/**
 * The footprint map, one builder for the map view and for exported figures, so a file shows
 * what the screen shows: the same measure (over the boards in view), outline, boundaries,
 * lit footprints, picked area and labels. The view asks for interactive areas and its own ids.
 */
export function renderMapFigure(f: MapFigure): string {
  const { landscape, t, board } = f;
  // The Welsh layout for the Welsh areas; any other geography gets a grid made for it.
  const tiles = tilesFor(
    landscape,
    tilesData,
    f.nudges,
    f.boundaries ? boundaryCentroids(f.boundaries) : undefined,
  );
  const counted = f.visible
    ? { ...landscape, boards: landscape.boards.filter((b) => f.visible!.has(b.id)) }
    : landscape;
  const lit = litAreas(f);
  const values = (() => {
    switch (f.measure) {
      case 'boards':
        return boardCounts(counted);
      case 'footprints':
        return regionalFootprintCounts(counted);
      case 'hours':
        return areaTotals(counted, (b) => f.hours?.get(b.id)?.seatHours ?? 0);
      default:
        return undefined;
    }
  })();
  return renderMapSvg(landscape, {
    mode: f.boundaries ? 'boundaries' : 'tiles',
    tiles,
    shapes: f.boundaries?.shapes,
    lang: f.lang,
    labels: {
      title: board ? t('map.titleBoard', { name: f.name(board) }) : t('map.title'),
      description: t('map.description'),
      values: f.measure === 'none' ? undefined : t(`map.measure.${f.measure}`),
      noData: t('map.noData'),
      highlight: lit ? t(f.highlighted?.length ? 'map.highlightSet' : 'map.highlight') : undefined,
      inHighlight: t('map.inHighlight'),
    },
    highlight: lit,
    selected: f.area ?? undefined,
    values,
    outline: f.outline || undefined,
    interactive: f.interactive,
    width: 760,
    height: 640,
    idPrefix: f.idPrefix ?? 'tirwedd-map',
  });
}
