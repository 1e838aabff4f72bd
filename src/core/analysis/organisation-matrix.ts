import type { BoardId, Landscape, OrganisationId } from '../model/types';
import { THEMES, type Theme } from '../model/vocabulary';
import { meetingPattern, meets } from './meeting-pattern';

/** What the matrix sets organisations against. */
export const MATRIX_AXES = ['boards', 'themes'] as const;
export type MatrixAxis = (typeof MATRIX_AXES)[number];

export interface OrganisationMatrix {
  axis: MatrixAxis;
  /** Boards by seat-hours, most first; or themes in their usual order, those with any. */
  columns: { board?: BoardId; theme?: Theme; total: number }[];
  /** Organisations by seat-hours a year, most first: "who sits on what", sorted by load. */
  rows: { organisation: OrganisationId; total: number; cells: number[] }[];
  /** The largest cell, for the colour scale. */
  max: number;
  /** How many organisations and columns there were before the cut. */
  allRows: number;
  allColumns: number;
}

/**
 * Who sits on what: each organisation's seat-hours a year on each board (or in each theme), on
 * the boards that meet. Against themes, a board's seat-hours count under each of its themes, so
 * a row's cells can add up to more than its total. `visible` narrows it to the boards in view.
 */
export function organisationMatrix(
  landscape: Landscape,
  axis: MatrixAxis,
  options: { rows?: number; columns?: number; visible?: ReadonlySet<BoardId> | null } = {},
): OrganisationMatrix {
  const boards = new Map(
    landscape.boards
      .filter((b) => meets(b) && (!options.visible || options.visible.has(b.id)))
      .map((b) => [b.id, b]),
  );
  const byOrg = new Map<OrganisationId, { total: number; by: Map<string, number> }>();
  const columnTotals = new Map<string, number>();
  for (const m of landscape.memberships) {
    const board = boards.get(m.board);
    if (!board) continue;
    const hours = m.seats * meetingPattern(board).hoursPerSeat;
    let row = byOrg.get(m.organisation);
    if (!row) byOrg.set(m.organisation, (row = { total: 0, by: new Map() }));
    row.total += hours;
    const keys = axis === 'boards' ? [board.id] : board.themes;
    for (const key of keys) {
      row.by.set(key, (row.by.get(key) ?? 0) + hours);
      columnTotals.set(key, (columnTotals.get(key) ?? 0) + hours);
    }
  }
  const keys =
    axis === 'boards'
      ? [...columnTotals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k]) => k)
      : THEMES.filter((t) => columnTotals.has(t));
  const shownKeys = keys.slice(0, options.columns ?? Infinity);
  const rows = [...byOrg]
    .sort((a, b) => b[1].total - a[1].total || a[0].localeCompare(b[0]))
    .slice(0, options.rows ?? Infinity)
    .map(([organisation, row]) => ({
      organisation,
      total: row.total,
      cells: shownKeys.map((k) => row.by.get(k) ?? 0),
    }));
  return {
    axis,
    columns: shownKeys.map((k) => ({
      ...(axis === 'boards' ? { board: k as BoardId } : { theme: k as Theme }),
      total: columnTotals.get(k) ?? 0,
    })),
    rows,
    max: Math.max(0, ...rows.flatMap((r) => r.cells)),
    allRows: byOrg.size,
    allColumns: keys.length,
  };
}
