import type { AreaShape } from '../../geography/boundaries';
import type { Tile, TileMap } from '../../geography/tiles';
import type { Area, AreaCode, Landscape } from '../../model/types';
import { fitProjection, labelPoint, pathData, regionBorders } from './shape-geometry';
import { fitTiles, tileOrigin, tileRegionPath } from './tile-geometry';
import { element } from './xml';

/** The box on the canvas the map is fitted into. */
export interface MapBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What placing needs from the map's options. */
export interface PlacementOptions {
  tiles?: TileMap | readonly Tile[];
  shapes?: ReadonlyMap<AreaCode, AreaShape>;
  outline?: string;
}

/** One area as drawn: its shape's markup, where its label goes, and how it is coloured. */
export interface Placed {
  area: Area;
  shape: (fill: string) => string;
  /** The same outline without fill, for the highlight and selection marks. */
  mark: (stroke: string) => string;
  label: { x: number; y: number; width: number; fontSize: number };
}

/** Lays out tiles in the box: one square per area with a tile, and the region outline path. */
export function placeTiles(
  landscape: Landscape,
  options: PlacementOptions,
  box: MapBox,
): { placed: Placed[]; outline: string } {
  if (!options.tiles) throw new Error('renderMapSvg: mode "tiles" needs `tiles`');
  const tiles = Array.isArray(options.tiles) ? options.tiles : (options.tiles as TileMap).tiles;
  const frame = fitTiles(tiles, box);
  const byCode = new Map(tiles.map((t) => [t.code, t]));
  const placed: Placed[] = [];
  for (const area of landscape.areas) {
    const tile = byCode.get(area.code);
    if (!tile) continue;
    const o = tileOrigin(tile, frame);
    const rect = { x: o.x, y: o.y, width: frame.size, height: frame.size };
    placed.push({
      area,
      shape: (fill) => element('rect', { class: 'shape', ...rect, rx: 3, fill }),
      // Inset by half the stroke so the mark stays inside its own tile.
      mark: (stroke) =>
        element('rect', {
          class: 'mark',
          x: o.x + 1.5,
          y: o.y + 1.5,
          width: frame.size - 3,
          height: frame.size - 3,
          rx: 2,
          fill: 'none',
          stroke,
          'stroke-width': 3,
        }),
      label: {
        x: o.x + frame.size / 2,
        y: o.y + frame.size / 2,
        width: frame.size - 6,
        fontSize: clamp(frame.size * 0.14, 8, 13),
      },
    });
  }
  const system = options.outline;
  const regionOf = (code: AreaCode) =>
    landscape.areas.find((a) => a.code === code)?.regions[system!];
  return { placed, outline: system ? tileRegionPath(tiles, regionOf, frame) : '' };
}

/**
 * Projects true boundaries into the box with d3-geo: one path per area with a shape, label
 * points on each largest polygon, and the dissolved region borders as one path.
 */
export function placeShapes(
  landscape: Landscape,
  options: PlacementOptions,
  box: MapBox,
): { placed: Placed[]; outline: string } {
  if (!options.shapes) throw new Error('renderMapSvg: mode "boundaries" needs `shapes`');
  const shapes = new Map<AreaCode, AreaShape>();
  for (const area of landscape.areas) {
    const shape = options.shapes.get(area.code);
    if (shape) shapes.set(area.code, shape);
  }
  if (shapes.size === 0) return { placed: [], outline: '' };
  const projection = fitProjection(shapes, box);
  const placed: Placed[] = [];
  for (const area of landscape.areas) {
    const shape = shapes.get(area.code);
    if (!shape) continue;
    const d = pathData(projection, shape);
    const [x, y] = labelPoint(shape, projection);
    placed.push({
      area,
      shape: (fill) => element('path', { class: 'shape', d, fill }),
      mark: (stroke) =>
        element('path', { class: 'mark', d, fill: 'none', stroke, 'stroke-width': 2.5 }),
      label: { x, y, width: 70, fontSize: 9 },
    });
  }
  const system = options.outline;
  const outline = system
    ? pathData(
        projection,
        regionBorders(
          shapes,
          (code) => landscape.areas.find((a) => a.code === code)?.regions[system],
        ),
      )
    : '';
  return { placed, outline };
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
