import { describe, expect, it } from 'vitest';
import { findLocalDuplicates } from '../../../src/core/analysis/local-duplicates';
import { board, miniLandscape } from '../../fixtures/mini-landscape';
import { seedLandscape } from '../../fixtures/seed';

describe('duplicative local structures', () => {
  it('reports a local board repeating a regional theme for part of its footprint', () => {
    const l = miniLandscape();
    l.boards.push(
      board({
        id: 'aman-svoc',
        name: 'Aman SVOC group',
        level: 'local',
        footprint: ['W06000001'],
        themes: ['serious-violence', 'cohesion'],
      }),
    );
    expect(findLocalDuplicates(l, { includeStatutory: false })).toEqual([
      {
        local: 'aman-svoc',
        regional: 'north-svoc',
        themes: ['serious-violence'],
        localAreas: 1,
        regionalAreas: 2,
      },
    ]);
  });

  it('leaves out local boards on other themes or outside the regional footprint', () => {
    const l = miniLandscape();
    l.boards.push(
      board({
        id: 'cwm-svoc',
        name: 'Cwm SVOC',
        level: 'local',
        footprint: ['W06000003'],
        themes: ['serious-violence'],
      }),
    );
    expect(
      findLocalDuplicates(l, { includeStatutory: false }).filter((d) => d.local !== 'csp-aman'),
    ).toEqual([]);
  });

  it('leaves out statutory local boards unless asked', () => {
    const l = miniLandscape();
    l.boards.push(
      board({
        id: 'aman-csp-2',
        name: 'Aman CSP',
        level: 'local',
        footprint: ['W06000001'],
        themes: ['serious-violence'],
        statutoryBasis: 'Crime and Disorder Act 1998',
      }),
    );
    expect(findLocalDuplicates(l, { includeStatutory: false })).toEqual([]);
    expect(findLocalDuplicates(l, { includeStatutory: true }).map((d) => d.local)).toEqual([
      'aman-csp-2',
    ]);
  });

  it('finds the county-level SVOC and CONTEST structures in Dyfed-Powys', () => {
    const found = findLocalDuplicates(seedLandscape(), { includeStatutory: false });
    for (const county of ['carmarthenshire', 'ceredigion', 'pembrokeshire', 'powys']) {
      expect(found).toContainEqual(
        expect.objectContaining({ local: `dp-svoc-${county}`, regional: 'dp-svoc-board' }),
      );
      expect(found).toContainEqual(
        expect.objectContaining({
          local: `dp-contest-${county}`,
          regional: 'dp-contest-board',
          themes: ['counter-terrorism'],
        }),
      );
    }
  });
});

describe('local duplicates grouped', () => {
  it('gathers the local boards under the regional board they repeat, with every theme', async () => {
    const { groupLocalDuplicates } = await import('../../../src/core/analysis/local-duplicates');
    const id = (s: string) => s as never;
    const groups = groupLocalDuplicates([
      {
        local: id('b'),
        regional: id('r1'),
        themes: ['serious-violence'],
        localAreas: 1,
        regionalAreas: 4,
      },
      {
        local: id('a'),
        regional: id('r1'),
        themes: ['counter-terrorism', 'serious-violence'],
        localAreas: 1,
        regionalAreas: 4,
      },
      {
        local: id('c'),
        regional: id('r0'),
        themes: ['safeguarding'],
        localAreas: 2,
        regionalAreas: 6,
      },
    ]);
    expect(groups).toEqual([
      { regional: 'r0', locals: ['c'], themes: ['safeguarding'] },
      { regional: 'r1', locals: ['a', 'b'], themes: ['serious-violence', 'counter-terrorism'] },
    ]);
  });
});
