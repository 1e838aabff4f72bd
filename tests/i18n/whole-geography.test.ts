import { describe, expect, it } from 'vitest';
import { ENGLISH, translate } from '../../src/i18n/catalogue';
import { wholeGeography } from '../../src/i18n/whole-geography';
import { englishLandscape } from '../fixtures/english-bundle';
import { seedLandscape } from '../fixtures/seed';

describe('the words for the whole geography', () => {
  it('say Wales for the Welsh areas and all areas for any other geography', () => {
    const say = (
      l: Parameters<typeof wholeGeography>[0],
      what: 'footprint' | 'compare' | 'across',
    ) => translate(ENGLISH, wholeGeography(l, what));
    expect(say(seedLandscape(), 'footprint')).toBe('All Wales');
    expect(say(englishLandscape(), 'footprint')).toBe('All areas');
    expect(say(englishLandscape(), 'compare')).toBe('all areas');
    expect(say(englishLandscape(), 'across')).not.toMatch(/Wales/);
    // A Welsh landscape that adds an English neighbour is no longer all Wales.
    const seed = seedLandscape();
    const border = { ...seed, areas: [...seed.areas, ...englishLandscape().areas.slice(0, 1)] };
    expect(say(border, 'footprint')).toBe('All areas');
  });
});
