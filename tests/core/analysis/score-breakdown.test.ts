import { describe, expect, it } from 'vitest';
import { findDuplications, SIGNALS } from '../../../src/core/analysis/duplication';
import { scoreBreakdown } from '../../../src/core/analysis/score-breakdown';
import { seedLandscape } from '../../fixtures/seed';

const seed = seedLandscape();

describe('scoreBreakdown', () => {
  it('adds up to every seed pair’s score, with all signals or some switched off', () => {
    for (const signals of [SIGNALS, ['themes', 'membership'] as const]) {
      const { pairs } = findDuplications(seed, { minScore: 0, signals, ignore: [] });
      expect(pairs.length).toBeGreaterThan(10);
      for (const d of pairs) {
        const parts = scoreBreakdown(d, signals);
        expect(parts.map((p) => p.signal)).toEqual([...signals]);
        const sum = parts.reduce((s, p) => s + p.contribution, 0);
        expect(sum, `${d.a} ${d.b}`).toBeCloseTo(d.score, 10);
        expect(parts.reduce((s, p) => s + p.weight, 0)).toBeCloseTo(1, 10);
      }
    }
  });

  it('shows the Dyfed-Powys SVOC and CONTEST pair’s back-to-back meeting adding its full weight', () => {
    const { pairs } = findDuplications(seed, { minScore: 0, signals: SIGNALS, ignore: [] });
    const d = pairs.find((p) => [p.a, p.b].sort().join() === 'dp-contest-board,dp-svoc-board')!;
    const b2b = scoreBreakdown(d, SIGNALS).find((p) => p.signal === 'back-to-back')!;
    expect(b2b).toMatchObject({ value: 1, weight: 0.15, contribution: 0.15 });
  });
});
