import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { meets } from '../../../src/core/analysis/meeting-pattern';
import { regionAreas } from '../../../src/core/geography/footprint';
import type { Landscape } from '../../../src/core/model/types';
import { validateLandscape } from '../../../src/core/model/validate';
import { applyScenario } from '../../../src/core/scenarios/apply-scenario';
import { readScenarios } from '../../../src/core/scenarios/builtin';
import { compareLandscapes } from '../../../src/core/scenarios/compare';
import type { Scenario } from '../../../src/core/scenarios/types';
import { builtInScenarios, seedLandscape } from '../../fixtures/seed';

const ROOT = join(import.meta.dirname, '../../..');
const doc = () => JSON.parse(readFileSync(join(ROOT, 'data/scenarios.json'), 'utf8'));
const seed = seedLandscape();
const builtIns: Scenario[] = builtInScenarios(seed);
const scenario = (id: string) => builtIns.find((s) => s.id === id)!;
const apply = (id: string) =>
  applyScenario(seed, scenario(id).operations, { name: scenario(id).name });

/** Regional boards that meet and whose footprint is exactly the police region. */
function regionalBoardsOf(landscape: Landscape, region: string): string[] {
  const areas = regionAreas(landscape, 'police', region).sort().join();
  return landscape.boards
    .filter(
      (b) =>
        b.level === 'regional' &&
        meets(b) &&
        b.footprint !== 'all' &&
        [...b.footprint].sort().join() === areas,
    )
    .map((b) => b.id);
}

const NINE = seed.boards
  .filter((b) => /existing nine/.test(b.factSources?.name?.quote ?? ''))
  .map((b): string => b.id);

describe('the built-in scenarios', () => {
  it('are read from data/scenarios.json and every operation applies cleanly to the seed', () => {
    expect(builtIns.map((s) => s.id)).toEqual([
      'north-wales-nine-to-four',
      'dyfed-powys-fold-county-structures',
      'south-wales-lcjb-iom-merged',
    ]);
    for (const s of builtIns) {
      expect(s.builtIn).toBe(true);
      const result = applyScenario(seed, s.operations, { name: s.name });
      expect(result.diagnostics.filter((d) => d.status !== 'applied')).toEqual([]);
      expect(validateLandscape(result.landscape).ok).toBe(true);
    }
  });

  it('refuses a scenarios file of the wrong format or with an unknown operation', () => {
    expect(readScenarios({ ...doc(), format: 'x' }).ok).toBe(false);
    const bad = doc();
    bad.scenarios[0].operations[0].kind = 'demolish';
    expect(readScenarios(bad)).toMatchObject({
      ok: false,
      problems: [{ field: 'operations[0].kind' }],
    });
  });

  describe('North Wales: nine regional boards to four', () => {
    const result = apply('north-wales-nine-to-four');
    const c = compareLandscapes(seed, result.landscape, { region: 'North Wales' });

    it('takes the nine regional boards on the North Wales footprint down to four', () => {
      expect(NINE).toHaveLength(9);
      const before = regionalBoardsOf(seed, 'North Wales');
      const after = regionalBoardsOf(result.landscape, 'North Wales');
      expect(before.filter((b) => NINE.includes(b))).toHaveLength(9);
      expect(after.filter((b) => NINE.includes(b))).toEqual([]);
      const added = after.filter((b) => !before.includes(b));
      expect(added).toHaveLength(4);
      // The other regional boards on the footprint (RPB, safeguarding, police and crime panel) stay.
      expect(before).toHaveLength(12);
      expect(after).toHaveLength(7);
      expect(scenario('north-wales-nine-to-four').illustrative).toMatch(/names/);
    });

    it('gives North Wales organisations 43 fewer seats and 344 fewer seat-hours a year', () => {
      expect(c.baseline).toMatchObject({ meetingBoards: 109, seats: 753, seatHours: 6024 });
      expect(c.scenario).toMatchObject({ meetingBoards: 104, seats: 710, seatHours: 5680 });
      expect(c.baseline.region).toMatchObject({ boards: 19, seats: 165, seatHours: 1320 });
      expect(c.scenario.region).toMatchObject({ boards: 14, seats: 122, seatHours: 976 });
      expect(c.difference.region).toMatchObject({ boards: -5, seats: -43, seatHours: -344 });
      // The nine boards become four: the region's regional boards are five fewer.
      expect(c.difference.region!.boardsByLevel.regional).toBe(-5);
      expect(c.organisations[0]).toMatchObject({
        organisation: 'north-wales-police',
        change: { boards: -5, seats: -5, seatHours: -40 },
      });
      expect(c.organisations.every((o) => o.change.seatHours <= 0)).toBe(true);
    });

    it('leaves no theme without a board and removes the duplications among the nine', () => {
      expect(c.themesWithoutHome).toEqual([]);
      expect(c.duplications.removed).toContain('nw-contest-board|nw-svoc-board');
      expect(c.duplications.removed).toHaveLength(11);
    });
  });

  describe('the comparison on evidence only', () => {
    const result = apply('north-wales-nine-to-four');
    const on = (evidence: 'all' | 'sourced') =>
      compareLandscapes(seed, result.landscape, { region: 'North Wales', evidence });

    it('counts only sourced records in its figures when the switch says so', () => {
      const all = on('all');
      const sourced = on('sourced');
      // Illustrative seats drop out on both sides, so fewer are saved than the headline 43.
      expect(sourced.baseline.seats).toBeLessThan(all.baseline.seats);
      expect(sourced.scenario.seats).toBeLessThan(all.scenario.seats);
      expect(sourced.difference.region!.seats).toBeGreaterThan(all.difference.region!.seats);
      // The duplications among the nine rest partly on assumed members.
      expect(sourced.duplications.removed.length).toBeLessThan(all.duplications.removed.length);
      // What the scenario does to each board is drawn the same whatever is counted.
      expect(sourced.boards).toEqual(all.boards);
    });
  });

  describe('Dyfed-Powys: county-level structures folded in', () => {
    const result = apply('dyfed-powys-fold-county-structures');
    const c = compareLandscapes(seed, result.landscape, { region: 'Dyfed-Powys' });

    it('makes the duplicative local SVOC and CONTEST structures disappear', () => {
      const dp = (keys: string[]) => keys.filter((k) => k.startsWith('dp-'));
      expect(dp(c.baseline.localDuplicates)).toHaveLength(8);
      expect(dp(c.scenario.localDuplicates)).toEqual([]);
      expect(c.localDuplicates.new).toEqual([]);
    });

    it('saves 8 boards, 40 seats and 320 seat-hours in Dyfed-Powys, losing no theme', () => {
      expect(c.difference).toMatchObject({ meetingBoards: -8, seats: -40, seatHours: -320 });
      expect(c.baseline.region).toMatchObject({ boards: 26, seats: 159, seatHours: 1272 });
      expect(c.scenario.region).toMatchObject({ boards: 18, seats: 119, seatHours: 952 });
      expect(c.themesWithoutHome).toEqual([]);
      expect(c.boards.every((b) => b.change === 'retired')).toBe(true);
    });
  });

  describe('South Wales: LCJB and IOM merged', () => {
    const result = apply('south-wales-lcjb-iom-merged');
    const c = compareLandscapes(seed, result.landscape, { region: 'South Wales' });

    it('applies cleanly and replays the merge, with no net change since the seed already has it', () => {
      expect(result.diagnostics.map((d) => d.status)).toEqual([
        'applied',
        'applied',
        'applied',
        'applied',
      ]);
      expect(
        result.landscape.relations.filter((r) => r.to === 'sw-cjb-replayed').map((r) => r.type),
      ).toEqual(['merged-into', 'merged-into', 'replaced-by']);
      expect(c.difference).toMatchObject({ meetingBoards: 0, seats: 0, seatHours: 0 });
      expect(c.baseline.region).toMatchObject({ boards: 28, seats: 190, seatHours: 1520 });
      expect(c.themesWithoutHome).toEqual([]);
      expect(scenario('south-wales-lcjb-iom-merged').description).toMatch(/replays the merge/);
    });
  });
});
