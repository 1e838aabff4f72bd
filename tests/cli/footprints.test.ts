import { describe, expect, it } from 'vitest';
import { SEED_FILE, runCli, tempFile } from '../support/cli';
import { miniLandscape } from '../fixtures/mini-landscape';

describe('tirwedd footprints', () => {
  it('prints each board’s fit, the breaks and how the region systems line up', async () => {
    const r = await runCli('footprints', SEED_FILE);
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      'Dyfed-Powys Serious Violence and Organised Crime Board [dp-svoc-board], 4 areas',
    );
    expect(r.out).toMatch(/police\s+matches Dyfed-Powys/);
    expect(r.out).toContain(
      'South Wales Criminal Justice Board [sw-cjb] crosses fire: Mid and West Wales (Swansea, Neath Port Talbot); South Wales (Bridgend, Vale of Glamorgan, Cardiff, Rhondda Cynon Taf, Merthyr Tydfil)',
    );
    expect(r.out).toContain('police × fire: crossing, Swansea, Neath Port Talbot break the fit');
    expect(r.out).toContain('health × health-2017: crossing, Bridgend breaks the fit');
    expect(r.out).toContain(
      'police × health: nested, every health region lies inside one police region',
    );
  });

  it('gives the report as JSON with --json', async () => {
    const r = await runCli('footprints', SEED_FILE, '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(Object.keys(report)).toEqual(['systems', 'boards', 'breaks', 'alignments', 'skipped']);
    expect(report.systems).toEqual(['police', 'health', 'fire']);
    expect(report.boards[0]).toMatchObject({
      board: 'dp-svoc-board',
      areaCount: 4,
      fits: [
        { system: 'police', fit: 'matches', region: 'Dyfed-Powys' },
        { system: 'health', fit: 'crosses' },
        { system: 'fire', fit: 'inside', region: 'Mid and West Wales' },
      ],
    });
    expect(report.breaks).toHaveLength(16);
    expect(report.alignments.map((a: any) => `${a.a}/${a.b}:${a.verdict}`)).toEqual([
      'police/health:nested',
      'police/health-2017:nested',
      'police/fire:crossing',
      'health/health-2017:crossing',
      'health/fire:nested',
      'health-2017/fire:crossing',
    ]);
  });

  it('says which systems a landscape lacks and skips them', async () => {
    const path = tempFile('mini.json', miniLandscape());
    const r = await runCli('footprints', path, '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(report.systems).toEqual(['police', 'fire']);
    expect(report.skipped).toEqual(['health', 'health-2017']);
    expect(report.breaks.map((b: any) => `${b.board}:${b.system}`)).toEqual([
      'north-svoc:fire',
      'north-contest:fire',
    ]);
  });

  it('exits 1 for a missing file', async () => {
    expect((await runCli('footprints', '/nonexistent/x.json')).code).toBe(1);
  });
});
