import { containingRegion } from '../geography/footprint';
import type { BoardId, Landscape } from '../model/types';
import { LEVELS } from '../model/vocabulary';
import { ACROSS_REGIONS, layoutColumns } from './band-layout';

/**
 * The landscape as the tidy layout sees it: boards by index, the band (level) and column
 * (region) each belongs to, the boards each is related to, and the organisations each shares.
 * Indices keep the sweeps to flat arrays; everything is in landscape order, so it is
 * deterministic.
 */
export interface TidyGraph {
  ids: BoardId[];
  columns: string[];
  band: number[];
  column: number[];
  /** Boards joined by a relation, in either direction; a repeated relation counts twice. */
  related: number[][];
  /** Organisation indices each board has a member from. */
  orgsOf: number[][];
  organisations: number;
}

export function tidyGraph(landscape: Landscape, system: string): TidyGraph {
  const columns = layoutColumns(landscape, system);
  const columnIndex = new Map(columns.map((c, i) => [c, i]));
  const index = new Map<BoardId, number>();
  const ids: BoardId[] = [];
  const band: number[] = [];
  const column: number[] = [];
  for (const board of landscape.boards) {
    index.set(board.id, ids.length);
    ids.push(board.id);
    band.push(Math.max(0, LEVELS.indexOf(board.level)));
    const region = containingRegion(landscape, board.footprint, system) ?? ACROSS_REGIONS;
    column.push(columnIndex.get(region) ?? 0);
  }
  const related: number[][] = ids.map(() => []);
  for (const r of landscape.relations) {
    const a = index.get(r.from);
    const b = index.get(r.to);
    if (a === undefined || b === undefined || a === b) continue;
    related[a]!.push(b);
    related[b]!.push(a);
  }
  const orgIndex = new Map<string, number>();
  const orgsOf: number[][] = ids.map(() => []);
  for (const m of landscape.memberships) {
    const b = index.get(m.board);
    if (b === undefined) continue;
    let o = orgIndex.get(m.organisation);
    if (o === undefined) {
      o = orgIndex.size;
      orgIndex.set(m.organisation, o);
    }
    orgsOf[b]!.push(o);
  }
  return { ids, columns, band, column, related, orgsOf, organisations: orgIndex.size };
}
