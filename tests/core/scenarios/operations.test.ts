import { describe, expect, it } from 'vitest';
import type { BoardId, Landscape, OrganisationId } from '../../../src/core/model/types';
import { validateLandscape } from '../../../src/core/model/validate';
import { applyScenario, validateOperation } from '../../../src/core/scenarios/apply-scenario';
import { OPERATION_KINDS, OPERATIONS } from '../../../src/core/scenarios/registry';
import type { Operation } from '../../../src/core/scenarios/types';
import { board, miniLandscape } from '../../fixtures/mini-landscape';

const id = (s: string) => s as BoardId;
const org = (s: string) => s as OrganisationId;

/** Applies one operation to the mini landscape, checking the baseline is untouched and the result valid. */
function applyOne(op: Operation, baseline: Landscape = miniLandscape()) {
  const frozen = structuredClone(baseline);
  const result = applyScenario(baseline, [op], { name: 'Test' });
  expect(baseline).toEqual(frozen);
  expect(result.diagnostics[0]).toMatchObject({ index: 0, status: 'applied', problems: [] });
  expect(validateLandscape(result.landscape).ok).toBe(true);
  return { ...result, notes: result.diagnostics[0]!.notes };
}

/** The messages an invalid operation is refused with. */
function refused(op: Operation, baseline: Landscape = miniLandscape()): string[] {
  const problems = validateOperation(baseline, op);
  expect(problems.length).toBeGreaterThan(0);
  const result = applyScenario(baseline, [op]);
  expect(result.diagnostics[0]!.status).toBe('invalid');
  expect(result.landscape).toEqual(baseline);
  return problems.map((p) => p.message);
}

const mergeNorth: Operation = {
  kind: 'merge',
  boards: [id('north-svoc'), id('north-contest')],
  id: id('north-safety'),
  name: 'North Safety Board',
};

describe('the operation registry', () => {
  it('lists every operation kind once, each with its own descriptor', () => {
    expect(OPERATION_KINDS).toEqual([
      'merge',
      'retire',
      'rescope',
      'add-membership',
      'remove-membership',
      'move-membership',
      'set-meetings',
      'add-board',
      'repoint-relation',
    ]);
    for (const kind of OPERATION_KINDS) expect(OPERATIONS[kind].kind).toBe(kind);
  });
});

describe('merge', () => {
  it('makes a new board from the union of footprints, themes and members, at the highest level', () => {
    const l = miniLandscape();
    l.boards[3] = { ...l.boards[3]!, level: 'local', footprint: ['W06000001'] as never };
    const { landscape, notes } = applyOne(mergeNorth, l);
    const merged = landscape.boards.find((b) => b.id === 'north-safety')!;
    expect(merged).toMatchObject({
      level: 'regional',
      footprint: ['W06000001', 'W06000002'],
      themes: ['serious-violence', 'counter-terrorism'],
      status: 'active',
      source: { source: 'user-entry', confidence: 'illustrative', note: 'scenario: Test' },
    });
    const members = landscape.memberships.filter((m) => m.board === 'north-safety');
    expect(members.map((m) => [m.organisation, m.role, m.seats])).toEqual([
      ['police-north', 'chair', 1],
      ['council-a', 'member', 2],
    ]);
    expect(notes).toEqual([
      {
        kind: 'kept-role',
        organisation: 'police-north',
        role: 'chair',
        held: [
          { board: 'north-svoc', role: 'chair' },
          { board: 'north-contest', role: 'member' },
        ],
      },
    ]);
  });

  it('marks the merged boards merged into the new board and re-points their other relations', () => {
    const { landscape } = applyOne(mergeNorth);
    expect(landscape.boards.filter((b) => b.status === 'merged').map((b) => b.id)).toEqual([
      'north-svoc',
      'north-contest',
    ]);
    // The back-to-back between the two merged boards would relate the new board to itself: dropped.
    expect(landscape.relations.map((r) => `${r.from} ${r.type} ${r.to}`)).toEqual([
      'csp-aman reports-to north-safety',
      'north-svoc merged-into north-safety',
      'north-contest merged-into north-safety',
    ]);
  });

  it('takes the level, footprint, themes and meeting pattern the user gives instead of the defaults', () => {
    const { landscape } = applyOne({
      ...mergeNorth,
      level: 'national',
      footprint: 'all',
      themes: ['community-safety'],
      meetingsPerYear: 6,
      hoursPerMeeting: 3,
      status: 'shadow',
    });
    expect(landscape.boards.at(-1)).toMatchObject({
      level: 'national',
      footprint: 'all',
      themes: ['community-safety'],
      meetingsPerYear: 6,
      hoursPerMeeting: 3,
      status: 'shadow',
    });
  });

  it('settles the chair with an explicit chairs list, and reports two chairs when there is none', () => {
    const l = miniLandscape();
    l.memberships[3] = { ...l.memberships[3]!, board: id('north-contest'), role: 'chair' };
    const chaired = applyOne({ ...mergeNorth, chairs: [org('council-a')] }, l);
    expect(
      chaired.landscape.memberships
        .filter((m) => m.board === 'north-safety')
        .map((m) => [m.organisation, m.role]),
    ).toEqual([
      ['council-a', 'chair'],
      ['police-north', 'member'],
    ]);
    expect(applyOne(mergeNorth, l).notes).toContainEqual({
      kind: 'several-chairs',
      organisations: ['police-north', 'council-a'],
    });
  });

  it('refuses a merge of one board, an existing id, and a board that no longer meets', () => {
    expect(refused({ ...mergeNorth, boards: [id('north-svoc')] })).toContain(
      'a merge needs at least two different boards',
    );
    expect(refused({ ...mergeNorth, id: id('national') })).toContain(
      'a board with the id "national" already exists',
    );
    const l = miniLandscape();
    l.boards[2]!.status = 'retired';
    expect(refused(mergeNorth, l)).toContain(
      'board "north-contest" is retired; a scenario cannot change it',
    );
  });
});

describe('retire', () => {
  it('retires a board to nowhere, saying its themes go nowhere', () => {
    const { landscape, notes } = applyOne({ kind: 'retire', board: id('north-contest') });
    expect(landscape.boards[2]).toMatchObject({ status: 'retired' });
    expect(notes).toEqual([{ kind: 'themes-unheld', themes: ['counter-terrorism'] }]);
  });

  it('moves themes and members to the receiving board, chairs as members, with a replaced-by relation', () => {
    const { landscape } = applyOne({ kind: 'retire', board: id('north-svoc'), to: id('csp-aman') });
    expect(landscape.boards[3]!.themes).toEqual(['community-safety', 'serious-violence']);
    expect(
      landscape.memberships
        .filter((m) => m.board === 'csp-aman')
        .map((m) => [m.organisation, m.role]),
    ).toEqual([
      ['council-a', 'member'],
      ['police-north', 'member'],
    ]);
    expect(landscape.relations.at(-1)).toMatchObject({
      from: 'north-svoc',
      to: 'csp-aman',
      type: 'replaced-by',
    });
  });

  it('refuses to retire a board already retired, or into itself', () => {
    const l = miniLandscape();
    l.boards[2]!.status = 'merged';
    expect(refused({ kind: 'retire', board: id('north-contest') }, l)).toEqual([
      'board "north-contest" is merged; a scenario cannot retire it',
    ]);
    expect(refused({ kind: 'retire', board: id('north-svoc'), to: id('north-svoc') })).toEqual([
      'a board cannot be replaced by itself',
    ]);
  });
});

describe('rescope', () => {
  it('gives a board a new footprint with the scenario as the footprint’s source', () => {
    const { landscape } = applyOne({
      kind: 'rescope',
      board: id('csp-aman'),
      footprint: ['W06000001', 'W06000002'] as never,
    });
    expect(landscape.boards[3]!.footprint).toEqual(['W06000001', 'W06000002']);
    expect(landscape.boards[3]!.factSources?.footprint).toMatchObject({ note: 'scenario: Test' });
  });

  it('refuses an empty footprint and unknown areas', () => {
    expect(refused({ kind: 'rescope', board: id('csp-aman'), footprint: [] })).toEqual([
      'expected "all" or a non-empty list of area codes',
    ]);
    expect(
      refused({ kind: 'rescope', board: id('csp-aman'), footprint: ['W06000099'] as never }),
    ).toEqual(['unknown area code "W06000099"']);
  });
});

describe('memberships', () => {
  it('adds a member with a default role and seat', () => {
    const { landscape } = applyOne({
      kind: 'add-membership',
      board: id('national'),
      organisation: org('health-board'),
    });
    expect(landscape.memberships.at(-1)).toMatchObject({
      board: 'national',
      organisation: 'health-board',
      role: 'member',
      seats: 1,
    });
  });

  it('refuses a membership of a retired board or a second seat for the same organisation', () => {
    const l = miniLandscape();
    l.boards[0]!.status = 'retired';
    expect(
      refused(
        { kind: 'add-membership', board: id('national'), organisation: org('health-board') },
        l,
      ),
    ).toEqual(['board "national" is retired; a scenario cannot add a member to it']);
    expect(
      refused({ kind: 'add-membership', board: id('north-svoc'), organisation: org('council-a') }),
    ).toEqual(['"council-a" is already a member of "north-svoc"']);
  });

  it('removes a member, and refuses to remove one that is not there', () => {
    const { landscape } = applyOne({
      kind: 'remove-membership',
      board: id('csp-aman'),
      organisation: org('council-a'),
    });
    expect(landscape.memberships.some((m) => m.board === 'csp-aman')).toBe(false);
    expect(
      refused({ kind: 'remove-membership', board: id('national'), organisation: org('council-a') }),
    ).toEqual(['"council-a" is not a member of "national"']);
  });

  it('moves a member, a chair arriving as a member, and refuses a move from a board it is not on', () => {
    const { landscape } = applyOne({
      kind: 'move-membership',
      organisation: org('police-north'),
      from: id('north-svoc'),
      to: id('csp-aman'),
    });
    expect(
      landscape.memberships.some(
        (m) => m.board === 'north-svoc' && m.organisation === 'police-north',
      ),
    ).toBe(false);
    expect(landscape.memberships.at(-1)).toMatchObject({
      board: 'csp-aman',
      role: 'member',
      seats: 1,
    });
    expect(
      refused({
        kind: 'move-membership',
        organisation: org('health-board'),
        from: id('north-svoc'),
        to: id('csp-aman'),
      }),
    ).toEqual(['"health-board" is not a member of "north-svoc"']);
  });
});

describe('set-meetings', () => {
  it('changes the meeting pattern and refuses an empty or impossible one', () => {
    const { landscape } = applyOne({
      kind: 'set-meetings',
      board: id('national'),
      meetingsPerYear: 2,
    });
    expect(landscape.boards[0]).toMatchObject({ meetingsPerYear: 2 });
    expect(refused({ kind: 'set-meetings', board: id('national') })).toEqual([
      'give meetings a year, hours a meeting, or both',
    ]);
    expect(refused({ kind: 'set-meetings', board: id('national'), hoursPerMeeting: 30 })).toEqual([
      'expected a number from 0 to 24',
    ]);
  });
});

describe('add-board', () => {
  const add: Operation = {
    kind: 'add-board',
    id: id('south-board'),
    name: 'South Board',
    level: 'regional',
    footprint: ['W06000003', 'W06000004'] as never,
    themes: ['community-safety'],
    members: [{ organisation: org('health-board'), role: 'chair' }],
  };

  it('adds an active board with its members, all sourced to the scenario', () => {
    const { landscape } = applyOne(add);
    expect(landscape.boards.at(-1)).toMatchObject({ id: 'south-board', status: 'active' });
    expect(landscape.memberships.at(-1)).toMatchObject({
      board: 'south-board',
      role: 'chair',
      seats: 1,
      source: { note: 'scenario: Test' },
    });
  });

  it('refuses an unknown theme, an unknown member and a taken id', () => {
    expect(refused({ ...add, themes: ['knitting' as never] })[0]).toMatch(
      /"knitting" is not a theme/,
    );
    expect(refused({ ...add, members: [{ organisation: org('nobody') }] })).toEqual([
      'no organisation has the id "nobody"',
    ]);
    expect(refused({ ...add, id: id('national') })).toEqual([
      'a board with the id "national" already exists',
    ]);
  });
});

describe('repoint-relation', () => {
  const relation = { from: id('csp-aman'), to: id('north-svoc'), type: 'reports-to' as const };

  it('changes one end of a relation', () => {
    const { landscape } = applyOne({ kind: 'repoint-relation', relation, to: id('north-contest') });
    expect(landscape.relations[1]).toMatchObject({ from: 'csp-aman', to: 'north-contest' });
  });

  it('refuses a self-relation and a relation that would duplicate another', () => {
    expect(refused({ kind: 'repoint-relation', relation, to: id('csp-aman') })).toEqual([
      'a board cannot relate to itself',
    ]);
    const l = miniLandscape();
    l.relations.push({ ...l.relations[1]!, to: id('national') });
    expect(refused({ kind: 'repoint-relation', relation, to: id('national') }, l)).toEqual([
      '"csp-aman" already has a reports-to relation to "national"',
    ]);
  });

  it('is stale when the relation is gone', () => {
    const l = miniLandscape();
    l.relations = [];
    const result = applyScenario(l, [{ kind: 'repoint-relation', relation, to: id('national') }]);
    expect(result.diagnostics[0]!.status).toBe('stale');
  });
});

it('builds boards with the fixture helper the same way the operations expect', () => {
  expect(board({ id: 'x', name: 'X' }).status).toBe('active');
});
