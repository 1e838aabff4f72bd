import { findDuplications, SIGNALS } from './duplication';
import { findLocalDuplicates } from './local-duplicates';
import { meetingLoad } from './meeting-load';
import { EVIDENCE_PARAM, withEvidence, type EvidenceLevel } from './evidence-filter';
import { defineAnalysis } from './types';

export const duplicationAnalysis = defineAnalysis({
  id: 'duplication',
  summary: 'pairs and clusters of boards that duplicate each other, scored, with reasons',
  params: {
    minScore: { kind: 'number', default: 0.5, min: 0, max: 1, step: 0.05 },
    signals: { kind: 'list', default: SIGNALS, options: SIGNALS },
    ignore: { kind: 'list', default: [] },
    evidence: EVIDENCE_PARAM,
  },
  run: (landscape, p) =>
    findDuplications(withEvidence(landscape, p.evidence as EvidenceLevel), {
      minScore: p.minScore,
      signals: SIGNALS.filter((s) => p.signals.includes(s)),
      ignore: p.ignore,
    }),
});

export const localDuplicatesAnalysis = defineAnalysis({
  id: 'local-duplicates',
  summary:
    'local and sub-regional boards repeating a theme a regional board holds for the same ground',
  params: { includeStatutory: { kind: 'boolean', default: false }, evidence: EVIDENCE_PARAM },
  run: (landscape, p) =>
    findLocalDuplicates(withEvidence(landscape, p.evidence as EvidenceLevel), {
      includeStatutory: p.includeStatutory,
    }),
});

export const meetingLoadAnalysis = defineAnalysis({
  id: 'meeting-load',
  summary: 'boards, seats and seat-hours a year per organisation, board, region and level',
  params: {
    system: { kind: 'choice', default: 'police', options: ['police', 'health', 'fire'] },
    evidence: EVIDENCE_PARAM,
  },
  run: (landscape, p) =>
    meetingLoad(withEvidence(landscape, p.evidence as EvidenceLevel), p.system),
});
