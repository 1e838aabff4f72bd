import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLandscape } from '../../src/core/io/landscape-format';
import { footprintAreas } from '../../src/core/geography/footprint';
import type { Landscape } from '../../src/core/model/types';

const ROOT = join(import.meta.dirname, '../..');
const SHARED = join(ROOT, '../shared');
const hasShared = existsSync(join(SHARED, 'reference/wales-local-authorities.csv'));
if (!hasShared)
  console.warn(
    'Skipping reference and quote checks: the shared reference folder is not beside the project.',
  );

function seed(): Landscape {
  const result = parseLandscape(readFileSync(join(ROOT, 'data/landscape.json'), 'utf8'));
  if (!result.ok)
    throw new Error(result.problems.map((p) => `${p.record} ${p.field}: ${p.message}`).join('\n'));
  return result.value;
}

/** A small CSV reader for the reference table (quoted fields, no embedded newlines). */
function readCsv(text: string): Record<string, string>[] {
  const lines = text.trim().split(/\r?\n/);
  const split = (line: string) =>
    [...line.matchAll(/("([^"]|"")*"|[^,]*)(,|$)/g)]
      .map((m) => m[1]!.replace(/^"|"$/g, '').replace(/""/g, '"'))
      .slice(0, -1);
  const header = split(lines[0]!);
  return lines
    .slice(1)
    .map((line) => Object.fromEntries(split(line).map((v, i) => [header[i], v])));
}

/** The reading of a reference cell that data/README.md documents: the arrangement after any change, notes dropped. */
const regionName = (cell: string) =>
  cell
    .split('->')
    .at(-1)!
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/\s*\[[^\]]*\]/g, '')
    .trim();

describe('the seed landscape', () => {
  const landscape = seed();

  it('is valid against the landscape format', () => {
    expect(landscape.boards.length).toBeGreaterThan(100);
  });

  it('has the 22 Welsh local authorities', () => {
    expect(landscape.areas).toHaveLength(22);
  });

  it.skipIf(!hasShared)(
    'agrees with the reference table of local authorities and their regions',
    () => {
      const rows = readCsv(
        readFileSync(join(SHARED, 'reference/wales-local-authorities.csv'), 'utf8'),
      );
      expect(rows).toHaveLength(22);
      const columns: Record<string, [name: string, code?: string]> = {
        police: ['police_force_area', 'pfa_code'],
        health: ['lhb_current', 'lhb_current_code'],
        'health-2017': ['lhb_2017', 'lhb_2017_code'],
        fire: ['fire_rescue', 'fra_code'],
        rpb: ['regional_partnership_board'],
      };
      for (const row of rows) {
        const area = landscape.areas.find((a) => a.code === row.gss_code);
        expect(area, row.gss_code).toBeDefined();
        expect(area!.name).toBe(row.la_name);
        expect(area!.nameCy).toBe(row.la_name_cy);
        for (const [system, [nameColumn, codeColumn]] of Object.entries(columns)) {
          expect(area!.regions[system], `${row.la_name} ${system}`).toBe(
            regionName(row[nameColumn]!),
          );
          if (codeColumn) {
            const region = landscape.regionSystems
              .find((s) => s.id === system)!
              .regions.find((r) => r.name === area!.regions[system]);
            expect(region?.code, `${row.la_name} ${system} code`).toBe(row[codeColumn]);
          }
        }
      }
    },
  );

  it('groups the areas into 4 police regions, 7 health boards (2017 and 2019) and 3 fire areas', () => {
    const count = (system: string) => new Set(landscape.areas.map((a) => a.regions[system])).size;
    expect([count('police'), count('health'), count('health-2017'), count('fire')]).toEqual([
      4, 7, 7, 3,
    ]);
    const bridgend = landscape.areas.find((a) => a.name === 'Bridgend')!;
    expect(bridgend.regions['health-2017']).toBe('Abertawe Bro Morgannwg UHB');
    expect(bridgend.regions.health).toBe('Cwm Taf Morgannwg UHB');
  });

  it('gives every board a level, a non-empty footprint and a source', () => {
    for (const b of landscape.boards) {
      expect(b.level, b.id).toBeTruthy();
      expect(footprintAreas(landscape, b.footprint).length, b.id).toBeGreaterThan(0);
      expect(b.source.source, b.id).toBeTruthy();
    }
  });

  it('has no membership or relation pointing at a missing record', () => {
    const boards = new Set(landscape.boards.map((b) => b.id));
    const orgs = new Set(landscape.organisations.map((o) => o.id));
    for (const m of landscape.memberships)
      expect(boards.has(m.board) && orgs.has(m.organisation), `${m.board} ${m.organisation}`).toBe(
        true,
      );
    for (const r of landscape.relations)
      expect(boards.has(r.from) && boards.has(r.to), `${r.from} ${r.to}`).toBe(true);
  });

  it.skipIf(!hasShared)('quotes every seed document word for word', () => {
    const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
    const texts = new Map(
      landscape.sources
        .filter((s) => s.kind === 'seed')
        .map((s) => [s.id, flat(readFileSync(join(SHARED, 'seeds', s.file!), 'utf8'))]),
    );
    const refs = [
      ...landscape.organisations.map((o) => o.source),
      ...landscape.boards.flatMap((b) => [b.source, ...Object.values(b.factSources ?? {})]),
      ...landscape.memberships.map((m) => m.source),
      ...landscape.relations.map((r) => r.source),
    ];
    const missing = refs.filter(
      (r) => r.quote && texts.has(r.source) && !texts.get(r.source)!.includes(flat(r.quote)),
    );
    expect(missing).toEqual([]);
    expect(refs.filter((r) => r.quote && texts.has(r.source)).length).toBeGreaterThan(100);
  });

  it('names the national bodies of the seed documents', () => {
    const names = landscape.boards
      .filter((b) => b.level === 'national')
      .map((b) => b.name)
      .join('\n');
    for (const body of [
      /All Wales Criminal Justice Board/,
      /Safer Communities Programme Board/,
      /Safer Communities Board/,
      /Policing Partnership Board/,
      /CONTEST.*Extremism Board/,
      /Integrated Offender Management Cymru/,
      /Women in Justice/,
      /Justice in Wales Strategy Group/,
      /Home Office Advisory Group/,
      /Oversight Group/,
      /Safer Communities Network/,
      /Violence Prevention Unit/,
    ])
      expect(names).toMatch(body);
  });

  it('has a community safety partnership covering every local authority', () => {
    const covered = new Set(
      landscape.boards
        .filter((b) => b.acronym === 'CSP' || /Community Safety Partnership/.test(b.name))
        .flatMap((b) => footprintAreas(landscape, b.footprint)),
    );
    expect(covered.size).toBe(22);
  });

  it('records the back-to-back meetings the seed documents describe', () => {
    const pairs = landscape.relations
      .filter((r) => r.type === 'back-to-back')
      .map((r) => [r.from, r.to].sort().join(' + '));
    expect(pairs).toEqual(
      expect.arrayContaining([
        'dp-contest-board + dp-svoc-board',
        'cwm-taf-apb + cwm-taf-csb',
        'awcjb + iom-cymru',
      ]),
    );
  });

  it('models the nine North Wales regional boards, marking the guessed ones illustrative', () => {
    const northWales = landscape.areas
      .filter((a) => a.regions.police === 'North Wales')
      .map((a) => a.code)
      .sort()
      .join();
    // The nine are the boards whose place in the count cites the closure report's "existing nine".
    const nine = landscape.boards.filter((b) =>
      /existing nine/.test(b.factSources?.name?.quote ?? b.source.quote ?? ''),
    );
    expect(nine).toHaveLength(9);
    for (const b of nine) {
      expect(b.level, b.id).toBe('regional');
      expect(b.footprint === 'all' ? '' : [...b.footprint].sort().join(), b.id).toBe(northWales);
    }
    expect(nine.filter((b) => b.source.confidence === 'illustrative').length).toBeGreaterThan(0);
  });

  it('records South Wales merging its LCJB and IOM board into a joint criminal justice board', () => {
    const merged = landscape.relations
      .filter((r) => r.type === 'merged-into' && r.to === 'sw-cjb')
      .map((r) => r.from);
    expect(merged.sort()).toEqual(['sw-iom-board', 'sw-lcjb']);
  });

  it('has county-level SVOC and CONTEST structures in each Dyfed-Powys county', () => {
    const dp = landscape.areas.filter((a) => a.regions.police === 'Dyfed-Powys').map((a) => a.code);
    for (const code of dp) {
      const local = landscape.boards.filter(
        (b) =>
          b.level === 'local' &&
          b.footprint !== 'all' &&
          b.footprint.length === 1 &&
          b.footprint[0] === code,
      );
      expect(
        local.some((b) => b.themes.includes('serious-violence')),
        code,
      ).toBe(true);
      expect(
        local.some((b) => b.themes.includes('counter-terrorism')),
        code,
      ).toBe(true);
    }
  });
});
