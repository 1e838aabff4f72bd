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
