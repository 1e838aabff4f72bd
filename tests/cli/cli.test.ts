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

describe('tirwedd <command> --help', () => {
  it('answers every command with its usage, and runs nothing', async () => {
    for (const name of [
      'validate',
      'summary',
      'analyse',
      'footprints',
      'scenarios',
      'compare',
      'export-svg',
      'convert',
      'serve',
    ]) {
      const r = await runCli(name, '--help');
      expect(r.code, name).toBe(0);
      expect(r.out, name).toMatch(new RegExp(`^Usage: tirwedd ${name}`));
      expect(r.err, name).toBe('');
    }
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
    // Local duplicates come grouped by the regional board they repeat.
    const svoc = result.localDuplicates.find(
      (g: { regional: string }) => g.regional === 'dp-svoc-board',
    );
    expect(svoc.locals).toContain('dp-svoc-powys');
    expect(svoc.count).toBe(svoc.locals.length);
    expect(result.localDuplicatesTotal).toBe(
      result.localDuplicates.reduce((n: number, g: { count: number }) => n + g.count, 0),
    );
    expect(result.duplicationsTotal).toBe(result.duplications.length);
  });

  it('runs one registry analysis by id with parameters, as JSON', async () => {
    const dpPair = (pairs: { a: string; b: string; membership: { shared: string[] } }[]) =>
      pairs.find((d) => [d.a, d.b].sort().join() === 'dp-contest-board,dp-svoc-board')!;
    const all = JSON.parse((await runCli('analyse', SEED_FILE, '--only', 'duplication')).out);
    expect(all).toMatchObject({
      analysis: 'duplication',
      params: { evidence: 'all', minScore: 0.5 },
    });
    expect(dpPair(all.result.pairs).membership.shared.length).toBe(10);
    const r = await runCli(
      'analyse',
      '--only',
      'duplication',
      SEED_FILE,
      '--param',
      'evidence=sourced',
      '--param',
      'minScore=0',
    );
    expect(r.code).toBe(0);
    const sourced = JSON.parse(r.out);
    expect(sourced.params).toMatchObject({ evidence: 'sourced', minScore: 0 });
    expect(dpPair(sourced.result.pairs).membership.shared).toEqual([]);
  });

  it('refuses an unknown analysis or parameter value, naming what is allowed', async () => {
    const unknown = await runCli('analyse', SEED_FILE, '--only', 'astrology');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain(
      'expected one of: duplication, local-duplicates, meeting-load, footprint-fit',
    );
    const bad = await runCli('analyse', SEED_FILE, '--param', 'evidence=maybe');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain(
      '--param evidence: "maybe" is not allowed; expected one of: all, sourced, stated',
    );
    const range = await runCli(
      'analyse',
      SEED_FILE,
      '--only',
      'duplication',
      '--param',
      'minScore=2',
    );
    expect(range.err).toContain('--param minScore: "2" is not a number from 0 to 1');
  });

  it('prints a readable report', async () => {
    const r = await runCli('analyse', SEED_FILE);
    expect(r.out).toMatch(/Duplications \(\d+\):/);
    expect(r.out).toContain('Duplicative local structures');
  });
});
