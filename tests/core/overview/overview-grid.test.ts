import { describe, expect, it } from 'vitest';
import { bandLayout, NODE_HEIGHT, NODE_WIDTH } from '../../../src/core/layout/band-layout';
import { cellKey, meetingByCell, overviewGrid } from '../../../src/core/overview/overview-grid';
import { seedLandscape } from '../../fixtures/seed';

const size = { width: NODE_WIDTH, height: NODE_HEIGHT };

describe('overviewGrid', () => {
  const landscape = seedLandscape();
  const positions = bandLayout(landscape);
  const grid = overviewGrid(landscape, (id) => positions[id]!, size, 'police');

  it('puts every board in exactly one cell', () => {
    const all = grid.cells.flatMap((c) => c.boards);
    expect(all.length).toBe(landscape.boards.length);
    expect(new Set(all).size).toBe(landscape.boards.length);
  });

  it('stacks the level bands from national down, without overlapping', () => {
    expect(grid.bands.map((b) => b.level)).toEqual([
      'national',
      'regional',
      'sub-regional',
      'local',
    ]);
    for (let i = 1; i < grid.bands.length; i++)
      expect(grid.bands[i]!.y).toBeGreaterThan(grid.bands[i - 1]!.y + grid.bands[i - 1]!.height);
  });

  it('names a column for boards across regions and one per police region with boards', () => {
    expect(grid.columns.map((c) => c.key)).toEqual([
      '',
      'North Wales',
      'Dyfed-Powys',
      'South Wales',
      'Gwent',
    ]);
  });

  it('measures a cell from where its boards are, so a dragged board stays inside its tile', () => {
    const cell = grid.cells.find((c) => c.level === 'local' && c.column === 'Gwent')!;
    const moved: Record<string, { x: number; y: number }> = {
      ...positions,
      [cell.boards[0]!]: { x: 90_000, y: 90_000 },
    };
    const after = overviewGrid(landscape, (id) => moved[id]!, size, 'police');
    const rect = after.cells.find((c) => c.level === 'local' && c.column === 'Gwent')!.rect;
    expect(rect.x + rect.width).toBe(90_000 + NODE_WIDTH);
  });
});

describe('meetingByCell', () => {
  it('counts the North Wales scenario as five fewer regional boards in North Wales, and no other change', async () => {
    const { applyScenario } = await import('../../../src/core/scenarios/apply-scenario');
    const { builtInScenarios } = await import('../../fixtures/seed');
    const today = seedLandscape();
    const scenario = builtInScenarios(today).find((s) => /North Wales/.test(s.name))!;
    const after = applyScenario(today, scenario.operations, { name: scenario.name }).landscape;
    const before = meetingByCell(today, 'police');
    const then = meetingByCell(after, 'police');
    const key = cellKey('regional', 'North Wales');
    expect(then.get(key)! - before.get(key)!).toBe(-5);
    for (const [k, n] of before) if (k !== key) expect(then.get(k)).toBe(n);
  });
});
