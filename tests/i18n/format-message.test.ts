import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/i18n/format-message';

describe('formatMessage', () => {
  it('fills named placeholders and leaves unknown ones visible', () => {
    expect(formatMessage('{a} and {b}', { a: 'x' }, 'en')).toBe('x and {b}');
  });

  it('chooses the English plural form by the number', () => {
    const t = 'same footprint ({count, plural, one {# authority} other {# authorities}})';
    expect(formatMessage(t, { count: 1 }, 'en')).toBe('same footprint (1 authority)');
    expect(formatMessage(t, { count: 4 }, 'en')).toBe('same footprint (4 authorities)');
    expect(formatMessage('{n, plural, =0 {none} other {# left}}', { n: 0 }, 'en')).toBe('none');
  });

  it('chooses the form for a signed difference given as text, keeping its sign', () => {
    const t =
      '{n} {n, plural, one {board} other {boards}}, {s, plural, one {# seat} other {# seats}}';
    expect(formatMessage(t, { n: '-1', s: '+3' }, 'en')).toBe('-1 board, +3 seats');
  });

  it('uses Welsh plural categories, falling back to other', () => {
    const t = '{n, plural, one {# bwrdd} two {# fwrdd} other {# bwrdd}}';
    expect(formatMessage(t, { n: 2 }, 'cy')).toBe('2 fwrdd');
    expect(formatMessage(t, { n: 7 }, 'cy')).toBe('7 bwrdd');
  });

  it('fills placeholders inside a plural branch', () => {
    const t = '{count, plural, one {# board in {region}} other {# boards in {region}}}';
    expect(formatMessage(t, { count: 2, region: 'Gwent' }, 'en')).toBe('2 boards in Gwent');
  });

  it('mutates a Welsh word after its joiner', () => {
    expect(formatMessage('yn ymdrin {themes|â} yma', { themes: 'trais difrifol' }, 'cy')).toBe(
      'yn ymdrin â thrais difrifol yma',
    );
    expect(formatMessage('Yn adrodd {name|i}', { name: 'Gwent Fwy Diogel' }, 'cy')).toBe(
      'Yn adrodd i Went Fwy Diogel',
    );
  });

  it('leaves text with braces that are not placeholders alone', () => {
    expect(formatMessage('expected { source } here', {}, 'en')).toBe('expected { source } here');
  });
});
