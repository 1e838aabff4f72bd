import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatProblems } from '../../core/model/problems';
import type { Landscape } from '../../core/model/types';
import { applyScenario } from '../../core/scenarios/apply-scenario';
import { readScenarios } from '../../core/scenarios/builtin';
import type { OperationDiagnostic, Scenario } from '../../core/scenarios/types';
import { readWorkspace } from '../../core/workspace/format';
import { loadLandscape } from './load';
import type { Output } from './types';

/** The built-in scenarios shipped beside the seed. */
export const BUILT_IN_SCENARIOS_FILE = join(import.meta.dirname, '../../../data/scenarios.json');

/** The value after `--name`, as in `--scenario north-wales-nine-to-four`. */
export function optionValue(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
}

/** The first argument that is neither an option nor the value of an option that takes one. */
export function fileArg(args: readonly string[]): string | undefined {
  return args.find(
    (a, i) =>
      !a.startsWith('--') &&
      !['--scenario', '--region', '--only', '--param'].includes(args[i - 1] ?? ''),
  );
}

export interface ScenarioSource {
  landscape: Landscape;
  scenarios: Scenario[];
  /** Where the scenarios came from, for messages. */
  origin: 'workspace' | 'built-in';
}

/**
 * A landscape with the scenarios that go with it: a workspace file's own scenarios, or for a
 * landscape file the built-in ones. Problems are printed; undefined when nothing can be used.
 */
export async function loadWithScenarios(
  file: string | undefined,
  io: Output,
): Promise<ScenarioSource | undefined> {
  if (!file) {
    io.err('Name a landscape or workspace file.');
    return undefined;
  }
  let doc: unknown;
  try {
    doc = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    doc = undefined; // loadLandscape reports unreadable and malformed files in its own words.
  }
  if ((doc as { format?: unknown } | undefined)?.format === 'tirwedd.workspace') {
    const read = readWorkspace(doc);
    if (!read.ok) {
      for (const line of formatProblems(read.problems, file)) io.err(line);
      return undefined;
    }
    return {
      landscape: read.value.landscape,
      scenarios: read.value.scenarios,
      origin: 'workspace',
    };
  }
  const landscape = await loadLandscape(file, io);
  if (!landscape) return undefined;
  const builtIn = readScenarios(JSON.parse(await readFile(BUILT_IN_SCENARIOS_FILE, 'utf8')));
  if (!builtIn.ok) {
    for (const line of formatProblems(builtIn.problems, BUILT_IN_SCENARIOS_FILE)) io.err(line);
    return undefined;
  }
  return { landscape, scenarios: builtIn.value, origin: 'built-in' };
}

export interface ScenarioApplied {
  baseline: Landscape;
  landscape: Landscape;
  scenario?: Scenario;
  diagnostics: OperationDiagnostic[];
}

/** One line per operation that did not apply, as the CLI prints them. */
export function diagnosticLines(diagnostics: readonly OperationDiagnostic[]): string[] {
  return diagnostics
    .filter((d) => d.status !== 'applied')
    .flatMap((d) =>
      d.problems.map(
        (p) =>
          `  operation ${d.index + 1} ${d.status}: ${p.field ? `${p.field}: ` : ''}${p.message}`,
      ),
    );
}

/**
 * The landscape a command works on: the file's landscape, or with `--scenario <id>` that
 * landscape with the scenario applied. Stale and invalid operations are reported on stderr;
 * the rest still apply. Undefined (after printing why) when the file or scenario is not found.
 */
export async function landscapeForArgs(
  args: readonly string[],
  io: Output,
): Promise<ScenarioApplied | undefined> {
  const id = optionValue(args, 'scenario');
  if (id === undefined) {
    if (args.includes('--scenario')) {
      io.err('Give a scenario id after --scenario.');
      return undefined;
    }
    const landscape = await loadLandscape(fileArg(args), io);
    return landscape && { baseline: landscape, landscape, diagnostics: [] };
  }
  const loaded = await loadWithScenarios(fileArg(args), io);
  if (!loaded) return undefined;
  const scenario = loaded.scenarios.find((s) => s.id === id);
  if (!scenario) {
    io.err(
      `No ${loaded.origin} scenario has the id "${id}"; expected one of: ${loaded.scenarios.map((s) => s.id).join(', ')}`,
    );
    return undefined;
  }
  const result = applyScenario(loaded.landscape, scenario.operations, { name: scenario.name });
  const skipped = diagnosticLines(result.diagnostics);
  if (skipped.length) {
    io.err(
      `Scenario "${scenario.id}": ${skipped.length} operation problem(s); those operations were skipped:`,
    );
    for (const line of skipped) io.err(line);
  }
  return {
    baseline: loaded.landscape,
    landscape: result.landscape,
    scenario,
    diagnostics: result.diagnostics,
  };
}
