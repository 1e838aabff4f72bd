import { describe, expect, it } from 'vitest';
import { analysesAfterEdit } from '../../../src/core/analysis/analyses-after-edit';
import {
  duplicationAnalysis,
  meetingLoadAnalysis,
} from '../../../src/core/analysis/duplication-analysis';
import { ANALYSES, analysisById } from '../../../src/core/analysis/registry';
import {
  PANEL_ANALYSES,
  paramsFor,
  runAnalyses,
  type AnalysisParams,
} from '../../../src/core/analysis/run-analyses';
import { seedLandscape } from '../../fixtures/seed';

const seed = seedLandscape();
const none: AnalysisParams = { evidence: 'all', byId: {} };

describe('running the analyses through the registry', () => {
  it('runs each panel analysis by its registry id, with the registry’s defaults', () => {
    const results = runAnalyses(seed, none);
    expect(Object.keys(results)).toEqual([...PANEL_ANALYSES]);
    for (const id of PANEL_ANALYSES) {
      const descriptor = analysisById(id);
      expect(results[id], id).toEqual(descriptor.run(seed, paramsFor(descriptor, none)));
    }
  });

  it('runs only the analyses asked for', () => {
    expect(Object.keys(runAnalyses(seed, none, ['meeting-load']))).toEqual(['meeting-load']);
  });

  it('gives each analysis its own settings and the shared switch, and nothing it does not declare', () => {
    const params: AnalysisParams = {
      evidence: 'sourced',
      byId: {
        duplication: { minScore: 0.9, system: 'health' },
        'meeting-load': { system: 'fire' },
      },
    };
    expect(paramsFor(duplicationAnalysis, params)).toEqual({
      minScore: 0.9,
      signals: duplicationAnalysis.params.signals.default,
      ignore: [],
      evidence: 'sourced',
    });
    expect(paramsFor(meetingLoadAnalysis, params)).toEqual({ system: 'fire', evidence: 'sourced' });
    const strict = runAnalyses(seed, params);
    const loose = runAnalyses(seed, none);
    expect(strict.duplication.pairs.length).toBeLessThan(loose.duplication.pairs.length);
    expect(strict.duplication.pairs.every((d) => d.score >= 0.9)).toBe(true);
    // Fire regions: the three fire and rescue services' areas, not the four police forces'.
    expect(Object.keys(strict['meeting-load'].byRegion)).not.toEqual(
      Object.keys(loose['meeting-load'].byRegion),
    );
  });

  it('refuses an id the registry does not have', () => {
    expect(() => analysisById('no-such-analysis')).toThrow(/no analysis "no-such-analysis"/);
  });

  it('has a control for every parameter a user sets, each named in the catalogues', async () => {
    const { ENGLISH } = await import('../../../src/i18n/catalogue');
    const { WELSH } = await import('../../../src/i18n/welsh');
    for (const a of ANALYSES)
      for (const [name, spec] of Object.entries(a.params)) {
        if (spec.kind === 'list' && !spec.options) continue;
        const keys = [
          `param.${name}`,
          ...(spec.kind === 'choice' || spec.kind === 'list'
            ? (spec.options ?? []).map((o) => `param.${name}.${o}`)
            : []),
        ];
        for (const key of keys) {
          expect(ENGLISH, `${a.id}: ${key}`).toHaveProperty([key]);
          expect(WELSH, `${a.id}: ${key} (cy)`).toHaveProperty([key]);
        }
      }
  });

  it('after an edit, works out only the analyses asked for', () => {
    const before = { landscape: seed, params: none, results: runAnalyses(seed, none) };
    const after = analysesAfterEdit(before, seed, none, new Set(), ['meeting-load']);
    expect(Object.keys(after)).toEqual(['meeting-load']);
  });
});
