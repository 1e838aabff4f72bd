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
