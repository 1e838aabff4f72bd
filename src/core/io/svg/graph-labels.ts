import type { Level, RelationType, Status } from '../../model/vocabulary';
import { ENGLISH_EVIDENCE_LABELS, type EvidenceLabels } from './graph-evidence';
import type { GraphMark } from './graph-style';

/**
 * Words the graph figure shows, already in the reader's language: the renderer has no
 * catalogue, so the app and the CLI pass these from theirs. Anything left out is English.
 */
export interface GraphLabels {
  /** The SVG's accessible description; a count of boards and relations when left out. */
  description: string;
  regionsHeading: string;
  across: string;
  relationsHeading: string;
  relations: Record<RelationType, string>;
  marksHeading: string;
  marks: Record<GraphMark, string>;
  /** Marks of boards the sources do not support. */
  evidence: EvidenceLabels;
  levels: Record<Level, string>;
  statuses: Record<Status, string>;
  asAt: string;
  source: string;
  scenario: string;
  empty: string;
}

export const ENGLISH_GRAPH_LABELS: Omit<GraphLabels, 'description'> = {
  regionsHeading: 'Police-force region',
  across: 'All Wales or across police regions',
  relationsHeading: 'Relations',
  relations: {
    'reports-to': 'reports to',
    'sub-group-of': 'sub-group of',
    'back-to-back': 'meets back-to-back with',
    'merged-into': 'merged into',
    'replaced-by': 'replaced by',
    commissions: 'commissions',
  },
  marksHeading: 'Scenario changes',
  marks: { new: 'new board', merged: 'merged', retired: 'retired', changed: 'changed' },
  evidence: ENGLISH_EVIDENCE_LABELS,
  levels: {
    national: 'national',
    regional: 'regional',
    'sub-regional': 'sub-regional',
    local: 'local',
  },
  statuses: {
    active: 'active',
    shadow: 'shadow',
    proposed: 'proposed',
    merged: 'merged',
    retired: 'retired',
  },
  asAt: 'As at',
  source: 'Source',
  scenario: 'Scenario',
  empty: 'No boards to show.',
};
