import { comparer, type Comparison } from '../core/scenarios/compare';
import type { CompareRequest, CompareResponse } from '../workers/analysis.worker';
import { createWorkerClient, runsInWorker } from './worker-client';
import type { Operation, Scenario } from '../core/scenarios/types';
import type { Landscape } from '../core/model/types';
import type { Problem } from '../core/model/problems';
import type { EvidenceLevel } from '../core/analysis/evidence-filter';
import type { Session } from './session.svelte';

type ScenarioEngine = typeof import('../core/scenarios/apply-scenario');

/**
 * Which landscape the user is looking at: the baseline, or a scenario applied to it. Every view
 * reads `landscape` from here, so switching is one assignment; the baseline itself is never
 * changed by a scenario. Operations are added and removed as edits of the scenario record, so
 * undo covers them and they are saved with the workspace.
 */
export class ScenarioState {
  /** The open scenario's id, or null for the baseline. */
  activeId = $state<string | null>(null);
  /** Police region the comparison's load figures are restricted to, if any. */
  compareRegion = $state<string | null>(null);

  readonly #session: Session;
  /** The analyses' "sourced facts only" switch, which the comparison's figures follow too. */
  readonly #evidence: () => EvidenceLevel;

  constructor(session: Session, evidence: () => EvidenceLevel = () => 'all') {
    this.#session = session;
    this.#evidence = evidence;
    this.#watchLarge();
  }

  readonly baseline = $derived.by((): Landscape | undefined => this.#session.workspace?.landscape);

  readonly active = $derived.by((): Scenario | undefined =>
    this.activeId === null
      ? undefined
      : this.#session.workspace?.scenarios.find((s) => s.id === this.activeId),
  );

  /**
   * What applies a scenario, fetched when one is first opened (the first view has none open);
   * until it is here, the baseline is shown.
   */
  #engine = $state.raw<ScenarioEngine | undefined>(undefined);

  readonly result = $derived.by(() => {
    const baseline = this.baseline;
    const scenario = this.active;
    const engine = this.#engine;
    return baseline && scenario && engine
      ? engine.applyScenario(baseline, scenario.operations, { name: scenario.name })
      : undefined;
  });

  /** The landscape every view shows. */
  readonly landscape = $derived.by(
    (): Landscape | undefined => this.result?.landscape ?? this.baseline,
  );

  #remote = $state.raw<Comparison | undefined>(undefined);
  /** Why the worker could not finish the latest comparison; cleared by the next answer. */
  comparisonError = $state<string | undefined>(undefined);
  readonly #worker = createWorkerClient<CompareRequest, CompareResponse>({
    onanswer: (answer) => {
      this.#remote = answer.comparison;
      this.comparisonError = undefined;
    },
    onerror: (message) => {
      this.comparisonError = message;
      // A replaced worker holds no baseline: send it again with the next question.
      this.#sent = undefined;
    },
  });

  /** Comparisons of large landscapes are worked out in the worker (see `runsInWorker`). */
  readonly #large = $derived.by(() => runsInWorker(this.baseline));

  /** Measures the baseline once, however often the scenario changes. */
  readonly #comparer = $derived.by(() => {
    const baseline = this.baseline;
    const region = this.compareRegion ?? undefined;
    const evidence = this.#evidence();
    return baseline && !this.#large ? comparer(baseline, { region, evidence }) : undefined;
  });

  readonly #local = $derived.by(() => {
    const after = this.result?.landscape;
    return after && this.#comparer ? this.#comparer(after) : undefined;
  });

  /** Today against the open scenario; undefined on the baseline (and, for a large landscape, until the worker answers). */
  get comparison(): Comparison | undefined {
    return this.#large ? (this.result ? this.#remote : undefined) : this.#local;
  }

  /** The baseline the worker holds. */
  #sent: Landscape | undefined;

  #watchLarge(): void {
    $effect.root(() => {
      $effect(() => {
        if (this.activeId !== null && !this.#engine)
          void import('../core/scenarios/apply-scenario').then((engine) => (this.#engine = engine));
      });
      $effect(() => {
        const baseline = this.baseline;
        const scenario = this.active;
        const region = this.compareRegion ?? undefined;
        const evidence = this.#evidence();
        if (!baseline || !scenario || !this.#large) return;
        const fresh = baseline !== this.#sent;
        this.#sent = baseline;
        this.#worker.ask({
          compare: {
            ...(fresh ? { baseline } : {}),
            operations: $state.snapshot(scenario.operations) as Operation[],
            name: scenario.name,
            region,
            evidence,
          },
        });
      });
    });
  }

  /** Checks an operation against the scenario as it stands and, if it applies, appends it. */
  addOperation(op: Operation): Problem[] {
    const scenario = this.active;
    const current = this.landscape;
    if (!scenario || !current)
      return [{ record: 'scenario', field: '', message: 'no scenario is open' }];
    const problems = this.#engine?.validateOperation(current, op) ?? [
      { record: 'scenario', field: '', message: 'the scenario is still loading' },
    ];
    if (problems.length) return problems;
    this.#session.apply({
      kind: 'put-scenario',
      scenario: { ...scenario, operations: [...scenario.operations, op] },
    });
    return [];
  }

  removeOperation(index: number): void {
    const scenario = this.active;
    if (!scenario) return;
    this.#session.apply({
      kind: 'put-scenario',
      scenario: { ...scenario, operations: scenario.operations.toSpliced(index, 1) },
    });
  }

  moveOperation(index: number, by: -1 | 1): void {
    const scenario = this.active;
    const target = index + by;
    if (!scenario || target < 0 || target >= scenario.operations.length) return;
    const operations = [...scenario.operations];
    [operations[index], operations[target]] = [operations[target]!, operations[index]!];
    this.#session.apply({ kind: 'put-scenario', scenario: { ...scenario, operations } });
  }

  create(name: string, description: string, newId: () => string): void {
    const id = newId();
    if (
      this.#session.apply({
        kind: 'put-scenario',
        scenario: { id, name, description, operations: [] },
      })
    )
      this.activeId = id;
  }

  update(fields: Pick<Scenario, 'name' | 'description'>): void {
    const scenario = this.active;
    if (scenario)
      this.#session.apply({ kind: 'put-scenario', scenario: { ...scenario, ...fields } });
  }

  remove(id: string): void {
    if (this.#session.apply({ kind: 'remove-scenario', id }) && this.activeId === id)
      this.activeId = null;
  }
}
