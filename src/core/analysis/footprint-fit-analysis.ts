import { alignSystems, type SystemAlignment } from '../geography/coterminosity';
import {
  boardFits,
  footprintBreaks,
  type BoardFit,
  type FootprintBreak,
} from '../geography/footprint-fit';
import { hasSystem } from '../geography/region-systems';
import type { Landscape } from '../model/types';
import { EVIDENCE_PARAM, withEvidence, type EvidenceLevel } from './evidence-filter';
import { defineAnalysis } from './types';

/** The footprint-fit report: per-board fit, the breaks, and how the region systems line up. */
export interface FootprintFitReport {
  /** The systems boards were fitted against (those the landscape knows, in the order asked). */
  systems: string[];
  boards: BoardFit[];
  breaks: FootprintBreak[];
  /** One verdict per pair of `compare` systems, in the order the pairs are listed. */
  alignments: SystemAlignment[];
  /** Systems asked for that the landscape does not have, so a report can say they were skipped. */
  skipped: string[];
}

/**
 * Builds the footprint-fit report: how each live regional and sub-regional board fits
 * `systems`, the list of breaks, and the alignment verdict of every pair of `compare` systems.
 */
export function footprintFitReport(
  landscape: Landscape,
  systems: readonly string[],
  compare: readonly string[],
): FootprintFitReport {
  const known = (s: string) => hasSystem(landscape, s);
  const fitted = systems.filter(known);
  const compared = compare.filter(known);
  const boards = boardFits(landscape, fitted);
  const alignments: SystemAlignment[] = [];
  for (let i = 0; i < compared.length; i += 1)
    for (let j = i + 1; j < compared.length; j += 1)
      alignments.push(alignSystems(landscape, compared[i]!, compared[j]!));
  const skipped = [...new Set([...systems, ...compare].filter((s) => !known(s)))];
  return { systems: fitted, boards, breaks: footprintBreaks(boards), alignments, skipped };
}

export const footprintFitAnalysis = defineAnalysis({
  id: 'footprint-fit',
  summary:
    'which regional boards match, sit inside or cross the police, health and fire regions, and how the region systems line up',
  params: {
    systems: { kind: 'list', default: ['police', 'health', 'fire'] },
    // health-2017 is compared too so that the 2019 Bridgend move shows up as a crossing.
    compare: { kind: 'list', default: ['police', 'health', 'health-2017', 'fire'] },
    evidence: EVIDENCE_PARAM,
  },
  run: (landscape, p) =>
    footprintFitReport(withEvidence(landscape, p.evidence as EvidenceLevel), p.systems, p.compare),
});
