import { describe, expect, it } from 'vitest';
import {
  digestDuplication,
  duplicationLinks,
  findDuplications,
  SIGNALS,
} from '../../../src/core/analysis/duplication';
import { seedLandscape } from '../../fixtures/seed';

describe('the duplication result sent from the analysis worker', () => {
  const full = findDuplications(seedLandscape(), { minScore: 0, signals: SIGNALS, ignore: [] });

  it('keeps the strongest pairs with their reasons and every pair as boards and scores', () => {
    expect(full.pairs.length).toBeGreaterThan(20);
    const digest = digestDuplication(full, 10);
    expect(digest.pairs).toEqual(full.pairs.slice(0, 10));
    expect(digest.total).toBe(full.pairs.length);
    expect(digest.clusters).toEqual(full.clusters);
    expect(duplicationLinks(digest)).toEqual(
      full.pairs.map(({ a, b, score }) => ({ a, b, score })),
    );
    // What crosses is a copy of plain columns: the structured clone keeps it whole.
    expect(duplicationLinks(structuredClone(digest))).toEqual(duplicationLinks(digest));
  });

  it('leaves a result with few pairs as it is', () => {
    const digest = digestDuplication(full, full.pairs.length);
    expect(digest).toBe(full);
    expect(duplicationLinks(digest)).toBe(full.pairs);
  });
});
