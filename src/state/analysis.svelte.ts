import {
  duplicationAnalysis,
  localDuplicatesAnalysis,
  meetingLoadAnalysis,
} from '../core/analysis/duplication-analysis';
import { SIGNALS, type Signal } from '../core/analysis/duplication';
import type { ScenarioState } from './scenario.svelte';
import type { Session } from './session.svelte';

/**
 * The analyses of the open workspace and the user's settings for them. Results are derived
 * from the workspace, so they follow every edit without being stored or synchronised.
 */
export class AnalysisState {
  minScore = $state(duplicationAnalysis.params.minScore.default);
  signals = $state<Signal[]>([...SIGNALS]);
  includeStatutory = $state(localDuplicatesAnalysis.params.includeStatutory.default);

  readonly #session: Session;
  readonly #scenario: ScenarioState;

  constructor(session: Session, scenario: ScenarioState) {
    this.#session = session;
    this.#scenario = scenario;
  }

  /** The landscape on screen: the baseline or the open scenario. */
  get #landscape() {
    return this.#scenario.landscape;
  }

  readonly duplication = $derived.by(() => {
    const workspace = this.#session.workspace;
    const landscape = this.#landscape;
    if (!workspace || !landscape) return undefined;
    return duplicationAnalysis.run(landscape, {
      minScore: this.minScore,
      signals: this.signals,
      ignore: workspace.ignoredDuplications.map((d) => d.pair),
    });
  });

  readonly localDuplicates = $derived.by(() => {
    const landscape = this.#landscape;
    return (
      landscape &&
      localDuplicatesAnalysis.run(landscape, { includeStatutory: this.includeStatutory })
    );
  });

  readonly load = $derived.by(() => {
    const landscape = this.#landscape;
    return landscape && meetingLoadAnalysis.run(landscape, { system: 'police' });
  });
}
