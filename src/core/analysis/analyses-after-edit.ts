import type { BoardId, Landscape } from '../model/types';
import { byScore, clustersOf, findDuplications, SIGNALS, type Duplication } from './duplication';
import {
  duplicationAnalysis,
  localDuplicatesAnalysis,
  meetingLoadAnalysis,
} from './duplication-analysis';
import { byRegionalThenLocal, findLocalDuplicates } from './local-duplicates';
import {
  PANEL_ANALYSES,
  paramsFor,
  runAnalyses,
  type PanelAnalysis,
  type AnalysisParams,
  type AnalysisResults,
} from './run-analyses';

/** The analyses of a landscape, kept to work out those of the next one from. */
export interface Analysed {
  landscape: Landscape;
  params: AnalysisParams;
  results: AnalysisResults;
}

/** Two lists each sorted by `order`, as one: a walk, where sorting the whole again took long. */
function mergeSorted<T>(a: readonly T[], b: readonly T[], order: (x: T, y: T) => number): T[] {
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(order(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

const untouched =
  (touched: ReadonlySet<BoardId>) =>
  (d: Duplication): boolean =>
    !touched.has(d.a) && !touched.has(d.b);

/** How each panel analysis is worked out again after an edit, from its result before. */
const AFTER_EDIT: {
  [K in PanelAnalysis]: (
    before: AnalysisResults[K],
    landscape: Landscape,
    params: AnalysisParams,
    touched: ReadonlySet<BoardId>,
  ) => AnalysisResults[K];
} = {
  duplication(before, landscape, params, touched) {
    const keep = untouched(touched);
    const own = paramsFor(duplicationAnalysis, params);
    const found = findDuplications(landscape, {
      minScore: own.minScore,
      signals: SIGNALS.filter((s) => own.signals.includes(s)),
      ignore: own.ignore,
      only: touched,
    });
    const pairs = mergeSorted(before.pairs.filter(keep), found.pairs, byScore);
    const ignored = mergeSorted(before.ignored.filter(keep), found.ignored, byScore);
    return { pairs, ignored, clusters: clustersOf(pairs) };
  },
  'local-duplicates': (before, landscape, params, touched) =>
    mergeSorted(
      before.filter((d) => !touched.has(d.local) && !touched.has(d.regional)),
      [
        ...findLocalDuplicates(landscape, {
          includeStatutory: paramsFor(localDuplicatesAnalysis, params).includeStatutory,
          only: touched,
        }),
      ].sort(byRegionalThenLocal),
      byRegionalThenLocal,
    ),
  // Counting seats is one pass over the memberships: quick enough to do whole.
  'meeting-load': (_before, landscape, params) =>
    meetingLoadAnalysis.run(landscape, paramsFor(meetingLoadAnalysis, params)),
};

/**
 * The analyses named by `ids` after an edit that changed the boards in `touched` (see
 * `touchedBoards`): the findings between untouched boards are the ones before, and only those
 * involving a touched board are looked for again, as a scenario's comparison does. The result
 * equals `runAnalyses` on the new landscape; a dense 5,000-board landscape has 200,000 pairs,
 * and finding them all again took over a second on every edit. Without `touched`, with other
 * settings or analyses, or with the evidence switch on, everything is worked out afresh.
 */
export function analysesAfterEdit(
  before: Analysed | undefined,
  landscape: Landscape,
  params: AnalysisParams,
  touched: ReadonlySet<BoardId> | undefined,
  ids: readonly PanelAnalysis[] = PANEL_ANALYSES,
): AnalysisResults {
  if (
    !before ||
    !touched ||
    params.evidence !== 'all' ||
    JSON.stringify(params) !== JSON.stringify(before.params) ||
    ids.some((id) => !(id in before.results))
  )
    return runAnalyses(landscape, params, ids);
  const after = <K extends PanelAnalysis>(id: K) =>
    AFTER_EDIT[id](before.results[id], landscape, params, touched);
  return Object.fromEntries(ids.map((id) => [id, after(id)])) as unknown as AnalysisResults;
}
