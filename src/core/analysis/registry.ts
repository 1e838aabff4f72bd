import {
  duplicationAnalysis,
  localDuplicatesAnalysis,
  meetingLoadAnalysis,
} from './duplication-analysis';
import { footprintFitAnalysis } from './footprint-fit-analysis';
import type { AnalysisDescriptor } from './types';

/** Every analysis the app offers. Add a descriptor here and the UI, CLI and tests see it. */
export const ANALYSES: readonly AnalysisDescriptor[] = [
  duplicationAnalysis,
  localDuplicatesAnalysis,
  meetingLoadAnalysis,
  footprintFitAnalysis,
];

/** The registry's analysis with `id`; an unknown id is a programming error. */
export function analysisById(id: string): AnalysisDescriptor {
  const found = ANALYSES.find((a) => a.id === id);
  if (!found) throw new Error(`no analysis "${id}" in the registry`);
  return found;
}
