import { joinLandscape, type ContentPiece } from '../document/content-pieces';
import type { AnalysisParams, AnalysisResults, PanelAnalysis } from '../core/analysis/run-analyses';
import type { BoardId, Landscape } from '../core/model/types';
import { analysesAfterEdit, type Analysed } from '../core/analysis/analyses-after-edit';
import { applyScenario } from '../core/scenarios/apply-scenario';
import { comparer, type Comparison } from '../core/scenarios/compare';
import { digestDuplication } from '../core/analysis/duplication';
import { applyLandscapeDelta, type LandscapeDelta } from '../core/model/landscape-delta';
import type { EvidenceLevel } from '../core/analysis/evidence-filter';

/** Pairs sent with their reasons; the rest go as boards and scores (see `digestDuplication`). */
const PAIRS_WITH_REASONS = 500;
/**
 * Duplicative local structures sent, the first in the list's order: a dense landscape of 5,000
 * boards has over a hundred thousand, and copying them all took the page 170 ms on every edit.
 */
const LOCAL_SENT = 2000;
import type { Operation } from '../core/scenarios/types';

/**
 * A scenario to compare with the baseline the worker holds. The baseline is sent only when it
 * changes, and the scenario as its operations: applied here, it shares the baseline's records,
 * so only what it touched is measured again (see `comparer`), and little crosses to the worker.
 */
export interface CompareRequest {
  id: number;
  compare: {
    /** The baseline, when it is not the one the worker holds. */
    baseline?: Landscape;
    operations: Operation[];
    name: string;
    region?: string;
    evidence: EvidenceLevel;
  };
}

export type CompareResponse =
  { id: number; ok: true; comparison: Comparison } | { id: number; ok: false; message: string };

/** Records of the landscape the next request (`token`) carries in pieces. */
export interface LandscapePiece {
  piece: ContentPiece;
  token: number;
}

export interface AnalysisRequest {
  id: number;
  /**
   * The landscape whole (its records sent before it in `pieces` pieces, when given), or what
   * changed since the one sent before (`since`).
   */
  landscape?: Landscape;
  pieces?: number;
  delta?: LandscapeDelta;
  /** The registry's analyses to run, by id, and their settings. */
  analyses: readonly PanelAnalysis[];
  params: AnalysisParams;
  /** Which landscape this one is; `since` names the one sent before it. */
  token: number;
  since: number;
  /** The boards changed since that one, when the page could tell. */
  touched?: BoardId[];
}

export type AnalysisResponse =
  | {
      id: number;
      ok: true;
      results: AnalysisResults;
      /** How many duplicative local structures there are, when only the first are sent. */
      localTotal?: number;
    }
  | { id: number; ok: false; message: string };

// Analyses and scenario comparisons of large landscapes run here, so editing stays responsive while they work.
const scope = self as unknown as {
  onmessage:
    ((event: MessageEvent<AnalysisRequest | CompareRequest | LandscapePiece>) => void) | null;
  postMessage(message: AnalysisResponse | CompareResponse): void;
};

/** The last landscape analysed, to work the next one's analyses out from. */
let analysed: (Analysed & { token: number }) | undefined;

/** The landscape of the last request, whatever became of its analyses: the next delta's base. */
let last: { token: number; landscape: Landscape } | undefined;

/** Pieces of the landscape of the next request, as they came. */
let pieces: LandscapePiece[] = [];

function received({ landscape, pieces: cut, delta, token, since }: AnalysisRequest): Landscape {
  const mine = pieces.filter((p) => p.token === token).map((p) => p.piece);
  pieces = [];
  // A worker started again part way through has not had them all: it says so, not analyses less.
  if (cut !== undefined && mine.length !== cut)
    throw new Error('the background worker lost track of the landscape; try again');
  const whole = landscape && (cut !== undefined ? joinLandscape(landscape, mine) : landscape);
  const got =
    whole ??
    (delta && last?.token === since ? applyLandscapeDelta(last.landscape, delta) : undefined);
  if (!got) throw new Error('the background worker lost track of the landscape; try again');
  last = { token, landscape: got };
  return got;
}

function analyse(request: AnalysisRequest) {
  const { analyses, params, token, since, touched } = request;
  const landscape = received(request);
  const before = analysed?.token === since ? analysed : undefined;
  const changed = touched && new Set(touched);
  const results = analysesAfterEdit(before, landscape, params, changed, analyses);
  analysed = { landscape, params, results, token };
  return results;
}

let held: { baseline: Landscape; byRegion: Map<string, ReturnType<typeof comparer>> } | undefined;

function compare({
  baseline,
  operations,
  name,
  region,
  evidence,
}: CompareRequest['compare']): Comparison {
  if (baseline) held = { baseline, byRegion: new Map() };
  if (!held) throw new Error('no baseline to compare with');
  const key = `${region ?? ''}\n${evidence}`;
  let compareWith = held.byRegion.get(key);
  if (!compareWith) {
    compareWith = comparer(held.baseline, {
      evidence,
      ...(region === undefined ? {} : { region }),
    });
    held.byRegion.set(key, compareWith);
  }
  return compareWith(applyScenario(held.baseline, operations, { name }).landscape);
}

scope.onmessage = ({ data }) => {
  if ('piece' in data) return void pieces.push(data);
  try {
    if ('compare' in data) {
      scope.postMessage({ id: data.id, ok: true, comparison: compare(data.compare) });
      return;
    }
    const results = analyse(data);
    const local = results['local-duplicates'];
    scope.postMessage({
      id: data.id,
      ok: true,
      results: {
        ...results,
        ...(results.duplication && {
          duplication: digestDuplication(results.duplication, PAIRS_WITH_REASONS),
        }),
        ...(local && { 'local-duplicates': local.slice(0, LOCAL_SENT) }),
      },
      ...(local && local.length > LOCAL_SENT ? { localTotal: local.length } : {}),
    });
  } catch (error) {
    scope.postMessage({
      id: data.id,
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
