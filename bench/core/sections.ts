import { analysesAfterEdit } from '../../src/core/analysis/analyses-after-edit';
import { runAnalyses, type AnalysisParams } from '../../src/core/analysis/run-analyses';
import { touchedBoards } from '../../src/core/scenarios/touched-boards';
/**
 * The core benchmark's figures for the analyses (issue 4), scenarios (issue 5) and export and
 * import (issue 6), one function per section. Each takes the landscapes
 * already built and returns rows (or a ready table); `bench/core.ts` prints them.
 */
import {
  duplicationAnalysis,
  localDuplicatesAnalysis,
  meetingLoadAnalysis,
} from '../../src/core/analysis/duplication-analysis';
import { defaultParams } from '../../src/core/analysis/types';
import { exportCsvBundle, importCsvBundle } from '../../src/core/io/csv/landscape-csv';
import { renderGraphSvg } from '../../src/core/io/svg/graph-svg';
import { graphLabels } from '../../src/figures/figure-labels';
import { bandLayout } from '../../src/core/layout/band-layout';
import type { Landscape } from '../../src/core/model/types';
import { applyScenario } from '../../src/core/scenarios/apply-scenario';
import { comparer, compareLandscapes } from '../../src/core/scenarios/compare';
import type { Operation, Scenario, ScenarioResult } from '../../src/core/scenarios/types';
import { kb, measure, measureSteps, type Row } from './measure';

export interface Case {
  label: string;
  landscape: Landscape;
}

const bytes = (files: Record<string, string>) =>
  Object.values(files).reduce((n, text) => n + Buffer.byteLength(text), 0);

/** Issue 4: the three analyses the app runs on every edit, with their default parameters. */
export function analyses(cases: readonly Case[], aims: Record<string, number>): Row[] {
  const dup = defaultParams(duplicationAnalysis.params);
  const local = defaultParams(localDuplicatesAnalysis.params);
  const load = defaultParams(meetingLoadAnalysis.params);
  const rows: Row[] = [];
  for (const { label, landscape: l } of cases) {
    const size = `${l.boards.length} boards, ${l.memberships.length} memberships`;
    const t = measureSteps([
      ['dup', () => duplicationAnalysis.run(l, dup)],
      ['local', () => localDuplicatesAnalysis.run(l, local)],
      ['load', () => meetingLoadAnalysis.run(l, load)],
    ]);
    const pairs = (t.get('dup')!.last as ReturnType<typeof duplicationAnalysis.run>).pairs.length;
    const found = (t.get('local')!.last as unknown[]).length;
    const aim = aims[label];
    rows.push(
      {
        figure: 'findDuplications',
        landscape: label,
        timing: t.get('dup')!,
        notes: `${pairs} pairs; ${size}`,
      },
      {
        figure: 'findLocalDuplicates',
        landscape: label,
        timing: t.get('local')!,
        notes: `${found} found`,
      },
      { figure: 'meetingLoad', landscape: label, timing: t.get('load')! },
      {
        figure: 'all three, from nothing',
        landscape: label,
        timing: t.get('total')!,
        notes: 'on opening, or after a change of settings or of the evidence switch',
      },
      {
        figure: 'all three after one edit',
        landscape: label,
        timing: afterOneEdit(l),
        notes: 'as the app runs them after an edit: only what the edited board touches again',
        ...(aim !== undefined ? { aim: { ms: aim } } : {}),
      },
    );
  }
  return rows;
}

/** The analyses after one board's themes and name change, worked out from those before. */
function afterOneEdit(l: Landscape) {
  const params: AnalysisParams = { evidence: 'all', byId: {} };
  const before = { landscape: l, params, results: runAnalyses(l, params) };
  const board = l.boards[Math.floor(l.boards.length / 2)]!;
  const after: Landscape = {
    ...l,
    boards: l.boards.map((b) =>
      b === board ? { ...b, name: `${b.name} (renamed)`, themes: [...b.themes].reverse() } : b,
    ),
  };
  const touched = touchedBoards(l, after);
  return measure(() => analysesAfterEdit(before, after, params, touched));
}

/** Issue 5: a scenario applied and compared with its baseline. */
export function scenario(
  label: string,
  baseline: Landscape,
  name: string,
  ops: readonly Operation[],
  aim?: number,
): Row[] {
  const check = applyScenario(baseline, ops, { name });
  const applied = check.diagnostics.filter((d) => d.status === 'applied').length;
  if (applied !== ops.length) {
    const bad = check.diagnostics.find((d) => d.status !== 'applied')!;
    throw new Error(
      `scenario "${name}": operation ${bad.index} is ${bad.status}: ${bad.problems.map((p) => p.message).join('; ')}`,
    );
  }
  const compareWith = comparer(baseline);
  compareWith(check.landscape);
  const t = measureSteps([
    ['apply', () => applyScenario(baseline, ops, { name })],
    ['compare', (_, applied) => compareWith((applied as ScenarioResult).landscape)],
  ]);
  const first = measureSteps([
    ['apply', () => applyScenario(baseline, ops, { name })],
    ['compare', (_, applied) => compareLandscapes(baseline, (applied as ScenarioResult).landscape)],
  ]);
  const [apply, compare, both] = [t.get('apply')!, t.get('compare')!, t.get('total')!];
  const what = `${name} (${ops.length} ops, all applied)`;
  return [
    { figure: 'applyScenario', landscape: label, timing: apply, notes: what },
    {
      figure: 'compare, baseline measured',
      landscape: label,
      timing: compare,
      notes: 'what each edit of a scenario costs: the baseline is measured once',
    },
    {
      figure: 'apply + compare, baseline measured',
      landscape: label,
      timing: both,
      ...(aim !== undefined ? { aim: { ms: aim } } : {}),
    },
    {
      figure: 'compareLandscapes, from nothing',
      landscape: label,
      timing: first.get('compare')!,
      notes: 'the first comparison after the baseline changes: both sides measured',
    },
    { figure: 'apply + compare, from nothing', landscape: label, timing: first.get('total')! },
  ];
}

export function builtInScenarios(seed: Landscape, scenarios: readonly Scenario[]): Row[] {
  return scenarios.map((s) => {
    const both = measure(() =>
      compareLandscapes(seed, applyScenario(seed, s.operations, { name: s.name }).landscape),
    );
    return {
      figure: 'apply + compare',
      landscape: 'seed',
      timing: both,
      notes: `${s.id} (${s.operations.length} ops)`,
    };
  });
}

/** Issue 6: the report-ready graph SVG and the CSV bundle. */
export function exports(cases: readonly Case[]): Row[] {
  const rows: Row[] = [];
  for (const { label, landscape: l } of cases) {
    const positions = bandLayout(l);
    const labels = { ...graphLabels('en', l), description: l.title };
    const svg = measure(() => renderGraphSvg(l, positions, { labels }));
    const csv = measure(() => exportCsvBundle(l));
    rows.push(
      {
        figure: 'renderGraphSvg',
        landscape: label,
        timing: svg,
        notes: `${kb(Buffer.byteLength(svg.last as string))} (positions from bandLayout, not timed)`,
      },
      {
        figure: 'exportCsvBundle',
        landscape: label,
        timing: csv,
        notes: kb(bytes(csv.last as Record<string, string>)),
      },
    );
  }
  return rows;
}

/** Issue 6: importing a CSV bundle whose memberships.csv has `rows` rows. */
export function csvImport(label: string, landscape: Landscape): Row[] {
  const exported = measure(() => exportCsvBundle(landscape), { minTimeMs: 0 });
  const files = exported.last as Record<string, string>;
  const rows = files['memberships.csv']!.split('\r\n').filter(Boolean).length - 1;
  const first = importCsvBundle(files);
  if (!first.ok)
    throw new Error(
      `CSV import refused the exported bundle: ${first.problems
        .slice(0, 3)
        .map((p) => `${p.record} ${p.field}: ${p.message}`)
        .join('; ')}`,
    );
  const imported = measure(() => importCsvBundle(files), { minTimeMs: 0 });
  return [
    {
      figure: 'exportCsvBundle',
      landscape: label,
      timing: exported,
      notes: kb(bytes(files)),
    },
    {
      figure: 'importCsvBundle',
      landscape: label,
      timing: imported,
      notes: `${rows} membership rows, ${landscape.boards.length} boards, ${kb(bytes(files))}; accepted`,
    },
  ];
}
