import { containingRegion } from '../core/geography/footprint';
import { regionFigureName } from '../core/model/display-name';
import type { BoardId, Landscape } from '../core/model/types';
import { relatedBoards } from '../core/model/queries';
import type { Language } from '../i18n/catalogue';

/**
 * Which boards a figure draws, as the user chose it: all of them, one police region, the
 * boards left in view, or a board and those related to it.
 */
export type FigureScope =
  | { kind: 'all' }
  | { kind: 'region'; region: string }
  | { kind: 'view'; boards: ReadonlySet<BoardId> }
  | { kind: 'selection'; board: BoardId };

export const SCOPE_KINDS = ['all', 'view', 'selection', 'region'] as const;

/** The regions system that scopes and colours figures. */
export const FIGURE_SYSTEM = 'police';

/** The boards of `landscape` in `scope`, in landscape order; undefined means all. */
export function scopeBoards(landscape: Landscape, scope: FigureScope): BoardId[] | undefined {
  switch (scope.kind) {
    case 'all':
      return undefined;
    case 'region':
      return regionBoards(landscape, [scope.region]);
    case 'view':
      return landscape.boards.filter((b) => scope.boards.has(b.id)).map((b) => b.id);
    case 'selection': {
      const related = landscape.boards.some((b) => b.id === scope.board)
        ? relatedBoards(landscape, scope.board)
        : new Set<BoardId>();
      return landscape.boards.filter((b) => related.has(b.id)).map((b) => b.id);
    }
  }
}

/** The boards wholly inside any of `regions`. */
export function regionBoards(landscape: Landscape, regions: readonly string[]): BoardId[] {
  return landscape.boards
    .filter((b) => {
      const r = containingRegion(landscape, b.footprint, FIGURE_SYSTEM);
      return r !== undefined && regions.includes(r);
    })
    .map((b) => b.id);
}

/** A police region's name in the reader's language. */
export function regionName(landscape: Landscape, region: string, lang: Language): string {
  return regionFigureName(
    landscape.regionSystems.filter((s) => s.id === FIGURE_SYSTEM),
    region,
    lang,
  );
}
