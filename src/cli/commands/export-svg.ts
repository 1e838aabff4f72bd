import { readFile, writeFile } from 'node:fs/promises';
import { regionAreas } from '../../core/geography/footprint';
import { systemRegions } from '../../core/geography/region-systems';
import { parseTiles } from '../../core/geography/tiles';
import { renderMapSvg } from '../../core/io/svg/map-svg';
import { importWorkspace } from '../../core/io/workspace-file';
import { formatProblems } from '../../core/model/problems';
import type { Landscape } from '../../core/model/types';
import { applyScenario } from '../../core/scenarios/apply-scenario';
import { readScenarios } from '../../core/scenarios/builtin';
import { boardChanges } from '../../core/scenarios/change-marks';
import type { Scenario } from '../../core/scenarios/types';
import type { Positions } from '../../core/workspace/types';
import { changeMarks, regionScope, renderGraphFigure } from '../../figures/graph-figure';
import { regionMapLabels as mapLabels } from '../../figures/figure-labels';
import { loadLandscape } from './load';
import { parseArgs } from './options';
import type { Command, Output } from './types';

const VIEWS = ['graph', 'map', 'compare'] as const;

export const exportSvg: Command = {
  name: 'export-svg',
  usage:
    'export-svg <file|csv-folder> [--scenario id] [--view graph|map|compare] [--region name] [--lang en|cy] -o out.svg',
  summary: 'draw the graph, map or a scenario comparison as a standalone SVG',
  async run(args, io) {
    const { positionals, options, error } = parseArgs(args, [
      'scenario',
      'view',
      'region',
      'lang',
      'output',
    ]);
    const view = options.get('view') ?? 'graph';
    const lang = options.get('lang') ?? 'en';
    if (
      error ||
      positionals.length !== 1 ||
      !(VIEWS as readonly string[]).includes(view) ||
      (lang !== 'en' && lang !== 'cy')
    ) {
      io.err(error ?? `Usage: tirwedd ${exportSvg.usage}`);
      return 2;
    }
    const input = await loadInput(positionals[0]!, io);
    if (!input) return 1;
    const { landscape, positions } = input;

    const regionName = options.get('region');
    let region: string | undefined;
    if (regionName !== undefined) {
      const police = landscape.regionSystems.find((s) => s.id === 'police');
      const known = systemRegions(landscape, 'police');
      const wanted = regionName.toLowerCase();
      region = known.find(
        (r) =>
          r.toLowerCase() === wanted ||
          police?.regions.find((x) => x.name === r)?.nameCy?.toLowerCase() === wanted,
      );
      if (!region) {
        io.err(`Unknown police region "${regionName}"; expected one of: ${known.join(', ')}`);
        return 2;
      }
    }
    const boards = region === undefined ? undefined : regionScope(region);
    const title = region === undefined ? landscape.title : `${landscape.title}: ${region}`;

    let svg: string;
    const scenarioId = options.get('scenario');
    if (view === 'map') {
      if (scenarioId !== undefined) {
        io.err('--scenario with --view map is not available yet');
        return 2;
      }
      const tiles = parseTiles(
        await readFile(new URL('../../../data/tiles.json', import.meta.url), 'utf8'),
        landscape,
      );
      if (!tiles.ok) {
        for (const line of formatProblems(tiles.problems, 'data/tiles.json')) io.err(line);
        return 1;
      }
      svg = renderMapSvg(landscape, {
        mode: 'tiles',
        tiles: tiles.value,
        lang,
        labels: mapLabels(title, lang),
        outline: 'police',
        ...(region !== undefined ? { highlight: regionAreas(landscape, 'police', region) } : {}),
      });
    } else if (scenarioId === undefined) {
      if (view === 'compare') {
        io.err('--view compare needs --scenario id');
        return 2;
      }
      svg = renderGraphFigure({ baseline: landscape, positions, lang, title, boards });
    } else {
      const scenario = (input.scenarios ?? (await builtInScenarios())).find(
        (s) => s.id === scenarioId,
      );
      if (!scenario) {
        const ids = (input.scenarios ?? (await builtInScenarios())).map((s) => s.id);
        io.err(`Unknown scenario "${scenarioId}"; expected one of: ${ids.join(', ')}`);
        return 2;
      }
      const applied = applyScenario(landscape, scenario.operations, { name: scenario.name });
      for (const d of applied.diagnostics)
        if (d.status !== 'applied')
          for (const p of d.problems)
            io.err(`warning: ${scenario.id} › operations[${d.index}] ${d.status}: ${p.message}`);
      svg = renderGraphFigure({
        baseline: landscape,
        scenario: {
          name: scenario.name,
          landscape: applied.landscape,
          marks: changeMarks(boardChanges(landscape, applied.landscape)),
        },
        compare: view === 'compare',
        positions,
        lang,
        title,
        boards,
      });
    }
    const output = options.get('output');
    if (output === undefined) io.out(svg.trimEnd());
    else {
      await writeFile(output, svg);
      io.out(`${output}: wrote ${view} SVG (${Math.round(svg.length / 1024)} kB)`);
    }
    return 0;
  },
};

interface Input {
  landscape: Landscape;
  positions: Positions;
  scenarios?: Scenario[];
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
      return { landscape: w.landscape, positions: w.positions, scenarios: w.scenarios };
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
