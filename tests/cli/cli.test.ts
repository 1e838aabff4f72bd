import { describe, expect, it } from 'vitest';
import { SEED_FILE, runCli, tempFile } from '../support/cli';
import { miniLandscape } from '../fixtures/mini-landscape';

describe('tirwedd validate', () => {
  it('says a good file is valid and exits 0', async () => {
    const r = await runCli('validate', tempFile('good.json', miniLandscape()));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/valid \(4 boards, 3 organisations, 4 memberships\)/);
  });

  it('prints every problem with file, record and field, and exits 1', async () => {
    const bad = miniLandscape() as unknown as Record<string, any>;
    bad.boards[1].level = 'county';
    bad.memberships[0].organisation = 'nobody';
    const path = tempFile('bad.json', bad);
    const r = await runCli('validate', path);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${path} › boards[1] (north-svoc) › level: "county" is not allowed`);
    expect(r.err).toContain('› organisation: no organisation has the id "nobody"');
    expect(r.err).toContain('2 problems');
  });

  it('reports a missing file and a usage error distinctly', async () => {
    expect((await runCli('validate', '/nonexistent/x.json')).code).toBe(1);
    expect((await runCli('frobnicate')).code).toBe(2);
  });
});

describe('tirwedd summary', () => {
  it('counts boards by level and police region, organisations and memberships', async () => {
    const r = await runCli('summary', tempFile('mini.json', miniLandscape()), '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({
      boards: 4,
      byLevel: { national: 1, regional: 2, 'sub-regional': 0, local: 1 },
      byRegion: { North: 3, South: 0, across: 1 },
      organisations: 3,
      memberships: 4,
      seats: 5,
    });
  });

  it('prints a readable summary of the seed', async () => {
    const r = await runCli('summary', SEED_FILE);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Boards: \d+/);
    expect(r.out).toContain('Dyfed-Powys');
  });
});

describe('tirwedd analyse', () => {
  it('prints metrics, scored duplications with reasons, and load per organisation as JSON', async () => {
    const r = await runCli('analyse', SEED_FILE, '--json');
    expect(r.code).toBe(0);
    const result = JSON.parse(r.out);
    expect(result.metrics).toMatchObject({
      boardsByLevel: { national: expect.any(Number) },
      seatHoursPerYear: expect.any(Number),
    });
    const dp = result.duplications.find(
      (d: { a: string; b: string }) =>
        [d.a, d.b].sort().join() === 'dp-contest-board,dp-svoc-board',
    );
    expect(dp.score).toBeGreaterThan(0.5);
    expect(dp.score).toBeLessThanOrEqual(1);
    expect(dp.reasons).toEqual(
      expect.arrayContaining([
        'same footprint (4 authorities)',
        expect.stringMatching(/^meet back-to-back \(source: /),
      ]),
    );
    expect(result.load['dyfed-powys-police']).toMatchObject({
      boards: expect.any(Number),
      seats: expect.any(Number),
      seatHours: expect.any(Number),
    });
    expect(result.localDuplicates.map((d: { local: string }) => d.local)).toContain(
      'dp-svoc-powys',
    );
  });

  it('prints a readable report', async () => {
    const r = await runCli('analyse', SEED_FILE);
    expect(r.out).toMatch(/Duplications \(\d+\):/);
    expect(r.out).toContain('Duplicative local structures');
  });
});
