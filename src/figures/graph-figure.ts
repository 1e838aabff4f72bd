/**
 * Figures shared by the app and the command line: graph and comparison SVGs with their labels
 * drawn from the message catalogues. Plain TypeScript, no Svelte or DOM, so both can use it.
 */
import { containingRegion } from '../core/geography/footprint';
import { renderCompareSvg } from '../core/io/svg/compare-svg';
import { renderGraphSvg, type GraphSvgOptions } from '../core/io/svg/graph-svg';
import { GRAPH_MARKS, type GraphMark } from '../core/io/svg/graph-style';
import type { BoardId, Landscape } from '../core/model/types';
import type { BoardChange } from '../core/scenarios/change-marks';
import type { Position } from '../core/workspace/types';
import type { Language } from '../i18n/catalogue';
import { graphDescription, graphLabels } from './figure-labels';

/** Which boards of a landscape a figure draws; undefined draws them all. */
export type BoardScope = (landscape: Landscape) => readonly BoardId[] | undefined;

/** The scenario a figure shows: its name, the landscape it gives and how boards changed. */
export interface FigureScenario {
  name: string;
  landscape: Landscape;
  marks: ReadonlyMap<BoardId, GraphMark>;
}

export interface GraphFigure {
  baseline: Landscape;
  /** When given, the graph shows the scenario (with change marks) instead of the baseline. */
  scenario?: FigureScenario;
  /** Baseline and scenario side by side; needs `scenario`. */
  compare?: boolean;
  positions: Readonly<Record<string, Position>>;
  lang: Language;
  /** The figure's heading; the scenario's name is added to it when one is shown. */
  title: string;
  boards?: BoardScope;
}

/**
 * The graph or comparison figure as an SVG string, built the one way the app's export and the
 * `tirwedd export-svg` command share: labels and description from the catalogues, the title
 * followed by the scenario's name, the scenario named in the caption, its changes marked.
 */
export function renderGraphFigure(figure: GraphFigure): string {
  const { lang, positions, scenario } = figure;
  const labels = graphLabels(lang);
  const options = (landscape: Landscape, extra: GraphSvgOptions): GraphSvgOptions => {
    const boards = figure.boards?.(landscape);
    return {
      lang,
      labels: { ...labels, description: graphDescription(lang, landscape, boards) },
      boards,
      ...extra,
    };
  };
  if (!scenario)
    return renderGraphSvg(
      figure.baseline,
      positions,
      options(figure.baseline, { title: figure.title }),
    );
  const title = `${figure.title}: ${scenario.name}`;
  const shown = options(scenario.landscape, {
    title,
    scenarioName: scenario.name,
    marks: scenario.marks,
  });
  if (!figure.compare) return renderGraphSvg(scenario.landscape, positions, shown);
  return renderCompareSvg(figure.baseline, scenario.landscape, positions, {
    title,
    lang,
    baseline: options(figure.baseline, { title: labels.baseline }),
    scenario: { ...shown, title: scenario.name },
  });
}

/** The boards wholly inside one region of a region system (police by default). */
export function regionScope(region: string, system = 'police'): BoardScope {
  return (landscape) =>
    landscape.boards
      .filter((b) => containingRegion(landscape, b.footprint, system) === region)
      .map((b) => b.id);
}

/** A fixed set of boards, kept in landscape order. */
export function setScope(ids: ReadonlySet<BoardId>): BoardScope {
  return (landscape) => landscape.boards.filter((b) => ids.has(b.id)).map((b) => b.id);
}

/** The marks the graph draws for a scenario's board changes (removed boards are not drawn). */
export function changeMarks(changes: readonly BoardChange[]): Map<BoardId, GraphMark> {
  const marks = new Map<BoardId, GraphMark>();
  for (const c of changes)
    if ((GRAPH_MARKS as readonly string[]).includes(c.change))
      marks.set(c.board, c.change as GraphMark);
  return marks;
}
