import { findDuplications, SIGNALS } from './duplication';
import { findLocalDuplicates } from './local-duplicates';
import { meetingLoad } from './meeting-load';
import { defineAnalysis } from './types';

export const duplicationAnalysis = defineAnalysis({
  id: 'duplication',
  summary: 'pairs and clusters of boards that duplicate each other, scored, with reasons',
  params: {
    minScore: { kind: 'number', default: 0.5, min: 0, max: 1, step: 0.05 },
    signals: { kind: 'list', default: SIGNALS },
    ignore: { kind: 'list', default: [] },
  },
  run: (landscape, p) =>
    findDuplications(landscape, {
      minScore: p.minScore,
      signals: SIGNALS.filter((s) => p.signals.includes(s)),
      ignore: p.ignore,
    }),
});

export const localDuplicatesAnalysis = defineAnalysis({
  id: 'local-duplicates',
  summary:
    'local and sub-regional boards repeating a theme a regional board holds for the same ground',
  params: { includeStatutory: { kind: 'boolean', default: false } },
  run: (landscape, p) => findLocalDuplicates(landscape, { includeStatutory: p.includeStatutory }),
});

export const meetingLoadAnalysis = defineAnalysis({
  id: 'meeting-load',
  summary: 'boards, seats and seat-hours a year per organisation, board, region and level',
  params: { system: { kind: 'choice', default: 'police', options: ['police', 'health', 'fire'] } },
  run: (landscape, p) => meetingLoad(landscape, p.system),
});
