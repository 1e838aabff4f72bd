import type { BoardId, Landscape } from '../model/types';
import { byScore, clustersOf, findDuplications, SIGNALS, type Duplication } from './duplication';
import { meetingLoadAnalysis } from './duplication-analysis';
import { byRegionalThenLocal, findLocalDuplicates, type LocalDuplicate } from './local-duplicates';
import { runAnalyses, type AnalysisParams, type AnalysisResults } from './run-analyses';

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

/**
 * The analyses after an edit that changed the boards in `touched` (see `touchedBoards`): the
 * findings between untouched boards are the ones before, and only those involving a touched
 * board are looked for again, as a scenario's comparison does. The result equals
 * `runAnalyses` on the new landscape; a dense 5,000-board landscape has 200,000 pairs, and
 * finding them all again took over a second on every edit. Without `touched`, with other
 * settings, or with the evidence switch on, everything is worked out afresh.
 */
export function analysesAfterEdit(
  before: Analysed | undefined,
  landscape: Landscape,
  params: AnalysisParams,
  touched: ReadonlySet<BoardId> | undefined,
): AnalysisResults {
  if (
    !before ||
    !touched ||
    params.evidence !== 'all' ||
    JSON.stringify(params) !== JSON.stringify(before.params)
  )
    return runAnalyses(landscape, params);
  const keep = untouched(touched);
  const found = findDuplications(landscape, {
    minScore: params.minScore,
    signals: SIGNALS.filter((s) => params.signals.includes(s)),
    ignore: params.ignore,
    only: touched,
  });
  const pairs = mergeSorted(before.results.duplication.pairs.filter(keep), found.pairs, byScore);
  const ignored = mergeSorted(
    before.results.duplication.ignored.filter(keep),
    found.ignored,
    byScore,
  );
  const local: LocalDuplicate[] = mergeSorted(
    before.results.localDuplicates.filter((d) => !touched.has(d.local) && !touched.has(d.regional)),
    [
      ...findLocalDuplicates(landscape, {
        includeStatutory: params.includeStatutory,
        only: touched,
      }),
    ].sort(byRegionalThenLocal),
    byRegionalThenLocal,
  );
  return {
    duplication: { pairs, ignored, clusters: clustersOf(pairs) },
    localDuplicates: local,
    load: meetingLoadAnalysis.run(landscape, {
      system: meetingLoadAnalysis.params.system.default,
      evidence: params.evidence,
    }),
  };
}
