import { describe, expect, it } from 'vitest';
import type { Duplication } from '../../src/core/analysis/duplication';
import { translate, type MessageKey } from '../../src/i18n/catalogue';
import { CATALOGUES } from '../../src/i18n/catalogues';
import { duplicationReasons, localDuplicateReason } from '../../src/i18n/describe-analysis';
import { describeNote } from '../../src/i18n/describe-operation';
import { afterJoiner } from '../../src/i18n/welsh-mutation';
import { THEMES } from '../../src/core/model/vocabulary';
import { seedLandscape } from '../fixtures/seed';

const t = (lang: 'en' | 'cy') => (key: MessageKey, params?: Record<string, string | number>) =>
  translate(CATALOGUES[lang], key, params, lang);
/** A word after â left unmutated: â + p/t/c (not ph/th/ch), or â before a vowel (should be ag). */
const UNMUTATED_AFTER_Â = /(^|\s)â (?:[ptc](?!h)|[aeiouwy])/i;

describe('generated Welsh sentences', () => {
  it('mutate every theme correctly in the local-duplication reason', () => {
    for (const theme of THEMES) {
      const label = t('cy')(`theme.${theme}` as MessageKey);
      const reason = localDuplicateReason(
        { themes: [theme], localAreas: 1, regionalAreas: 4 } as never,
        t('cy'),
      );
      expect(reason, theme).toContain(afterJoiner('â', label));
      expect(reason, theme).not.toMatch(UNMUTATED_AFTER_Â);
    }
    expect(
      localDuplicateReason(
        { themes: ['serious-violence'], localAreas: 1, regionalAreas: 4 } as never,
        t('cy'),
      ),
    ).toMatch(/^yn ymdrin â thrais difrifol/);
  });

  it('mutate every board’s Welsh name after "yn adrodd i"', () => {
    for (const b of seedLandscape().boards)
      expect(t('cy')('relation.out.reports-to', { name: b.nameCy! })).toBe(
        `Yn adrodd ${afterJoiner('i', b.nameCy!)}`,
      );
    expect(t('cy')('relation.out.reports-to', { name: 'Bwrdd Cymunedau Mwy Diogel' })).toBe(
      'Yn adrodd i Fwrdd Cymunedau Mwy Diogel',
    );
  });
});

describe('duplication reasons', () => {
  it('tell shared themes apart from related ones', () => {
    const d = {
      reasons: ['themes'],
      themes: { shared: ['vawdasv'], related: [['counter-terrorism', 'organised-crime']] },
    } as unknown as Duplication;
    const label = (x: string) => t('en')(`theme.${x}` as MessageKey);
    expect(duplicationReasons(d, seedLandscape(), t('en'))).toEqual([
      `shared themes (${label('vawdasv')}); related themes: ${label('counter-terrorism')} ↔ ${label('organised-crime')}`,
    ]);
  });
});

describe('the Dyfed-Powys pair', () => {
  it('says its shared members are all illustrative', async () => {
    const { findDuplications, SIGNALS } = await import('../../src/core/analysis/duplication');
    const seed = seedLandscape();
    const d = findDuplications(seed, { minScore: 0, signals: SIGNALS, ignore: [] }).pairs.find(
      (p) => [p.a, p.b].sort().join() === 'dp-contest-board,dp-svoc-board',
    )!;
    expect(duplicationReasons(d, seed, t('en'))).toContainEqual(
      expect.stringMatching(/^10 of \d+ member organisations in common \(all illustrative\)$/),
    );
  });
});

describe('scenario notes', () => {
  it('name boards and organisations, never their ids, in either language', () => {
    const seed = seedLandscape();
    const name = (lang: 'en' | 'cy') => (r: { name: string; nameCy?: string }) =>
      lang === 'cy' && r.nameCy ? r.nameCy : r.name;
    const note = {
      kind: 'still-related',
      from: 'newport-soc-board',
      type: 'reports-to',
      board: 'gwent-soc-board',
    } as const;
    const en = describeNote(note as never, [seed], t('en'), name('en'));
    expect(en).toBe(
      'Newport Serious and Organised Crime Board still has a relation to this board (reports to); re-point it if its work moves',
    );
    const cy = describeNote(note as never, [seed], t('cy'), name('cy'));
    expect(cy).toContain('Bwrdd Troseddau Difrifol a Chyfundrefnol Casnewydd');
    const joined = describeNote(
      {
        kind: 'members-join',
        board: 'sw-cjb',
        organisations: ['hmpps'],
      } as never,
      [seed],
      t('en'),
      name('en'),
    );
    expect(joined).toBe(
      '1 organisation joins South Wales Criminal Justice Board: Her Majesty’s Prison and Probation Service',
    );
    for (const text of [en, cy, joined])
      expect(text).not.toMatch(/\b[a-z]+(-[a-z]+)+-board\b|hmpps/);
  });
});
