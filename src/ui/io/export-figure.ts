import { findBoard, relatedBoards } from '../../core/model/queries';
import type { AppState } from '../../state/context';
import { fileSlug } from './download';
import {
  changeMarks,
  regionScope,
  renderGraphFigure,
  setScope,
  type BoardScope,
} from '../../figures/graph-figure';
import { mapOnScreen, renderMapFigure } from './map-figure';

export const DRAWINGS = ['graph', 'compare', 'map'] as const;
export type Drawing = (typeof DRAWINGS)[number];
export const SCOPES = ['all', 'view', 'selection', 'region'] as const;
export type Scope = (typeof SCOPES)[number];
export const FORMATS = ['svg', 'png1', 'png2', 'png3'] as const;
export type Format = (typeof FORMATS)[number];
export const SCALES: Record<Exclude<Format, 'svg'>, number> = { png1: 1, png2: 2, png3: 3 };

export interface FigureChoice {
  drawing: Drawing;
  scope: Scope;
  region: string;
}

/**
 * The figure the user chose, as SVG, with a file name (without extension) that says what it
 * shows. Reads what is on screen: the baseline or the open scenario, the view's boards, the
 * selected board, the map's settings, the interface language.
 */
export function exportFigure(
  app: AppState,
  choice: FigureChoice,
): { svg: string; name: string } | undefined {
  const { session, scenario, selection, view, i18n } = app;
  const baseline = scenario.baseline;
  const landscape = scenario.landscape;
  const workspace = session.workspace;
  if (!baseline || !landscape || !workspace) return undefined;
  const active = scenario.active;
  const nameParts = ['tirwedd', choice.drawing];
  if (active) nameParts.push(active.name);

  if (choice.drawing === 'map') {
    const svg = renderMapFigure(mapOnScreen(app, landscape));
    return { svg, name: fileSlug(nameParts.join(' ')) };
  }

  let boards: BoardScope | undefined;
  let title = baseline.title;
  const selected = selection.board ? findBoard(landscape, selection.board) : undefined;
  if (choice.scope === 'view' && view.visible) {
    boards = setScope(view.visible);
    title = i18n.t('export.titleView', { title });
    nameParts.push('view');
  } else if (choice.scope === 'selection' && selected) {
    boards = setScope(relatedBoards(landscape, selected.id));
    title = i18n.t('export.titleSelection', { title, board: i18n.name(selected) });
    nameParts.push(selected.id);
  } else if (choice.scope === 'region' && choice.region) {
    boards = regionScope(choice.region);
    // As the command line writes it, so the same region gives the same figure.
    title = `${title}: ${choice.region}`;
    nameParts.push(choice.region);
  }
  const result = scenario.result;
  const svg = renderGraphFigure({
    baseline,
    scenario:
      active && result
        ? {
            name: active.name,
            landscape: result.landscape,
            marks: changeMarks(scenario.comparison?.boards ?? []),
          }
        : undefined,
    compare: choice.drawing === 'compare',
    positions: workspace.positions,
    lang: i18n.lang,
    title,
    boards,
  });
  return { svg, name: fileSlug(nameParts.join(' ')) };
}
