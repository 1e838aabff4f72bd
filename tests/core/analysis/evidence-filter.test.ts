import { describe, expect, it } from 'vitest';
import { pairKey } from '../../../src/core/analysis/duplication';
import { withEvidence } from '../../../src/core/analysis/evidence-filter';
import { ANALYSES } from '../../../src/core/analysis/registry';
import { runAnalyses, type AnalysisParams } from '../../../src/core/analysis/run-analyses';
import type { BoardId } from '../../../src/core/model/types';
import { seedLandscape } from '../../fixtures/seed';

const seed = seedLandscape();
const params = (evidence: AnalysisParams['evidence']): AnalysisParams => ({
  evidence,
  byId: { duplication: { minScore: 0 } },
});
const DP = pairKey('dp-svoc-board' as BoardId, 'dp-contest-board' as BoardId);

describe('the sourced-facts-only switch', () => {
  it('is a parameter every analysis in the registry declares, defaulting to all records', () => {
    for (const a of ANALYSES)
      expect(a.params, a.id).toHaveProperty(
        'evidence',
        expect.objectContaining({ default: 'all' }),
      );
  });

  it('drops the Dyfed-Powys pair’s member signal, which rests on assumed members only', () => {
    const find = (evidence: AnalysisParams['evidence']) =>
      runAnalyses(seed, params(evidence)).duplication.pairs.find((d) => pairKey(d.a, d.b) === DP)!;
    const all = find('all');
    expect(all.membership.shared.length).toBe(10);
    const sourced = find('sourced');
    expect(sourced.membership).toMatchObject({ score: 0, shared: [] });
    expect(sourced.score).toBeLessThan(all.score);
  });

  it('leaves out illustrative boards with their memberships and relations, and inferred ones for stated only', () => {
    const sourced = withEvidence(seed, 'sourced');
    expect(sourced.boards.some((b) => b.id === 'nw-cohesion-board')).toBe(false);
    expect(sourced.memberships.some((m) => m.board === 'nw-cohesion-board')).toBe(false);
    expect(sourced.memberships.every((m) => m.source.confidence !== 'illustrative')).toBe(true);
    const stated = withEvidence(seed, 'stated');
    expect(stated.memberships.every((m) => m.source.confidence === 'stated')).toBe(true);
    expect(stated.relations.length).toBeLessThan(sourced.relations.length);
    expect(withEvidence(seed, 'all')).toBe(seed);
  });

  it('lowers the meeting load counted for an organisation on assumed seats', () => {
    const seats = (evidence: AnalysisParams['evidence']) =>
      runAnalyses(seed, params(evidence))['meeting-load'].byOrganisation.find(
        (o) => o.organisation === 'dyfed-powys-police',
      )!.seats;
    expect(seats('sourced')).toBeLessThan(seats('all'));
  });
});
