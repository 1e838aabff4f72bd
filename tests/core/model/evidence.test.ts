import { describe, expect, it } from 'vitest';
import { boardEvidence, evidenceOfBoard } from '../../../src/core/model/evidence';
import type { BoardId } from '../../../src/core/model/types';
import { miniLandscape } from '../../fixtures/mini-landscape';
import { seedLandscape } from '../../fixtures/seed';

describe('boardEvidence', () => {
  it('marks a board illustrative by its own source, and one whose every member is illustrative', () => {
    const l = miniLandscape();
    const [first, second] = l.boards;
    first!.source = { ...first!.source, confidence: 'illustrative' };
    for (const m of l.memberships.filter((x) => x.board === second!.id))
      m.source = { ...m.source, confidence: 'illustrative' };
    const evidence = boardEvidence(l);
    expect(evidence.get(first!.id)?.illustrative).toBe(true);
    expect(evidence.get(second!.id)).toEqual({ illustrative: false, membersAllIllustrative: true });
  });

  it('does not call a board without members all-illustrative', () => {
    const l = miniLandscape();
    l.memberships = [];
    expect([...boardEvidence(l).values()].some((e) => e.membersAllIllustrative)).toBe(false);
  });

  it('finds the seed’s three illustrative North Wales boards and the Dyfed-Powys SVOC board’s assumed members', () => {
    const evidence = boardEvidence(seedLandscape());
    const illustrative = [...evidence].filter(([, e]) => e.illustrative).map(([id]) => id);
    expect(illustrative.sort()).toEqual([
      'nw-cohesion-board',
      'nw-modern-slavery-board',
      'nw-reducing-reoffending-board',
    ]);
    expect(evidence.get('dp-svoc-board' as BoardId)?.membersAllIllustrative).toBe(true);
  });
});

describe('evidenceOfBoard', () => {
  it('says of each board what the whole-landscape pass says of it', () => {
    const seed = seedLandscape();
    const all = boardEvidence(seed);
    for (const board of seed.boards)
      expect(evidenceOfBoard(seed, board)).toEqual(all.get(board.id));
  });
});
