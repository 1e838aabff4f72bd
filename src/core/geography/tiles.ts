import type { Problem, Result } from '../model/problems';
import type { AreaCode, Landscape } from '../model/types';

export const TILES_FORMAT = 'tirwedd.tiles';
export const TILES_VERSION = 1;

/** One local authority's square on the schematic map, at a whole-number column and row. */
export interface Tile extends TilePlace {
  code: AreaCode;
}

/** A cell of the tile map. */
export interface TilePlace {
  col: number;
  row: number;
}

/** The schematic tile map: one equal-sized tile per area, kept in `data/tiles.json`. */
export interface TileMap {
  format: typeof TILES_FORMAT;
  version: number;
  /** Where the placement comes from, said in the file itself. */
  source: string;
  tiles: Tile[];
}

/** The largest column or row accepted: a guard against a typo placing a tile miles away. */
const MAX_CELL = 200;

/**
 * Reads a tile map document (already parsed JSON) and checks it against a landscape: every
 * area has exactly one tile, no tile names an unknown area, no two tiles share a cell. Every
 * problem is listed with its record and field, as the landscape validator does.
 */
export function readTiles(doc: unknown, landscape: Pick<Landscape, 'areas'>): Result<TileMap> {
  const problems: Problem[] = [];
  const fail = (record: string, field: string, message: string) =>
    problems.push({ record, field, message });
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
    return {
      ok: false,
      problems: [{ record: 'tiles', field: '', message: 'expected a JSON object' }],
    };
  const d = doc as Record<string, unknown>;
  if (d.format !== TILES_FORMAT)
    fail(
      'tiles',
      'format',
      `expected "${TILES_FORMAT}", got ${JSON.stringify(d.format) ?? 'nothing'}`,
    );
  if (d.version !== TILES_VERSION)
    fail(
      'tiles',
      'version',
      `expected version ${TILES_VERSION}, got ${JSON.stringify(d.version) ?? 'nothing'}`,
    );
  if (typeof d.source !== 'string' || d.source.trim() === '')
    fail('tiles', 'source', 'say where the tile positions come from');
  if (!Array.isArray(d.tiles)) {
    fail('tiles', 'tiles', 'expected a list of tiles');
    return { ok: false, problems };
  }

  const known = new Set<string>(landscape.areas.map((a) => a.code));
  const byCode = new Map<string, number>();
  const byCell = new Map<string, number>();
  const tiles: Tile[] = [];
  d.tiles.forEach((raw: unknown, i: number) => {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      fail(`tiles[${i}]`, '', 'expected an object with code, col and row');
      return;
    }
    const t = raw as Record<string, unknown>;
    const record = typeof t.code === 'string' ? `tiles[${i}] (${t.code})` : `tiles[${i}]`;
    let good = true;
    if (typeof t.code !== 'string') {
      fail(record, 'code', 'expected an area code such as "W06000001"');
      good = false;
    } else if (!known.has(t.code)) {
      fail(record, 'code', `no area of the landscape has the code "${t.code}"`);
      good = false;
    } else if (byCode.has(t.code)) {
      fail(record, 'code', `"${t.code}" already has a tile (tiles[${byCode.get(t.code)}])`);
      good = false;
    }
    for (const field of ['col', 'row'] as const) {
      const v = t[field];
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > MAX_CELL) {
        fail(
          record,
          field,
          `expected a whole number from 0 to ${MAX_CELL}, got ${JSON.stringify(v) ?? 'nothing'}`,
        );
        good = false;
      }
    }
    if (!good) return;
    const cell = `${t.col},${t.row}`;
    const other = byCell.get(cell);
    if (other !== undefined) {
      fail(record, 'col', `shares the cell ${cell} with tiles[${other}]`);
      return;
    }
    byCode.set(t.code as string, i);
    byCell.set(cell, i);
    tiles.push({ code: t.code as AreaCode, col: t.col as number, row: t.row as number });
  });
  // An area whose tile was refused above already has a problem; only wholly absent ones get this.
  const mentioned = new Set(d.tiles.map((t: unknown) => (t as { code?: unknown } | null)?.code));
  for (const area of landscape.areas)
    if (!mentioned.has(area.code))
      fail('tiles', 'tiles', `${area.name} (${area.code}) has no tile`);

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: { format: TILES_FORMAT, version: TILES_VERSION, source: d.source as string, tiles },
  };
}

/** Parses tile map JSON text, then checks it as `readTiles` does. */
export function parseTiles(text: string, landscape: Pick<Landscape, 'areas'>): Result<TileMap> {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [{ record: 'file', field: '', message: `not valid JSON (${message})` }],
    };
  }
  return readTiles(doc, landscape);
}

/** The number of columns and rows the tiles span, counting from cell 0,0. */
export function tileGridSize(tiles: readonly Tile[]): { cols: number; rows: number } {
  return {
    cols: tiles.reduce((m, t) => Math.max(m, t.col + 1), 0),
    rows: tiles.reduce((m, t) => Math.max(m, t.row + 1), 0),
  };
}
