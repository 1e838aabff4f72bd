import { tileGridSize, type Tile } from '../../geography/tiles';
import type { AreaCode } from '../../model/types';
import { num } from './xml';

/** Where the tile map sits: its top-left corner, the tile side and the gap between tiles. */
export interface TileFrame {
  x: number;
  y: number;
  size: number;
  gap: number;
}

/** The largest square tiles that fit the grid in a box, centred in it, with a gap of 6% of a step. */
export function fitTiles(
  tiles: readonly Tile[],
  box: { x: number; y: number; width: number; height: number },
): TileFrame {
  const { cols, rows } = tileGridSize(tiles);
  const step = Math.min(box.width / Math.max(cols, 1), box.height / Math.max(rows, 1));
  const gap = Math.max(2, step * 0.06);
  return {
    x: box.x + (box.width - step * cols) / 2 + gap / 2,
    y: box.y + (box.height - step * rows) / 2 + gap / 2,
    size: step - gap,
    gap,
  };
}

/** The top-left corner of a tile in the frame. */
export function tileOrigin(tile: Tile, frame: TileFrame): { x: number; y: number } {
  const step = frame.size + frame.gap;
  return { x: frame.x + tile.col * step, y: frame.y + tile.row * step };
}

/**
 * The region outlines of a tile map as one SVG path: a line along the middle of the gap wherever
 * a tile meets a tile of another region or no tile at all, so each region reads as one block.
 * Segments are emitted in tile order and each once, so the path is the same every time.
 */
export function tileRegionPath(
  tiles: readonly Tile[],
  regionOf: (code: AreaCode) => string | undefined,
  frame: TileFrame,
): string {
  const at = new Map<string, Tile>(tiles.map((t) => [`${t.col},${t.row}`, t]));
  const half = frame.gap / 2;
  const seen = new Set<string>();
  const parts: string[] = [];
  const sides = [
    { dc: 0, dr: -1, from: [0, 0], to: [1, 0] },
    { dc: 1, dr: 0, from: [1, 0], to: [1, 1] },
    { dc: 0, dr: 1, from: [0, 1], to: [1, 1] },
    { dc: -1, dr: 0, from: [0, 0], to: [0, 1] },
  ] as const;
  for (const tile of tiles) {
    const region = regionOf(tile.code);
    const o = tileOrigin(tile, frame);
    const edge = frame.size + frame.gap;
    for (const side of sides) {
      const neighbour = at.get(`${tile.col + side.dc},${tile.row + side.dr}`);
      if (neighbour && regionOf(neighbour.code) === region) continue;
      const x1 = num(o.x - half + side.from[0] * edge);
      const y1 = num(o.y - half + side.from[1] * edge);
      const x2 = num(o.x - half + side.to[0] * edge);
      const y2 = num(o.y - half + side.to[1] * edge);
      const key = `M${x1} ${y1}L${x2} ${y2}`;
      if (seen.has(key)) continue;
      seen.add(key);
      parts.push(key);
    }
  }
  return parts.join('');
}
