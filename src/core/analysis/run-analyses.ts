import type { DuplicationResult } from './duplication';
import type { EvidenceLevel } from './evidence-filter';
import type { LocalDuplicate } from './local-duplicates';
import type { MeetingLoad } from './meeting-load';
import { analysisById } from './registry';
import { defaultParams, type AnalysisDescriptor, type ParamValues } from './types';
import type { Landscape } from '../model/types';

/** The analyses the panels show, by registry id: run together after every edit. */
export const PANEL_ANALYSES = ['duplication', 'local-duplicates', 'meeting-load'] as const;
export type PanelAnalysis = (typeof PANEL_ANALYSES)[number];

/** What each panel analysis finds, by its id. */
export interface AnalysisResults {
  duplication: DuplicationResult;
  'local-duplicates': LocalDuplicate[];
  'meeting-load': MeetingLoad;
}

/**
 * The user's settings for the analyses: each one's own parameters by id (the registry's
 * defaults for any not set), and the "sourced facts only" switch that every analysis declares.
 */
export interface AnalysisParams {
  evidence: EvidenceLevel;
  byId: Readonly<Record<string, Readonly<Record<string, unknown>> | undefined>>;
}

/** The parameters an analysis runs with: its defaults, what the user set of its own, the switch. */
export function paramsFor<D extends AnalysisDescriptor>(
  descriptor: D,
  params: AnalysisParams,
): ParamValues<D['params']> {
  const own = Object.entries(params.byId[descriptor.id] ?? {}).filter(
    ([key]) => key in descriptor.params,
  );
  return {
    ...defaultParams(descriptor.params),
    ...Object.fromEntries(own),
    ...('evidence' in descriptor.params ? { evidence: params.evidence } : {}),
  } as ParamValues<D['params']>;
}

/**
 * Runs the registry's analyses named by `ids` (the panels' by default), each with its own
 * parameters: what the page runs for a small landscape and the worker for a large one, so both
 * compute exactly the same thing.
 */
export function runAnalyses(
  landscape: Landscape,
  params: AnalysisParams,
  ids: readonly PanelAnalysis[] = PANEL_ANALYSES,
): AnalysisResults {
  return Object.fromEntries(
    ids.map((id) => {
      const descriptor = analysisById(id);
      return [id, descriptor.run(landscape, paramsFor(descriptor, params))];
    }),
  ) as unknown as AnalysisResults;
}
