import type { Landscape, SourceRef } from '../model/types';

/**
 * How much evidence an analysis asks of a record: everything (`all`), everything but what is
 * illustrative (`sourced`: stated or inferred), or only what a source states (`stated`).
 */
export const EVIDENCE_LEVELS = ['all', 'sourced', 'stated'] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

const passes = (ref: SourceRef, level: EvidenceLevel): boolean =>
  level === 'all' ||
  (level === 'sourced' ? ref.confidence !== 'illustrative' : ref.confidence === 'stated');

/**
 * The landscape with only the boards, memberships and relations that meet `level`; a board left
 * out takes its memberships and relations with it. Geography and organisations are kept. The
 * "sourced facts only" switch of every analysis: what rests on assumed records drops out.
 */
export function withEvidence(landscape: Landscape, level: EvidenceLevel): Landscape {
  if (level === 'all') return landscape;
  const boards = landscape.boards.filter((b) => passes(b.source, level));
  const kept = new Set<string>(boards.map((b) => b.id));
  return {
    ...landscape,
    boards,
    memberships: landscape.memberships.filter((m) => kept.has(m.board) && passes(m.source, level)),
    relations: landscape.relations.filter(
      (r) => kept.has(r.from) && kept.has(r.to) && passes(r.source, level),
    ),
  };
}

/** The parameter every analysis declares, so one switch governs them all. */
export const EVIDENCE_PARAM = {
  kind: 'choice',
  default: 'all',
  options: EVIDENCE_LEVELS,
} as const;
