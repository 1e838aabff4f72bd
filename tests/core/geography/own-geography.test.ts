import { describe, expect, it } from 'vitest';
import { exportCsvBundle, importCsvBundle } from '../../../src/core/io/csv/landscape-csv';
import { referenceGeography } from '../../../src/core/io/csv/reference-geography';
import { parseLandscape } from '../../../src/core/io/landscape-format';
import { formatProblems } from '../../../src/core/model/problems';
import type { Landscape } from '../../../src/core/model/types';
import { validateLandscape } from '../../../src/core/model/validate';
import { englishBundleFiles, englishLandscape } from '../../fixtures/english-bundle';
import { seedLandscape } from '../../fixtures/seed';

function refused(files: Record<string, string>) {
  const r = importCsvBundle(files, { reference: referenceGeography(seedLandscape()) });
  if (r.ok) throw new Error('expected the bundle to be refused');
  return formatProblems(r.problems);
}
const edit = (file: string, change: (text: string) => string) => {
  const files = englishBundleFiles();
  files[file] = change(files[file]!);
  return files;
};

describe('a landscape with its own geography', () => {
  it('imports an English bundle with its own areas, no Welsh names and its own region systems', () => {
    const result = importCsvBundle(englishBundleFiles(), {
      reference: referenceGeography(seedLandscape()),
    });
    if (!result.ok) throw new Error(formatProblems(result.problems).join('\n'));
    const l = result.value;
    expect(l.areas).toHaveLength(14);
    expect(l.areas.find((a) => a.code === 'E07000123')).toEqual({
      code: 'E07000123',
      name: 'Preston',
      regions: { police: 'Lancashire', csp: 'Central Lancashire' },
    });
    expect(l.regionSystems.map((s) => s.id)).toEqual(['police', 'csp']);
    expect(result.warnings).toEqual([]);
  });

  it('round-trips through JSON and CSV unchanged', () => {
    const l = englishLandscape();
    const json = parseLandscape(JSON.stringify(l));
    expect(json.ok && json.value).toStrictEqual(l);
    const csv = importCsvBundle(exportCsvBundle(l));
    expect(csv.ok && csv.value).toStrictEqual(l);
    expect(exportCsvBundle(l)['areas.csv']).toContain('E07000123,Preston,,');
  });

  it('accepts any GSS code and plain local ids, with or without a Welsh name', () => {
    const l = englishLandscape();
    const mixed: Landscape = {
      ...l,
      areas: [
        ...l.areas,
        { code: 'S12000033' as never, name: 'Aberdeen City', regions: {} },
        { code: 'N09000001' as never, name: 'Antrim and Newtownabbey', regions: {} },
        { code: 'W06000015' as never, name: 'Cardiff', nameCy: 'Caerdydd', regions: {} },
        { code: 'cjc-north' as never, name: 'North Wales CJC', regions: {} },
      ],
    };
    const r = validateLandscape(mixed);
    expect(r.ok ? [] : r.problems).toEqual([]);
  });

  it('uses the Welsh reference geography when the bundle has no areas.csv', () => {
    const files = englishBundleFiles();
    delete files['areas.csv'];
    delete files['regions.csv'];
    delete files['region_systems.csv'];
    const out = refused(files);
    // The English codes are not Welsh areas: said once per board, naming only Welsh codes.
    expect(out[0]).toMatch(
      /^boards\.csv, row 4 › column E \(footprint\): unknown area code "E06000008"/,
    );
    expect(out[0]).toContain('of the Welsh reference geography: W06000001');
  });
});

describe('one cause, one message', () => {
  it('reports a bad area code once, at its own row, and not again in the footprints using it', () => {
    const files = edit('areas.csv', (t) => t.replaceAll('E07000123', 'E0700012'));
    files['boards.csv'] = files['boards.csv']!.replaceAll('E07000123', 'E0700012');
    const out = refused(files);
    expect(out).toEqual([
      'areas.csv, row 10 › column A (code): "E0700012" is not a GSS code (a country letter and eight digits, e.g. E07000123) or a plain local id (lowercase letters, digits, hyphens, e.g. cjc-north)',
    ]);
  });

  it('never lists the rejected value among the allowed ones', () => {
    const files = edit('areas.csv', (t) => t.replace('E07000123,Preston', 'Preston City,Preston'));
    files['boards.csv'] = files['boards.csv']!.replaceAll('E07000123', 'Preston City');
    const out = refused(files);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^areas\.csv, row 10 › column A \(code\)/);
    const unknown = refused(edit('boards.csv', (t) => t.replace('E07000118;', 'E07000999;')));
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toContain('unknown area code "E07000999"');
    expect(unknown[0]!.split('expected')[1]).not.toContain('E07000999');
  });

  it('refuses duplicate area codes at the second row, naming the first', () => {
    const out = refused(
      edit('areas.csv', (t) => `${t}E07000123,Preston again,police=Lancashire\n`),
    );
    expect(out).toEqual([
      'areas.csv, row 16 › column A (code): duplicate code "E07000123" (first at row 10)',
    ]);
  });

  it('refuses an area put in two regions of one system', () => {
    const out = refused(
      edit('areas.csv', (t) =>
        t.replace(
          'E07000121,Lancaster,police=Lancashire',
          'E07000121,Lancaster,police=Lancashire;police=Cumbria',
        ),
      ),
    );
    expect(out).toEqual([
      'areas.csv, row 8 › column C (regions): the system "police" is given twice',
    ]);
  });

  it('warns when a region system leaves areas out, and still imports', () => {
    const result = importCsvBundle(
      edit('areas.csv', (t) =>
        t.replace('police=Lancashire;csp=Fylde Coast\nE07000120', 'police=Lancashire\nE07000120'),
      ),
    );
    expect(result.ok).toBe(true);
    expect(formatProblems(result.warnings)).toEqual([
      'areas.csv › regions: 1 of 14 areas are in no region of "csp": Fylde (E07000119)',
    ]);
  });
});
