import { describe, expect, it } from 'vitest';
import { duplicationAnalysis } from '../../../src/core/analysis/duplication-analysis';
import {
  findDuplications,
  pairKey,
  SIGNAL_WEIGHTS,
  SIGNALS,
  type Signal,
} from '../../../src/core/analysis/duplication';
import { defaultParams } from '../../../src/core/analysis/types';
import type { BoardId, Landscape, OrganisationId } from '../../../src/core/model/types';
import type { Theme } from '../../../src/core/model/vocabulary';
import { board, miniLandscape } from '../../fixtures/mini-landscape';
import { seedLandscape } from '../../fixtures/seed';

const ALL = { minScore: 0, signals: SIGNALS, ignore: [] as string[] };
const id = (s: string) => s as BoardId;

/** Two boards in a landscape of four areas, with the given footprints, themes and members. */
function pair(
  a: { footprint: string[]; themes: Theme[]; members: string[] },
  b: { footprint: string[]; themes: Theme[]; members: string[] },
  backToBack = false,
): Landscape {
  const l = miniLandscape();
  l.organisations = ['o1', 'o2', 'o3', 'o4'].map((o) => ({
    ...l.organisations[0]!,
    id: o as OrganisationId,
  }));
  l.boards = [
    board({ id: 'a', name: 'A', footprint: a.footprint, themes: a.themes }),
    board({ id: 'b', name: 'B', footprint: b.footprint, themes: b.themes }),
  ];
  const ref = l.memberships[0]!.source;
  l.memberships = [
    ...a.members.map((o) => ({
      board: id('a'),
      organisation: o as OrganisationId,
      role: 'member' as const,
      seats: 1,
      source: ref,
    })),
    ...b.members.map((o) => ({
      board: id('b'),
      organisation: o as OrganisationId,
      role: 'member' as const,
      seats: 1,
      source: ref,
    })),
  ];
  l.relations = backToBack
    ? [{ from: id('a'), to: id('b'), type: 'back-to-back', source: ref }]
    : [];
  return l;
}

const NORTH = ['W06000001', 'W06000002'];
const SOUTH = ['W06000003', 'W06000004'];

describe('duplication signals', () => {
  it('scores footprint overlap as shared areas over all areas covered', () => {
    const [d] = findDuplications(
      pair(
        {
          footprint: ['W06000001', 'W06000002', 'W06000003'],
          themes: ['safeguarding'],
          members: ['o1'],
        },
        { footprint: NORTH, themes: ['safeguarding'], members: ['o1'] },
      ),
      ALL,
    ).pairs;
    expect(d!.footprint).toEqual({ score: 2 / 3, shared: 2, union: 3, equal: false });
  });

  it('counts shared themes fully and related themes by half, against the shorter list', () => {
    const [d] = findDuplications(
      pair(
        { footprint: NORTH, themes: ['serious-violence', 'organised-crime'], members: ['o1'] },
        { footprint: NORTH, themes: ['counter-terrorism'], members: ['o1'] },
      ),
      ALL,
    ).pairs;
    expect(d!.themes).toEqual({
      score: 0.5,
      shared: [],
      related: [['organised-crime', 'counter-terrorism']],
    });
  });

  it('scores membership as organisations in common over all members', () => {
    const [d] = findDuplications(
      pair(
        { footprint: NORTH, themes: ['safeguarding'], members: ['o1', 'o2', 'o3'] },
        { footprint: NORTH, themes: ['safeguarding'], members: ['o2', 'o3', 'o4'] },
      ),
      ALL,
    ).pairs;
    expect(d!.membership).toEqual({ score: 0.5, shared: ['o2', 'o3'], union: 4 });
  });

  it('adds meeting back-to-back, with its source', () => {
    const l = pair(
      { footprint: NORTH, themes: ['safeguarding'], members: ['o1'] },
      { footprint: NORTH, themes: ['safeguarding'], members: ['o1'] },
      true,
    );
    const [d] = findDuplications(l, ALL).pairs;
    expect(d!.backToBack).toEqual({ score: 1, source: l.relations[0]!.source });
  });

  it('combines the enabled signals as a weighted mean from 0 to 1', () => {
    const l = pair(
      { footprint: NORTH, themes: ['safeguarding'], members: ['o1', 'o2'] },
      { footprint: NORTH, themes: ['safeguarding'], members: ['o1', 'o3'] },
    );
    const [all] = findDuplications(l, ALL).pairs;
    const weights = SIGNAL_WEIGHTS;
    expect(all!.score).toBeCloseTo(
      (weights.footprint * 1 + weights.themes * 1 + weights.membership * (1 / 3)) / 1,
      10,
    );
    const only: Signal[] = ['footprint', 'themes'];
    const [some] = findDuplications(l, { ...ALL, signals: only }).pairs;
    expect(some!.score).toBe(1);
    expect(some!.reasons).toEqual(['themes', 'footprint']);
  });

  it('sets aside ignored pairs without losing them', () => {
    const l = pair(
      { footprint: NORTH, themes: ['safeguarding'], members: ['o1'] },
      { footprint: NORTH, themes: ['safeguarding'], members: ['o1'] },
    );
    const r = findDuplications(l, { ...ALL, ignore: [pairKey(id('b'), id('a'))] });
    expect(r.pairs).toEqual([]);
    expect(r.ignored.map((d) => [d.a, d.b])).toEqual([['a', 'b']]);
    expect(findDuplications(l, ALL).pairs).toHaveLength(1);
  });

  it('drops pairs below the minimum score', () => {
    const l = pair(
      { footprint: NORTH, themes: ['safeguarding'], members: ['o1', 'o2', 'o3'] },
      { footprint: NORTH, themes: ['safeguarding'], members: ['o3', 'o4'] },
    );
    const score = findDuplications(l, ALL).pairs[0]!.score;
    expect(findDuplications(l, { ...ALL, minScore: score + 0.01 }).pairs).toEqual([]);
  });
});

describe('duplication precision', () => {
  it('never reports boards with no theme in common and disjoint footprints, whatever their membership', () => {
    const same = ['o1', 'o2', 'o3', 'o4'];
    const l = pair(
      { footprint: NORTH, themes: ['safeguarding'], members: same },
      { footprint: SOUTH, themes: ['policing'], members: same },
      true,
    );
    expect(findDuplications(l, ALL).pairs).toEqual([]);
  });

  it('does not report a national board against a local board it oversees for sharing members', () => {
    const l = pair(
      {
        footprint: ['W06000001', 'W06000002', 'W06000003', 'W06000004'],
        themes: ['community-safety'],
        members: ['o1', 'o2'],
      },
      { footprint: ['W06000001'], themes: ['community-safety'], members: ['o1', 'o2'] },
    );
    expect(findDuplications(l, ALL).pairs).toEqual([]);
  });

  it('does not report boards on unrelated themes sharing a footprint', () => {
    const l = pair(
      { footprint: NORTH, themes: ['youth-justice'], members: ['o1'] },
      { footprint: NORTH, themes: ['cohesion'], members: ['o1'] },
    );
    expect(findDuplications(l, ALL).pairs).toEqual([]);
  });

  it('does not report boards with no member in common unless they meet back-to-back', () => {
    const apart = pair(
      { footprint: NORTH, themes: ['safeguarding'], members: ['o1'] },
      { footprint: NORTH, themes: ['safeguarding'], members: ['o2'] },
    );
    expect(findDuplications(apart, ALL).pairs).toEqual([]);
    expect(
      findDuplications(apart, { ...ALL, signals: ['footprint', 'themes'] }).pairs,
    ).toHaveLength(1);
  });

  it('ignores boards that no longer meet', () => {
    const l = pair(
      { footprint: NORTH, themes: ['safeguarding'], members: ['o1'] },
      { footprint: NORTH, themes: ['safeguarding'], members: ['o1'] },
    );
    l.boards[1]!.status = 'retired';
    expect(findDuplications(l, ALL).pairs).toEqual([]);
  });

  it('groups linked pairs into clusters of three or more', () => {
    const l = pair(
      { footprint: NORTH, themes: ['safeguarding'], members: ['o1'] },
      { footprint: NORTH, themes: ['safeguarding'], members: ['o1'] },
    );
    l.boards.push(board({ id: 'c', name: 'C', footprint: NORTH, themes: ['safeguarding'] }));
    l.memberships.push({ ...l.memberships[0]!, board: id('c') });
    expect(findDuplications(l, ALL).clusters).toEqual([['a', 'b', 'c']]);
  });
});

describe('duplication on the seed landscape', () => {
  const seed = seedLandscape();
  const result = duplicationAnalysis.run(seed, defaultParams(duplicationAnalysis.params));
  const rank = (a: string, b: string) =>
    result.pairs.findIndex((d) => pairKey(d.a, d.b) === pairKey(id(a), id(b)));

  it('finds the Dyfed-Powys SVOC and CONTEST boards among the top five', () => {
    expect(rank('dp-svoc-board', 'dp-contest-board')).toBeGreaterThanOrEqual(0);
    expect(rank('dp-svoc-board', 'dp-contest-board')).toBeLessThan(5);
    const d = result.pairs[rank('dp-svoc-board', 'dp-contest-board')]!;
    expect(d.reasons).toEqual(
      expect.arrayContaining(['footprint', 'themes', 'membership', 'back-to-back']),
    );
    expect(d.themes.related.map((p) => [...p].sort())).toEqual([
      ['counter-terrorism', 'organised-crime'],
    ]);
  });

  it('finds the Cwm Taf community safety board and Area Planning Board, and the AWCJB and IOM Cymru', () => {
    expect(rank('cwm-taf-csb', 'cwm-taf-apb')).toBeGreaterThanOrEqual(0);
    expect(rank('awcjb', 'iom-cymru')).toBeGreaterThanOrEqual(0);
  });

  it('never pairs a national board with a local one', () => {
    const level = new Map(seed.boards.map((b) => [b.id, b.level]));
    for (const d of result.pairs)
      expect([level.get(d.a), level.get(d.b)].sort().join()).not.toBe('local,national');
  });

  it('is listed in the analysis registry', async () => {
    const { ANALYSES } = await import('../../../src/core/analysis/registry');
    expect(ANALYSES.map((a) => a.id)).toEqual(
      expect.arrayContaining(['duplication', 'local-duplicates', 'meeting-load']),
    );
  });
});
