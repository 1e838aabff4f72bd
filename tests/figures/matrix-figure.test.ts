import { describe, expect, it } from 'vitest';
import { meets } from '../../src/core/analysis/meeting-pattern';
import { organisationMatrix } from '../../src/core/analysis/organisation-matrix';
import { PageOverflow, PRESET_IDS, PRESETS, TYPE_FLOOR } from '../../src/core/io/svg/page';
import { figureBoxes, overlappingText } from '../../src/core/io/svg/text-boxes';
import { num } from '../../src/core/io/svg/xml';
import { figureNameIn } from '../../src/core/model/display-name';
import type { BoardId, Landscape } from '../../src/core/model/types';
import { THEMES } from '../../src/core/model/vocabulary';
import { renderMatrixFigure, type MatrixFigureInput } from '../../src/figures/matrix-figure';
import { regionBoards, regionName } from '../../src/figures/scope';
import { checkXml, decode } from '../fixtures/xml-check';
import { seedLandscape } from '../fixtures/seed';

const seed = seedLandscape();
const render = (extra: Partial<MatrixFigureInput> = {}) =>
  renderMatrixFigure({ landscape: seed, baseline: seed, lang: 'en', ...extra });

/** Each `<text>` as a reader sees it: its lines joined by spaces. */
const textElements = (svg: string) =>
  [...svg.matchAll(/<text\b([^>]*)>(.*?)<\/text>/g)].map(([, attrs, body]) => ({
    attrs: attrs!,
    text: decode([...body!.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]).join(' ')),
  }));

/** The numbers written in the cells: single-line texts centred in their cell. */
const cellNumbers = (svg: string) =>
  textElements(svg)
    .filter((t) => t.attrs.includes('text-anchor="middle"') && /^[\d,.]+$/.test(t.text))
    .map((t) => t.text);

/** The CSV's records, each a list of fields, quotes undone. */
const csvRows = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n')
    .map((r) =>
      [...r.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((m) =>
        m[1]!.startsWith('"') ? m[1]!.slice(1, -1).replace(/""/g, '"') : m[1]!,
      ),
    );

/** The boards that meet among `only`, as the figure counts them. */
const meetingBoards = (landscape: Landscape, only?: ReadonlySet<BoardId>) =>
  landscape.boards.filter((b) => meets(b) && (!only || only.has(b.id)));

/** What the headline should say, worked out from the analysis, not from the figure. */
function expectedHeadline(only?: ReadonlySet<BoardId>) {
  const top = organisationMatrix(seed, 'boards', { visible: only }).rows[0]!;
  const counted = new Set(meetingBoards(seed, only).map((b) => b.id));
  const on = new Set(
    seed.memberships
      .filter((m) => m.organisation === top.organisation && counted.has(m.board))
      .map((m) => m.board),
  );
  const org = seed.organisations.find((o) => o.id === top.organisation)!;
  return `${org.name} has a seat on ${on.size} of the ${counted.size} boards that meet`;
}

const northWales = new Set(regionBoards(seed, ['North Wales']));

describe('the organisation matrix figure', () => {
  const figure = render();
  const matrix = organisationMatrix(seed, 'boards', { rows: 20, columns: 12 });

  it('is well-formed, titled and described, and cuts no name short', () => {
    const xml = checkXml(figure.svg);
    expect(xml.problems).toEqual([]);
    expect(figure.svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-labelledby="tw-matrix-title /);
    expect(figure.svg).toContain('xml:lang="en"');
    expect(figure.svg).toContain('<rect width="');
    expect(xml.texts).toContain(figure.title);
    expect(xml.texts).toContain(figure.description);
    expect(xml.texts.filter((t) => t.trimEnd().endsWith('…'))).toEqual([]);
    expect(figure.svg.endsWith('</svg>\n')).toBe(true);
  });

  it('lists organisations by seat-hours, most first, each named whole', () => {
    const texts = textElements(figure.svg).map((t) => t.text);
    const names = matrix.rows.map((r) => {
      const org = seed.organisations.find((o) => o.id === r.organisation)!;
      return figureNameIn(org, 'en');
    });
    const at = names.map((n) => texts.indexOf(n));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(texts).toContain('National Probation Service (Wales)');
    const totals = matrix.rows.map((r) => r.total);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
  });

  it('names every board shown whole', () => {
    const texts = textElements(figure.svg).map((t) => t.text);
    for (const c of matrix.columns)
      expect(texts).toContain(seed.boards.find((b) => b.id === c.board)!.name);
  });

  it('writes the number in every cell that has one, and none in the empty ones', () => {
    for (const axis of ['boards', 'themes'] as const) {
      const f = render({ axis });
      const m = organisationMatrix(seed, axis, {
        rows: 20,
        columns: axis === 'boards' ? 12 : undefined,
      });
      const expected = m.rows.flatMap((r) => r.cells.filter((v) => v > 0).map(String));
      expect(cellNumbers(f.svg).sort()).toEqual(expected.sort());
    }
  });

  it('states a true headline', () => {
    expect(figure.title).toBe(expectedHeadline());
    expect(figure.title).toBe(
      'National Probation Service (Wales) has a seat on 84 of the 109 boards that meet',
    );
  });

  it('says what it shows, where and as at when', () => {
    const texts = textElements(figure.svg).map((t) => t.text);
    const subtitle = texts.find((t) => t.startsWith('Seat-hours a year by organisation'))!;
    expect(subtitle).toContain(seed.title);
    expect(subtitle).toContain(`as at ${seed.asAt}`);
    expect(subtitle).toContain('the 20 organisations with the most seat-hours (of 59)');
    expect(subtitle).toContain('the 12 boards with the most (of 109 that meet)');
    expect(figure.description).toContain('The busiest board is');
  });

  it('has no text box overlapping another', () => {
    for (const f of [figure, render({ axis: 'themes' }), render({ lang: 'cy' })]) {
      const { texts } = figureBoxes(f.svg);
      expect(texts.length).toBeGreaterThan(100);
      expect(overlappingText(texts).map(([a, b]) => `${a.text} | ${b.text}`)).toEqual([]);
    }
  });

  it('has a CSV of every cell drawn, organisations by columns', () => {
    expect(figure.csv.startsWith('\uFEFF')).toBe(true);
    expect(figure.csv.endsWith('\r\n')).toBe(true);
    const [header, ...rows] = csvRows(figure.csv);
    expect(header).toEqual([
      'organisation',
      'organisation_name',
      'column',
      'column_name',
      'seat_hours',
    ]);
    expect(rows).toHaveLength(20 * 12);
    expect(rows[0]!.slice(0, 3)).toEqual([
      matrix.rows[0]!.organisation,
      'National Probation Service (Wales)',
      matrix.columns[0]!.board,
    ]);
    const sum = rows.reduce((s, r) => s + Number(r[4]), 0);
    expect(sum).toBe(matrix.rows.flatMap((r) => r.cells).reduce((a, b) => a + b, 0));
  });

  it('draws the same bytes for the same input', () => {
    expect(render().svg).toBe(figure.svg);
    expect(render({ preset: 'slide', lang: 'cy' }).svg).toBe(
      render({ preset: 'slide', lang: 'cy' }).svg,
    );
  });
});

describe('against themes', () => {
  it('sets organisations against the themes, named in words', () => {
    const f = render({ axis: 'themes' });
    const columns = new Set(
      csvRows(f.csv)
        .slice(1)
        .map((r) => r[2]),
    );
    expect([...columns].every((c) => (THEMES as readonly string[]).includes(c!))).toBe(true);
    const texts = textElements(f.svg).map((t) => t.text);
    expect(texts).toContain('Community safety');
    expect(texts).toContain('Violence against women, domestic abuse and sexual violence');
    expect(f.description).toContain('The theme with the most seat-hours is Community safety');
  });
});

describe('for some boards', () => {
  const where = regionName(seed, 'North Wales', 'en');
  const f = render({ boards: northWales, where });

  it('counts only those boards, and says where', () => {
    const boards = new Set(
      csvRows(f.csv)
        .slice(1)
        .map((r) => r[2]),
    );
    expect(boards.size).toBeGreaterThan(2);
    for (const b of boards) expect(northWales.has(b as BoardId), b).toBe(true);
    expect(f.title).toBe(`North Wales: ${expectedHeadline(northWales)}`);
    expect(checkXml(f.svg).texts.some((t) => t.includes('North Wales, as at'))).toBe(true);
  });

  it('says plainly when no organisation sits on a board that meets', () => {
    const none = render({ boards: new Set() });
    expect(none.title).toBe('No organisation has a seat on a board that meets');
    expect(checkXml(none.svg).problems).toEqual([]);
  });
});

describe('in Welsh', () => {
  const f = render({ lang: 'cy' });

  it('uses Welsh words and names', () => {
    const texts = checkXml(f.svg).texts;
    expect(f.svg).toContain('xml:lang="cy"');
    expect(texts).toEqual(
      expect.arrayContaining(['Sefydliad', 'Cyfanswm', 'Oriau seddi y flwyddyn', 'Dim sedd']),
    );
    expect(textElements(f.svg).map((t) => t.text)).toContain('Llywodraeth Cymru');
    expect(f.title).toBe(
      'Y Gwasanaeth Prawf Cenedlaethol (Cymru)* sydd â sedd ar 84 o’r 109 bwrdd sy’n cyfarfod',
    );
    expect(f.description).toContain('Y bwrdd prysuraf yw');
    expect(texts.join(' ')).not.toMatch(/Seat-hours|Organisation|No seat/);
  });

  it('notes the unofficial translations it shows', () => {
    expect(checkXml(f.svg).texts.some((t) => t.includes('* cyfieithiad answyddogol'))).toBe(true);
  });

  it('names themes in Welsh', () => {
    const texts = textElements(render({ lang: 'cy', axis: 'themes' }).svg).map((t) => t.text);
    expect(texts).toContain('Diogelwch cymunedol');
  });
});

describe.each(PRESET_IDS)('on the %s page', (id) => {
  const preset = PRESETS[id];
  const cases = (['boards', 'themes'] as const).flatMap((axis) =>
    (['en', 'cy'] as const).map((lang) => ({ axis, lang, f: render({ axis, lang, preset: id }) })),
  );

  it('is the page: its viewBox and size', () => {
    for (const { f } of cases) {
      const root = /^<svg [^>]*>/.exec(f.svg)![0];
      expect(root).toContain(`viewBox="0 0 ${num(preset.width)} ${num(preset.height)}"`);
      expect(root).toContain(`width="${preset.size.width}"`);
      expect(root).toContain(`height="${preset.size.height}"`);
    }
  });

  it('sets no text below the type floor, and the title at the title size', () => {
    for (const { f } of cases) {
      const sizes = [...f.svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(TYPE_FLOOR);
      const title = textElements(f.svg).find((t) => t.text === f.title)!;
      expect(title.attrs).toContain(`font-size="${preset.type.title}"`);
    }
  });

  it('keeps every text on the page, apart from every other', () => {
    for (const { f } of cases) {
      const { texts } = figureBoxes(f.svg);
      expect(overlappingText(texts).map(([a, b]) => `${a.text} | ${b.text}`)).toEqual([]);
      for (const t of texts) {
        expect(t.x, t.text).toBeGreaterThanOrEqual(preset.margin - 0.5);
        expect(t.x + t.width, t.text).toBeLessThanOrEqual(preset.width - preset.margin + 0.5);
        // The page's source line lets its descenders (0.2 em) into the margin.
        expect(t.y + t.height, t.text).toBeLessThanOrEqual(
          preset.height - preset.margin + 0.2 * preset.type.caption + 0.5,
        );
      }
    }
  });

  it('says how many rows and columns it shows, as its CSV holds', () => {
    for (const { axis, lang, f } of cases) {
      const rows = csvRows(f.csv).slice(1);
      const orgs = new Set(rows.map((r) => r[0])).size;
      const columns = new Set(rows.map((r) => r[2])).size;
      expect(orgs).toBeGreaterThanOrEqual(3);
      expect(columns).toBeGreaterThanOrEqual(3);
      expect(rows).toHaveLength(orgs * columns);
      if (lang === 'en') {
        const subtitle = textElements(f.svg).find((t) =>
          t.text.startsWith('Seat-hours a year by'),
        )!;
        expect(subtitle.text).toContain(`the ${orgs} organisations with the most seat-hours`);
        expect(subtitle.text).toContain(
          axis === 'boards' ? `the ${columns} boards with the most` : `in ${columns} of`,
        );
      }
      expect(cellNumbers(f.svg).length).toBe(rows.filter((r) => Number(r[4]) > 0).length);
    }
  });
});

describe('a page too small for the names', () => {
  it('refuses rather than set text too small', () => {
    const long = 'Partnership'.repeat(40);
    const landscape: Landscape = {
      ...seed,
      organisations: seed.organisations.map((o) => ({ ...o, name: `${long} ${o.name}` })),
    };
    expect(() =>
      renderMatrixFigure({ landscape, baseline: seed, lang: 'en', preset: 'slide' }),
    ).toThrow(PageOverflow);
  });
});
