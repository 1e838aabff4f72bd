import {
  runAnalyses,
  type AnalysisParams,
  type AnalysisResults,
} from '../core/analysis/run-analyses';
import type { Landscape } from '../core/model/types';

export interface AnalysisRequest {
  id: number;
  landscape: Landscape;
  params: AnalysisParams;
}

export type AnalysisResponse =
  { id: number; ok: true; results: AnalysisResults } | { id: number; ok: false; message: string };

// Analyses of large landscapes run here, so editing stays responsive while they work.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<AnalysisRequest>) => void) | null;
  postMessage(message: AnalysisResponse): void;
};

scope.onmessage = ({ data }) => {
  try {
    scope.postMessage({ id: data.id, ok: true, results: runAnalyses(data.landscape, data.params) });
  } catch (error) {
    scope.postMessage({
      id: data.id,
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
