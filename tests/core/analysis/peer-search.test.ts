import { describe, expect, it } from 'vitest';
import { generateLandscape } from '../../../bench/generate-landscape';
import {
  findDuplications,
  pairKey,
  SIGNALS,
  type Signal,
} from '../../../src/core/analysis/duplication';
import { findLocalDuplicates } from '../../../src/core/analysis/local-duplicates';
import { meets } from '../../../src/core/analysis/meeting-pattern';
import { areRelated } from '../../../src/core/analysis/theme-relations';
import { footprintAreas } from '../../../src/core/geography/footprint';
import type { BoardId, Landscape } from '../../../src/core/model/types';

/** Every pair of meeting boards, judged one by one: the peers the indexed search must find. */
function peersByBruteForce(landscape: Landscape, shareAMember: boolean): Set<string> {
  const boards = landscape.boards.filter(meets);
  const areas = new Map(boards.map((b) => [b.id, new Set(footprintAreas(landscape, b.footprint))]));
  const members = new Map(boards.map((b) => [b.id, new Set<string>()]));
  for (const m of landscape.memberships) members.get(m.board)?.add(m.organisation);
  const backToBack = new Set(
    landscape.relations.filter((r) => r.type === 'back-to-back').map((r) => pairKey(r.from, r.to)),
  );
  const peers = new Set<string>();
  for (const [i, a] of boards.entries())
    for (const b of boards.slice(i + 1)) {
      if (backToBack.has(pairKey(a.id, b.id))) continue;
      const x = areas.get(a.id)!;
      const y = areas.get(b.id)!;
      const shared = [...x].filter((c) => y.has(c)).length;
      const union = x.size + y.size - shared;
      if (!union || shared / union < 0.5) continue;
      if (!a.themes.some((t) => b.themes.some((u) => t === u || areRelated(t, u)))) continue;
      if (shareAMember && ![...members.get(a.id)!].some((o) => members.get(b.id)!.has(o))) continue;
      peers.add(pairKey(a.id, b.id));
    }
  return peers;
}

describe('the indexed search for duplications', () => {
  const landscape = generateLandscape({ boards: 400, membershipsPerBoard: 8, seed: 17 });

  // Few members a board: the index by member is the smaller; many, the one by area and theme.
  const fewMembers = generateLandscape({ boards: 400, membershipsPerBoard: 2, seed: 18 });
  it.each<[string, Landscape, readonly Signal[]]>([
    ['membership counting, many members', landscape, SIGNALS],
    ['membership counting, few members', fewMembers, SIGNALS],
    ['membership not counting', landscape, SIGNALS.filter((s) => s !== 'membership')],
  ])('finds every peer pair a board-by-board search finds (%s)', (_, l, signals) => {
    const found = findDuplications(l, { minScore: 0, signals, ignore: [] }).pairs.map((d) =>
      pairKey(d.a, d.b),
    );
    const expected = peersByBruteForce(l, signals.includes('membership'));
    expect(expected.size).toBeGreaterThan(50);
    const backToBack = new Set(
      l.relations.filter((r) => r.type === 'back-to-back').map((r) => pairKey(r.from, r.to)),
    );
    expect(new Set(found.filter((k) => !backToBack.has(k)))).toEqual(expected);
  });

  it('with `only`, finds exactly the pairs that involve those boards', () => {
    const only = new Set(
      landscape.boards.filter((_, i) => i % 37 === 0).map((b) => b.id),
    ) as Set<BoardId>;
    const options = { minScore: 0.3, signals: SIGNALS, ignore: [] };
    const all = findDuplications(landscape, options).pairs;
    const some = findDuplications(landscape, { ...options, only }).pairs;
    expect(some.length).toBeGreaterThan(10);
    expect(some).toEqual(all.filter((d) => only.has(d.a) || only.has(d.b)));

    const local = findLocalDuplicates(landscape, { includeStatutory: false });
    const localSome = findLocalDuplicates(landscape, { includeStatutory: false, only });
    expect(localSome.length).toBeGreaterThan(10);
    expect(localSome).toEqual(local.filter((d) => only.has(d.local) || only.has(d.regional)));
  });
});
