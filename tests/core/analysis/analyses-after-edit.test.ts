import { describe, expect, it } from 'vitest';
import { analysesAfterEdit, type Analysed } from '../../../src/core/analysis/analyses-after-edit';
import { runAnalyses, type AnalysisParams } from '../../../src/core/analysis/run-analyses';
import { SIGNALS } from '../../../src/core/analysis/duplication';
import type { Landscape } from '../../../src/core/model/types';
import { touchedBoards } from '../../../src/core/scenarios/touched-boards';
import { generateLandscape } from '../../../bench/generate-landscape';

const params: AnalysisParams = {
  evidence: 'all',
  byId: { duplication: { minScore: 0.5, signals: SIGNALS, ignore: [] } },
};

/** An edit as the app makes it: changed records are new objects, the rest are shared. */
function edited(before: Landscape): Landscape {
  const [first, second, third, , fifth] = before.boards;
  const removed = fifth!.id;
  return {
    ...before,
    boards: [
      { ...first!, themes: [...first!.themes.slice(1), 'counter-terrorism'] },
      second!,
      { ...third!, footprint: before.boards[40]!.footprint },
      ...before.boards.slice(3).filter((b) => b.id !== removed),
      { ...before.boards[7]!, id: 'new-board' as never, name: 'A copy of a board' },
    ],
    memberships: [
      ...before.memberships.filter((m) => m.board !== removed && m !== before.memberships[0]),
      ...before.memberships
        .filter((m) => m.board === before.boards[7]!.id)
        .map((m) => ({ ...m, board: 'new-board' as never })),
    ],
    relations: before.relations.filter((r) => r.from !== removed && r.to !== removed),
  };
}

describe('the analyses after an edit', () => {
  const landscape = generateLandscape({ seed: 9, boards: 600 });
  const before: Analysed = { landscape, params, results: runAnalyses(landscape, params) };

  it('equal the analyses worked out afresh, from the boards the edit touched alone', () => {
    const after = edited(landscape);
    const touched = touchedBoards(landscape, after)!;
    expect(touched.size).toBeLessThan(20);
    const fresh = runAnalyses(after, params);
    expect(fresh.duplication.pairs.length).toBeGreaterThan(100);
    expect(analysesAfterEdit(before, after, params, touched)).toEqual(fresh);
    // The findings really are carried over: told of no change, it misses the edit's.
    expect(analysesAfterEdit(before, after, params, new Set())).not.toEqual(fresh);
  });

  it('work everything out afresh when the settings changed or nothing says what was touched', () => {
    const after = edited(landscape);
    const stricter = { ...params, byId: { duplication: { minScore: 0.8 } } };
    expect(analysesAfterEdit(before, after, stricter, new Set())).toEqual(
      runAnalyses(after, stricter),
    );
    expect(analysesAfterEdit(before, after, params, undefined)).toEqual(runAnalyses(after, params));
  });
});
