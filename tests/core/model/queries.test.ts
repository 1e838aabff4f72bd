import { describe, expect, it } from 'vitest';
import { relatedBoards } from '../../../src/core/model/queries';
import type { BoardId } from '../../../src/core/model/types';
import { seedLandscape } from '../../fixtures/seed';

describe('relatedBoards', () => {
  it('gives a board and the boards related to it either way, each once', () => {
    expect([...relatedBoards(seedLandscape(), 'dp-svoc-board' as BoardId)]).toEqual([
      'dp-svoc-board',
      'dp-contest-board',
      'dp-svoc-carmarthenshire',
      'dp-svoc-ceredigion',
      'dp-svoc-pembrokeshire',
      'dp-svoc-powys',
    ]);
  });
});
