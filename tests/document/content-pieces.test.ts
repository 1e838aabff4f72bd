import { describe, expect, it } from 'vitest';
import { bandLayout } from '../../src/core/layout/band-layout';
import type { WorkspaceContent } from '../../src/core/workspace/types';
import { cutContent, joinContent } from '../../src/document/content-pieces';
import { generateLandscape } from '../fixtures/generate-landscape';
import { builtInScenarios } from '../fixtures/seed';

describe('a workspace content cut into pieces', () => {
  const landscape = generateLandscape(4, 2500);
  const content: WorkspaceContent = {
    landscape,
    positions: bandLayout(landscape),
    ignoredDuplications: [{ pair: 'a|b', note: 'not the same' }],
    scenarios: builtInScenarios(),
    tracker: [],
    pinned: landscape.boards.slice(0, 3).map((b) => b.id),
    tileNudges: [],
  };

  it('comes back whole, every list and position in its order', () => {
    const { rest, pieces } = cutContent(content);
    const joined = joinContent(structuredClone(rest), structuredClone(pieces));
    expect(joined).toEqual(content);
    expect(Object.keys(joined.positions)).toEqual(Object.keys(content.positions));
  });

  it('leaves nothing large in one piece, nor in what is left', () => {
    expect(landscape.memberships.length).toBeGreaterThan(2 * 2000);
    const { rest, pieces } = cutContent(content);
    for (const piece of pieces)
      expect(
        'positions' in piece ? piece.positions.length : piece.records.length,
      ).toBeLessThanOrEqual(2000);
    expect(rest.landscape.memberships).toEqual([]);
    expect(rest.landscape.boards).toEqual([]);
    expect(rest.positions).toEqual({});
    expect(rest.landscape.title).toBe(landscape.title);
  });
});
