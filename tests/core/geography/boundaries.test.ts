import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_BOUNDARY_CHARS, readBoundaries } from '../../../src/core/geography/boundaries';
import { miniLandscape } from '../../fixtures/mini-landscape';
import { seedLandscape } from '../../fixtures/seed';

/** A small square polygon near (x, y) in longitude and latitude, wound either way. */
const square = (x: number, y: number, clockwise = true) => {
  const ring = [
    [x, y],
    [x, y + 0.1],
    [x + 0.1, y + 0.1],
    [x + 0.1, y],
    [x, y],
  ];
  return { type: 'Polygon', coordinates: [clockwise ? ring : [...ring].reverse()] };
};
const feature = (properties: Record<string, unknown>, geometry: unknown, id?: string) => ({
  type: 'Feature',
  ...(id ? { id } : {}),
  properties,
  geometry,
});
const collection = (...features: unknown[]) =>
  JSON.stringify({ type: 'FeatureCollection', features });
const mini = miniLandscape();
const problemsOf = (text: string) => {
  const r = readBoundaries(text, mini);
  if (r.ok) throw new Error('expected the file to be refused');
  return r.problems.map((p) => `${p.record} › ${p.field}: ${p.message}`);
};

describe('readBoundaries with GeoJSON', () => {
  it('reads shapes keyed by LAD21CD, listing codes it does not know and areas it lacks', () => {
    const r = readBoundaries(
      collection(
        feature({ LAD21CD: 'W06000001' }, square(-4, 53)),
        feature({ LAD21CD: 'W06000002' }, square(-3.8, 53, false)),
        feature({ LAD21CD: 'E06000001' }, square(-1, 54)),
      ),
      mini,
    );
    if (!r.ok) throw new Error(r.problems[0]!.message);
    expect(r.value.codeProperty).toBe('LAD21CD');
    expect([...r.value.shapes.keys()]).toEqual(['W06000001', 'W06000002']);
    expect(r.value.unmatched).toEqual(['E06000001']);
    expect(r.value.missing).toEqual(['W06000003', 'W06000004']);
    expect(r.value.format).toBe('geojson');
  });

  it('winds every polygon the way d3-geo expects, whichever way the file wound it', () => {
    const r = readBoundaries(
      collection(
        feature({ code: 'W06000001' }, square(-4, 53, true)),
        feature({ code: 'W06000002' }, square(-4, 53, false)),
      ),
      mini,
    );
    if (!r.ok) throw new Error('refused');
    expect(r.value.shapes.get('W06000002' as never)).toEqual(
      r.value.shapes.get('W06000001' as never),
    );
  });

  it('prefers the LAD code over a generic one, and falls back to the feature id', () => {
    const both = readBoundaries(
      collection(feature({ code: 'x', lad22cd: 'W06000001' }, square(-4, 53))),
      mini,
    );
    expect(both.ok && both.value.codeProperty).toBe('lad22cd');
    const byId = readBoundaries(
      collection(feature({ name: 'Aman' }, square(-4, 53), 'W06000001')),
      mini,
    );
    expect(byId.ok && byId.value.codeProperty).toBe('id');
    const county = readBoundaries(
      collection(feature({ CTYUA19CD: 'W06000001' }, square(-4, 53))),
      mini,
    );
    expect(county.ok && county.value.codeProperty).toBe('CTYUA19CD');
  });

  it('joins features that share a code into one shape', () => {
    const r = readBoundaries(
      collection(
        feature({ code: 'W06000001' }, square(-4, 53)),
        feature({ code: 'W06000001' }, square(-4.5, 53.2)),
      ),
      mini,
    );
    expect(r.ok && r.value.shapes.get('W06000001' as never)!.type).toBe('MultiPolygon');
  });
});

describe('readBoundaries with TopoJSON', () => {
  // Two unit squares sharing an edge, quantised: arcs 0 and 1 are the outer edges, 2 the shared one.
  const topology = (objects: Record<string, unknown>, arcs?: unknown) =>
    JSON.stringify({
      type: 'Topology',
      transform: { scale: [0.1, 0.1], translate: [-4, 53] },
      objects,
      arcs: arcs ?? [
        [
          [1, 0],
          [-1, 0],
          [0, 1],
          [1, 0],
        ],
        [
          [1, 1],
          [1, 0],
          [0, -1],
          [-1, 0],
        ],
        [
          [1, 0],
          [0, 1],
        ],
      ],
    });
  const lad = {
    type: 'GeometryCollection',
    geometries: [
      { type: 'Polygon', id: 'W06000001', properties: { LAD13CD: 'W06000001' }, arcs: [[0, 2]] },
      { type: 'Polygon', id: 'W06000002', properties: { LAD13CD: 'W06000002' }, arcs: [[1, ~2]] },
    ],
  };

  it('reads the `lad` object, whatever else the topology holds', () => {
    const r = readBoundaries(
      topology({ other: { type: 'GeometryCollection', geometries: [] }, lad }),
      mini,
    );
    if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('; '));
    expect(r.value).toMatchObject({ format: 'topojson', codeProperty: 'LAD13CD', unmatched: [] });
    expect([...r.value.shapes.keys()]).toEqual(['W06000001', 'W06000002']);
  });

  it('uses the first object when none is called lad', () => {
    const r = readBoundaries(topology({ areas: lad }), mini);
    expect(r.ok && r.value.shapes.size).toBe(2);
  });

  it('names the geometry whose arcs the file does not have', () => {
    const broken = { ...lad, geometries: [{ ...lad.geometries[0], arcs: [[0, 7]] }] };
    expect(problemsOf(topology({ lad: broken }))).toEqual([
      'objects.lad.geometries[0] (W06000001) › arcs: refers to arcs the file does not have',
    ]);
  });
});

describe('readBoundaries refuses bad files', () => {
  it('refuses text that is not JSON', () => {
    expect(problemsOf('<kml></kml>')[0]).toMatch(/^file › : not valid JSON/);
  });

  it('refuses JSON that is neither GeoJSON nor TopoJSON', () => {
    expect(problemsOf('{"format":"tirwedd.landscape"}')).toEqual([
      'file › type: neither GeoJSON (type "FeatureCollection") nor TopoJSON (type "Topology")',
    ]);
    expect(problemsOf('[1,2]')[0]).toMatch(/neither GeoJSON/);
    expect(problemsOf(JSON.stringify(feature({}, square(0, 0))))[0]).toMatch(/a single Feature/);
  });

  it('refuses a file over 50 MB before parsing it', () => {
    const huge = ' '.repeat(MAX_BOUNDARY_CHARS + 1);
    expect(problemsOf(huge)).toEqual(['file › : the file is 50.0 MB; the limit is 50 MB']);
  });

  it('refuses a file with no recognisable code, naming the properties it has', () => {
    expect(problemsOf(collection(feature({ NAME: 'Aman', FID: 3 }, square(-4, 53))))).toEqual([
      'file › properties: no recognisable area code: looked for LAD13CD, LAD21CD … LADnnCD, CTYUAnnCD, code, gss_code and the feature id; the features have NAME, FID',
    ]);
  });

  it('refuses a file none of whose codes is an area of the landscape', () => {
    expect(problemsOf(collection(feature({ LAD21CD: 'E06000001' }, square(-1, 54))))[0]).toMatch(
      /none of the 1 codes in LAD21CD is an area of this landscape/,
    );
  });

  it('names the feature and its code for each geometry error', () => {
    const lines = problemsOf(
      collection(
        feature({ code: 'W06000001' }, null),
        feature({ code: 'W06000002' }, { coordinates: [] }),
        feature({ code: 'W06000003' }, { type: 'Blob', coordinates: [] }),
        feature({ code: 'W06000004' }, { type: 'Point', coordinates: [0, 0] }),
        feature({ code: 'W06000001' }, { type: 'Polygon', coordinates: [] }),
        feature({ code: 'W06000001' }, { type: 'MultiPolygon', coordinates: [] }),
        feature(
          { code: 'W06000001' },
          {
            type: 'Polygon',
            coordinates: [
              [
                [0, 0],
                [1, 1],
              ],
            ],
          },
        ),
        feature(
          { code: 'W06000001' },
          {
            type: 'Polygon',
            coordinates: [
              [
                [0, 0],
                [0, 1],
                ['a', 1],
                [0, 0],
              ],
            ],
          },
        ),
        feature({ code: 'W06000001' }, square(250000, 180000)),
        feature({}, square(-4, 53)),
      ),
    );
    expect(lines).toEqual([
      'features[0] (W06000001) › geometry: no geometry',
      'features[1] (W06000002) › geometry: the geometry has no type',
      'features[2] (W06000003) › geometry: unknown geometry type "Blob"; expected Polygon or MultiPolygon',
      'features[3] (W06000004) › geometry: a Point is not an area; expected Polygon or MultiPolygon',
      'features[4] (W06000001) › geometry: empty polygon (no rings)',
      'features[5] (W06000001) › geometry: empty MultiPolygon',
      'features[6] (W06000001) › geometry: a polygon ring has fewer than 4 positions',
      'features[7] (W06000001) › geometry: a coordinate is not a finite number (["a",1])',
      expect.stringMatching(
        /^features\[8\] \(W06000001\) › geometry: coordinate \[250000, 180000\] is outside .*projected/,
      ),
      'features[9] › code: has no code',
    ]);
  });

  it('lists the first twenty geometry problems and counts the rest', () => {
    const bad = Array.from({ length: 25 }, () => feature({ code: 'W06000001' }, null));
    const lines = problemsOf(collection(...bad));
    expect(lines).toHaveLength(21);
    expect(lines[20]).toBe('file › : and 5 more problems');
  });
});

const REAL_FILE = join(import.meta.dirname, '../../../..', 'shared/geo/wales-lad-2013.topojson');
const hasRealFile = existsSync(REAL_FILE);
if (!hasRealFile)
  console.warn(`Skipping the real boundary file test: ${REAL_FILE} is absent (no ../shared here).`);

describe('readBoundaries with the real Welsh boundary file', () => {
  it.skipIf(!hasRealFile)(
    'reads 22 shapes from wales-lad-2013.topojson, leaving nothing unmatched',
    () => {
      const r = readBoundaries(readFileSync(REAL_FILE, 'utf8'), seedLandscape());
      if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('; '));
      expect(r.value.shapes.size).toBe(22);
      expect(r.value.unmatched).toEqual([]);
      expect(r.value.missing).toEqual([]);
      expect(r.value.codeProperty).toBe('LAD13CD');
      expect(r.value.format).toBe('topojson');
    },
  );
});
