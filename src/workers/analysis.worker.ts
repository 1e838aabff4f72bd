import {
  runAnalyses,
  type AnalysisParams,
  type AnalysisResults,
} from '../core/analysis/run-analyses';
import type { Landscape } from '../core/model/types';
import { compareLandscapes, type Comparison } from '../core/scenarios/compare';

export interface CompareRequest {
  id: number;
  compare: { baseline: Landscape; scenario: Landscape; region?: string };
}

export type CompareResponse =
  { id: number; ok: true; comparison: Comparison } | { id: number; ok: false; message: string };

export interface AnalysisRequest {
  id: number;
  landscape: Landscape;
  params: AnalysisParams;
}

export type AnalysisResponse =
  { id: number; ok: true; results: AnalysisResults } | { id: number; ok: false; message: string };

// Analyses and scenario comparisons of large landscapes run here, so editing stays responsive while they work.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<AnalysisRequest | CompareRequest>) => void) | null;
  postMessage(message: AnalysisResponse | CompareResponse): void;
};

scope.onmessage = ({ data }) => {
  try {
    if ('compare' in data) {
      const { baseline, scenario, region } = data.compare;
      scope.postMessage({
        id: data.id,
        ok: true,
        comparison: compareLandscapes(baseline, scenario, { region }),
      });
      return;
    }
    scope.postMessage({ id: data.id, ok: true, results: runAnalyses(data.landscape, data.params) });
  } catch (error) {
    scope.postMessage({
      id: data.id,
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
