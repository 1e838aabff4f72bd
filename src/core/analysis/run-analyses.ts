import { findDuplications, type DuplicationResult, type Signal } from './duplication';
import { findLocalDuplicates, type LocalDuplicate } from './local-duplicates';
import { meetingLoad, type MeetingLoad } from './meeting-load';
import type { Landscape } from '../model/types';

export interface AnalysisParams {
  minScore: number;
  signals: readonly Signal[];
  ignore: readonly string[];
  includeStatutory: boolean;
}

export interface AnalysisResults {
  duplication: DuplicationResult;
  localDuplicates: LocalDuplicate[];
  load: MeetingLoad;
}

/**
 * Every analysis the panels show, in one call: what a worker runs for a large landscape, so
 * the page and the worker compute exactly the same thing.
 */
export function runAnalyses(landscape: Landscape, params: AnalysisParams): AnalysisResults {
  return {
    duplication: findDuplications(landscape, {
      minScore: params.minScore,
      signals: params.signals,
      ignore: params.ignore,
    }),
    localDuplicates: findLocalDuplicates(landscape, { includeStatutory: params.includeStatutory }),
    load: meetingLoad(landscape),
  };
}
