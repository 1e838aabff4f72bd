import { describe, expect, it } from 'vitest';
import { translate } from '../../src/i18n/catalogue';
import { CATALOGUES } from '../../src/i18n/catalogues';

describe('counted messages', () => {
  it('say "1 problem" and "2 problems", in English and Welsh', () => {
    const say = (lang: 'en' | 'cy', count: number) =>
      translate(CATALOGUES[lang], 'import.csvRefused', { count });
    expect(say('en', 1)).toContain(': 1 problem.');
    expect(say('en', 2)).toContain(': 2 problems.');
    expect(say('cy', 1)).toContain(': 1 broblem.');
    expect(say('cy', 3)).toContain(': 3 o broblemau.');
  });

  it('leave a counted form visible when its count is not given', () => {
    expect(translate(CATALOGUES.en, 'import.csvRefused')).toContain(
      '{count, plural, one {# problem} other {# problems}}',
    );
  });
});
