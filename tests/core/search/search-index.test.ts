import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../../src/core/search/search-index';
import { seedLandscape } from '../../fixtures/seed';

const index = createSearchIndex(seedLandscape());
const ids = (q: string, n = 5) => index.search(q, n).map((h) => h.id);

describe('search', () => {
  it('puts an exact name first', () => {
    expect(ids('Safer Gwent')[0]).toBe('safer-gwent');
    expect(ids('Dyfed-Powys Police')[0]).toBe('dyfed-powys-police');
  });

  it("finds boards by their own acronym and by the glossary's", () => {
    expect(ids('SVOC')).toContain('dp-svoc-board');
    expect(ids('AWCJB')[0]).toBe('awcjb');
    expect(ids('APB', 10)).toEqual(expect.arrayContaining(['gwent-apb', 'nw-apb', 'powys-apb']));
    expect(ids('PSB Cardiff')[0]).toBe('psb-cardiff');
  });

  it('finds records by their Welsh name', () => {
    expect(ids('Heddlu Dyfed-Powys')[0]).toBe('dyfed-powys-police');
  });

  it('tolerates typos', () => {
    expect(ids('Safr Gwnt')[0]).toBe('safer-gwent');
    expect(ids('Dyfed Powys Polce')[0]).toBe('dyfed-powys-police');
  });

  it('says whether each hit is a board or an organisation', () => {
    const hits = index.search('Gwent', 30);
    expect(hits.find((h) => h.id === 'safer-gwent')?.kind).toBe('board');
    expect(hits.find((h) => h.id === 'gwent-police')?.kind).toBe('organisation');
  });

  it('returns nothing for an empty query', () => {
    expect(index.search('   ')).toEqual([]);
  });
});
