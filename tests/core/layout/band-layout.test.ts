import { describe, expect, it } from 'vitest';
import { bandLayout, NODE_HEIGHT, NODE_WIDTH } from '../../../src/core/layout/band-layout';
import { miniLandscape } from '../../fixtures/mini-landscape';

describe('bandLayout', () => {
  it('puts national boards above regional ones and regional above local', () => {
    const p = bandLayout(miniLandscape());
    expect(p['national' as never]!.y).toBeLessThan(p['north-svoc' as never]!.y);
    expect(p['north-svoc' as never]!.y).toBeLessThan(p['csp-aman' as never]!.y);
  });

  it('gives the same positions for the same landscape', () => {
    expect(bandLayout(miniLandscape())).toEqual(bandLayout(miniLandscape()));
  });

  it('never places two boards on top of each other', () => {
    const l = miniLandscape();
    for (let i = 0; i < 20; i += 1) l.boards.push({ ...l.boards[3]!, id: `csp-${i}` as never });
    const boxes = Object.values(bandLayout(l));
    for (let i = 0; i < boxes.length; i += 1)
      for (let j = i + 1; j < boxes.length; j += 1) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        const overlap = Math.abs(a.x - b.x) < NODE_WIDTH && Math.abs(a.y - b.y) < NODE_HEIGHT;
        expect(overlap).toBe(false);
      }
  });

  it('places boards of different police regions in different columns', () => {
    const l = miniLandscape();
    l.boards.push({
      ...l.boards[1]!,
      id: 'south-svoc' as never,
      footprint: ['W06000003' as never],
    });
    const p = bandLayout(l);
    expect(p['south-svoc' as never]!.x).toBeGreaterThan(p['north-svoc' as never]!.x + NODE_WIDTH);
  });
});

describe('bandLayout at scale', () => {
  it('widens full cells so that 5,000 boards make a landscape about as wide as a screen is', async () => {
    const { generateLandscape } = await import('../../../bench/generate-landscape');
    const p = Object.values(bandLayout(generateLandscape({ boards: 5000, seed: 5000 })));
    const width = Math.max(...p.map((q) => q.x)) + NODE_WIDTH;
    const height = Math.max(...p.map((q) => q.y)) + NODE_HEIGHT;
    // A single column of three boards per row made 3,956 × 51,376: fitted, a board was 2 px wide.
    expect(width / height).toBeGreaterThan(1);
    expect(width / height).toBeLessThan(3);
  });
});
