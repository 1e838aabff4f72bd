import { describe, expect, it } from 'vitest';
import { exportCsvBundle, importCsvBundle } from '../../../../src/core/io/csv/landscape-csv';
import { referenceGeography } from '../../../../src/core/io/csv/reference-geography';
import { formatProblems } from '../../../../src/core/model/problems';
import { generateLandscape } from '../../../fixtures/generate-landscape';
import { miniLandscape } from '../../../fixtures/mini-landscape';
import { seedLandscape } from '../../../fixtures/seed';

const seed = seedLandscape();
const reference = referenceGeography(seed);

/** The mini landscape's bundle with one file's text changed by `edit`. */
function bundleWith(file: string, edit: (text: string) => string) {
  const files = exportCsvBundle(miniLandscape());
  files[file] = edit(files[file]!);
  return files;
}
function lines(files: Record<string, string>, options = {}) {
  const r = importCsvBundle(files, options);
  if (r.ok) throw new Error('expected the import to be refused');
  return formatProblems(r.problems);
}

describe('CSV bundle round trip', () => {
  it('gives back the seed exactly (JSON → CSV → JSON)', () => {
    const back = importCsvBundle(exportCsvBundle(seed));
    expect(back.ok && back.warnings).toEqual([]);
    expect(back.ok && back.value).toStrictEqual(seed);
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('gives back generated landscape %i exactly', (s) => {
    const l = generateLandscape(s, 5 + s * 7);
    const back = importCsvBundle(exportCsvBundle(l));
    if (!back.ok) throw new Error(formatProblems(back.problems).join('\n'));
    expect(back.value).toStrictEqual(l);
  });

  it('writes the columns of issue 6 first, in order', () => {
    const files = exportCsvBundle(seed);
    const header = (f: string) => files[f]!.slice(1, files[f]!.indexOf('\r\n'));
    expect(header('areas.csv')).toBe('code,name,name_cy,regions');
    expect(header('organisations.csv')).toMatch(/^id,name,name_cy,sector,devolved,source,/);
    expect(header('boards.csv')).toMatch(
      /^id,name,name_cy,level,footprint,themes,statutory_basis,meetings_per_year,hours_per_meeting,status,source,quote,/,
    );
    expect(header('memberships.csv')).toMatch(/^board_id,organisation_id,role,seats,source,/);
    expect(header('relations.csv')).toMatch(/^from_board_id,to_board_id,type,source,/);
    expect(files['areas.csv']).toContain('police=North Wales;health=Betsi Cadwaladr');
  });
});

describe('a hand-made bundle', () => {
  const files = {
    'Organisations.CSV':
      'id,name,name_cy,sector,devolved,source\r\npolice-nw,North Wales Police,Heddlu Gogledd Cymru,police,no,\r\ncouncil,"Conwy, County Borough",Conwy,local-government,yes,\r\n',
    'boards.csv':
      '\uFEFFid,name,name_cy,level,footprint,themes,statutory_basis,meetings_per_year,hours_per_meeting,status,source,quote\n' +
      'nw-board,"North Wales ""Safer"" Board",Bwrdd Gogledd Cymru,regional,W06000001;W06000002,community-safety; vawdasv,,4,2,active,my-doc,"said so,\nin two lines"\n',
    'memberships.csv':
      'board_id,organisation_id,role,seats,source\nnw-board,police-nw,chair,1,\nnw-board,council,member,2,\n',
  };

  it('imports with the reference geography and today as the as-at date, warning what is missing', () => {
    const r = importCsvBundle(files, {
      reference,
      defaults: { title: 'Mine', asAt: '2024-05-01' },
    });
    if (!r.ok) throw new Error(formatProblems(r.problems).join('\n'));
    expect(r.value.areas).toHaveLength(22);
    expect(r.value.asAt).toBe('2024-05-01');
    expect(r.value.boards[0]).toMatchObject({
      name: 'North Wales "Safer" Board',
      themes: ['community-safety', 'vawdasv'],
      meetingsPerYear: 4,
      source: { source: 'my-doc', quote: 'said so,\nin two lines', confidence: 'inferred' },
    });
    expect(r.value.memberships[0]!.source).toEqual({
      source: 'user-entry',
      confidence: 'illustrative',
    });
    expect(r.value.sources.map((s) => s.id)).toContain('my-doc');
    expect(formatProblems(r.warnings).join('\n')).toMatch(/relations.csv is not given/);
  });
});

describe('bad input: every problem names file, row and column', () => {
  it('refuses an unknown level, naming the allowed values', () => {
    const out = lines(bundleWith('boards.csv', (t) => t.replace(',regional,', ',county,')));
    expect(out).toContainEqual(
      'boards.csv, row 3 › column D (level): "county" is not allowed; expected one of: national, regional, sub-regional, local',
    );
  });

  it('keeps a Welsh name’s status and source, and refuses an unknown status on its row', () => {
    const l = miniLandscape();
    Object.assign(l.organisations[0]!, {
      nameCy: 'Heddlu’r Gogledd',
      nameCyStatus: 'official',
      nameCySource: 'doc',
    });
    Object.assign(l.boards[0]!, { nameCy: 'Bwrdd Cenedlaethol', nameCyStatus: 'unofficial' });
    Object.assign(l.regionSystems[0]!, { nameCy: 'Heddluoedd', nameCyStatus: 'unofficial' });
    const back = importCsvBundle(exportCsvBundle(l));
    expect(back.ok && back.value).toStrictEqual(l);
    const files = exportCsvBundle(l);
    files['boards.csv'] = files['boards.csv']!.replace(',unofficial,', ',guessed,');
    expect(lines(files)).toContainEqual(
      expect.stringMatching(
        /^boards.csv, row 2 › column [A-Z]+ \(name_cy_status\): "guessed" is not allowed; expected one of: official, unofficial/,
      ),
    );
  });

  it('refuses an unknown theme, relation type and area code', () => {
    const out = lines(
      bundleWith('boards.csv', (t) =>
        t
          .replace('serious-violence', 'knife-crime')
          .replace('W06000001;W06000002', 'W06000001;W06000099'),
      ),
    ).join('\n');
    expect(out).toMatch(
      /boards.csv, row 3 › column F \(themes\): "knife-crime" is not a theme; expected one of: community-safety,/,
    );
    expect(out).toMatch(
      /boards.csv, row 3 › column E \(footprint\): unknown area code "W06000099"; expected one of the area codes in areas.csv: W06000001, W06000002/,
    );
    const rel = lines(bundleWith('relations.csv', (t) => t.replace('back-to-back', 'sits-beside')));
    expect(rel[0]).toMatch(
      /^relations.csv, row 2 › column C \(type\): "sits-beside" is not allowed; expected one of: reports-to, sub-group-of, back-to-back/,
    );
  });

  it('refuses duplicate ids, pointing at the first', () => {
    const out = lines(bundleWith('boards.csv', (t) => t.replace('north-contest,', 'north-svoc,')));
    expect(out).toContainEqual(
      'boards.csv, row 4 › column A (id): duplicate id "north-svoc" (first at row 3)',
    );
  });

  it('refuses memberships and relations that point nowhere', () => {
    const out = lines(
      bundleWith('memberships.csv', (t) =>
        t.replace('north-svoc,police-north', 'north-svoc,nobody'),
      ),
    );
    expect(out).toContainEqual(
      'memberships.csv, row 2 › column B (organisation_id): no organisation has the id "nobody"',
    );
    const rel = lines(
      bundleWith('relations.csv', (t) => t.replace('csp-aman,north-svoc', 'csp-aman,ghost')),
    );
    expect(rel).toContainEqual(
      'relations.csv, row 3 › column B (to_board_id): no board has the id "ghost"',
    );
  });

  it('refuses numbers that are not numbers', () => {
    const out = lines(bundleWith('memberships.csv', (t) => t.replace(',chair,1,', ',chair,one,')));
    expect(out).toEqual([
      'memberships.csv, row 2 › column D (seats): "one" is not a number; expected digits, such as 4 or 1.5',
    ]);
    const huge = lines(
      bundleWith('memberships.csv', (t) => t.replace(',chair,1,', ',chair,1e999,')),
    );
    expect(huge[0]).toMatch(/column D \(seats\): "1e999" is too large a number/);
    const neg = lines(bundleWith('memberships.csv', (t) => t.replace(',chair,1,', ',chair,-3,')));
    expect(neg[0]).toMatch(
      /memberships.csv, row 2 › column D \(seats\): expected a whole number from 1 to 1000, got -3/,
    );
  });

  it('refuses a missing required column, and warns of an unknown one', () => {
    const out = lines(bundleWith('boards.csv', (t) => t.replace(',level,', ',grade,')));
    expect(out).toContainEqual(
      expect.stringMatching(
        /^boards.csv, row 1 › level: the required column "level" is missing; boards.csv needs: id, name, name_cy, level/,
      ),
    );
    const r = importCsvBundle(
      bundleWith('boards.csv', (t) =>
        t
          .split('\r\n')
          .map((line, i) => (line === '' ? line : `${line},${i === 0 ? 'colour' : 'blue'}`))
          .join('\r\n'),
      ),
    );
    expect(r.ok).toBe(true);
    expect(formatProblems(r.warnings)[0]).toMatch(
      /boards.csv, row 1 › column \w+ \(colour\): unknown column "colour" is ignored/,
    );
  });

  it('refuses a malformed row with its row and column', () => {
    const out = lines(
      bundleWith('organisations.csv', (t) => t.replace('North Police', '"North" Police')),
    );
    expect(out[0]).toMatch(/^organisations.csv, row 2 › column B: /);
    const unterminated = lines(bundleWith('relations.csv', (t) => `${t}"csp-aman,north`));
    expect(unterminated[0]).toMatch(
      /^relations.csv, row 4 › column A: a quoted field is never closed/,
    );
  });

  it('refuses a file that is not CSV, and a bundle missing its boards', () => {
    const out = lines(
      bundleWith('boards.csv', () => '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR'),
    );
    expect(out[0]).toMatch(/^boards.csv: this is not CSV text/);
    const files = exportCsvBundle(miniLandscape());
    delete files['boards.csv'];
    expect(lines(files)[0]).toMatch(/boards.csv is missing/);
  });

  it('refuses an unknown region system in regions.csv and a bad regions pair in areas.csv', () => {
    const out = lines(bundleWith('areas.csv', (t) => t.replace('police=North;', 'police North;')));
    expect(out[0]).toMatch(
      /^areas.csv, row 2 › column D \(regions\): "police North" is not a system=region pair/,
    );
    const sys = lines(bundleWith('regions.csv', (t) => t.replace('police,North', 'polis,North')));
    expect(sys[0]).toMatch(
      /^regions.csv, row 2 › column A \(system\): unknown region system "polis"; expected one of: police, fire/,
    );
  });

  it('refuses an unknown confidence and an unknown source with the allowed values', () => {
    const out = lines(
      bundleWith('relations.csv', (t) => t.replace(',doc,stated,', ',nodoc,sure,')),
    );
    expect(out).toContainEqual(
      expect.stringMatching(
        /^relations.csv, row 2 › column D \(source\): unknown source "nodoc"; expected one of the ids in sources.csv: user-entry, doc/,
      ),
    );
    expect(out).toContainEqual(
      expect.stringMatching(
        /^relations.csv, row 2 › column E \(confidence\): "sure" is not allowed; expected one of: stated, inferred, illustrative/,
      ),
    );
  });

  it('keeps labels with markup, CDATA ends, control characters and right-to-left text as text', () => {
    const l = miniLandscape();
    l.boards[0]!.name = '<script>alert(1)</script> ]]> \u0007 שלום';
    const back = importCsvBundle(exportCsvBundle(l));
    expect(back.ok && back.value.boards[0]!.name).toBe(l.boards[0]!.name);
  });
});
