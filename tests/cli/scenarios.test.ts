import { describe, expect, it } from 'vitest';
import { SEED_FILE, runCli, tempFile } from '../support/cli';
import { createWorkspace } from '../../src/core/workspace/workspace';
import { miniLandscape } from '../fixtures/mini-landscape';

function workspaceFile(): string {
  const w = createWorkspace({
    id: 'w',
    name: 'Mini',
    landscape: miniLandscape(),
    now: '2026-01-01T00:00:00Z',
    scenarios: [
      {
        id: 'merge-north',
        name: 'Merge the north',
        description: '',
        operations: [
          {
            kind: 'merge',
            boards: ['north-svoc', 'north-contest'] as never,
            id: 'north-safety' as never,
            name: 'North Safety',
          },
          { kind: 'retire', board: 'ghost' as never },
        ],
      },
    ],
  });
  return tempFile('w.tirwedd.json', w);
}

describe('tirwedd scenarios', () => {
  it('lists the built-in scenarios for a landscape file', async () => {
    const r = await runCli('scenarios', SEED_FILE);
    expect(r.code).toBe(0);
    expect(r.out).toContain('3 built-in scenarios');
    expect(r.out).toMatch(
      /north-wales-nine-to-four\s+4 operations\s+North Wales: nine regional boards to four/,
    );
  });

  it("lists a workspace's own scenarios, saying which operations are stale", async () => {
    const r = await runCli('scenarios', workspaceFile(), '--json');
    expect(JSON.parse(r.out)).toEqual({
      origin: 'workspace',
      scenarios: [
        {
          id: 'merge-north',
          name: 'Merge the north',
          operations: 2,
          builtIn: false,
          applied: 1,
          stale: 1,
          invalid: 0,
        },
      ],
    });
  });
});

describe('tirwedd compare', () => {
  it('prints baseline and scenario metrics and their differences as JSON', async () => {
    const r = await runCli(
      'compare',
      SEED_FILE,
      '--scenario',
      'north-wales-nine-to-four',
      '--region',
      'North Wales',
      '--json',
    );
    expect(r.code).toBe(0);
    const c = JSON.parse(r.out);
    expect(c.scenarioId).toBe('north-wales-nine-to-four');
    expect(c.baseline.seatHours - c.scenario.seatHours).toBe(344);
    expect(c.difference).toMatchObject({ meetingBoards: -5, seats: -43, seatHours: -344 });
    expect(c.themesWithoutHome).toEqual([]);
  });

  it('prints a readable comparison, and reports the stale operations of a workspace scenario', async () => {
    const r = await runCli('compare', workspaceFile(), '--scenario', 'merge-north');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/meeting boards\s+4\s+3\s+-1/);
    expect(r.err).toContain(
      'operation 2 stale: board: board "ghost" is no longer in the landscape',
    );
  });

  it('needs a scenario, and names the ones there are when it is unknown', async () => {
    expect((await runCli('compare', SEED_FILE)).code).toBe(2);
    const r = await runCli('compare', SEED_FILE, '--scenario', 'nope');
    expect(r.code).toBe(1);
    expect(r.err).toContain('north-wales-nine-to-four');
  });
});

describe('tirwedd analyse --scenario', () => {
  it('analyses the landscape with the scenario applied, in the same output shape', async () => {
    const plain = JSON.parse((await runCli('analyse', SEED_FILE, '--json')).out);
    const r = await runCli(
      'analyse',
      '--scenario',
      'dyfed-powys-fold-county-structures',
      SEED_FILE,
      '--json',
    );
    expect(r.code).toBe(0);
    const after = JSON.parse(r.out);
    expect(Object.keys(after)).toEqual(Object.keys(plain));
    expect(plain.metrics.seats - after.metrics.seats).toBe(40);
    expect(
      after.localDuplicates.flatMap((g: { locals: string[] }) =>
        g.locals.filter((id) => id.startsWith('dp-')),
      ),
    ).toEqual([]);
  });
});
