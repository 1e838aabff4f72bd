import type { AppState } from '../../state/context';
import { fileSlug } from './download';
import {
  FIGURES,
  type FigureData,
  type FigureId,
  type FigureScopeChoice,
  type RenderedFigure,
} from '../../figures/registry';
import type { Measure } from '../../figures/measures';
import type { MatrixAxis } from '../../core/analysis/organisation-matrix';
import { PRESET_IDS } from '../../core/io/svg/page';

export const SCOPES = ['touched', 'all', 'view', 'selection', 'region'] as const;
export type Scope = (typeof SCOPES)[number];
export const FORMATS = ['svg', 'png1', 'png2', 'png3', 'pdf'] as const;
export type Format = (typeof FORMATS)[number];
export const SCALES: Record<Exclude<Format, 'svg' | 'pdf'>, number> = { png1: 1, png2: 2, png3: 3 };
/** Where the figure goes: its natural size, or a page. */
export const SIZES = ['natural', ...PRESET_IDS] as const;
export type Size = (typeof SIZES)[number];

export interface FigureChoice {
  figure: FigureId;
  scope: Scope;
  region: string;
  measure: Measure;
  size: Size;
  /** Link the pairs the duplication analysis flags (figures that take an overlay). */
  duplication: boolean;
  axis: MatrixAxis;
}

/** What the figures are drawn from: the baseline, the open scenario, positions, boundaries. */
export function figureData(app: AppState): FigureData | undefined {
  const { session, scenario, map, i18n } = app;
  const baseline = scenario.baseline;
  const workspace = session.workspace;
  if (!baseline || !workspace) return undefined;
  const active = scenario.active;
  const result = scenario.result;
  return {
    baseline,
    positions: workspace.positions,
    scenario: active && result ? { name: active.name, landscape: result.landscape } : undefined,
    boundaries: map.boundaries,
    tileNudges: workspace.tileNudges,
    lang: i18n.lang,
  };
}

/**
 * The figure the user chose in the dialog, drawn by the figures registry as the command line
 * draws it, with a file name (without extension) that says what it shows. Only the dialog's
 * choices decide what is drawn; the selection enters only when the user picked it as the scope.
 */
export function exportFigure(
  app: AppState,
  choice: FigureChoice,
): (RenderedFigure & { file: string }) | undefined {
  const data = figureData(app);
  if (!data) return undefined;
  const { selection, view } = app;
  let scope: FigureScopeChoice = { kind: 'all' };
  if (choice.scope === 'touched') scope = { kind: 'touched' };
  else if (choice.scope === 'view' && view.visible) scope = { kind: 'view', boards: view.visible };
  else if (choice.scope === 'selection' && selection.board)
    scope = { kind: 'selection', board: selection.board };
  else if (choice.scope === 'region' && choice.region)
    scope = { kind: 'region', region: choice.region };
  const figure = FIGURES[choice.figure];
  const drawn = figure.render(data, {
    scope,
    ...(figure.options.includes('measure') ? { measure: choice.measure } : {}),
    ...(figure.options.includes('overlay') && choice.duplication
      ? { overlay: 'duplication' as const }
      : {}),
    ...(figure.options.includes('axis') ? { axis: choice.axis } : {}),
    ...(choice.size !== 'natural' ? { preset: choice.size } : {}),
  });
  return { ...drawn, file: fileSlug(['tirwedd', ...drawn.name].join(' ')) };
}
