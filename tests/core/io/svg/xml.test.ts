import { describe, expect, it } from 'vitest';
import { attrs, escapeXml, num, stripInvalidXml } from '../../../../src/core/io/svg/xml';
import { parseXml } from './xml-check';

describe('escapeXml', () => {
  it('escapes all five special characters', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;',
    );
  });

  it('drops characters XML 1.0 cannot hold, keeping tabs, newlines and astral characters', () => {
    expect(stripInvalidXml('a\u0000b\u0007c\uFFFEd\uD800e\tf\n😀')).toBe('abcde\tf\n😀');
  });

  it('produces attributes that parse back to the original text', () => {
    const nasty = `"><script>alert('x')</script>&amp;\u0001`;
    const root = parseXml(`<g${attrs({ 'aria-label': nasty, skipped: undefined })}/>`);
    expect(root.attrs['aria-label']).toBe(`"><script>alert('x')</script>&amp;`);
    expect(Object.keys(root.attrs)).toEqual(['aria-label']);
  });
});

describe('num', () => {
  it('rounds to two decimals and never writes -0', () => {
    expect(num(1.23456)).toBe('1.23');
    expect(num(-0.001)).toBe('0');
    expect(num(12)).toBe('12');
  });
});

describe('parseXml (the test checker itself)', () => {
  it('refuses malformed documents', () => {
    for (const bad of [
      '<a>',
      '<a></b>',
      '<a x=1/>',
      '<a>&</a>',
      '<a>&nbsp;</a>',
      '<a/><b/>',
      '<a x="1" x="2"/>',
    ])
      expect(() => parseXml(bad), bad).toThrow();
  });
});
