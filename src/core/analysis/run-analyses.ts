import type { DuplicationResult, Signal } from './duplication';
import {
  duplicationAnalysis,
  localDuplicatesAnalysis,
  meetingLoadAnalysis,
} from './duplication-analysis';
import type { EvidenceLevel } from './evidence-filter';
import type { LocalDuplicate } from './local-duplicates';
import type { MeetingLoad } from './meeting-load';
import type { Landscape } from '../model/types';

export interface AnalysisParams {
  minScore: number;
  signals: readonly Signal[];
  ignore: readonly string[];
  includeStatutory: boolean;
  /** The "sourced facts only" switch, shared by every analysis. */
  evidence: EvidenceLevel;
}

export interface AnalysisResults {
  duplication: DuplicationResult;
  localDuplicates: LocalDuplicate[];
  load: MeetingLoad;
}

/**
 * Every analysis the panels show, in one call, each through its registry descriptor: what a
 * worker runs for a large landscape, so the page and the worker compute exactly the same thing.
 */
export function runAnalyses(landscape: Landscape, params: AnalysisParams): AnalysisResults {
  const { evidence } = params;
  return {
    duplication: duplicationAnalysis.run(landscape, {
      minScore: params.minScore,
      signals: params.signals,
      ignore: params.ignore,
      evidence,
    }),
    localDuplicates: localDuplicatesAnalysis.run(landscape, {
      includeStatutory: params.includeStatutory,
      evidence,
    }),
    load: meetingLoadAnalysis.run(landscape, {
      system: meetingLoadAnalysis.params.system.default,
      evidence,
    }),
  };
}
