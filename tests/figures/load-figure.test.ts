import { describe, expect, it } from 'vitest';
import { meetingLoad } from '../../src/core/analysis/meeting-load';
import { groupDigits } from '../../src/core/io/svg/xml';
import { PageOverflow, PRESET_IDS, PRESETS, TYPE_FLOOR } from '../../src/core/io/svg/page';
import { figureBoxes, overlappingText } from '../../src/core/io/svg/text-boxes';
import { num } from '../../src/core/io/svg/xml';
import type { Landscape, OrganisationId } from '../../src/core/model/types';
import { renderLoadFigure, type LoadFigureInput } from '../../src/figures/load-figure';
import { regionBoards } from '../../src/figures/scope';
import { LANGUAGES } from '../../src/i18n/catalogue';
import { checkXml } from '../fixtures/xml-check';
import { seedLandscape } from '../fixtures/seed';

const seed = seedLandscape();
const draw = (extra: Partial<LoadFigureInput> = {}) =>
  renderLoadFigure({ landscape: seed, baseline: seed, lang: 'en', ...extra });

/** The CSV's data rows as records. */
function csvRows(csv: string): Record<string, string>[] {
  const [header, ...rows] = csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  const names = header!.split(',');
  // The seed's names hold no commas or quotes, so a plain split reads them.
  return rows.map((r) => Object.fromEntries(r.split(',').map((c, i) => [names[i], c])));
}

/** Each bar's group: the lines of its name and the words at its end, in order. */
function barTexts(svg: string): { name: string; value: string }[] {
  const { texts } = figureBoxes(svg);
  const groups = [...new Set(texts.map((t) => t.group).filter((g) => /-r\d+$/.test(g ?? '')))];
  return groups.map((g) => {
    const lines = texts.filter((t) => t.group === g).map((t) => t.text);
    return { name: lines.slice(0, -1).join(' '), value: lines[lines.length - 1]! };
  });
}

const fontSizes = (svg: string) => [...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => +m[1]!);

/** The seed with every board's meeting pattern recorded except those of `keep`. */
function recorded(except: (b: Landscape['boards'][number]) => boolean): Landscape {
  return {
    ...seed,
    boards: seed.boards.map((b) =>
      except(b) ? b : { ...b, meetingsPerYear: 6, hoursPerMeeting: 1.5 },
    ),
  };
}

const variants = LANGUAGES.flatMap((lang) =>
  [undefined, ...PRESET_IDS].map((preset) => ({
    lang,
    preset: preset ?? 'natural',
    figure: draw({ lang, preset }),
  })),
);

describe.each(variants)('the meeting-load figure in $lang, $preset', ({ figure, lang }) => {
  it('is well-formed, labelled for assistive technology and ends with a newline', () => {
    const xml = checkXml(figure.svg);
    expect(xml.problems).toEqual([]);
    expect(figure.svg).toMatch(
      /^<svg [^>]*role="img" aria-labelledby="tw-load-title tw-load-desc" xml:lang="(en|cy)"/,
    );
    expect(figure.svg).toContain(`xml:lang="${lang}"`);
    expect(figure.svg).toContain('<title id="tw-load-title">');
    expect(xml.texts).toContain(figure.description);
    expect(figure.svg.endsWith('</svg>\n')).toBe(true);
  });

  it('cuts no text short and lets no text box overlap another', () => {
    const cut = checkXml(figure.svg).texts.filter((t) => t.trimEnd().endsWith('…'));
    expect(cut).toEqual([]);
    const { texts } = figureBoxes(figure.svg);
    expect(overlappingText(texts).map(([a, b]) => `${a.text} | ${b.text}`)).toEqual([]);
  });

  it('draws the bars largest first, each named whole, matching the CSV row for row', () => {
    const rows = csvRows(figure.csv);
    const bars = barTexts(figure.svg);
    expect(bars.length).toBeGreaterThanOrEqual(3);
    expect(rows.map((r) => r.organisation)).toHaveLength(bars.length);
    const hours = rows.map((r) => Number(r.seat_hours));
    expect(hours).toEqual([...hours].sort((a, b) => b - a));
    expect(hours.every((h) => h > 0)).toBe(true);
    const organisations = new Map(seed.organisations.map((o) => [o.id as string, o]));
    bars.forEach((bar, i) => {
      const org = organisations.get(rows[i]!.organisation!)!;
      // The Welsh name of an unofficial translation carries its mark in the figure.
      expect(bar.name.replace(/\*$/, '')).toBe(lang === 'cy' && org.nameCy ? org.nameCy : org.name);
      expect(bar.value.startsWith(groupDigits(hours[i]!))).toBe(true);
    });
  });
});

describe('the meeting-load figure', () => {
  const figure = draw();
  const load = meetingLoad(seed);
  const top = load.byOrganisation[0]!;
  const topName = seed.organisations.find((o) => o.id === top.organisation)!.name;

  it('states the busiest organisation in its headline and text alternative', () => {
    expect(figure.title).toBe(
      `${topName} spends the most time in partnership meetings: ${groupDigits(top.seatHours)} seat-hours a year`,
    );
    expect(figure.description).toContain(`${topName}, ${groupDigits(top.seatHours)} seat-hours`);
    expect(figure.description).toContain(
      `Together the ${load.byOrganisation.filter((o) => o.seatHours > 0).length} organisations spend ${groupDigits(load.total.seatHours)} seat-hours a year`,
    );
  });

  it('shows the 15 busiest by default and says how many of how many', () => {
    const count = load.byOrganisation.filter((o) => o.seatHours > 0).length;
    expect(csvRows(figure.csv)).toHaveLength(15);
    expect(checkXml(figure.svg).texts.join(' ')).toContain(
      `the 15 busiest of ${count} organisations`,
    );
  });

  it('writes the CSV with a byte-order mark, CRLF and stable column names', () => {
    expect(
      figure.csv.startsWith('\uFEFForganisation,name,boards,seats,seat_hours,estimated\r\n'),
    ).toBe(true);
    expect(figure.csv.endsWith('\r\n')).toBe(true);
    expect(csvRows(figure.csv)[0]).toEqual({
      organisation: top.organisation,
      name: topName,
      boards: String(top.boards),
      seats: String(top.seats),
      seat_hours: String(top.seatHours),
      estimated: 'yes',
    });
  });

  it('marks estimated bars in words and by hatching, and explains them in the legend', () => {
    // Only the busiest organisation's first board keeps the default meeting pattern.
    const onlyBoard = seed.memberships.find((m) => m.organisation === top.organisation)!.board;
    const mixed = draw({ landscape: recorded((b) => b.id === onlyBoard) });
    const rows = csvRows(mixed.csv);
    expect(rows.some((r) => r.estimated === 'yes')).toBe(true);
    expect(rows.some((r) => r.estimated === '')).toBe(true);
    const groups = [...mixed.svg.matchAll(/<g id="tw-load-r\d+" class="([^"]+)">(.*?)<\/g>/g)];
    expect(groups).toHaveLength(rows.length);
    barTexts(mixed.svg).forEach((bar, i) => {
      const estimated = rows[i]!.estimated === 'yes';
      expect(bar.value.endsWith(' · est.'), bar.value).toBe(estimated);
      expect(groups[i]![1]!.includes('tw-estimated')).toBe(estimated);
      expect(groups[i]![2]!.includes('fill="url(#tw-load-hatch)"')).toBe(estimated);
    });
    const texts = checkXml(mixed.svg).texts.join(' ');
    expect(texts).toContain('Hatched, marked “est.”: an estimate');
    expect(texts).toContain('Solid: from the boards’ recorded meeting patterns');
  });

  it('draws solid dark-blue bars and no estimate legend when every pattern is recorded', () => {
    const all = draw({ landscape: recorded(() => false) });
    expect(all.svg).not.toContain('est.');
    expect(all.svg).not.toContain('tw-load-hatch');
    expect(all.svg).toContain('fill="#12436D"');
    expect(csvRows(all.csv).every((r) => r.estimated === '')).toBe(true);
  });

  it('counts only the boards it is given', () => {
    const north = new Set(regionBoards(seed, ['North Wales']));
    const part = draw({ boards: north, where: 'North Wales' });
    const whole = new Map(csvRows(figure.csv).map((r) => [r.organisation, +r.seat_hours!]));
    const rows = csvRows(part.csv);
    const partLoad = meetingLoad({
      ...seed,
      boards: seed.boards.filter((b) => north.has(b.id)),
      memberships: seed.memberships.filter((m) => north.has(m.board)),
    });
    expect(partLoad.total.seatHours).toBeLessThan(load.total.seatHours);
    expect(part.description).toContain(
      `${groupDigits(partLoad.total.seatHours)} seat-hours a year`,
    );
    expect(rows.map((r) => r.organisation)).not.toContain('south-wales-police');
    for (const r of rows)
      if (whole.has(r.organisation!))
        expect(+r.seat_hours!).toBeLessThanOrEqual(whole.get(r.organisation!)!);
    expect(checkXml(part.svg).texts.join(' ')).toContain('North Wales, as at 2020-01-31');
  });

  it('says when organisations share the top place', () => {
    // One board: everyone on it holds one seat there, so all tie.
    const board = seed.boards.find(
      (b) =>
        b.status === 'active' &&
        seed.memberships.filter((m) => m.board === b.id && m.seats === 1).length ===
          seed.memberships.filter((m) => m.board === b.id).length &&
        seed.memberships.filter((m) => m.board === b.id).length > 3,
    )!;
    const members = seed.memberships.filter((m) => m.board === board.id).length;
    const tied = draw({ boards: new Set([board.id]) });
    expect(tied.title).toMatch(
      new RegExp(`^${members} organisations spend the most time in partnership meetings: `),
    );
    expect(csvRows(tied.csv)).toHaveLength(Math.min(15, members));
  });

  it('is the same, byte for byte, when drawn again', () => {
    expect(draw()).toEqual(figure);
    expect(draw({ preset: 'slide', lang: 'cy' })).toEqual(draw({ preset: 'slide', lang: 'cy' }));
  });
});

describe('the meeting-load figure in Welsh', () => {
  const cy = draw({ lang: 'cy' });
  const texts = checkXml(cy.svg).texts.join(' ');

  it('uses the Welsh words and names', () => {
    expect(cy.title).toMatch(
      / sy’n treulio’r amser mwyaf mewn cyfarfodydd partneriaeth: \d+ awr sedd y flwyddyn$/,
    );
    expect(texts).toContain('Llywodraeth Cymru');
    expect(texts).toContain('awr sedd');
    expect(texts).toContain('· amcangyfrif');
    expect(texts).toContain('Oriau seddi’r flwyddyn');
    expect(texts).toContain('y 15 prysuraf o’r');
    expect(cy.svg).not.toMatch(/seat-hours|boards|est\./);
    expect(cy.description).toContain('Yr uchaf: ');
  });

  it('marks an unofficial Welsh name and explains the mark in its source line', () => {
    const unofficial = seed.organisations.find(
      (o) =>
        o.nameCyStatus === 'unofficial' &&
        csvRows(cy.csv).some((r) => r.organisation === (o.id as OrganisationId)),
    );
    if (!unofficial) return;
    expect(texts).toContain(`${unofficial.nameCy}*`);
    expect(texts).toContain('* cyfieithiad answyddogol');
  });
});

describe.each(PRESET_IDS)('the meeting-load figure on a %s page', (id) => {
  const preset = PRESETS[id];
  const figure = draw({ preset: id });

  it('is the page: its viewBox, width and height', () => {
    const root = /^<svg [^>]*>/.exec(figure.svg)![0];
    expect(root).toContain(`viewBox="0 0 ${num(preset.width)} ${num(preset.height)}"`);
    expect(root).toContain(`width="${preset.size.width}"`);
    expect(root).toContain(`height="${preset.size.height}"`);
  });

  it('sets every text at the preset sizes, none below the floor', () => {
    const sizes = fontSizes(figure.svg);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(TYPE_FLOOR);
    expect(figure.svg).toMatch(
      new RegExp(`<text [^>]*font-size="${num(preset.type.title)}" font-weight="700"`),
    );
    expect(Math.max(...sizes)).toBe(preset.type.title);
    const names = [
      ...figure.svg.matchAll(/<g id="tw-load-r\d+"[^>]*><text [^>]*font-size="([\d.]+)"/g),
    ];
    expect(names.map((m) => +m[1]!).every((s) => s === preset.type.label)).toBe(true);
  });

  it('says in the subtitle how many organisations it has room for', () => {
    const shown = csvRows(figure.csv).length;
    const texts = checkXml(figure.svg).texts.join(' ');
    expect(shown).toBeGreaterThanOrEqual(3);
    expect(texts).toContain(`the ${shown} busiest of`);
  });

  it('refuses a page that cannot hold three bars', () => {
    // Three organisations whose names alone would fill the page.
    const long = 'Partnership '.repeat(150).trim();
    const crowded: Landscape = {
      ...seed,
      organisations: seed.organisations.map((o) => ({ ...o, name: `${o.name} ${long}` })),
    };
    expect(() => draw({ landscape: crowded, preset: id })).toThrow(PageOverflow);
  });
});
