import type { Level, RelationType, Status } from '../../model/vocabulary';
import type { EvidenceLabels } from './graph-evidence';
import type { GraphMark } from './graph-style';

/**
 * Words the graph figure shows, already in the reader's language: the renderer has no
 * catalogue, so the app and the CLI pass these from the catalogues (`figures/figure-labels`).
 */
export interface GraphLabels {
  /** The SVG's accessible description, written for a reader. */
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
