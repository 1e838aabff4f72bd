import { footprintsOf, type MapFigure } from '../../figures/map-figure';
import { nudgesOf } from '../../core/geography/auto-tiles';
import { findBoard } from '../../core/model/queries';
import type { Landscape } from '../../core/model/types';
import type { AppState } from '../../state/context';

/**
 * The map as the app shows it now: the landscape in view (baseline or scenario), the interface
 * language, the map's settings, the selection and what is lit up or filtered. Exported map
 * figures do not use this: they draw what the user chose in the figure dialog.
 */
export function mapOnScreen(
  app: Pick<AppState, 'session' | 'i18n' | 'map' | 'analysis' | 'selection' | 'view'>,
  landscape: Landscape,
): MapFigure {
  const { session, i18n, map, analysis, selection, view } = app;
  const board = selection.board ? findBoard(landscape, selection.board) : undefined;
  const lit = selection.highlight?.boards.length
    ? {
        areas: footprintsOf(landscape, new Set(selection.highlight.boards)),
        legend: i18n.t('map.highlightSet'),
      }
    : board
      ? { areas: footprintsOf(landscape, new Set([board.id])), legend: i18n.t('map.highlight') }
      : undefined;
  return {
    landscape,
    lang: i18n.lang,
    measure: map.measure,
    outline: map.outline,
    boundaries: map.boundaries,
    nudges: nudgesOf(session.workspace?.tileNudges ?? []),
    hours: analysis.load?.byBoard,
    title: board ? i18n.t('map.titleBoard', { name: i18n.name(board) }) : i18n.t('map.title'),
    description: i18n.t('map.description'),
    highlight: lit,
    area: selection.area,
    visible: view.visible,
  };
}
