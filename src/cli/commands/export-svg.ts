import { readFile, writeFile } from 'node:fs/promises';
import type { Tile } from '../../core/geography/tiles';
import { importWorkspace } from '../../core/io/workspace-file';
import { formatProblems } from '../../core/model/problems';
import type { BoardId, Landscape } from '../../core/model/types';
import { applyScenario } from '../../core/scenarios/apply-scenario';
import { readScenarios } from '../../core/scenarios/builtin';
import type { Scenario } from '../../core/scenarios/types';
import type { Positions } from '../../core/workspace/types';
import type { FigureScenario } from '../../figures/graph-figure';
import { MEASURES, type Measure } from '../../figures/measures';
import {
  FIGURE_IDS,
  FIGURES,
  figureRegions,
  OVERLAYS,
  type FigureChoice,
  type FigureDescriptor,
  type FigureId,
  type FigureScopeChoice,
  type Overlay,
} from '../../figures/registry';
import { MATRIX_AXES, type MatrixAxis } from '../../core/analysis/organisation-matrix';
import { PageOverflow, PRESET_IDS, type PresetId } from '../../core/io/svg/page';
import { regionName } from '../../figures/scope';
import { loadLandscape } from './load';
import { parseArgs } from './options';
import type { Command, Output } from './types';

export const exportSvg: Command = {
  name: 'export-svg',
  usage: `export-svg <file|csv-folder> [--view ${FIGURE_IDS.join('|')}] [--scenario id] [--region name] [--board id] [--scope all|touched] [--measure ${MEASURES.join('|')}] [--overlay ${OVERLAYS.join('|')}] [--axis ${MATRIX_AXES.join('|')}] [--preset ${PRESET_IDS.join('|')}] [--lang en|cy] [--csv data.csv] -o out.svg`,
  summary:
    'draw a figure (the graph, a scenario comparison, the map, the meeting load, who sits where) as a standalone SVG',
  async run(args, io) {
    const { positionals, options, error } = parseArgs(args, [
      'scenario',
      'view',
      'region',
      'board',
      'scope',
      'measure',
      'overlay',
      'axis',
      'preset',
      'lang',
      'csv',
      'output',
    ]);
    const view = options.get('view') ?? 'graph';
    const lang = options.get('lang') ?? 'en';
    if (
      error ||
      positionals.length !== 1 ||
      !(FIGURE_IDS as readonly string[]).includes(view) ||
      (lang !== 'en' && lang !== 'cy')
    ) {
      io.err(error ?? `Usage: tirwedd ${exportSvg.usage}`);
      return 2;
    }
    const figure = FIGURES[view as FigureId];
    const measure = options.get('measure');
    if (measure !== undefined) {
      if (!figure.options.includes('measure')) {
        io.err(`--measure applies to --view map only`);
        return 2;
      }
      if (!(MEASURES as readonly string[]).includes(measure)) {
        io.err(`Unknown measure "${measure}"; expected one of: ${MEASURES.join(', ')}`);
        return 2;
      }
    }
    const choices = figureChoices(figure, view, options);
    if (typeof choices === 'string') {
      io.err(choices);
      return 2;
    }
    const scopeName = options.get('scope');
    if (scopeName !== undefined && scopeName !== 'all' && scopeName !== 'touched') {
      io.err(`Unknown scope "${scopeName}"; expected one of: all, touched`);
      return 2;
    }
    const input = await loadInput(positionals[0]!, io);
    if (!input) return 1;
    const { landscape, positions, tileNudges } = input;

    const regionArg = options.get('region');
    let region: string | undefined;
    if (regionArg !== undefined) {
      const known = figureRegions(landscape);
      const wanted = regionArg.toLowerCase();
      region = known.find(
        (r) =>
          r.toLowerCase() === wanted || regionName(landscape, r, 'cy').toLowerCase() === wanted,
      );
      if (!region) {
        io.err(`Unknown police region "${regionArg}"; expected one of: ${known.join(', ')}`);
        return 2;
      }
    }

    const scenarioId = options.get('scenario');
    let scenario: FigureScenario | undefined;
    if (scenarioId !== undefined) {
      const scenarios = input.scenarios ?? (await builtInScenarios());
      const chosen = scenarios.find((s) => s.id === scenarioId);
      if (!chosen) {
        io.err(
          `Unknown scenario "${scenarioId}"; expected one of: ${scenarios.map((s) => s.id).join(', ')}`,
        );
        return 2;
      }
      const applied = applyScenario(landscape, chosen.operations, { name: chosen.name });
      for (const d of applied.diagnostics)
        if (d.status !== 'applied')
          for (const p of d.problems)
            io.err(`warning: ${chosen.id} › operations[${d.index}] ${d.status}: ${p.message}`);
      scenario = { name: chosen.name, landscape: applied.landscape };
    }
    if (figure.needsScenario && !scenario) {
      io.err(`--view ${view} needs --scenario id`);
      return 2;
    }

    const boardId = options.get('board');
    if (boardId !== undefined && !landscape.boards.some((b) => b.id === boardId)) {
      io.err(`Unknown board "${boardId}"; see \`tirwedd summary\` for board ids`);
      return 2;
    }
    const scope: FigureScopeChoice =
      boardId !== undefined
        ? { kind: 'selection', board: boardId as BoardId }
        : region !== undefined
          ? { kind: 'region', region }
          : scopeName === 'all' || scopeName === 'touched'
            ? { kind: scopeName }
            : { kind: figure.defaultScope === 'touched' ? 'touched' : 'all' };
    let drawn;
    try {
      drawn = figure.render(
        { baseline: landscape, positions, scenario, lang, tileNudges },
        { scope, ...choices, ...(measure !== undefined ? { measure: measure as Measure } : {}) },
      );
    } catch (error) {
      if (!(error instanceof PageOverflow)) throw error;
      io.err(error.message);
      return 1;
    }
    const { svg, csv } = drawn;
    const csvFile = options.get('csv');
    if (csvFile !== undefined) await writeFile(csvFile, csv);
    const output = options.get('output');
    if (output === undefined) io.out(svg.trimEnd());
    else {
      await writeFile(output, svg);
      io.out(`${output}: wrote ${view} SVG (${Math.round(svg.length / 1024)} kB)`);
    }
    return 0;
  },
};

/** The preset, overlay and axis asked for, checked against what the figure takes. */
function figureChoices(
  figure: FigureDescriptor,
  view: string,
  options: ReadonlyMap<string, string>,
): Pick<FigureChoice, 'preset' | 'overlay' | 'axis'> | string {
  const preset = options.get('preset');
  if (preset !== undefined && !(PRESET_IDS as readonly string[]).includes(preset))
    return `Unknown preset "${preset}"; expected one of: ${PRESET_IDS.join(', ')}`;
  const overlay = options.get('overlay');
  if (overlay !== undefined) {
    if (!figure.options.includes('overlay')) return `--overlay applies to --view graph only`;
    if (!(OVERLAYS as readonly string[]).includes(overlay))
      return `Unknown overlay "${overlay}"; expected one of: ${OVERLAYS.join(', ')}`;
  }
  const axis = options.get('axis');
  if (axis !== undefined) {
    if (!figure.options.includes('axis'))
      return `--axis applies to --view matrix only, not ${view}`;
    if (!(MATRIX_AXES as readonly string[]).includes(axis))
      return `Unknown axis "${axis}"; expected one of: ${MATRIX_AXES.join(', ')}`;
  }
  return {
    ...(preset !== undefined ? { preset: preset as PresetId } : {}),
    ...(overlay !== undefined ? { overlay: overlay as Overlay } : {}),
    ...(axis !== undefined ? { axis: axis as MatrixAxis } : {}),
  };
}

interface Input {
  landscape: Landscape;
  positions: Positions;
  scenarios?: Scenario[];
  tileNudges?: Tile[];
}

/** A landscape (JSON or CSV folder), or a workspace export file with its positions and scenarios. */
async function loadInput(path: string, io: Output): Promise<Input | undefined> {
  if (path.toLowerCase().endsWith('.json')) {
    let text: string | undefined;
    try {
      text = await readFile(path, 'utf8');
    } catch {
      text = undefined; // loadLandscape reports the unreadable file
    }
    if (text !== undefined && /"format"\s*:\s*"tirwedd\.workspace"/.test(text.slice(0, 2000))) {
      const read = importWorkspace(text, path);
      if (!read.ok) {
        for (const line of formatProblems(read.problems, path)) io.err(line);
        return undefined;
      }
      const w = read.value;
      return {
        landscape: w.landscape,
        positions: w.positions,
        scenarios: w.scenarios,
        tileNudges: w.tileNudges,
      };
    }
  }
  const landscape = await loadLandscape(path, io);
  return landscape ? { landscape, positions: {} } : undefined;
}

async function builtInScenarios(): Promise<Scenario[]> {
  const text = await readFile(new URL('../../../data/scenarios.json', import.meta.url), 'utf8');
  const read = readScenarios(JSON.parse(text));
  return read.ok ? read.value : [];
}
