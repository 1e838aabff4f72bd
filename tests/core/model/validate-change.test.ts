import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../src/core/edits/apply-edit';
import { validateChange, validateLandscape } from '../../../src/core/model/validate';
import type { AreaCode, Board, Landscape } from '../../../src/core/model/types';
import { contentOf } from '../../fixtures/content';
import { seedLandscape } from '../../fixtures/seed';

/** The seed with board `i` changed by `change`. */
const withBoard = (seed: Landscape, i: number, change: Record<string, unknown>): Landscape => ({
  ...seed,
  boards: seed.boards.map((b, j) => (j === i ? ({ ...b, ...change } as Board) : b)),
});

describe('a change checked against the valid landscape it came from', () => {
  const seed = seedLandscape();
  const broken: Record<string, unknown>[] = [
    { name: '  ' },
    { footprint: ['W06000099'] },
    { footprint: [] },
    { level: 'galactic' },
    { themes: ['knitting'] },
    { meetingsPerYear: -1 },
    { source: { source: 'nowhere', confidence: 'confirmed' } },
    { nameCy: 'Bwrdd', nameCyStatus: 'official' },
    { factSources: { name: { source: 'nowhere', confidence: 'confirmed' } } },
  ];

  it('finds in a changed board exactly what checking the whole landscape finds', () => {
    for (const change of broken) {
      const after = withBoard(seed, 7, change);
      const whole = validateLandscape(after);
      const changed = validateChange(seed, after);
      expect(whole.ok, JSON.stringify(change)).toBe(false);
      expect(changed).toEqual(whole);
    }
    const renamed = withBoard(seed, 7, { name: 'Renamed board' });
    expect(validateChange(seed, renamed)).toEqual({ ok: true, value: renamed });
  });

  it('checks the whole landscape when more than board records changed', () => {
    // A board removed leaves its memberships dangling: only a whole check sees that.
    const after = { ...seed, boards: seed.boards.slice(1) };
    const result = validateChange(seed, after);
    expect(result.ok).toBe(false);
    expect(result).toEqual(validateLandscape(after));
    const retitled = { ...withBoard(seed, 3, { name: '' }), title: '' };
    expect(validateChange(seed, retitled)).toEqual(validateLandscape(retitled));
  });

  it('lets an edit through only when the landscape it makes is valid', () => {
    const content = contentOf(seed);
    const board = seed.boards[7]!;
    const put = (change: Partial<Board>) =>
      applyEdit(content, { kind: 'put-board', board: { ...board, ...change } });
    expect(put({ name: '' }).ok).toBe(false);
    expect(put({ footprint: ['W06000099' as AreaCode] }).ok).toBe(false);
    const kept = put({ name: 'Renamed board' });
    expect(kept.ok && kept.value.content.landscape.boards[7]!.name).toBe('Renamed board');
  });
});
