import { geoCentroid } from 'd3-geo';
import type { AreaCode } from '../model/types';
import type { Centroids } from './auto-tiles';
import type { BoundarySet } from './boundaries';

/**
 * The centroid of each area's shape in a boundary file, as longitude and latitude: apart from
 * the tiles, so moving a tile does not need the geometry library.
 */
export function boundaryCentroids(set: Pick<BoundarySet, 'shapes'>): Centroids {
  const out = new Map<AreaCode, readonly [number, number]>();
  for (const [code, shape] of set.shapes) out.set(code, geoCentroid(shape));
  return out;
}
