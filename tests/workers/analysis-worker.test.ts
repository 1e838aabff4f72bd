import { beforeAll, describe, expect, it } from 'vitest';
import { generateLandscape } from '../../bench/generate-landscape';
import { applyEdit } from '../../src/core/edits/apply-edit';
import { contentOf } from '../fixtures/content';
import { landscapeDelta } from '../../src/core/model/landscape-delta';
import { PANEL_ANALYSES, runAnalyses } from '../../src/core/analysis/run-analyses';
import { touchedBoards } from '../../src/core/scenarios/touched-boards';
import type { AnalysisRequest, AnalysisResponse } from '../../src/workers/analysis.worker';
import { cutLandscape } from '../../src/document/content-pieces';

/** The worker's script, run in this process, with its messages caught. */
const answers: AnalysisResponse[] = [];
const scope = {
  onmessage: null as ((event: { data: unknown }) => void) | null,
  postMessage: (message: AnalysisResponse) => answers.push(structuredClone(message)),
};
const ask = (request: AnalysisRequest): AnalysisResponse => {
  // Across a worker boundary everything is a copy.
  scope.onmessage!({ data: structuredClone(request) });
  return answers.at(-1)!;
};

beforeAll(async () => {
  (globalThis as unknown as { self: unknown }).self = scope;
  await import('../../src/workers/analysis.worker');
});

describe('the analysis worker', () => {
  const params = { evidence: 'all' as const, byId: {} };
  const before = generateLandscape({ boards: 300, seed: 8 });
  const edited = applyEdit(contentOf(before), {
    kind: 'put-board',
    board: { ...before.boards[3]!, themes: ['counter-terrorism'] },
  });
  const after = edited.ok ? edited.value.content.landscape : before;

  it('takes a landscape sent in pieces, and answers as for the landscape whole', () => {
    const { rest, pieces } = cutLandscape(before);
    expect(pieces.length).toBeGreaterThan(3);
    // Pieces of another landscape, left over from a request that never came, are not mixed in.
    const stale = cutLandscape(generateLandscape({ boards: 300, seed: 9 })).pieces.find(
      (p) => 'list' in p && p.list === 'boards',
    );
    scope.onmessage!({ data: structuredClone({ piece: stale, token: 40 }) });
    for (const piece of pieces) scope.onmessage!({ data: structuredClone({ piece, token: 41 }) });
    const answer = ask({
      id: 41,
      landscape: rest,
      pieces: pieces.length,
      analyses: PANEL_ANALYSES,
      params,
      token: 41,
      since: 0,
    });
    const expected = runAnalyses(before, params);
    expect(answer.ok).toBe(true);
    if (answer.ok) {
      expect(answer.results.duplication.pairs).toEqual(expected.duplication.pairs);
      expect(answer.results['meeting-load']).toEqual(expected['meeting-load']);
    }
  });

  it('says it lost track, rather than analyse less, when pieces are missing', () => {
    const { rest, pieces } = cutLandscape(before);
    for (const piece of pieces.slice(1))
      scope.onmessage!({ data: structuredClone({ piece, token: 42 }) });
    const answer = ask({
      id: 42,
      landscape: rest,
      pieces: pieces.length,
      analyses: PANEL_ANALYSES,
      params,
      token: 42,
      since: 0,
    });
    expect(answer).toMatchObject({ ok: false, message: expect.stringMatching(/lost track/) });
  });

  it('takes the landscape whole, then what changed, and answers as the page would', () => {
    const first = ask({
      id: 1,
      landscape: before,
      analyses: PANEL_ANALYSES,
      params,
      token: 1,
      since: 0,
    });
    expect(first).toMatchObject({ ok: true });
    const second = ask({
      id: 2,
      delta: landscapeDelta(before, after),
      analyses: PANEL_ANALYSES,
      params,
      token: 2,
      since: 1,
      touched: [...touchedBoards(before, after)!],
    });
    expect(second.ok).toBe(true);
    const expected = runAnalyses(after, params);
    if (second.ok) {
      expect(second.results.duplication.pairs).toEqual(expected.duplication.pairs);
      expect(second.results['meeting-load']).toEqual(expected['meeting-load']);
    }
  });

  it('says so when told of a change to a landscape it does not hold', () => {
    const lost = ask({
      id: 3,
      delta: landscapeDelta(before, after),
      analyses: PANEL_ANALYSES,
      params,
      token: 9,
      since: 7,
    });
    expect(lost).toMatchObject({ ok: false, message: expect.stringMatching(/lost track/) });
  });
});
