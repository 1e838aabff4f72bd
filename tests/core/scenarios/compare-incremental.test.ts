import { describe, expect, it } from 'vitest';
import { benchScenario } from '../../../bench/core/scenario-ops';
import { generateLandscape } from '../../../bench/generate-landscape';
import { pairKey } from '../../../src/core/analysis/duplication';
import { meets } from '../../../src/core/analysis/meeting-pattern';
import { applyScenario } from '../../../src/core/scenarios/apply-scenario';
import { comparer, compareLandscapes } from '../../../src/core/scenarios/compare';
import type { Operation } from '../../../src/core/scenarios/types';
import { touchedBoards } from '../../../src/core/scenarios/touched-boards';
import { builtInScenarios, seedLandscape } from '../../fixtures/seed';

// A copy shares no record with the baseline, so it is measured in full: the reference the
// comparison from touched boards alone must match.
const inFull = <T>(landscape: T): T => structuredClone(landscape);

describe('comparing from the boards a scenario touched', () => {
  const generated = generateLandscape({ boards: 600, membershipsPerBoard: 8, seed: 29 });

  it.each([5, 40])('gives the full comparison for %i generated operations', (count) => {
    const scenario = applyScenario(generated, benchScenario(generated, count, count)).landscape;
    const touched = touchedBoards(generated, scenario)!;
    expect(touched.size).toBeGreaterThan(count / 2);
    expect(touched.size).toBeLessThan(generated.boards.length / 5);
    for (const region of [undefined, 'North Wales']) {
      const quick = compareLandscapes(generated, scenario, { region });
      expect(quick.duplications.removed.length + quick.localDuplicates.new.length).toBeGreaterThan(
        0,
      );
      expect(quick).toEqual(compareLandscapes(generated, inFull(scenario), { region }));
    }
  });

  it('gives the full comparison when back-to-back relations are re-pointed', () => {
    // Back-to-back relations behind reported pairs, each moved to a board on another subject.
    const reported = new Set(compareLandscapes(generated, generated).baseline.duplications);
    const elsewhere = generated.boards.filter(
      (b) => meets(b) && !b.themes.some((t) => t === 'safeguarding' || t === 'policing'),
    );
    const ops: Operation[] = generated.relations
      .filter((r) => r.type === 'back-to-back' && reported.has(pairKey(r.from, r.to)))
      .slice(0, 4)
      .map((r, i) => ({ kind: 'repoint-relation', relation: r, to: elsewhere[i * 7]!.id }));
    expect(ops.length).toBeGreaterThan(1);
    const result = applyScenario(generated, ops);
    expect(result.diagnostics.map((d) => d.status)).toEqual(ops.map(() => 'applied'));
    const quick = compareLandscapes(generated, result.landscape);
    expect(quick.duplications.removed.length + quick.duplications.new.length).toBeGreaterThan(0);
    expect(quick).toEqual(compareLandscapes(generated, inFull(result.landscape)));
  });

  it('gives the full comparison for each built-in scenario', () => {
    const seed = seedLandscape();
    for (const s of builtInScenarios()) {
      const scenario = applyScenario(seed, s.operations).landscape;
      expect(compareLandscapes(seed, scenario)).toEqual(compareLandscapes(seed, inFull(scenario)));
    }
  });

  it('measures the baseline once for many scenarios, each compared as if alone', () => {
    const compare = comparer(generated);
    const ops = benchScenario(generated, 20, 7);
    for (const n of [20, 3, 0, 11]) {
      const scenario = applyScenario(generated, ops.slice(0, n)).landscape;
      expect(compare(scenario)).toEqual(compareLandscapes(generated, inFull(scenario)));
    }
  });

  it('counts a board whose membership alone changed as touched, and nothing else', () => {
    const [m] = generated.memberships;
    const scenario = {
      ...generated,
      memberships: [{ ...m!, seats: m!.seats + 1 }, ...generated.memberships.slice(1)],
    };
    expect([...touchedBoards(generated, scenario)!]).toEqual([m!.board]);
    expect(touchedBoards(generated, { ...generated, areas: [...generated.areas] })).toBeUndefined();
  });
});
