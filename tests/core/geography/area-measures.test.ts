import { describe, expect, it } from 'vitest';
import {
  areaCoverage,
  areaTotals,
  boardCounts,
  regionalFootprintCounts,
} from '../../../src/core/geography/area-measures';
import { areaRegions } from '../../../src/core/geography/region-systems';
import { miniLandscape } from '../../fixtures/mini-landscape';
import { seedLandscape } from '../../fixtures/seed';

const AMAN = 'W06000001' as never;

describe('areaCoverage', () => {
  it('lists the boards covering an area by level, all-Wales boards included', () => {
    const c = areaCoverage(miniLandscape()).get(AMAN)!;
    expect(c.byLevel).toEqual({
      national: ['national'],
      regional: ['north-svoc', 'north-contest'],
      'sub-regional': [],
      local: ['csp-aman'],
    });
    expect(c.count).toBe(4);
  });

  it('counts boards on the same regional footprint as one footprint', () => {
    expect(areaCoverage(miniLandscape()).get(AMAN)!.regionalFootprints).toBe(1);
  });

  it('counts only active boards unless asked for the rest', () => {
    const l = miniLandscape();
    l.boards[3]!.status = 'retired';
    expect(areaCoverage(l).get(AMAN)!.count).toBe(3);
    expect(areaCoverage(l, { includeInactive: true }).get(AMAN)!.count).toBe(4);
  });
});

describe('areaTotals', () => {
  it('adds each board’s weight to every area it covers', () => {
    const hours = areaTotals(miniLandscape(), (b) => (b.id === 'north-svoc' ? 12 : 1));
    expect(hours.get(AMAN)).toBe(15);
    expect(hours.get('W06000003' as never)).toBe(1);
  });

  it('gives the board count when every board weighs one', () => {
    expect([...boardCounts(miniLandscape()).values()]).toEqual([4, 3, 1, 1]);
  });
});

describe('area measures on the seed', () => {
  it('finds Bridgend in more distinct regional footprints than Cardiff', () => {
    const counts = regionalFootprintCounts(seedLandscape());
    // Bridgend: the South Wales police footprint and Cwm Taf Morgannwg; Cardiff: South Wales and Cardiff and Vale.
    expect(counts.get('W06000013' as never)).toBe(2);
    expect(counts.get('W06000015' as never)).toBe(2);
    expect(Math.min(...counts.values())).toBeGreaterThan(0);
  });

  it('says which region an area is in for every system', () => {
    const r = areaRegions(seedLandscape(), 'W06000013' as never);
    expect(r.find((x) => x.system === 'health')?.region).toBe('Cwm Taf Morgannwg UHB');
    expect(r.find((x) => x.system === 'health-2017')?.region).toBe('Abertawe Bro Morgannwg UHB');
    expect(r.map((x) => x.system)).toEqual([
      'police',
      'health',
      'health-2017',
      'fire',
      'rpb',
      'apb',
      'safeguarding',
      'vawdasv',
    ]);
  });
});
