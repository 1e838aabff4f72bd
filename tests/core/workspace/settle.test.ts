import { describe, expect, it } from 'vitest';
import type { BoardId } from '../../../src/core/model/types';
import { validateLandscape } from '../../../src/core/model/validate';
import { settleContent } from '../../../src/core/workspace/settle';
import { createWorkspace } from '../../../src/core/workspace/workspace';
import { miniLandscape } from '../../fixtures/mini-landscape';

const start = () => createWorkspace({ id: 'w', name: 'W', landscape: miniLandscape(), now: 'now' });

describe('settling merged content', () => {
  it('leaves out links to a deleted board, checking the whole landscape or only its links', () => {
    const before = start();
    const merged = {
      ...before,
      positions: { ...before.positions, ['north-svoc' as BoardId]: { x: 1, y: 2 } },
      landscape: {
        ...before.landscape,
        boards: before.landscape.boards.filter((b) => b.id !== 'north-svoc'),
      },
    };
    for (const settled of [settleContent(merged), settleContent(merged, before)]) {
      expect(validateLandscape(settled.landscape).ok).toBe(true);
      expect(settled.landscape.memberships.some((m) => m.board === 'north-svoc')).toBe(false);
      expect(
        settled.landscape.relations.some((r) => r.from === 'north-svoc' || r.to === 'north-svoc'),
      ).toBe(false);
      expect(settled.positions).not.toHaveProperty('north-svoc');
    }
  });

  it('keeps the landscape itself when nothing dangles', () => {
    const content = start();
    expect(settleContent(content, content).landscape).toBe(content.landscape);
    expect(settleContent(content).landscape).toBe(content.landscape);
  });

  it('checks the whole landscape when the areas changed in the merge', () => {
    const before = start();
    const merged = {
      ...before,
      landscape: { ...before.landscape, areas: before.landscape.areas.slice(1) },
    };
    const settled = settleContent(merged, before);
    expect(validateLandscape(settled.landscape).ok).toBe(true);
  });
});
