import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../src/core/edits/apply-edit';
import { inverseCheck } from '../../support/edits';
import type { TrackerEntry } from '../../../src/core/scenarios/tracker';
import type { Scenario } from '../../../src/core/scenarios/types';
import type { WorkspaceContent } from '../../../src/core/workspace/types';
import { miniLandscape } from '../../fixtures/mini-landscape';

const scenario = (id: string, name = id): Scenario => ({
  id,
  name,
  description: '',
  operations: [{ kind: 'retire', board: 'csp-aman' as never }],
});
const entry = (id: string, position = 'Reviewing'): TrackerEntry => ({
  id,
  region: 'North',
  date: '2020-01',
  position,
  actions: 'Meet',
  owner: 'TBC',
});

const content = (): WorkspaceContent => ({
  landscape: miniLandscape(),
  positions: {},
  ignoredDuplications: [],
  scenarios: [scenario('a'), scenario('b')],
  tracker: [entry('t1'), entry('t2')],
  pinned: [],
  tileNudges: [],
});

const expectInverseRestores = inverseCheck(content);

describe('scenario and tracker edits', () => {
  it('adds a scenario, replaces one in place, and takes either back', () => {
    expect(
      expectInverseRestores({ kind: 'put-scenario', scenario: scenario('c') }).scenarios.map(
        (s) => s.id,
      ),
    ).toEqual(['a', 'b', 'c']);
    const renamed = expectInverseRestores({
      kind: 'put-scenario',
      scenario: scenario('a', 'Renamed'),
    });
    expect(renamed.scenarios.map((s) => s.name)).toEqual(['Renamed', 'b']);
  });

  it('removes a scenario and restores it at its index', () => {
    const after = expectInverseRestores({ kind: 'remove-scenario', id: 'a' });
    expect(after.scenarios.map((s) => s.id)).toEqual(['b']);
  });

  it('adds, changes and removes tracker entries, each undone exactly', () => {
    expectInverseRestores({ kind: 'put-tracker-entry', entry: entry('t3') });
    expectInverseRestores({ kind: 'put-tracker-entry', entry: entry('t2', 'Agreed') });
    expect(
      expectInverseRestores({ kind: 'remove-tracker-entry', id: 't1' }).tracker.map((e) => e.id),
    ).toEqual(['t2']);
  });

  it('refuses a scenario without a name, an entry without a date, and removing what is not there', () => {
    const c = content();
    expect(
      applyEdit(c, { kind: 'put-scenario', scenario: { ...scenario('x'), name: ' ' } }).ok,
    ).toBe(false);
    expect(applyEdit(c, { kind: 'put-tracker-entry', entry: { ...entry('x'), date: '' } }).ok).toBe(
      false,
    );
    expect(applyEdit(c, { kind: 'remove-scenario', id: 'ghost' })).toMatchObject({
      ok: false,
      problems: [{ message: 'no scenario has the id "ghost"' }],
    });
    expect(applyEdit(c, { kind: 'remove-tracker-entry', id: 'ghost' }).ok).toBe(false);
    expect(c).toEqual(content());
  });
});
