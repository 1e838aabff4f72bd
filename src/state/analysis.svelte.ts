import { afterPaint } from './after-paint';
import { duplicationLinks, type DuplicationLink, type Signal } from '../core/analysis/duplication';
import { EVIDENCE_PARAM, withEvidence, type EvidenceLevel } from '../core/analysis/evidence-filter';
import { meetingBoardsOf } from '../core/analysis/meeting-load';
import { analysisById } from '../core/analysis/registry';
import {
  PANEL_ANALYSES,
  runAnalyses,
  type AnalysisParams,
  type AnalysisResults,
  type PanelAnalysis,
} from '../core/analysis/run-analyses';
import { defaultParams } from '../core/analysis/types';
import { landscapeDelta } from '../core/model/landscape-delta';
import type { BoardId, Landscape, OrganisationId } from '../core/model/types';
import { touchedBoards } from '../core/scenarios/touched-boards';
import type { AnalysisRequest, AnalysisResponse, LandscapePiece } from '../workers/analysis.worker';
import { cutLandscape } from '../document/content-pieces';
import { nextTask } from './next-task';
import { createWorkerClient, runsInWorker } from './worker-client';
import type { ScenarioState } from './scenario.svelte';
import type { Session } from './session.svelte';

/**
 * The analyses of the landscape on screen and the user's settings for them. Results are derived
 * from the workspace, so they follow every edit without being stored or synchronised; for a
 * large landscape they arrive from a worker a moment later (undefined meanwhile).
 */
export class AnalysisState {
  /**
   * Each panel analysis's own parameters, by registry id, as the parameter controls set them;
   * the registry's defaults until then. The evidence switch is shared, so it is kept apart.
   */
  settings = $state(
    Object.fromEntries(
      PANEL_ANALYSES.map((id) => [
        id,
        Object.fromEntries(
          Object.entries(defaultParams(analysisById(id).params)).filter(([k]) => k !== 'evidence'),
        ),
      ]),
    ) as Record<PanelAnalysis, Record<string, unknown>>,
  );
  /** The "sourced facts only" switch: one parameter every analysis declares. */
  evidence = $state<EvidenceLevel>(EVIDENCE_PARAM.default);

  readonly #session: Session;
  readonly #scenario: ScenarioState;
  #remote = $state.raw<AnalysisResults | undefined>(undefined);
  /** Why the worker could not finish the latest analysis; cleared by the next answer. */
  error = $state<string | undefined>(undefined);
  readonly #worker = createWorkerClient<AnalysisRequest, AnalysisResponse>({
    onanswer: (answer) => {
      this.#remote = answer.results;
      this.#localTotal = answer.localTotal;
      this.error = undefined;
    },
    onerror: (message) => {
      this.error = message;
      // A worker that failed may be replaced: the next question sends the landscape whole.
      this.#sent = undefined;
    },
  });

  constructor(session: Session, scenario: ScenarioState) {
    this.#session = session;
    this.#scenario = scenario;
    $effect.root(() => {
      $effect(() => {
        const landscape = this.#scenario.landscape;
        const params = this.#params;
        if (!landscape || !params || !runsInWorker(landscape)) return;
        // The landscape is plain data (the workspace is `$state.raw`), so it goes as it is:
        // a snapshot would copy it once more, value by value, on the main thread.
        const asked = $state.snapshot(params) as AnalysisParams;
        // Asked once the edit is on screen: working out what changed, and the worker's work on
        // the other core, would otherwise hold up showing it.
        return afterPaint(() => this.#ask(landscape, asked));
      });
    });
  }

  get #params(): AnalysisParams | undefined {
    const workspace = this.#session.workspace;
    // Pairs set aside are the workspace's, not a setting: they travel with it.
    const ignore = workspace?.ignoredDuplications.map((d) => d.pair);
    return (
      workspace && {
        evidence: this.evidence,
        byId: { ...this.settings, duplication: { ...this.settings.duplication, ignore } },
      }
    );
  }

  /**
   * The boards that meet on which `organisation` sits, counting the facts the evidence switch
   * counts: what its meeting load adds up, to light up when it is picked.
   */
  boardsOf(organisation: OrganisationId): BoardId[] {
    const landscape = this.#scenario.landscape;
    return landscape ? meetingBoardsOf(withEvidence(landscape, this.evidence), organisation) : [];
  }

  /** The duplication signals that count, for explaining a score. */
  get signals(): readonly Signal[] {
    return this.settings.duplication.signals as Signal[];
  }

  /** Whether the results come from the worker. */
  readonly #large = $derived.by(() => runsInWorker(this.#scenario.landscape));

  /** Asks the worker again after a failure, with the landscape whole. */
  retry(): void {
    this.error = undefined;
    this.#sent = undefined;
    const last = this.#last;
    if (last) this.#ask(last.landscape, last.params);
  }

  #last: { landscape: Landscape; params: AnalysisParams } | undefined;

  /**
   * The landscape last sent to the worker, which it was, and of which workspace, to tell it
   * what changed since.
   */
  #sent: { landscape: Landscape; token: number; workspace: string | undefined } | undefined;
  #token = 0;
  /** What is being sent, in order: a landscape sent whole goes in pieces, a task each. */
  #sending: Promise<void> = Promise.resolve();

  #ask(landscape: Landscape, params: AnalysisParams): void {
    this.#last = { landscape, params };
    const workspace = this.#session.workspace?.id;
    // Another workspace's landscape differs in every record: it is sent whole.
    const since = this.#sent?.workspace === workspace ? this.#sent : undefined;
    const touched = since && touchedBoards(since.landscape, landscape);
    const token = (this.#token += 1);
    this.#sent = { landscape, token, workspace };
    const question = {
      analyses: PANEL_ANALYSES,
      params,
      token,
      since: since?.token ?? 0,
      ...(touched ? { touched: [...touched] } : {}),
    };
    // After an edit, only what changed crosses: copying a large landscape whole took the page
    // a tenth of a second on every edit. Sent whole, it crosses a piece a task, where one
    // message of 5,000 boards held the page for a quarter of a second.
    const send = since
      ? async () => {
          this.#worker.ask({ ...question, delta: landscapeDelta(since.landscape, landscape) });
        }
      : async () => {
          const { rest, pieces } = cutLandscape(landscape);
          for (const piece of pieces) {
            this.#worker.tell({ piece, token } satisfies LandscapePiece);
            await nextTask();
          }
          this.#worker.ask({ ...question, landscape: rest, pieces: pieces.length });
        };
    this.#sending = this.#sending.then(send).catch((error: unknown) => {
      this.error = error instanceof Error ? error.message : String(error);
      this.#sent = undefined;
    });
  }

  readonly #local = $derived.by((): AnalysisResults | undefined => {
    const landscape = this.#scenario.landscape;
    const params = this.#params;
    if (!landscape || !params || this.#large) return undefined;
    return runAnalyses(landscape, params);
  });

  get #results(): AnalysisResults | undefined {
    return this.#large ? this.#remote : this.#local;
  }

  get duplication() {
    return this.#results?.duplication;
  }
  /** Every reported pair, for drawing and counting: from the worker, only boards and scores. */
  readonly links = $derived.by((): DuplicationLink[] => {
    const duplication = this.#results?.duplication;
    return duplication ? duplicationLinks(duplication) : [];
  });
  get localDuplicates() {
    return this.#results?.['local-duplicates'];
  }
  /** How many there are in all, when a large landscape's list holds only the first of them. */
  get localDuplicatesTotal(): number | undefined {
    return this.#large ? this.#localTotal : undefined;
  }
  #localTotal = $state<number | undefined>(undefined);
  get load() {
    return this.#results?.['meeting-load'];
  }
}
