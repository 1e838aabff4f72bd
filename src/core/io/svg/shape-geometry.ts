import {
  geoArea,
  geoMercator,
  geoPath,
  type GeoPermissibleObjects,
  type GeoProjection,
} from 'd3-geo';
import type { MultiLineString, Position } from 'geojson';
import type { AreaShape } from '../../geography/boundaries';
import type { AreaCode } from '../../model/types';
import { PathData } from './path-context';

/**
 * A Mercator projection fitted to the shapes inside a box. Over an area the size of Wales
 * Mercator's distortion is slight, and d3's fit makes the same projection from the same shapes.
 */
export function fitProjection(
  shapes: ReadonlyMap<AreaCode, AreaShape>,
  box: { x: number; y: number; width: number; height: number },
): GeoProjection {
  return geoMercator().fitExtent(
    [
      [box.x, box.y],
      [box.x + box.width, box.y + box.height],
    ],
    {
      type: 'FeatureCollection',
      features: [...shapes.values()].map((geometry) => ({
        type: 'Feature',
        properties: {},
        geometry,
      })),
    },
  );
}

/**
 * SVG path data for a geometry under the projection, thinned to what shows at screen scale
 * (see `PathData`); an empty string for a geometry that draws nothing.
 */
export function pathData(projection: GeoProjection, geometry: GeoPermissibleObjects): string {
  const context = new PathData();
  geoPath(projection, context)(geometry);
  return context.result();
}

/**
 * Where to put an area's label: the centroid of its largest polygon, so an authority with
 * islands (Anglesey, Pembrokeshire) is labelled on its mainland.
 */
export function labelPoint(shape: AreaShape, projection: GeoProjection): [number, number] {
  const polygons = shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates;
  let best = polygons[0]!;
  let bestArea = -1;
  for (const coordinates of polygons) {
    const area = geoArea({ type: 'Polygon', coordinates });
    if (area > bestArea) {
      best = coordinates;
      bestArea = area;
    }
  }
  return geoPath(projection).centroid({ type: 'Polygon', coordinates: best });
}

/**
 * The boundaries between regions, found by dissolving: an edge two areas of the same region
 * share is inside the region and dropped; an edge of one area only (the coast, the border) or
 * between areas of different regions is kept. Edges are matched by exact coordinates, which
 * holds for files made from a topology (TopoJSON, most ONS files); where neighbours do not share
 * vertices the inner lines stay, which looks busier but is never wrong about a region.
 */
export function regionBorders(
  shapes: ReadonlyMap<AreaCode, AreaShape>,
  regionOf: (code: AreaCode) => string | undefined,
): MultiLineString {
  const key = (a: Position, b: Position) => {
    const p = `${a[0]},${a[1]}`;
    const q = `${b[0]},${b[1]}`;
    return p < q ? `${p};${q}` : `${q};${p}`;
  };
  // For each edge: the areas that have it and their regions.
  const owners = new Map<string, { areas: number; regions: Set<string> }>();
  const rings: { region: string; ring: Position[] }[] = [];
  for (const [code, shape] of shapes) {
    // An area with no region in the system is a region of its own, outlined by itself.
    const region = regionOf(code) ?? `\u0000${code}`;
    const polygons = shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates;
    for (const polygon of polygons)
      for (const ring of polygon) {
        rings.push({ region, ring });
        for (let i = 1; i < ring.length; i += 1) {
          const k = key(ring[i - 1]!, ring[i]!);
          const entry = owners.get(k);
          if (entry) {
            entry.areas += 1;
            entry.regions.add(region);
          } else owners.set(k, { areas: 1, regions: new Set([region]) });
        }
      }
  }
  const lines: Position[][] = [];
  const drawn = new Set<string>();
  for (const { ring } of rings) {
    let line: Position[] = [];
    for (let i = 1; i < ring.length; i += 1) {
      const k = key(ring[i - 1]!, ring[i]!);
      const owner = owners.get(k)!;
      const inner = owner.areas > 1 && owner.regions.size === 1;
      if (inner || drawn.has(k)) {
        if (line.length > 1) lines.push(line);
        line = [];
        continue;
      }
      drawn.add(k);
      if (line.length === 0) line.push(ring[i - 1]!);
      line.push(ring[i]!);
    }
    if (line.length > 1) lines.push(line);
  }
  return { type: 'MultiLineString', coordinates: lines };
}
