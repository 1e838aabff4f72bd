/**
 * The figures registry: every figure the app's dialog, its export menu and `tirwedd export-svg`
 * can draw, each with the options it takes and a pure `render`. The same data and choice give
 * the same bytes wherever the figure is drawn.
 */
import type { BoundarySet } from '../core/geography/boundaries';
import { nudgesOf } from '../core/geography/auto-tiles';
import { regionAreas } from '../core/geography/footprint';
import type { Tile } from '../core/geography/tiles';
import { systemRegions } from '../core/geography/region-systems';
import { figureNameIn } from '../core/model/display-name';
import type { BoardId, Landscape } from '../core/model/types';
import type { Position } from '../core/workspace/types';
import type { Language } from '../i18n/catalogue';
import { figureCaption, graphDescription, lookup } from './figure-labels';
import {
  changeMarks,
  renderCompareFigure,
  renderGraphFigure,
  touchedRegions,
  type FigureScenario,
} from './graph-figure';
import { describeMap, mapTitle } from './map-description';
import { footprintsOf, measureValues, renderMapFigure, type MapHighlight } from './map-figure';
import { compareCsv, graphCsv, mapCsv } from './figure-data';
import { boardChanges } from '../core/scenarios/change-marks';
import type { Measure } from './measures';
import { FIGURE_SYSTEM, regionName, scopeBoards, type FigureScope } from './scope';

/** What every figure is drawn from. */
export interface FigureData {
  baseline: Landscape;
  positions: Readonly<Record<string, Position>>;
  /** The open scenario; figures then show it (the comparison needs one). */
  scenario?: FigureScenario;
  /** Real boundaries for the map; tiles when absent. */
  boundaries?: BoundarySet | null;
  /** Map tiles the user moved, kept with the workspace. */
  tileNudges?: readonly Tile[];
  lang: Language;
}

/** `touched`: the police regions the scenario changes (all boards without a scenario). */
export type FigureScopeChoice = FigureScope | { kind: 'touched' };

export interface FigureChoice {
  scope?: FigureScopeChoice;
  measure?: Measure;
}

export const FIGURE_OPTIONS = ['scope', 'measure'] as const;
export type FigureOption = (typeof FIGURE_OPTIONS)[number];

export interface RenderedFigure {
  svg: string;
  title: string;
  /** The text alternative, as in the SVG's `<desc>`. */
  description: string;
  /** Words for the file name. */
  name: string[];
  /** The data behind the figure, to save beside it. */
  csv: string;
}

export interface FigureDescriptor {
  /** Needs an open scenario. */
  needsScenario: boolean;
  /** The choices the figure takes, so forms and the command line offer only these. */
  options: readonly FigureOption[];
  /** The scope used when the user chose none. */
  defaultScope: FigureScopeChoice['kind'];
  render(data: FigureData, choice: FigureChoice): RenderedFigure;
}

/** The regions a scope stands for; undefined when it is not about regions. */
function scopeRegions(data: FigureData, scope: FigureScopeChoice): string[] | undefined {
  if (scope.kind === 'region') return [scope.region];
  if (scope.kind !== 'touched' || !data.scenario) return undefined;
  return touchedRegions(data.baseline, data.scenario.landscape);
}

/** The scope a figure draws, with `touched` resolved to regions or all. */
function resolve(data: FigureData, scope: FigureScopeChoice): FigureScope[] {
  if (scope.kind !== 'touched') return [scope];
  const regions = scopeRegions(data, scope);
  return regions ? regions.map((region) => ({ kind: 'region', region })) : [{ kind: 'all' }];
}

function boardsOf(
  data: FigureData,
  scope: FigureScopeChoice,
): ((landscape: Landscape) => readonly BoardId[] | undefined) | undefined {
  const scopes = resolve(data, scope);
  if (scopes.every((s) => s.kind === 'all')) return undefined;
  return (landscape) => {
    const ids = new Set(scopes.flatMap((s) => scopeBoards(landscape, s) ?? []));
    return landscape.boards.filter((b) => ids.has(b.id)).map((b) => b.id);
  };
}

function scopeTitle(data: FigureData, scope: FigureScopeChoice): string {
  const { baseline, lang } = data;
  const t = lookup(lang);
  const title = baseline.title;
  const regions = scopeRegions(data, scope);
  if (regions?.length) {
    const names = regions.map((r) => regionName(baseline, r, lang));
    // A scenario named for its region ("North Wales: …") says the region once.
    if (data.scenario && names.every((n) => data.scenario!.name.includes(n))) return title;
    return `${title}: ${names.join(', ')}`;
  }
  if (scope.kind === 'view') return t('export.titleView', { title });
  if (scope.kind === 'selection') {
    const board = (data.scenario?.landscape ?? baseline).boards.find((b) => b.id === scope.board);
    if (board)
      return t('export.titleSelection', {
        title,
        board: figureNameIn(board, lang),
      });
  }
  return title;
}

function scopeName(scope: FigureScopeChoice): string[] {
  if (scope.kind === 'region') return [scope.region];
  if (scope.kind === 'selection') return [scope.board];
  return scope.kind === 'view' ? ['view'] : [];
}

const graph: FigureDescriptor = {
  needsScenario: false,
  options: ['scope'],
  defaultScope: 'all',
  render(data, choice) {
    const scope = choice.scope ?? { kind: 'all' };
    const boards = boardsOf(data, scope);
    const title = scopeTitle(data, scope);
    const svg = renderGraphFigure({ ...data, title, boards });
    const shown = data.scenario?.landscape ?? data.baseline;
    const drawn = boards?.(shown);
    const marks = data.scenario
      ? changeMarks(boardChanges(data.baseline, data.scenario.landscape))
      : undefined;
    return {
      svg,
      title,
      description: graphDescription(data.lang, shown, drawn),
      csv: graphCsv(shown, drawn, data.lang, marks),
      name: ['graph', ...(data.scenario ? [data.scenario.name] : []), ...scopeName(scope)],
    };
  },
};

const compare: FigureDescriptor = {
  needsScenario: true,
  options: ['scope'],
  defaultScope: 'touched',
  render(data, choice) {
    const scenario = data.scenario;
    if (!scenario) throw new Error('The comparison figure needs a scenario.');
    const scope = choice.scope ?? { kind: 'touched' };
    const regions = scopeRegions(data, scope);
    const drawn = renderCompareFigure({
      ...data,
      scenario,
      regions: regions?.map((id) => ({ id, name: regionName(data.baseline, id, data.lang) })),
      boards: regions ? undefined : boardsOf(data, scope),
    });
    return {
      svg: drawn.svg,
      title: drawn.title,
      description: drawn.description,
      csv: compareCsv(drawn.numbers),
      name: ['compare', scenario.name, ...scopeName(scope)],
    };
  },
};

const map: FigureDescriptor = {
  needsScenario: false,
  options: ['scope', 'measure'],
  defaultScope: 'all',
  render(data, choice) {
    const { lang } = data;
    const t = lookup(lang);
    const landscape = data.scenario?.landscape ?? data.baseline;
    const scope = choice.scope ?? { kind: 'all' };
    const measure = choice.measure ?? 'boards';
    const regions = scopeRegions(data, scope);
    let highlight: MapHighlight | undefined;
    let visible: ReadonlySet<BoardId> | undefined;
    let board = undefined as Landscape['boards'][number] | undefined;
    if (regions?.length) {
      const areas = new Set(regions.flatMap((r) => regionAreas(landscape, FIGURE_SYSTEM, r)));
      highlight = {
        areas: landscape.areas.map((a) => a.code).filter((c) => areas.has(c)),
        legend: t('figure.inRegion'),
      };
    } else if (scope.kind === 'selection') {
      board = landscape.boards.find((b) => b.id === scope.board);
      if (board)
        highlight = {
          areas: footprintsOf(landscape, new Set([board.id])),
          legend: t('map.highlight'),
        };
    } else if (scope.kind === 'view') visible = scope.boards;
    const title = mapTitle(data, board, regions);
    const spec = {
      landscape,
      lang,
      measure,
      outline: FIGURE_SYSTEM,
      boundaries: data.boundaries ?? null,
      nudges: nudgesOf(data.tileNudges ?? []),
      highlight,
      visible,
    };
    const description = describeMap(data, spec);
    // A file ends with a newline, as the other figures do.
    const svg = `${renderMapFigure({ ...spec, title, description, caption: lookupCaption(data) })}\n`;
    const counted = visible
      ? { ...landscape, boards: landscape.boards.filter((b) => visible!.has(b.id)) }
      : landscape;
    return {
      svg,
      title,
      description,
      csv: mapCsv(landscape, lang, measure, measureValues(counted, measure), highlight?.areas),
      name: ['map', ...(data.scenario ? [data.scenario.name] : []), ...scopeName(scope)],
    };
  },
};

const lookupCaption = (data: FigureData) =>
  figureCaption(data.lang, data.baseline, data.scenario?.name, Boolean(data.boundaries));

/** Every figure, in the order the dialog and the command line list them. */
export const FIGURES = { graph, compare, map } as const satisfies Record<string, FigureDescriptor>;
export type FigureId = keyof typeof FIGURES;
export const FIGURE_IDS = Object.keys(FIGURES) as FigureId[];

/** The police regions of a landscape, for scope choices. */
export const figureRegions = (landscape: Landscape): string[] =>
  systemRegions(landscape, FIGURE_SYSTEM);
