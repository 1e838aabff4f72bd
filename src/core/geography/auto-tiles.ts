import type { Area, AreaCode, Landscape } from '../model/types';
import {
  TILES_FORMAT,
  TILES_VERSION,
  readTiles,
  type Tile,
  type TileMap,
  type TilePlace,
} from './tiles';

/** A point per area, in any planar units (longitude and latitude will do): north is larger y. */
export type Centroids = ReadonlyMap<AreaCode, readonly [number, number]>;

/** Where the user has moved tiles, by area code: kept with the workspace, applied over any grid. */
export type TileNudges = Readonly<Record<string, TilePlace>>;

/**
 * A tile map for a landscape whose areas have no tile layout: one tile per area on a grid about
 * as wide as it is tall. With centroids (from a loaded boundary file) each area takes the free
 * cell nearest to where it lies, so the grid keeps the rough shape of the place; without them
 * the areas are laid out row by row, grouped by their region in the landscape's first region
 * system and then by name, so that a region's areas sit together. Deterministic: the same
 * landscape gives the same grid.
 */
export function autoTiles(
  landscape: Pick<Landscape, 'areas' | 'regionSystems'>,
  centroids?: Centroids,
): TileMap {
  const areas = landscape.areas;
  const placed = centroids && areas.every((a) => centroids.has(a.code));
  const tiles = placed ? byCentroid(areas, centroids) : byRegion(landscape);
  const source = placed
    ? 'made automatically from the centroids of the boundary file'
    : 'made automatically: a simple grid, by region and name';
  return { format: TILES_FORMAT, version: TILES_VERSION, source, tiles };
}

function byRegion({ areas, regionSystems }: Pick<Landscape, 'areas' | 'regionSystems'>): Tile[] {
  const system = regionSystems[0]?.id;
  const order = regionSystems[0]?.regions.map((r) => r.name) ?? [];
  const rank = (a: Area) => {
    const region = system ? a.regions[system] : undefined;
    const at = region === undefined ? -1 : order.indexOf(region);
    return at < 0 ? order.length : at;
  };
  const sorted = [...areas].sort(
    (a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, 'en') || (a.code < b.code ? -1 : 1),
  );
  const cols = Math.max(1, Math.ceil(Math.sqrt(sorted.length)));
  return sorted.map((a, i) => ({ code: a.code, col: i % cols, row: Math.floor(i / cols) }));
}

function byCentroid(areas: readonly Area[], centroids: Centroids): Tile[] {
  const points = areas.map((a) => centroids.get(a.code)!);
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const width = x1 - x0 || 1;
  const height = y1 - y0 || 1;
  // A little slack (1.3×) leaves room for areas crowded together to find a cell nearby.
  const cells = Math.ceil(areas.length * 1.3);
  const cols = Math.max(1, Math.round(Math.sqrt((cells * width) / height)));
  const rows = Math.max(1, Math.ceil(cells / cols));
  const target = points.map(([x, y]) => [
    ((x - x0) / width) * (cols - 1),
    ((y1 - y) / height) * (rows - 1),
  ]);
  // Areas nearest the middle choose first, so the edges give way rather than the centre.
  const cx = (cols - 1) / 2;
  const cy = (rows - 1) / 2;
  const order = areas
    .map((_, i) => i)
    .sort((i, j) => {
      const d = (k: number) => (target[k]![0]! - cx) ** 2 + (target[k]![1]! - cy) ** 2;
      return d(i) - d(j) || (areas[i]!.code < areas[j]!.code ? -1 : 1);
    });
  const taken = new Set<string>();
  const tiles: Tile[] = new Array<Tile>(areas.length);
  for (const i of order) {
    const [tx, ty] = target[i]!;
    const cell = nearestFree(tx!, ty!, cols, rows, taken);
    taken.add(`${cell.col},${cell.row}`);
    tiles[i] = { code: areas[i]!.code, ...cell };
  }
  return tiles;
}

/** The free cell nearest (tx, ty), searching outwards ring by ring; ties go to the lower cell. */
function nearestFree(
  tx: number,
  ty: number,
  cols: number,
  rows: number,
  taken: ReadonlySet<string>,
): { col: number; row: number } {
  const c0 = Math.round(tx);
  const r0 = Math.round(ty);
  for (let ring = 0; ; ring++) {
    let best: { col: number; row: number; d: number } | undefined;
    for (let r = r0 - ring; r <= r0 + ring; r++)
      for (let c = c0 - ring; c <= c0 + ring; c++) {
        if (Math.max(Math.abs(r - r0), Math.abs(c - c0)) !== ring) continue;
        if (c < 0 || r < 0 || taken.has(`${c},${r}`)) continue;
        // Beyond the grid only when it is full: the grid grows rather than failing.
        if ((c >= cols || r >= rows) && taken.size < cols * rows) continue;
        const d = (c - tx) ** 2 + (r - ty) ** 2;
        if (!best || d < best.d) best = { col: c, row: r, d };
      }
    if (best) return { col: best.col, row: best.row };
  }
}

/**
 * Moves tiles where the user put them. A nudge onto a cell another tile holds swaps the two, so
 * no two tiles ever share a cell; a nudge for an area the landscape no longer has is ignored.
 */
export function applyTileNudges(map: TileMap, nudges: TileNudges): TileMap {
  const tiles = map.tiles.map((t) => ({ ...t }));
  for (const [code, to] of Object.entries(nudges)) {
    const tile = tiles.find((t) => t.code === code);
    if (!tile || !Number.isInteger(to.col) || !Number.isInteger(to.row)) continue;
    if (to.col < 0 || to.row < 0) continue;
    const other = tiles.find((t) => t !== tile && t.col === to.col && t.row === to.row);
    if (other) {
      other.col = tile.col;
      other.row = tile.row;
    }
    tile.col = to.col;
    tile.row = to.row;
  }
  return { ...map, tiles };
}

/**
 * The tile map to draw: the given layout (the Welsh one, for the Welsh reference geography) when
 * it fits the landscape's areas exactly, else one made by `autoTiles`; the user's nudges on top.
 */
export function tilesFor(
  landscape: Pick<Landscape, 'areas' | 'regionSystems'>,
  layout: unknown,
  nudges: TileNudges = {},
  centroids?: Centroids,
): TileMap {
  const given = readTiles(layout, landscape);
  return applyTileNudges(given.ok ? given.value : autoTiles(landscape, centroids), nudges);
}

/**
 * The places to keep when the user moves the tile of `code` one step (`dCol`, `dRow`) on `map`
 * (the tiles as drawn, nudges included): its new cell and, when another tile held that cell,
 * that tile's, since the two swap. Every tile moved is kept at its final cell, so the places
 * hold however they are applied. Undefined for an unknown area or a step off the top or left.
 */
export function moveTile(
  map: TileMap,
  code: string,
  dCol: number,
  dRow: number,
): Record<AreaCode, TilePlace> | undefined {
  const tile = map.tiles.find((t) => t.code === code);
  if (!tile) return undefined;
  const to = { col: tile.col + dCol, row: tile.row + dRow };
  if (to.col < 0 || to.row < 0) return undefined;
  const other = map.tiles.find((t) => t !== tile && t.col === to.col && t.row === to.row);
  return {
    [tile.code]: to,
    ...(other ? { [other.code]: { col: tile.col, row: tile.row } } : {}),
  } as Record<AreaCode, TilePlace>;
}

/** The workspace's kept tile places as the nudges `tilesFor` applies. */
export const nudgesOf = (places: readonly Tile[]): TileNudges =>
  Object.fromEntries(places.map((t) => [t.code, { col: t.col, row: t.row }]));
