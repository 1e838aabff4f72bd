import { describe, expect, it } from 'vitest';
import { pairKey } from '../../../src/core/analysis/duplication';
import type { BoardId, OrganisationId } from '../../../src/core/model/types';
import { validateLandscape } from '../../../src/core/model/validate';
import { applyScenario } from '../../../src/core/scenarios/apply-scenario';
import { comparer, compareLandscapes } from '../../../src/core/scenarios/compare';
import type { Operation } from '../../../src/core/scenarios/types';
import { miniLandscape } from '../../fixtures/mini-landscape';

const id = (s: string) => s as BoardId;

const OPS: Operation[] = [
  {
    kind: 'merge',
    boards: [id('north-svoc'), id('north-contest')],
    id: id('north-safety'),
    name: 'North Safety Board',
  },
  { kind: 'set-meetings', board: id('north-safety'), meetingsPerYear: 6 },
  {
    kind: 'add-membership',
    board: id('csp-aman'),
    organisation: 'health-board' as OrganisationId,
  },
  { kind: 'retire', board: id('csp-aman'), to: id('north-safety') },
];

describe('applyScenario', () => {
  it('applies operations in order, each on the result of the last, leaving the baseline as it was', () => {
    const baseline = miniLandscape();
    const frozen = structuredClone(baseline);
    const result = applyScenario(baseline, OPS);
    expect(baseline).toEqual(frozen);
    expect(result.diagnostics.map((d) => d.status)).toEqual([
      'applied',
      'applied',
      'applied',
      'applied',
    ]);
    expect(validateLandscape(result.landscape).ok).toBe(true);
    expect(result.landscape.boards.find((b) => b.id === 'north-safety')).toMatchObject({
      meetingsPerYear: 6,
      status: 'active',
    });
  });

  it('flags an operation whose board was deleted from the baseline as stale, and applies the rest', () => {
    const baseline = miniLandscape();
    baseline.boards = baseline.boards.filter((b) => b.id !== 'north-contest');
    baseline.memberships = baseline.memberships.filter((m) => m.board !== 'north-contest');
    baseline.relations = baseline.relations.filter((r) => r.to !== 'north-contest');
    const result = applyScenario(baseline, OPS);
    expect(result.diagnostics.map((d) => d.status)).toEqual(['stale', 'stale', 'applied', 'stale']);
    expect(result.diagnostics[0]!.problems[0]!.message).toBe(
      'board "north-contest" is no longer in the landscape',
    );
    expect(validateLandscape(result.landscape).ok).toBe(true);
  });

  it('never throws on operations of the wrong shape: they are invalid', () => {
    const junk = [null, 42, { kind: 'explode' }, { kind: 'merge' }, { kind: 'rescope', board: 7 }];
    const result = applyScenario(miniLandscape(), junk as unknown as Operation[]);
    expect(result.diagnostics.map((d) => d.status)).toEqual([
      'invalid',
      'invalid',
      'invalid',
      'invalid',
      'invalid',
    ]);
    expect(result.landscape).toEqual(miniLandscape());
  });

  it('gives back exactly the baseline metrics once every operation is removed again', () => {
    const baseline = miniLandscape();
    // One comparer for the whole session, as the app keeps one while the scenario is edited.
    const compare = comparer(baseline);
    const full = compare(applyScenario(baseline, OPS).landscape);
    expect(full.scenario).not.toEqual(full.baseline);
    expect(full.difference.meetingBoards).not.toBe(0);
    // Removed one at a time from the front, each intermediate result still validates.
    let ops = [...OPS];
    while (ops.length) {
      ops = ops.slice(1);
      const step = applyScenario(baseline, ops);
      expect(validateLandscape(step.landscape).ok).toBe(true);
      compare(step.landscape);
    }
    const empty = applyScenario(baseline, ops);
    expect(empty.landscape).toEqual(baseline);
    const c = compare(empty.landscape);
    expect(c.scenario).toEqual(c.baseline);
    expect(c.scenario).toEqual(compareLandscapes(baseline, baseline).baseline);
    expect(c.difference).toMatchObject({ meetingBoards: 0, seats: 0, seatHours: 0 });
    expect(c.duplications.removed).toEqual([]);
    expect(c.duplications.new).toEqual([]);
    expect(c.organisations.every((o) => o.change.seatHours === 0 && o.change.seats === 0)).toBe(
      true,
    );
    expect(c.boards).toEqual([]);
  });

  it('removes the duplication of two boards that meet back-to-back by merging them', () => {
    const baseline = miniLandscape();
    const key = pairKey(id('north-svoc'), id('north-contest'));
    const before = compareLandscapes(baseline, baseline).baseline.duplications;
    expect(before).toContain(key);
    const merged = applyScenario(baseline, OPS.slice(0, 1)).landscape;
    const c = compareLandscapes(baseline, merged);
    expect(c.duplications.removed).toContain(key);
    expect(c.scenario.duplications).not.toContain(key);
  });
});
