import { footprintAreas } from '../geography/footprint';
import type { AreaCode, Board, BoardId, Landscape } from '../model/types';
import type { Theme } from '../model/vocabulary';
import { meets } from './meeting-pattern';
import { themeBits } from './peer-candidates';

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
  /** Consider only pairs with at least one of these boards (see `DuplicationOptions.only`). */
  only?: ReadonlySet<BoardId>;
}

/** The order local duplicates are listed in: by regional board, then by local board. */
export const byRegionalThenLocal = (x: LocalDuplicate, y: LocalDuplicate): number =>
  x.regional.localeCompare(y.regional) || x.local.localeCompare(y.local);

interface Covering {
  board: Board;
  areas: Set<string>;
  themes: number;
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
  const only = options.only;
  const regionalByArea = new Map<string, Covering[]>();
  const changedRegionals: Covering[] = [];
  for (const board of landscape.boards) {
    if (board.level !== 'regional' || !meets(board)) continue;
    const covering = {
      board,
      areas: new Set(footprintAreas(landscape, board.footprint)),
      themes: themeBits(board.themes),
    };
    if (only?.has(board.id)) changedRegionals.push(covering);
    for (const code of covering.areas) {
      const list = regionalByArea.get(code);
      if (list) list.push(covering);
      else regionalByArea.set(code, [covering]);
    }
  }
  // Found duplicates are filed under their regional board and met local board by local board,
  // both in id order, so the list comes out sorted without comparing strings: a dense
  // landscape has a hundred thousand of them.
  const byRegional = new Map<BoardId, LocalDuplicate[]>();
  const check = (board: Board, themeSet: number, areas: AreaCode[], regional: Covering): void => {
    if (
      (themeSet & regional.themes) === 0 ||
      regional.areas.size <= areas.length ||
      !areas.every((code) => regional.areas.has(code))
    )
      return;
    const found = {
      local: board.id,
      regional: regional.board.id,
      themes: board.themes.filter((t) => regional.board.themes.includes(t)),
      localAreas: areas.length,
      regionalAreas: regional.areas.size,
    };
    const list = byRegional.get(found.regional);
    if (list) list.push(found);
    else byRegional.set(found.regional, [found]);
  };
  // With `only`, few are found: they are sorted at the end instead.
  for (const board of only ? landscape.boards : inIdOrder(landscape.boards)) {
    if ((board.level !== 'local' && board.level !== 'sub-regional') || !meets(board)) continue;
    if (board.statutoryBasis && !options.includeStatutory) continue;
    const areas = footprintAreas(landscape, board.footprint);
    if (!areas.length) continue;
    const themes = themeBits(board.themes);
    if (!only || only.has(board.id))
      for (const regional of regionalByArea.get(areas[0]!) ?? [])
        check(board, themes, areas, regional);
    // An unchanged local board still pairs with the changed regional boards covering it.
    else for (const regional of changedRegionals) check(board, themes, areas, regional);
  }
  const found = [...byRegional.keys()]
    .sort((x, y) => x.localeCompare(y))
    .flatMap((id) => byRegional.get(id)!);
  return only ? found.sort(byRegionalThenLocal) : found;
}

const inIdOrder = (boards: readonly Board[]): Board[] =>
  [...boards].sort((x, y) => x.id.localeCompare(y.id));
