import { describe, expect, it } from 'vitest';
import { alignSystems, coterminosityMatrix } from '../../../src/core/geography/coterminosity';
import { boardFits, fitAreas, footprintBreaks } from '../../../src/core/geography/footprint-fit';
import { board, codes, regionLandscape } from '../../fixtures/region-landscape';
import { seedLandscape } from '../../fixtures/seed';

// Four areas: police N = A, B; police S = C, D. Fire W = A; fire E = B, C, D.
const small = () =>
  regionLandscape({
    A: { police: 'N', fire: 'W' },
    B: { police: 'N', fire: 'E' },
    C: { police: 'S', fire: 'E' },
    D: { police: 'S', fire: 'E' },
  });

describe('fitAreas', () => {
  it('says a footprint matching a whole region matches it', () => {
    expect(fitAreas(small(), codes('A', 'B'), 'police')).toMatchObject({
      fit: 'matches',
      region: 'N',
    });
  });

  it('says a footprint within part of a region lies inside it', () => {
    expect(fitAreas(small(), codes('C'), 'police')).toMatchObject({ fit: 'inside', region: 'S' });
  });

  it('lists every region a crossing footprint touches, with its areas there', () => {
    const f = fitAreas(small(), codes('B', 'C', 'A'), 'police');
    expect(f.fit).toBe('crosses');
    expect(f.region).toBeUndefined();
    expect(f.regions).toEqual([
      { region: 'N', areas: ['A', 'B'], regionSize: 2 },
      { region: 'S', areas: ['C'], regionSize: 2 },
    ]);
  });

  it('reports areas with no region in the system rather than hiding them', () => {
    const l = small();
    delete (l.areas[3]!.regions as Record<string, string>).fire;
    const f = fitAreas(l, codes('C', 'D'), 'fire');
    expect(f).toMatchObject({ fit: 'crosses', unplaced: ['D'] });
    expect(fitAreas(l, codes('A'), 'rpb').fit).toBe('unplaced');
  });
});

describe('boardFits and footprintBreaks', () => {
  it('fits only live regional and sub-regional boards, and lists each crossing as a break', () => {
    const l = small();
    l.boards = [
      board({ id: 'north', name: 'North', footprint: ['A', 'B'] }),
      board({ id: 'local', name: 'Local', level: 'local', footprint: ['A', 'C'] }),
      board({ id: 'gone', name: 'Gone', status: 'retired', footprint: ['A', 'C'] }),
      board({
        id: 'plan',
        name: 'Plan',
        level: 'sub-regional',
        status: 'proposed',
        footprint: ['B', 'C'],
      }),
    ];
    const fits = boardFits(l, ['police', 'fire']);
    expect(fits.map((f) => f.board)).toEqual(['north', 'plan']);
    expect(fits[0]!.fits.map((f) => f.fit)).toEqual(['matches', 'crosses']);
    expect(footprintBreaks(fits).map((b) => `${b.board}:${b.system}`)).toEqual([
      'north:fire',
      'plan:police',
    ]);
  });
});

describe('alignSystems', () => {
  it('calls two systems with the same regions coterminous', () => {
    const l = regionLandscape({
      A: { x: 'one', y: 'uno' },
      B: { x: 'two', y: 'dos' },
    });
    expect(alignSystems(l, 'x', 'y').verdict).toBe('coterminous');
  });

  it('calls a system nested when each of its regions lies in one region of the other', () => {
    const l = regionLandscape({
      A: { big: 'N', fine: 'n1' },
      B: { big: 'N', fine: 'n2' },
      C: { big: 'S', fine: 's1' },
    });
    expect(alignSystems(l, 'big', 'fine')).toMatchObject({
      verdict: 'nested',
      finer: 'fine',
      coarser: 'big',
    });
  });

  it('names the areas that make two systems cross', () => {
    const a = alignSystems(small(), 'police', 'fire');
    expect(a.verdict).toBe('crossing');
    // From police, N splits 1–1 (the first fire region, W, counts as its home, so B is off);
    // from fire, E is mostly S, so B is off again. Equal counts: the first system's view is kept.
    expect(a.offending).toEqual(['B']);
    expect(a.splits[0]).toMatchObject({ system: 'police', region: 'N' });
  });

  it('cross-tabulates the shared areas of every pair of regions', () => {
    const m = coterminosityMatrix(small(), 'police', 'fire');
    expect(m.regionsA).toEqual(['N', 'S']);
    expect(m.regionsB).toEqual(['W', 'E']);
    expect(m.rows.map((r) => r.cells.map((c) => c.areas))).toEqual([
      [['A'], ['B']],
      [[], ['C', 'D']],
    ]);
  });
});

describe('footprint fit on the seed landscape', () => {
  const seed = seedLandscape();
  const SWANSEA = 'W06000011';
  const NPT = 'W06000012';
  const BRIDGEND = 'W06000013';
  const DYFED_POWYS = ['W06000008', 'W06000009', 'W06000010', 'W06000023'];

  it('reports Swansea and Neath Port Talbot as South Wales police but Mid and West Wales fire', () => {
    const a = alignSystems(seed, 'police', 'fire');
    expect(a.verdict).toBe('crossing');
    expect(a.offending).toEqual([SWANSEA, NPT]);
    expect(a.splits).toHaveLength(1);
    expect(a.splits[0]).toMatchObject({ system: 'police', region: 'South Wales' });
    expect(a.splits[0]!.parts.find((p) => p.region === 'Mid and West Wales')!.areas).toEqual([
      SWANSEA,
      NPT,
    ]);
  });

  it('reports the South Wales police-region boards as breaking the fire regions', () => {
    const breaks = footprintBreaks(boardFits(seed, ['police', 'health', 'fire']));
    const fire = breaks.filter((b) => b.system === 'fire').map((b) => b.board);
    expect(fire).toEqual([
      'sw-cjb',
      'sw-community-safety-board',
      'sw-contest-board',
      'sw-soc-board',
      'pcp-south-wales',
    ]);
    const swCjb = breaks.find((b) => b.board === 'sw-cjb' && b.system === 'fire')!;
    expect(swCjb.regions.map((r) => [r.region, r.areas.length])).toEqual([
      ['Mid and West Wales', 2],
      ['South Wales', 5],
    ]);
    expect(breaks.some((b) => b.system === 'police')).toBe(false);
  });

  it("reports Bridgend's 2019 move between health boards", () => {
    const a = alignSystems(seed, 'health', 'health-2017');
    expect(a.verdict).toBe('crossing');
    expect(a.offending).toEqual([BRIDGEND]);
    // The 2019 boundaries line up with fire, where the 2017 ones did not.
    expect(alignSystems(seed, 'health', 'fire')).toMatchObject({
      verdict: 'nested',
      finer: 'health',
    });
    expect(alignSystems(seed, 'health-2017', 'fire').offending).toEqual([BRIDGEND]);
    expect(alignSystems(seed, 'police', 'health')).toMatchObject({
      verdict: 'nested',
      finer: 'health',
    });
  });

  it('finds that a board over exactly the four Dyfed-Powys authorities matches the police region', () => {
    expect(fitAreas(seed, codes(...DYFED_POWYS), 'police')).toMatchObject({
      fit: 'matches',
      region: 'Dyfed-Powys',
    });
    const dp = boardFits(seed, ['police', 'health', 'fire']).find(
      (f) => f.board === 'dp-svoc-board',
    )!;
    expect(dp.fits.map((f) => f.fit)).toEqual(['matches', 'crosses', 'inside']);
  });

  it('leaves out retired and merged boards', () => {
    const ids = boardFits(seed, ['police']).map((f) => f.board);
    expect(ids).not.toContain('western-bay-rpb');
    expect(ids).not.toContain('sw-lcjb');
  });
});
