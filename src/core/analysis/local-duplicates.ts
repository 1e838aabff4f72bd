import { appendTo } from '../collections';
import { footprintAreas } from '../geography/footprint';
import type { Board, BoardId, Landscape } from '../model/types';
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
  /** The local duplicates found under this regional board. */
  found: LocalDuplicate[];
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
      found: [],
    };
    if (only?.has(board.id)) changedRegionals.push(covering);
    for (const code of covering.areas) appendTo(regionalByArea, code, covering);
  }
  // Found duplicates are filed under their regional board and met local board by local board,
  // both in id order, so the list comes out sorted without comparing strings: a dense
  // landscape has a hundred thousand of them.
  const regionals = new Set<Covering>();
  for (const board of only ? landscape.boards : inIdOrder(landscape.boards)) {
    if ((board.level !== 'local' && board.level !== 'sub-regional') || !meets(board)) continue;
    if (board.statutoryBasis && !options.includeStatutory) continue;
    const areas = footprintAreas(landscape, board.footprint);
    if (!areas.length) continue;
    const themeSet = themeBits(board.themes);
    // The themes a local board shares, in its own order, for each set of them met.
    const shared = new Map<number, Theme[]>();
    // An unchanged local board still pairs with the changed regional boards covering it.
    const candidates =
      !only || only.has(board.id) ? (regionalByArea.get(areas[0]!) ?? []) : changedRegionals;
    for (const regional of candidates) {
      const common = themeSet & regional.themes;
      if (
        common === 0 ||
        regional.areas.size <= areas.length ||
        !areas.every((code) => regional.areas.has(code))
      )
        continue;
      let themes = shared.get(common);
      if (!themes) {
        themes = board.themes.filter((t) => regional.board.themes.includes(t));
        shared.set(common, themes);
      }
      regional.found.push({
        local: board.id,
        regional: regional.board.id,
        themes,
        localAreas: areas.length,
        regionalAreas: regional.areas.size,
      });
      regionals.add(regional);
    }
  }
  const found = [...regionals]
    .sort((x, y) => x.board.id.localeCompare(y.board.id))
    .flatMap((r) => r.found);
  return only ? found.sort(byRegionalThenLocal) : found;
}

const inIdOrder = (boards: readonly Board[]): Board[] =>
  [...boards].sort((x, y) => x.id.localeCompare(y.id));

/** The local structures that repeat one regional board, together. */
export interface LocalDuplicateGroup {
  regional: BoardId;
  /** The local and sub-regional boards repeating it, in id order. */
  locals: BoardId[];
  /** Every theme they repeat, in the order first met. */
  themes: Theme[];
}

/**
 * Local duplicates grouped by the regional board they repeat: a dense landscape has a hundred
 * thousand pairs, mostly many local boards under each of a few regional ones.
 */
export function groupLocalDuplicates(found: readonly LocalDuplicate[]): LocalDuplicateGroup[] {
  const groups = new Map<BoardId, LocalDuplicateGroup & { seen: Set<Theme> }>();
  for (const d of found) {
    let group = groups.get(d.regional);
    if (!group) {
      group = { regional: d.regional, locals: [], themes: [], seen: new Set() };
      groups.set(d.regional, group);
    }
    group.locals.push(d.local);
    for (const theme of d.themes)
      if (!group.seen.has(theme)) {
        group.seen.add(theme);
        group.themes.push(theme);
      }
  }
  return [...groups.values()]
    .map(({ seen: _, ...group }) => ({ ...group, locals: [...group.locals].sort() }))
    .sort((x, y) => x.regional.localeCompare(y.regional));
}
