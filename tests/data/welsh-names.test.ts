import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLandscape } from '../../src/core/io/landscape-format';
import type { CitedWelshName, Landscape, WelshName } from '../../src/core/model/types';

const ROOT = join(import.meta.dirname, '../..');

function seed(): Landscape {
  const result = parseLandscape(readFileSync(join(ROOT, 'data/landscape.json'), 'utf8'));
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.value;
}

/** Every named record of the landscape that a Welsh reader sees by name. */
function named(l: Landscape): (readonly [label: string, record: WelshName & { name: string }])[] {
  return [
    ...l.organisations.map((o) => [`organisation ${o.id}`, o] as const),
    ...l.boards.map((b) => [`board ${b.id}`, b] as const),
    ...l.regionSystems.flatMap((s) => [
      [`region system ${s.id}`, s] as const,
      ...s.regions.map((r) => [`region ${s.id}/${r.name}`, r] as const),
    ]),
  ];
}

describe('the Welsh names of the seed landscape', () => {
  const landscape = seed();

  it('gives every organisation, board, region system and region a Welsh name', () => {
    const missing = named(landscape)
      .filter(([, r]) => !r.nameCy?.trim())
      .map(([label]) => label);
    expect(missing).toEqual([]);
  });

  it('marks every Welsh name as official or as an unofficial translation', () => {
    const unmarked = named(landscape)
      .filter(([, r]) => r.nameCy && r.nameCyStatus === undefined)
      .map(([label]) => label);
    expect(unmarked).toEqual([]);
  });

  it('cites a declared source for every official organisation or board name', () => {
    const sources = new Set(landscape.sources.map((s) => s.id));
    const cited: [string, CitedWelshName][] = [
      ...landscape.organisations.map((o) => [o.id, o] as [string, CitedWelshName]),
      ...landscape.boards.map((b) => [b.id, b] as [string, CitedWelshName]),
    ];
    const uncited = cited
      .filter(([, r]) => r.nameCyStatus === 'official' && !sources.has(r.nameCySource!))
      .map(([id]) => id);
    expect(uncited).toEqual([]);
  });

  it('gives the UK bodies and commissioners the issue names their official Welsh names', () => {
    const cy = (id: string) => landscape.organisations.find((o) => o.id === id);
    expect(cy('home-office')).toMatchObject({
      nameCy: 'Y Swyddfa Gartref',
      nameCyStatus: 'official',
    });
    expect(cy('ministry-of-justice')).toMatchObject({
      nameCy: 'Y Weinyddiaeth Gyfiawnder',
      nameCyStatus: 'official',
    });
    for (const pcc of ['pcc-north-wales', 'pcc-dyfed-powys', 'pcc-south-wales', 'pcc-gwent'])
      expect(cy(pcc)!.nameCy, pcc).toMatch(/^Comisiynydd Heddlu a Throseddu /);
  });
});
