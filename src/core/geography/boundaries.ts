import { geoArea } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { feature as topoFeature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { Problem, Result } from '../model/problems';
import type { AreaCode, Landscape } from '../model/types';
import { codeCandidates, isGssCode } from './boundary-codes';

/** An area's outline: local authorities are polygons, some (islands) several. */
export type AreaShape = Polygon | MultiPolygon;

/** Boundaries read from a user's file, keyed by area code, with what did not match. */
export interface BoundarySet {
  /** One shape per landscape area found in the file, in landscape order, wound for d3-geo. */
  shapes: Map<AreaCode, AreaShape>;
  /** The property the codes were read from; `id` means the feature's own id. */
  codeProperty: string;
  /** Codes in the file that are not areas of the landscape, in file order. */
  unmatched: string[];
  /** Landscape areas the file has no shape for, in landscape order. */
  missing: AreaCode[];
  format: 'geojson' | 'topojson';
}

/** Files above this many characters are refused before parsing, so a huge file cannot hang the tab. */
export const MAX_BOUNDARY_CHARS = 50 * 1024 * 1024;
/** Geometry problems listed before the rest are summarised in one line. */
const MAX_LISTED = 20;

type Located = { feature: Feature | null | undefined; record: string };

/**
 * Reads the text of a GeoJSON FeatureCollection or TopoJSON Topology of local authority
 * boundaries (for TopoJSON the object called `lad`, else the first). Codes are taken from the
 * first recognisable property (LAD13CD, LAD21CD … any LADnnCD, CTYUAnnCD, code, gss_code) or the
 * feature id. A file that is too big, not JSON, neither format, has no code property, matches
 * no area or has a geometry error is refused with every problem named by feature index and code.
 * Pure: it reads only the text it is given.
 */
export function readBoundaries(
  text: string,
  landscape: Pick<Landscape, 'areas'>,
): Result<BoundarySet> {
  // Characters, not bytes, but boundary files are ASCII JSON, so the two agree to within a few.
  if (text.length > MAX_BOUNDARY_CHARS)
    return fail('file', '', `the file is ${megabytes(text.length)} MB; the limit is 50 MB`);
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return fail('file', '', `not valid JSON (${message})`);
  }
  const located = locateFeatures(doc);
  if (!located.ok) return located;
  const { features, format } = located.value;
  if (features.length === 0) return fail('file', 'features', 'the file has no features');

  const known = new Set<string>(landscape.areas.map((a) => a.code));
  const codeProperty = chooseCodeProperty(features, known);
  if (codeProperty === undefined) {
    const seen = [...new Set(features.flatMap((f) => Object.keys(f.feature?.properties ?? {})))];
    return fail(
      'file',
      'properties',
      `no recognisable area code: looked for LAD13CD, LAD21CD … LADnnCD, CTYUAnnCD, code, gss_code and the feature id; the features have ${seen.length ? seen.join(', ') : 'no properties'}`,
    );
  }

  const problems: Problem[] = [];
  const codes: (string | undefined)[] = [];
  features.forEach(({ feature, record }) => {
    const code = codeOf(feature, codeProperty);
    codes.push(code);
    const where = code ? `${record} (${code})` : record;
    if (!code)
      problems.push({ record: where, field: codeProperty, message: `has no ${codeProperty}` });
    const problem = geometryProblem(feature?.geometry);
    if (problem) problems.push({ record: where, field: 'geometry', message: problem });
  });
  if (problems.length > 0) return { ok: false, problems: summarise(problems) };

  const parts = new Map<AreaCode, Polygon['coordinates'][]>();
  const unmatched: string[] = [];
  features.forEach(({ feature }, i) => {
    const code = codes[i]!;
    if (!known.has(code)) {
      if (!unmatched.includes(code)) unmatched.push(code);
      return;
    }
    const geometry = feature!.geometry as AreaShape;
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    // A file may split one authority into several features (islands); they become one shape.
    const list = parts.get(code as AreaCode) ?? [];
    list.push(...polygons.map(windForD3));
    parts.set(code as AreaCode, list);
  });
  if (parts.size === 0)
    return fail(
      'file',
      codeProperty,
      `none of the ${unmatched.length} codes in ${codeProperty} is an area of this landscape (first: ${unmatched.slice(0, 3).join(', ')})`,
    );

  const shapes = new Map<AreaCode, AreaShape>();
  const missing: AreaCode[] = [];
  for (const area of landscape.areas) {
    const polygons = parts.get(area.code);
    if (!polygons) missing.push(area.code);
    else
      shapes.set(
        area.code,
        polygons.length === 1
          ? { type: 'Polygon', coordinates: polygons[0]! }
          : { type: 'MultiPolygon', coordinates: polygons },
      );
  }
  return { ok: true, value: { shapes, codeProperty, unmatched, missing, format } };
}

/** The features of a FeatureCollection, or of a Topology's `lad` (else first) object. */
function locateFeatures(
  doc: unknown,
): Result<{ features: Located[]; format: BoundarySet['format'] }> {
  const type =
    typeof doc === 'object' && doc !== null ? (doc as { type?: unknown }).type : undefined;
  if (type === 'FeatureCollection') {
    const features = (doc as { features?: unknown }).features;
    if (!Array.isArray(features)) return fail('file', 'features', 'expected a list of features');
    return {
      ok: true,
      value: {
        format: 'geojson',
        features: features.map((f: unknown, i) => ({
          feature: isObject(f) ? (f as Feature) : null,
          record: `features[${i}]`,
        })),
      },
    };
  }
  if (type === 'Topology') return topologyFeatures(doc as Record<string, unknown>);
  if (type === 'Feature' || type === 'Polygon' || type === 'MultiPolygon')
    return fail(
      'file',
      'type',
      `a single ${type}; expected a FeatureCollection of local authorities`,
    );
  return fail(
    'file',
    'type',
    `neither GeoJSON (type "FeatureCollection") nor TopoJSON (type "Topology")${type === undefined ? '' : `: the type is ${JSON.stringify(type)}`}`,
  );
}

function topologyFeatures(
  topology: Record<string, unknown>,
): Result<{ features: Located[]; format: BoundarySet['format'] }> {
  const objects = topology.objects;
  if (!isObject(objects) || Object.keys(objects).length === 0)
    return fail('file', 'objects', 'the TopoJSON has no objects');
  if (!Array.isArray(topology.arcs)) return fail('file', 'arcs', 'the TopoJSON has no arcs');
  const name = 'lad' in objects ? 'lad' : Object.keys(objects)[0]!;
  const object = (objects as Record<string, unknown>)[name];
  const base = `objects.${name}`;
  if (!isObject(object)) return fail(base, '', 'expected a TopoJSON geometry object');
  const geometries =
    (object as { type?: unknown }).type === 'GeometryCollection'
      ? (object as { geometries?: unknown }).geometries
      : [object];
  if (!Array.isArray(geometries)) return fail(base, 'geometries', 'expected a list of geometries');
  const features: Located[] = [];
  const problems: Problem[] = [];
  geometries.forEach((g: unknown, i) => {
    const record = `${base}.geometries[${i}]`;
    try {
      // Converted one by one so that a broken arc reference names its own geometry.
      const f = topoFeature(topology as unknown as Topology, g as never) as Feature;
      features.push({ feature: f, record });
    } catch {
      const code = isObject(g) ? ((g as { id?: unknown }).id ?? '') : '';
      problems.push({
        record: code ? `${record} (${String(code)})` : record,
        field: 'arcs',
        message: 'refers to arcs the file does not have',
      });
    }
  });
  if (problems.length > 0) return { ok: false, problems: summarise(problems) };
  return { ok: true, value: { features, format: 'topojson' } };
}

/** The first candidate property holding a landscape code, else one holding any GSS code. */
function chooseCodeProperty(
  features: readonly Located[],
  known: ReadonlySet<string>,
): string | undefined {
  const keys = [...new Set(features.flatMap((f) => Object.keys(f.feature?.properties ?? {})))];
  const candidates = codeCandidates(keys);
  const values = (c: string) => features.map((f) => codeOf(f.feature, c));
  return (
    candidates.find((c) => values(c).some((v) => v !== undefined && known.has(v))) ??
    candidates.find((c) => values(c).some((v) => v !== undefined && isGssCode(v)))
  );
}

function codeOf(feature: Feature | null | undefined, property: string): string | undefined {
  if (!feature) return undefined;
  const value = property === 'id' ? feature.id : feature.properties?.[property];
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** The first thing wrong with a feature's geometry, or undefined when it is a usable area. */
function geometryProblem(geometry: unknown): string | undefined {
  if (!isObject(geometry)) return 'no geometry';
  const { type, coordinates } = geometry as { type?: unknown; coordinates?: unknown };
  if (typeof type !== 'string') return 'the geometry has no type';
  if (type === 'Polygon') return polygonProblem(coordinates);
  if (type === 'MultiPolygon') {
    if (!Array.isArray(coordinates) || coordinates.length === 0) return 'empty MultiPolygon';
    for (const polygon of coordinates) {
      const problem = polygonProblem(polygon);
      if (problem) return problem;
    }
    return undefined;
  }
  if (['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'GeometryCollection'].includes(type))
    return `a ${type} is not an area; expected Polygon or MultiPolygon`;
  return `unknown geometry type ${JSON.stringify(type)}; expected Polygon or MultiPolygon`;
}

function polygonProblem(rings: unknown): string | undefined {
  if (!Array.isArray(rings) || rings.length === 0) return 'empty polygon (no rings)';
  for (const ring of rings) {
    if (!Array.isArray(ring) || ring.length < 4) return 'a polygon ring has fewer than 4 positions';
    for (const p of ring) {
      if (!Array.isArray(p) || p.length < 2)
        return 'a position is not a [longitude, latitude] pair';
      const [x, y] = p as unknown[];
      if (
        typeof x !== 'number' ||
        typeof y !== 'number' ||
        !Number.isFinite(x) ||
        !Number.isFinite(y)
      )
        return `a coordinate is not a finite number (${JSON.stringify(p)})`;
      if (x < -180 || x > 180 || y < -90 || y > 90)
        return `coordinate [${x}, ${y}] is outside longitude −180…180, latitude −90…90: the file looks projected (such as British National Grid); export it in WGS84 longitude and latitude`;
    }
  }
  return undefined;
}

/**
 * d3-geo draws on the sphere, where a ring's direction says which side is inside: the opposite
 * winding (common in GeoJSON, whose standard prefers it) would fill the whole globe but the
 * authority. A polygon whose area comes out over a hemisphere is reversed.
 */
function windForD3(polygon: Position[][]): Position[][] {
  return geoArea({ type: 'Polygon', coordinates: polygon }) > 2 * Math.PI
    ? polygon.map((ring) => [...ring].reverse())
    : polygon;
}

function summarise(problems: Problem[]): Problem[] {
  if (problems.length <= MAX_LISTED) return problems;
  return [
    ...problems.slice(0, MAX_LISTED),
    { record: 'file', field: '', message: `and ${problems.length - MAX_LISTED} more problems` },
  ];
}

function fail<T>(record: string, field: string, message: string): Result<T> {
  return { ok: false, problems: [{ record, field, message }] };
}

const isObject = (v: unknown): v is object =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const megabytes = (chars: number) => (chars / (1024 * 1024)).toFixed(1);
