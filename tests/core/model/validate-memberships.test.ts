import { describe, expect, it } from 'vitest';
import { validateLandscape } from '../../../src/core/model/validate';
import { seedLandscape } from '../../fixtures/seed';

describe('memberships checked in bulk', () => {
  const seed = seedLandscape();
  const first = seed.memberships[0]!;
  const broken: [string, Record<string, unknown>][] = [
    ['board', { board: 'no-such-board' }],
    ['organisation', { organisation: '' }],
    ['role', { role: 'boss' }],
    ['seats', { seats: 0 }],
    ['seats', { seats: 1.5 }],
    ['source', { source: 'a quote' }],
    ['source.source', { source: { ...first.source, source: 'nowhere' } }],
    ['source.quote', { source: { ...first.source, quote: '  ' } }],
    ['source.note', { source: { ...first.source, note: 7 } }],
    ['source.confidence', { source: { ...first.source, confidence: 'sure' } }],
  ];

  it('passes the seed, and still finds each way a membership can be wrong', () => {
    expect(validateLandscape(seed).ok).toBe(true);
    for (const [field, change] of broken) {
      const result = validateLandscape({
        ...seed,
        memberships: [{ ...first, ...change }, ...seed.memberships.slice(1)],
      });
      expect(result.ok, field).toBe(false);
      if (!result.ok)
        expect(result.problems.map((p) => [p.record.split(' ')[0], p.field])).toContainEqual([
          'memberships[0]',
          field,
        ]);
    }
  });

  it('names a membership given twice, with where it first was', () => {
    const result = validateLandscape({ ...seed, memberships: [...seed.memberships, first] });
    expect(result).toMatchObject({
      ok: false,
      problems: [
        {
          record: expect.stringMatching(new RegExp(`^memberships\\[${seed.memberships.length}\\]`)),
          field: 'membership',
          message: `duplicate membership "${first.board} ← ${first.organisation}" (first at memberships[0])`,
        },
      ],
    });
  });
});
