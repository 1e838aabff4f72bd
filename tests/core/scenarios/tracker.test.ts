import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  groupTracker,
  quarterOf,
  readTracker,
  trackerToCsv,
  validateTrackerEntry,
  type TrackerEntry,
} from '../../../src/core/scenarios/tracker';

const ROOT = join(import.meta.dirname, '../../..');
const REPORT = join(ROOT, '../shared/seeds/2020-safer-communities-programme-closure-report.txt');
const hasShared = existsSync(REPORT);
if (!hasShared)
  console.warn(
    'Skipping tracker quote checks: the shared seed documents are not beside the project.',
  );

const entry = (fields: Partial<TrackerEntry> = {}): TrackerEntry => ({
  id: 'e1',
  region: 'Gwent',
  date: '2020-04-15',
  position: 'Reviewing',
  actions: 'Meet',
  owner: 'Safer Gwent',
  ...fields,
});

const seedDoc = () => JSON.parse(readFileSync(join(ROOT, 'data/tracker.json'), 'utf8'));

describe('the rationalisation tracker', () => {
  it('derives the quarter from a date or month', () => {
    expect(quarterOf('2020-01')).toBe('2020-Q1');
    expect(quarterOf('2020-07-01')).toBe('2020-Q3');
    expect(quarterOf('2020-13')).toBeUndefined();
  });

  it('names every missing field and a quarter that disagrees with the date', () => {
    expect(validateTrackerEntry({ id: 'x', date: 'soon' }).map((p) => p.field)).toEqual([
      'region',
      'position',
      'actions',
      'owner',
      'date',
    ]);
    expect(validateTrackerEntry(entry({ quarter: '2020-Q1' }))[0]!.message).toBe(
      'the date 2020-04-15 falls in 2020-Q2, not 2020-Q1',
    );
    expect(
      validateTrackerEntry(entry({ region: 'Mercia' }), { regions: ['Gwent', 'North Wales'] }),
    ).toHaveLength(1);
  });

  it('groups entries by region and then quarter, oldest first', () => {
    const groups = groupTracker([
      entry({ id: 'b', date: '2020-04' }),
      entry({ id: 'a', region: 'Dyfed-Powys', date: '2020-01' }),
      entry({ id: 'c', date: '2020-01' }),
    ]);
    expect(groups.map((g) => [g.region, g.quarters.map((q) => q.quarter)])).toEqual([
      ['Dyfed-Powys', ['2020-Q1']],
      ['Gwent', ['2020-Q1', '2020-Q2']],
    ]);
  });

  it('exports CSV with a header, RFC 4180 quoting, CRLF line ends and formula guards', () => {
    const csv = trackerToCsv([
      entry({ position: 'Says "maybe", then\nwaits', actions: '=HYPERLINK("x")', owner: '-1' }),
      entry({ id: 'e2', owner: '@lead', actions: '+2' }),
    ]);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('id,region,date,quarter,position,actions,owner,scenarioId,source,quote');
    expect(csv).toContain('"Says ""maybe"", then\nwaits"');
    expect(csv).toContain(`"'=HYPERLINK(""x"")",'-1`);
    expect(lines.at(-2)).toBe("e2,Gwent,2020-04-15,2020-Q2,Reviewing,'+2,'@lead,,,");
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('is seeded with the January 2020 entry of Annex E for each police region', () => {
    const read = readTracker(seedDoc(), {
      regions: ['North Wales', 'Dyfed-Powys', 'South Wales', 'Gwent'],
    });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.map((e) => [e.region, e.quarter, e.source?.source])).toEqual([
      ['Dyfed-Powys', '2020-Q1', 'closure-2020'],
      ['Gwent', '2020-Q1', 'closure-2020'],
      ['North Wales', '2020-Q1', 'closure-2020'],
      ['South Wales', '2020-Q1', 'closure-2020'],
    ]);
  });

  it.skipIf(!hasShared)('quotes the closure report word for word', () => {
    const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
    const report = flat(readFileSync(REPORT, 'utf8'));
    const entries = seedDoc().entries as TrackerEntry[];
    const missing = entries.filter((e) => !report.includes(flat(e.source!.quote!)));
    expect(missing).toEqual([]);
  });
});
