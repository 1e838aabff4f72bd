/**
 * The graph and comparison figures, shared by the app and the command line through the
 * figures registry: labels from the catalogues, the scenario's changes marked, comparisons
 * that state their result. Plain TypeScript, no Svelte or DOM.
 */
import { systemRegions } from '../core/geography/region-systems';
import { containingRegion } from '../core/geography/footprint';
import { renderCompareSvg } from '../core/io/svg/compare-svg';
import type { DuplicationOverlay } from '../core/io/svg/graph-overlay';
import { renderGraphSvg, type GraphSvgOptions } from '../core/io/svg/graph-svg';
import { GRAPH_MARKS, type GraphMark } from '../core/io/svg/graph-style';
import type { BoardId, Landscape } from '../core/model/types';
import { boardChanges, type BoardChange } from '../core/scenarios/change-marks';
import { headlineChanges, type HeadlineChanges } from '../core/scenarios/headline';
import type { Position } from '../core/workspace/types';
import type { Language } from '../i18n/catalogue';
import { figureCaption, graphDescription, graphLabels, lookup, signed } from './figure-labels';
import { FIGURE_SYSTEM, regionBoards } from './scope';

/** The scenario a figure shows: its name and the landscape it gives. */
export interface FigureScenario {
  name: string;
  landscape: Landscape;
}

export interface GraphFigure {
  baseline: Landscape;
  /** When given, the graph shows the scenario (with change marks) instead of the baseline. */
  scenario?: FigureScenario;
  positions: Readonly<Record<string, Position>>;
  lang: Language;
  /** The figure's heading; the scenario's name is added to it when one is shown. */
  title: string;
  /** The boards to draw, per landscape; undefined draws them all. */
  boards?: (landscape: Landscape) => readonly BoardId[] | undefined;
  /** What, where, as at when: shown on a page, under the title. */
  subtitle?: string;
  overlay?: DuplicationOverlay;
  page?: GraphSvgOptions['page'];
}

/** The marks the graph draws for a scenario's board changes (removed boards are not drawn). */
export function changeMarks(changes: readonly BoardChange[]): Map<BoardId, GraphMark> {
  const marks = new Map<BoardId, GraphMark>();
  for (const c of changes)
    if ((GRAPH_MARKS as readonly string[]).includes(c.change))
      marks.set(c.board, c.change as GraphMark);
  return marks;
}

function graphOptions(
  figure: GraphFigure,
  landscape: Landscape,
  extra: Omit<GraphSvgOptions, 'labels'>,
  scenarioName?: string,
): GraphSvgOptions {
  const boards = figure.boards?.(landscape);
  return {
    lang: figure.lang,
    labels: {
      ...graphLabels(figure.lang, figure.baseline),
      description: graphDescription(figure.lang, landscape, boards),
    },
    caption: figureCaption(figure.lang, figure.baseline, scenarioName),
    boards,
    subtitle: figure.subtitle,
    overlay: figure.overlay,
    page: figure.page,
    ...extra,
  };
}

/** The graph of the baseline, or of the scenario with its changes marked. */
export function renderGraphFigure(figure: GraphFigure): string {
  const { scenario, positions } = figure;
  if (!scenario)
    return renderGraphSvg(
      figure.baseline,
      positions,
      graphOptions(figure, figure.baseline, { title: figure.title }),
    );
  const marks = changeMarks(boardChanges(figure.baseline, scenario.landscape));
  return renderGraphSvg(
    scenario.landscape,
    positions,
    graphOptions(figure, scenario.landscape, { title: figure.title, marks }, scenario.name),
  );
}

/**
 * The police regions holding the boards a scenario changes, in the landscape's order; undefined
 * when one of them lies across regions, so the figure needs all of Wales.
 */
export function touchedRegions(baseline: Landscape, scenario: Landscape): string[] | undefined {
  const found = new Set<string>();
  const before = new Map(baseline.boards.map((b) => [b.id, b]));
  const after = new Map(scenario.boards.map((b) => [b.id, b]));
  for (const change of boardChanges(baseline, scenario)) {
    for (const [side, board] of [
      [baseline, before.get(change.board)],
      [scenario, after.get(change.board)],
    ] as const) {
      if (!board) continue;
      const region = containingRegion(side, board.footprint, FIGURE_SYSTEM);
      if (region === undefined) return undefined;
      found.add(region);
    }
  }
  return systemRegions(baseline, FIGURE_SYSTEM).filter((r) => found.has(r));
}

export interface CompareFigure {
  baseline: Landscape;
  scenario: FigureScenario;
  positions: Readonly<Record<string, Position>>;
  lang: Language;
  /** The regions drawn, already named in the reader's language; undefined: all boards. */
  regions?: readonly { id: string; name: string }[];
  /** Boards drawn instead of regions (the view, a selection), per landscape. */
  boards?: (landscape: Landscape) => readonly BoardId[] | undefined;
  /** Draw only the boards the scenario changes (what a page holds when whole regions do not fit). */
  changedOnly?: boolean;
  page?: GraphSvgOptions['page'];
}

/**
 * Baseline and scenario side by side, under a headline that states the result ("North Wales:
 * 12 boards that meet become 7") and a line of headline changes (boards that meet, seats,
 * seat-hours, duplications) counted over the boards drawn. Boards the scenario merges or retires
 * are faded on both sides, new ones emphasised; each keeps its mark, so colour is not the only sign.
 */
export function renderCompareFigure(figure: CompareFigure): {
  svg: string;
  title: string;
  description: string;
  numbers: HeadlineChanges;
} {
  const { baseline, scenario, lang, regions } = figure;
  const t = lookup(lang);
  const changes = boardChanges(baseline, scenario.landscape);
  const changed = new Set<BoardId>(changes.map((c) => c.board));
  const ended = new Set(
    changes.filter((c) => c.change === 'merged' || c.change === 'retired').map((c) => c.board),
  );
  // Only what changes: the boards that end stand on the baseline's side, not again on the other.
  const pick = (landscape: Landscape) =>
    figure.changedOnly
      ? landscape.boards
          .filter((b) => changed.has(b.id) && (landscape === baseline || !ended.has(b.id)))
          .map((b) => b.id)
      : regions
        ? regionBoards(
            landscape,
            regions.map((r) => r.id),
          )
        : figure.boards?.(landscape);
  const before = pick(baseline);
  const after = pick(scenario.landscape);
  const marks = changeMarks(changes);
  const added = new Set(changes.filter((c) => c.change === 'new').map((c) => c.board));
  const numbers = headlineChanges(
    baseline,
    scenario.landscape,
    before && after ? { baseline: new Set(before), scenario: new Set(after) } : undefined,
  );
  const region = regions?.length === 1 ? regions[0]!.name : undefined;
  const counts = { before: numbers.meetingBoards.before, after: numbers.meetingBoards.after };
  const title =
    region !== undefined
      ? t('figures.compare.headlineRegion', { region, ...counts })
      : t('figures.compare.headline', counts);
  const place = regions?.length ? regions.map((r) => r.name).join(', ') : baseline.title;
  const where = figure.changedOnly ? t('figures.compare.changedOnly', { where: place }) : place;
  const subtitle = t('figures.compare.subtitle', {
    scenario: scenario.name,
    where,
    asAt: baseline.asAt,
  });
  const headline = t('figures.compare.changes', {
    boardsBefore: numbers.meetingBoards.before,
    boardsAfter: numbers.meetingBoards.after,
    seats: signed(numbers.seats.after - numbers.seats.before),
    seatHours: signed(numbers.seatHours.after - numbers.seatHours.before),
    duplicationsBefore: numbers.duplications.before,
    duplicationsAfter: numbers.duplications.after,
  });
  const labels = graphLabels(lang, baseline);
  const side = (landscape: Landscape, boards: readonly BoardId[] | undefined, name: string) => ({
    lang,
    title: name,
    boards,
    labels: { ...labels, description: graphDescription(lang, landscape, boards) },
    faded: ended,
    emphasised: added,
    caption: '',
  });
  const description = `${title}. ${subtitle}. ${headline}.`;
  const svg = renderCompareSvg(baseline, scenario.landscape, figure.positions, {
    title,
    subtitle,
    headline,
    description,
    caption: figureCaption(lang, baseline, scenario.name),
    lang,
    page: figure.page,
    // The baseline marks the boards that end too, so fading is never the only sign.
    baseline: {
      ...side(baseline, before, labels.baseline),
      marks: new Map([...marks].filter(([id]) => ended.has(id))),
    },
    scenario: { ...side(scenario.landscape, after, labels.scenario), marks },
  });
  return { svg, title, description, numbers };
}
