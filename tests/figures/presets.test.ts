import { describe, expect, it } from 'vitest';
import { PageOverflow, PRESET_IDS, PRESETS, TYPE_FLOOR } from '../../src/core/io/svg/page';
import { OVERLAY_CLASSES, OVERLAY_COLOUR } from '../../src/core/io/svg/graph-overlay';
import { contrastRatio, tint } from '../../src/core/io/svg/colour';
import { figureBoxes } from '../../src/core/io/svg/text-boxes';
import { findDuplications, SIGNALS } from '../../src/core/analysis/duplication';
import { applyScenario } from '../../src/core/scenarios/apply-scenario';
import {
  FIGURE_IDS,
  FIGURES,
  type FigureChoice,
  type FigureData,
  type FigureId,
} from '../../src/figures/registry';
import { LANGUAGES } from '../../src/i18n/catalogue';
import type { BoardId } from '../../src/core/model/types';
import { layoutProblems } from '../fixtures/figure-checks';
import { checkXml } from '../fixtures/xml-check';
import { builtInScenarios, seedLandscape } from '../fixtures/seed';

const seed = seedLandscape();
const nineToFour = builtInScenarios(seed).find((s) => s.id === 'north-wales-nine-to-four')!;
const scenario = {
  name: nineToFour.name,
  landscape: applyScenario(seed, nineToFour.operations, { name: nineToFour.name }).landscape,
};
const dataFor = (id: FigureId, lang: (typeof LANGUAGES)[number]): FigureData => ({
  baseline: seed,
  positions: {},
  lang,
  ...(FIGURES[id].needsScenario ? { scenario } : {}),
});
/** What fits a page: one region of the graph; every other figure as it comes. */
const choiceFor = (id: FigureId): FigureChoice =>
  id === 'graph' ? { scope: { kind: 'selection', board: 'dp-svoc-board' as BoardId } } : {};

const cases = FIGURE_IDS.flatMap((id) =>
  PRESET_IDS.flatMap((preset) =>
    LANGUAGES.map((lang) => ({
      id,
      preset,
      lang,
      figure: FIGURES[id].render(dataFor(id, lang), { ...choiceFor(id), preset }),
    })),
  ),
);

describe.each(cases)('the $id figure on $preset in $lang', ({ preset, figure }) => {
  const page = PRESETS[preset];

  it('is the page: its size in print units, its viewBox in points', () => {
    const root = /^<svg [^>]*>/.exec(figure.svg)![0];
    expect(root).toContain(`width="${page.size.width}" height="${page.size.height}"`);
    const box = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(root)!;
    expect(Number(box[1])).toBeCloseTo(page.width, 1);
    expect(Number(box[2])).toBeCloseTo(page.height, 1);
    expect(checkXml(figure.svg).problems).toEqual([]);
  });

  it('keeps its type sizes: the title at the preset’s size, no text under the floor', () => {
    const { texts } = figureBoxes(figure.svg);
    // A line's box is its size in points, with every scale it sits under applied.
    const title = texts.find((t) => figure.title.startsWith(t.text))!;
    expect(title.height).toBeCloseTo(page.type.title, 1);
    const small = texts.filter((t) => t.height < TYPE_FLOOR - 0.01);
    expect(small.map((t) => `${t.text} at ${t.height.toFixed(1)} pt`)).toEqual([]);
  });

  it('lays its words out whole, apart and on the page', () => {
    expect(checkXml(figure.svg).texts.filter((t) => t.trimEnd().endsWith('…'))).toEqual([]);
    expect(layoutProblems(figure.svg)).toEqual([]);
    const off = figureBoxes(figure.svg).texts.filter(
      (t) => t.x < 0 || t.y < 0 || t.x + t.width > page.width || t.y + t.height > page.height,
    );
    expect(off.map((t) => t.text)).toEqual([]);
  });
});

describe('a figure too big for its page', () => {
  it('is refused with the room it needed, rather than set too small to read', () => {
    expect(() => FIGURES.graph.render(dataFor('graph', 'en'), { preset: 'a4-portrait' })).toThrow(
      PageOverflow,
    );
    expect(() => FIGURES.graph.render(dataFor('graph', 'en'), { preset: 'a4-portrait' })).toThrow(
      /does not fit the a4-portrait page .* needs \d+ × \d+ pt/,
    );
  });

  it('still states a comparison’s result, drawing only the boards the scenario changes', () => {
    const figure = FIGURES.compare.render(dataFor('compare', 'en'), { preset: 'a4-landscape' });
    const texts = checkXml(figure.svg).texts;
    expect(texts.some((t) => t.includes('the boards the scenario changes in North Wales'))).toBe(
      true,
    );
    // Nine regional boards go and four come: each side draws only those it changes.
    const boards = figureBoxes(figure.svg).boards;
    expect(boards.filter((b) => b.group!.startsWith('tw-base-b')).length).toBeGreaterThanOrEqual(9);
    expect(boards.filter((b) => b.group!.startsWith('tw-scen-b')).length).toBeLessThan(
      boards.filter((b) => b.group!.startsWith('tw-base-b')).length,
    );
  });
});

describe('the duplication overlay', () => {
  const flagged = findDuplications(seed, { minScore: 0.5, signals: SIGNALS, ignore: [] }).pairs;
  const plain = FIGURES.graph.render(dataFor('graph', 'en'), {});
  const overlaid = FIGURES.graph.render(dataFor('graph', 'en'), { overlay: 'duplication' });
  const links = [...overlaid.svg.matchAll(/<path id="tw-graph-d\d+"[^>]*>/g)].map((m) => m[0]);

  it('links every flagged pair, and only when asked', () => {
    expect(flagged.length).toBeGreaterThan(3);
    expect(links).toHaveLength(flagged.length);
    expect(plain.svg).not.toContain('tw-duplication');
  });

  it('draws a stronger pair heavier, and explains the weights in the legend', () => {
    const widths = links.map((l) => Number(/stroke-width="([\d.]+)"/.exec(l)![1]));
    const strongest = Math.max(...flagged.map((p) => p.score));
    const heaviest = OVERLAY_CLASSES.find((c) => strongest >= c.from)!.width;
    expect(widths[0]).toBe(heaviest);
    expect([...widths].sort((a, b) => b - a)).toEqual(widths);
    const texts = checkXml(overlaid.svg).texts;
    expect(texts).toContain('Possible duplication (score)');
    expect(texts).toContain('0.8 or more');
  });

  it('keeps every weight of link at 3:1 or more against the white page', () => {
    for (const c of OVERLAY_CLASSES)
      expect(contrastRatio(tint(OVERLAY_COLOUR, c.opacity), '#ffffff')).toBeGreaterThanOrEqual(3);
  });

  it('is told in the text alternative, and keeps every name clear', () => {
    expect(overlaid.description).toContain(`${flagged.length} possible duplications are linked`);
    expect(layoutProblems(overlaid.svg)).toEqual([]);
    expect(overlaid.name).toContain('duplication');
  });

  it('fits on a page with the region it is drawn for', () => {
    const figure = FIGURES.graph.render(dataFor('graph', 'en'), {
      scope: { kind: 'region', region: 'Gwent' },
      overlay: 'duplication',
      preset: 'a4-landscape',
    });
    expect(figure.svg).toContain('tw-duplication');
    expect(checkXml(figure.svg).texts).toContain('Possible duplication (score)');
    expect(layoutProblems(figure.svg)).toEqual([]);
  });
});
