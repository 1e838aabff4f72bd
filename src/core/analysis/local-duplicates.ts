import { footprintAreas } from '../geography/footprint';
import type { Board, BoardId, Landscape } from '../model/types';
import type { Theme } from '../model/vocabulary';
import { meets } from './meeting-pattern';

export interface LocalDuplicate {
  /** The local or sub-regional board that repeats a theme. */
  local: BoardId;
  /** The regional board that already holds it for a wider footprint. */
  regional: BoardId;
  themes: Theme[];
  localAreas: number;
  regionalAreas: number;
}

export interface LocalDuplicateOptions {
  /**
   * Whether local boards with a statutory basis (community safety partnerships, public
   * services boards) count. Off by default: they are the statutory layer a regional board is
   * meant to build on, not a structure a region can fold away.
   */
  includeStatutory: boolean;
}

/**
 * Duplicative local structures: a local or sub-regional board that holds, for part of a
 * regional board's footprint, a theme the regional board already holds — the county-level SVOC
 * and CONTEST structures the closure report found in Dyfed-Powys. Regional boards are found
 * through an index by area, so each local board is checked only against boards covering it.
 */
export function findLocalDuplicates(
  landscape: Landscape,
  options: LocalDuplicateOptions,
): LocalDuplicate[] {
  const regionalByArea = new Map<string, { board: Board; areas: Set<string> }[]>();
  for (const board of landscape.boards) {
    if (board.level !== 'regional' || !meets(board)) continue;
    const areas = new Set(footprintAreas(landscape, board.footprint));
    for (const code of areas) {
      const list = regionalByArea.get(code);
      if (list) list.push({ board, areas });
      else regionalByArea.set(code, [{ board, areas }]);
    }
  }
  const found: LocalDuplicate[] = [];
  for (const board of landscape.boards) {
    if ((board.level !== 'local' && board.level !== 'sub-regional') || !meets(board)) continue;
    if (board.statutoryBasis && !options.includeStatutory) continue;
    const areas = footprintAreas(landscape, board.footprint);
    for (const regional of regionalByArea.get(areas[0]!) ?? []) {
      if (regional.areas.size <= areas.length || !areas.every((code) => regional.areas.has(code)))
        continue;
      const themes = board.themes.filter((t) => regional.board.themes.includes(t));
      if (themes.length)
        found.push({
          local: board.id,
          regional: regional.board.id,
          themes,
          localAreas: areas.length,
          regionalAreas: regional.areas.size,
        });
    }
  }
  return found.sort(
    (x, y) => x.regional.localeCompare(y.regional) || x.local.localeCompare(y.local),
  );
}
