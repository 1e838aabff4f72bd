import {
  duplicationAnalysis,
  localDuplicatesAnalysis,
  meetingLoadAnalysis,
} from '../core/analysis/duplication-analysis';
import { SIGNALS, type Signal } from '../core/analysis/duplication';
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

  constructor(session: Session) {
    this.#session = session;
  }

  get #landscape() {
    return this.#session.workspace?.landscape;
  }

  readonly duplication = $derived.by(() => {
    const workspace = this.#session.workspace;
    if (!workspace) return undefined;
    return duplicationAnalysis.run(workspace.landscape, {
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
