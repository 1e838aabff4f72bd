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
import { PageOverflow, PRESETS, type PresetId } from '../core/io/svg/page';
import { duplicationOverlay } from './overlay';
import { renderLoadFigure } from './load-figure';
import { renderMatrixFigure } from './matrix-figure';
import type { MatrixAxis } from '../core/analysis/organisation-matrix';
import { figureCaption, graphDescription, lookup } from './figure-labels';
import {
  changeMarks,
  renderCompareFigure,
  renderGraphFigure,
  touchedRegions,
  type FigureScenario,
} from './graph-figure';
import { describeMap, mapHeadline, mapTitle } from './map-description';
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

/** What a figure can lay over its drawing. */
export const OVERLAYS = ['duplication'] as const;
export type Overlay = (typeof OVERLAYS)[number];

export interface FigureChoice {
  scope?: FigureScopeChoice;
  measure?: Measure;
  /** The page the figure is set for; its natural size when absent. */
  preset?: PresetId;
  overlay?: Overlay;
  /** What the who-sits-where matrix sets organisations against. */
  axis?: MatrixAxis;
}

/** The choices a figure may declare; every figure takes a preset. */
export const FIGURE_OPTIONS = ['scope', 'measure', 'overlay', 'axis'] as const;
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
  options: ['scope', 'overlay'],
  defaultScope: 'all',
  render(data, choice) {
    const { lang } = data;
    const scope = choice.scope ?? { kind: 'all' };
    const boards = boardsOf(data, scope);
    const t = lookup(lang);
    const shown = data.scenario?.landscape ?? data.baseline;
    const drawn = boards?.(shown);
    const ids = new Set<string>(drawn ?? shown.boards.map((b) => b.id));
    const flagged = duplicationOverlay(shown, lang);
    const pairs = flagged.pairs.filter((p) => ids.has(p.a) && ids.has(p.b)).length;
    const overlay = choice.overlay === 'duplication' ? flagged : undefined;
    const linked = overlay ? pairs : 0;
    // The headline says what a reviewer opens the figure for: how much may be duplicated.
    const headline = t('figures.graph.headline', { boards: ids.size, pairs });
    const regions = scopeRegions(data, scope);
    const title = regions?.length ? `${placeOf(data, scope)}: ${headline}` : headline;
    const where = [
      scopeTitle(data, scope),
      ...(data.scenario ? [t('figures.graph.inScenario', { name: data.scenario.name })] : []),
    ].join(', ');
    const subtitle = t('figures.graph.subtitle', {
      boards: ids.size,
      relations: shown.relations.filter((r) => ids.has(r.from) && ids.has(r.to)).length,
      where,
      asAt: data.baseline.asAt,
    });
    const svg = renderGraphFigure({
      ...data,
      title,
      boards,
      overlay,
      subtitle,
      page: pageOf(choice),
    });
    const marks = data.scenario
      ? changeMarks(boardChanges(data.baseline, data.scenario.landscape))
      : undefined;
    const described = graphDescription(lang, shown, drawn);
    return {
      svg,
      title,
      description: linked
        ? `${described} ${lookup(lang)('figures.overlay.described', { count: linked })}`
        : described,
      csv: graphCsv(shown, drawn, lang, marks),
      name: [
        'graph',
        ...(data.scenario ? [data.scenario.name] : []),
        ...scopeName(scope),
        ...(choice.overlay ? [choice.overlay] : []),
        ...(choice.preset ? [choice.preset] : []),
      ],
    };
  },
};

/** The page a choice sets the figure on, if any. */
const pageOf = (choice: FigureChoice) =>
  choice.preset ? { id: choice.preset, preset: PRESETS[choice.preset] } : undefined;

/** Where the figure's boards are, in words: regions, or the landscape's title. */
function placeOf(data: FigureData, scope: FigureScopeChoice): string {
  const regions = scopeRegions(data, scope);
  return regions?.length
    ? regions.map((r) => regionName(data.baseline, r, data.lang)).join(', ')
    : data.baseline.title;
}

const compare: FigureDescriptor = {
  needsScenario: true,
  options: ['scope'],
  defaultScope: 'touched',
  render(data, choice) {
    const scenario = data.scenario;
    if (!scenario) throw new Error('The comparison figure needs a scenario.');
    const scope = choice.scope ?? { kind: 'touched' };
    const regions = scopeRegions(data, scope);
    const figure = {
      ...data,
      scenario,
      regions: regions?.map((id) => ({ id, name: regionName(data.baseline, id, data.lang) })),
      boards: regions ? undefined : boardsOf(data, scope),
      page: pageOf(choice),
    };
    let drawn: ReturnType<typeof renderCompareFigure>;
    try {
      drawn = renderCompareFigure(figure);
    } catch (error) {
      // A page too small for whole regions still shows what the scenario changes.
      if (!(error instanceof PageOverflow) || scope.kind !== 'touched') throw error;
      drawn = renderCompareFigure({ ...figure, changedOnly: true });
    }
    return {
      svg: drawn.svg,
      title: drawn.title,
      description: drawn.description,
      csv: compareCsv(drawn.numbers),
      name: [
        'compare',
        scenario.name,
        ...scopeName(scope),
        ...(choice.preset ? [choice.preset] : []),
      ],
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
    const shows = mapTitle(data, board, regions);
    const headline = mapHeadline(data, { landscape, measure, visible }, board);
    // The message heads the map; what it shows, where, comes beneath.
    const title = headline ?? shows;
    const subtitle = headline ? shows : undefined;
    const spec = {
      page: pageOf(choice),
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
    const svg = `${renderMapFigure({ ...spec, title, subtitle, description, caption: lookupCaption(data) })}\n`;
    const counted = visible
      ? { ...landscape, boards: landscape.boards.filter((b) => visible!.has(b.id)) }
      : landscape;
    return {
      svg,
      title,
      description,
      csv: mapCsv(landscape, lang, measure, measureValues(counted, measure), highlight?.areas),
      name: [
        'map',
        ...(data.scenario ? [data.scenario.name] : []),
        ...scopeName(scope),
        ...(choice.preset ? [choice.preset] : []),
      ],
    };
  },
};

/** The figures that count boards: drawn for the boards in scope, named for where they are. */
function counted(data: FigureData, scope: FigureScopeChoice) {
  const landscape = data.scenario?.landscape ?? data.baseline;
  const ids = boardsOf(data, scope)?.(landscape);
  return {
    landscape,
    baseline: data.baseline,
    scenarioName: data.scenario?.name,
    lang: data.lang,
    boards: ids ? new Set(ids) : undefined,
    where: scopeRegions(data, scope)?.length ? placeOf(data, scope) : undefined,
  };
}

const figureName = (
  id: string,
  data: FigureData,
  scope: FigureScopeChoice,
  choice: FigureChoice,
) => [
  id,
  ...(data.scenario ? [data.scenario.name] : []),
  ...scopeName(scope),
  ...(choice.preset ? [choice.preset] : []),
];

const load: FigureDescriptor = {
  needsScenario: false,
  options: ['scope'],
  defaultScope: 'all',
  render(data, choice) {
    const scope = choice.scope ?? { kind: 'all' };
    const drawn = renderLoadFigure({ ...counted(data, scope), preset: choice.preset });
    return { ...drawn, name: figureName('load', data, scope, choice) };
  },
};

const matrix: FigureDescriptor = {
  needsScenario: false,
  options: ['scope', 'axis'],
  defaultScope: 'all',
  render(data, choice) {
    const scope = choice.scope ?? { kind: 'all' };
    const axis = choice.axis ?? 'boards';
    const drawn = renderMatrixFigure({ ...counted(data, scope), axis, preset: choice.preset });
    return {
      ...drawn,
      name: [...figureName('matrix', data, scope, choice), ...(axis === 'themes' ? [axis] : [])],
    };
  },
};

const lookupCaption = (data: FigureData) =>
  figureCaption(data.lang, data.baseline, data.scenario?.name, Boolean(data.boundaries));

/** Every figure, in the order the dialog and the command line list them. */
export const FIGURES = { graph, compare, map, load, matrix } as const satisfies Record<
  string,
  FigureDescriptor
>;
export type FigureId = keyof typeof FIGURES;
export const FIGURE_IDS = Object.keys(FIGURES) as FigureId[];

/** The police regions of a landscape, for scope choices. */
export const figureRegions = (landscape: Landscape): string[] =>
  systemRegions(landscape, FIGURE_SYSTEM);
