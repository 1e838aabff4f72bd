import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyLandscape } from '../../../src/core/io/csv/empty-landscape';
import { referenceGeography } from '../../../src/core/io/csv/reference-geography';
import { seedLandscape } from '../../fixtures/seed';

const defaults = { title: 'From scratch', asAt: '2026-12-04' };
const bundle = join(import.meta.dirname, '../../fixtures/english-bundle');
const read = (name: string) => readFileSync(join(bundle, name), 'utf8');

describe('a new empty landscape', () => {
  it('opens on the Welsh reference geography with no boards', () => {
    const seed = seedLandscape();
    const made = emptyLandscape({}, { reference: referenceGeography(seed), defaults });
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    expect(made.value.boards).toEqual([]);
    expect(made.value.organisations).toEqual([]);
    expect(made.value.areas).toHaveLength(22);
    expect(made.value.title).toBe('From scratch');
  });

  it("opens on the user's own areas and region systems", () => {
    const made = emptyLandscape(
      {
        'areas.csv': read('areas.csv'),
        'region_systems.csv': read('region_systems.csv'),
        'regions.csv': read('regions.csv'),
      },
      { defaults },
    );
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    expect(made.value.boards).toEqual([]);
    expect(made.value.areas.every((a) => !a.code.startsWith('W06'))).toBe(true);
    expect(made.value.regionSystems.length).toBeGreaterThan(0);
  });

  it('refuses areas.csv without its required column, naming file, row and column', () => {
    const made = emptyLandscape({ 'areas.csv': 'code,name\nE07000117,Burnley\n' }, { defaults });
    expect(made.ok).toBe(false);
    if (made.ok) return;
    expect(made.problems[0]).toMatchObject({ record: 'areas.csv, row 1', field: 'regions' });
  });
});
