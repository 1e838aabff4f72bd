import { describe, expect, it } from 'vitest';
import { figureBoxes } from '../../src/core/io/svg/text-boxes';
import { applyScenario } from '../../src/core/scenarios/apply-scenario';
import { FIGURE_IDS, FIGURES, type FigureData } from '../../src/figures/registry';
import { graphLabels } from '../../src/figures/figure-labels';
import { regionBoards } from '../../src/figures/scope';
import { citedDocuments } from '../../src/core/model/cited-documents';
import { findDuplications, SIGNALS } from '../../src/core/analysis/duplication';
import { LANGUAGES } from '../../src/i18n/catalogue';
import { layoutProblems } from '../fixtures/figure-checks';
import { checkXml } from '../fixtures/xml-check';
import { builtInScenarios, seedLandscape } from '../fixtures/seed';

const seed = seedLandscape();
const EVIDENCE_TAGS = Object.values(graphLabels('en', seed).evidence);
const nineToFour = builtInScenarios(seed).find((s) => s.id === 'north-wales-nine-to-four')!;
const scenario = {
  name: nineToFour.name,
  landscape: applyScenario(seed, nineToFour.operations, { name: nineToFour.name }).landscape,
};

/** Every figure in every language, as the app and `export-svg` draw them by default. */
const cases = FIGURE_IDS.flatMap((id) =>
  LANGUAGES.map((lang) => {
    const data: FigureData = {
      baseline: seed,
      positions: {},
      lang,
      ...(FIGURES[id].needsScenario ? { scenario } : {}),
    };
    return { id, lang, figure: FIGURES[id].render(data, {}) };
  }),
);

/**
 * Numbers rounded to whole units and one element a line, as Observable Plot keeps its
 * snapshots: a layout nudge in the arithmetic does not churn the file, while a change of
 * structure or words shows.
 */
const normalise = (svg: string) =>
  svg.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n)))).replace(/></g, '>\n<');

describe.each(cases)('the $id figure in $lang', ({ id, lang, figure }) => {
  it('is well-formed, with its title and text alternative', () => {
    const xml = checkXml(figure.svg);
    expect(xml.problems).toEqual([]);
    expect(figure.svg).toContain(`xml:lang="${lang}"`);
    expect(figure.description.length).toBeGreaterThan(40);
    expect(xml.texts).toContain(figure.description);
  });

  it('has the data behind it as CSV, a header and a row for each thing it draws', () => {
    const rows = figure.csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(rows.length).toBeGreaterThan(3);
    expect(rows[0]).toMatch(/^(board|measure|area|organisation),/);
  });

  it('cuts no text short with "…"', () => {
    const cut = checkXml(figure.svg).texts.filter((t) => t.trimEnd().endsWith('…'));
    expect(cut).toEqual([]);
  });

  it('has no text box overlapping another, or a board other than its own', () => {
    expect(figureBoxes(figure.svg).texts.length).toBeGreaterThan(20);
    expect(layoutProblems(figure.svg)).toEqual([]);
  });

  it('matches its snapshot', async () => {
    await expect(normalise(figure.svg)).toMatchFileSnapshot(`./__snapshots__/${id}.${lang}.svg`);
  });
});

describe('whole board names', () => {
  it('draws every board name whole across its lines', () => {
    const graph = cases.find((c) => c.id === 'graph' && c.lang === 'en')!.figure.svg;
    const { texts, boards } = figureBoxes(graph);
    const shown = boards.map((b) =>
      texts
        // The name's lines, not the corner badge's symbol or the evidence tag.
        .filter((t) => t.group === b.group && t.text.length > 1 && !EVIDENCE_TAGS.includes(t.text))
        .map((t) => t.text)
        .join(' '),
    );
    for (const board of seed.boards) expect(shown, board.id).toContain(board.name);
  });
});

describe('the graph figure', () => {
  it('names its level bands and region columns, in both languages', () => {
    const texts = (lang: string) =>
      checkXml(cases.find((c) => c.id === 'graph' && c.lang === lang)!.figure.svg).texts;
    expect(texts('en')).toEqual(
      expect.arrayContaining([
        'National',
        'Regional',
        'Sub-regional',
        'Local',
        'North Wales',
        'Gwent',
      ]),
    );
    expect(texts('cy')).toEqual(
      expect.arrayContaining(['Cenedlaethol', 'Rhanbarthol', 'Lleol', 'Gogledd Cymru', 'Gwent']),
    );
  });

  it('names its strongest duplications in its text alternative, in both languages', () => {
    const alt = (lang: string) =>
      cases.find((c) => c.id === 'graph' && c.lang === lang)!.figure.description;
    expect(alt('en')).toMatch(
      /^121 boards and \d+ relations .*The strongest duplications among them: .+ and .+; .+\.$/,
    );
    expect(alt('cy')).toContain('Y dyblygu cryfaf yn eu plith: ');
  });

  it('states in its headline how many pairs of the boards drawn may duplicate each other', () => {
    const flagged = findDuplications(seed, { minScore: 0.5, signals: SIGNALS, ignore: [] }).pairs;
    const figure = (lang: 'en' | 'cy') => cases.find((c) => c.id === 'graph' && c.lang === lang)!;
    expect(figure('en').figure.title).toBe(
      `${flagged.length} pairs of the 121 boards may duplicate each other`,
    );
    expect(figure('cy').figure.title).toBe(
      `Gall ${flagged.length} pâr o’r 121 bwrdd ddyblygu ei gilydd`,
    );
    const gwent = FIGURES.graph.render(
      { baseline: seed, positions: {}, lang: 'en' },
      { scope: { kind: 'region', region: 'Gwent' } },
    );
    const ids = new Set(regionBoards(seed, ['Gwent']));
    const inGwent = flagged.filter((p) => ids.has(p.a) && ids.has(p.b)).length;
    expect(gwent.title).toBe(
      `Gwent: ${inGwent} pairs of the ${ids.size} boards may duplicate each other`,
    );
    // What, where and as at when, beneath it.
    expect(checkXml(gwent.svg).texts.join(' ')).toContain(`${ids.size} partnership boards and the`);
  });

  it('sets its legend and source line larger as the drawing grows wider', () => {
    const svg = cases.find((c) => c.id === 'graph' && c.lang === 'en')!.figure.svg;
    const caption = /class="tw-caption"[^>]*font-size="([\d.]+)"/.exec(svg)?.[1];
    expect(Number(caption)).toBeGreaterThan(24);
    expect(svg).toMatch(/scale\(2\.\d+\)">/);
  });
});

describe('the source line', () => {
  it('names the document the landscape cites most, and how many others', () => {
    const cited = citedDocuments(seed);
    const caption = (lang: 'en' | 'cy') =>
      checkXml(cases.find((c) => c.id === 'load' && c.lang === lang)!.figure.svg).texts.join(' ');
    expect(cited.length).toBeGreaterThan(2);
    expect(caption('en')).toContain(
      `from “${cited[0]!.title}” and ${cited.length - 1} other public documents`,
    );
    expect(caption('cy')).toContain(`o “${cited[0]!.title}” a ${cited.length - 1} dogfen`);
  });
});

describe('the map figure', () => {
  it('heads the map with where its measure is highest, and says what it shows beneath', () => {
    const en = cases.find((c) => c.id === 'map' && c.lang === 'en')!.figure;
    expect(en.title).toMatch(
      /^Isle of Anglesey, .* and Newport are covered by the most boards: 28$/,
    );
    expect(checkXml(en.svg).texts).toContain('Local authorities of Wales');
    const cy = cases.find((c) => c.id === 'map' && c.lang === 'cy')!.figure;
    expect(cy.title).toMatch(/^Y mwyaf o fyrddau sy’n cwmpasu Ynys Môn, .* a Chasnewydd: 28$/);
  });
});

describe('the comparison figure', () => {
  it('states the headline changes in both languages', () => {
    const en = cases.find((c) => c.id === 'compare' && c.lang === 'en')!.figure;
    const cy = cases.find((c) => c.id === 'compare' && c.lang === 'cy')!.figure;
    expect(en.title).toBe('North Wales: 19 boards that meet become 14');
    expect(checkXml(en.svg).texts).toContain(
      'Boards that meet: 19 → 14; seats −43; seat-hours −344 a year; duplications 11 → 4',
    );
    expect(cy.title).toBe('Gogledd Cymru: 19 bwrdd sy’n cyfarfod yn dod yn 14');
    expect(cy.svg).toContain('seddi −43');
  });

  it('says one board in the singular', () => {
    const merged = builtInScenarios(seed).find((s) => s.id === 'south-wales-lcjb-iom-merged')!;
    const figure = FIGURES.compare.render(
      {
        baseline: seed,
        positions: {},
        lang: 'en',
        scenario: {
          name: merged.name,
          landscape: applyScenario(seed, merged.operations, { name: merged.name }).landscape,
        },
      },
      { preset: 'a4-landscape' },
    );
    expect(figure.title).toBe('South Wales: 1 board that meets becomes 1');
  });

  it('names the region once in its title', () => {
    const en = cases.find((c) => c.id === 'compare' && c.lang === 'en')!.figure;
    expect(en.title.match(/North Wales/g)).toHaveLength(1);
  });
});
