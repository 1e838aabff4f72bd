import { describe, expect, it } from 'vitest';
import type { BoardId, OrganisationId } from '../../../src/core/model/types';
import { applyScenario } from '../../../src/core/scenarios/apply-scenario';
import { compareLandscapes } from '../../../src/core/scenarios/compare';
import { miniLandscape } from '../../fixtures/mini-landscape';

const id = (s: string) => s as BoardId;

describe('compareLandscapes', () => {
  const baseline = miniLandscape();
  const scenario = applyScenario(baseline, [
    {
      kind: 'merge',
      boards: [id('north-svoc'), id('north-contest')],
      id: id('north-safety'),
      name: 'North Safety Board',
    },
    { kind: 'retire', board: id('csp-aman') },
    { kind: 'set-meetings', board: id('national'), hoursPerMeeting: 3 },
  ]).landscape;

  it('counts boards by level, seats and seat-hours on each side, with the difference', () => {
    const c = compareLandscapes(baseline, scenario);
    // Baseline: 4 boards meet, 5 seats, each seat 4 meetings × 2 hours = 8 h → 40 seat-hours.
    expect(c.baseline).toMatchObject({ meetingBoards: 4, seats: 5, seatHours: 40 });
    // Scenario: national, north-safety (police-north 1 + council-a 2 seats) → 3 seats, 24 h.
    expect(c.scenario).toMatchObject({ meetingBoards: 2, seats: 3, seatHours: 24 });
    expect(c.difference).toMatchObject({
      meetingBoards: -2,
      seats: -2,
      seatHours: -16,
      boardsByLevel: { national: 0, regional: -1, 'sub-regional': 0, local: -1 },
    });
  });

  it('lists the change for each organisation, most hours saved first', () => {
    const c = compareLandscapes(baseline, scenario);
    expect(
      c.organisations.map((o) => [o.organisation, o.change.seats, o.change.seatHours]),
    ).toEqual([
      ['council-a', -1, -8],
      ['police-north', -1, -8],
    ]);
  });

  it('warns of a theme that lost its home, and marks new, merged, retired and changed boards', () => {
    const c = compareLandscapes(baseline, scenario);
    expect(c.themesWithoutHome).toEqual(['community-safety']);
    expect(c.boards.map((b) => [b.board, b.change, b.fields.join(',')])).toEqual([
      ['national', 'changed', 'hoursPerMeeting'],
      ['north-svoc', 'merged', 'status'],
      ['north-contest', 'merged', 'status'],
      ['csp-aman', 'retired', 'status'],
      ['north-safety', 'new', ''],
    ]);
  });

  it('restricts load figures to the boards of one region', () => {
    const c = compareLandscapes(baseline, scenario, { region: 'North' });
    expect(c.baseline.region).toMatchObject({ boards: 3, seats: 5, seatHours: 40 });
    expect(c.scenario.region).toMatchObject({ boards: 1, seats: 3, seatHours: 24 });
    expect(c.difference.region).toMatchObject({ boards: -2, seats: -2, seatHours: -16 });
    const south = compareLandscapes(baseline, scenario, { region: 'South' });
    expect(south.organisations).toEqual([]);
  });

  it('reports duplications and footprint breaks as left, removed and new', () => {
    const crossing = applyScenario(baseline, [
      {
        kind: 'add-board',
        id: id('cross'),
        name: 'Cross',
        level: 'regional',
        footprint: ['W06000002', 'W06000003'] as never,
        themes: ['policing'],
        members: [{ organisation: 'health-board' as OrganisationId }],
      },
    ]).landscape;
    const c = compareLandscapes(baseline, crossing);
    expect(c.footprintBreaks.new).toEqual(['cross|police']);
    expect(c.duplications).toEqual({ left: ['north-contest|north-svoc'], removed: [], new: [] });
  });
});

describe("a region's comparison", () => {
  it("counts that region's own boards, level by level (North Wales regional boards)", async () => {
    const { seedLandscape, builtInScenarios } = await import('../../fixtures/seed');
    const { containingRegionIn } = await import('../../../src/core/geography/footprint');
    const { meets } = await import('../../../src/core/analysis/meeting-pattern');
    const seed = seedLandscape();
    const nineToFour = builtInScenarios(seed).find((s) => s.id === 'north-wales-nine-to-four')!;
    const after = applyScenario(seed, nineToFour.operations, { name: nineToFour.name }).landscape;
    const c = compareLandscapes(seed, after, { region: 'North Wales' });
    // Counted by hand from the data: regional boards that meet, wholly inside North Wales.
    const inNorthWales = (l: typeof seed) => {
      const region = containingRegionIn(l, 'police');
      return l.boards.filter(
        (b) => b.level === 'regional' && meets(b) && region(b.footprint) === 'North Wales',
      ).length;
    };
    expect(c.baseline.region!.boardsByLevel.regional).toBe(inNorthWales(seed));
    expect(c.scenario.region!.boardsByLevel.regional).toBe(inNorthWales(after));
    // The seed's twelve include the scenario's nine, and the regional partnership board, the
    // safeguarding boards and the police and crime panel, which it leaves as they are.
    expect(c.baseline.region!.boardsByLevel.regional).toBe(12);
    expect(c.difference.region!.boardsByLevel.regional).toBe(-5);
    // All of Wales is still counted without a region.
    expect(c.baseline.boardsByLevel.regional).toBeGreaterThan(9);
  });
});
