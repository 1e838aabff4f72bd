import { describe, expect, it } from 'vitest';
import { figureNameIn, nameIn } from '../../src/core/model/display-name';
import { FIGURES, type FigureData } from '../../src/figures/registry';
import { checkXml } from '../fixtures/xml-check';
import { seedLandscape } from '../fixtures/seed';

const seed = seedLandscape();
const graph = (lang: 'en' | 'cy') =>
  checkXml(FIGURES.graph.render({ baseline: seed, positions: {}, lang } as FigureData, {}).svg)
    .texts;

describe('Welsh names in figures', () => {
  it('marks an unofficial translation and its meaning, never an official name', () => {
    const texts = graph('cy').join('\n');
    const translated = seed.boards.find((b) => b.nameCyStatus === 'unofficial')!;
    const official = seed.organisations.find((o) => o.nameCyStatus === 'official')!;
    expect(figureNameIn(translated, 'cy')).toBe(`${translated.nameCy}*`);
    expect(figureNameIn(official, 'cy')).toBe(official.nameCy);
    // Long names wrap, so the mark is looked for on a name's last word.
    expect(texts).toContain(`${translated.nameCy!.split(' ').at(-1)}*`);
    expect(texts).toContain('* cyfieithiad answyddogol');
  });

  it('leaves English figures unmarked', () => {
    const texts = graph('en').join('\n');
    expect(texts).not.toMatch(/\*/);
    expect(nameIn(seed.boards[0]!, 'en')).toBe(seed.boards[0]!.name);
  });
});
