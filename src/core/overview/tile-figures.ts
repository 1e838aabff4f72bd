import type { DuplicationLink } from '../analysis/duplication';
import { meetingPattern, meets } from '../analysis/meeting-pattern';
import type { Board, BoardId, Landscape } from '../model/types';
import { cellKey, type GridCell } from './overview-grid';

/** What a summary tile says of its cell. */
export interface TileFigures {
  boards: number;
  /** Seats on the cell's boards. */
  seats: number;
  /** Seats × meetings × hours a year, on the boards that meet. */
  seatHours: number;
  /** True when some board's meeting pattern is the stated default, not its own. */
  estimated: boolean;
  /** Reported duplications with at least one board in the cell; a pair inside it counts once. */
  duplications: number;
  /** The highest score among them; 0 when there are none. */
  worst: number;
  /** The cell's largest boards by seats, at most three, largest first. */
  largest: Board[];
}

/** What every tile's figures are read from, worked out once for all the tiles. */
export interface TileContext {
  boards: ReadonlyMap<BoardId, Board>;
  seats: ReadonlyMap<BoardId, number>;
  links: ReadonlyMap<BoardId, readonly DuplicationLink[]>;
}

export function tileContext(
  landscape: Landscape,
  duplications: readonly DuplicationLink[],
): TileContext {
  const seats = new Map<BoardId, number>();
  for (const m of landscape.memberships) seats.set(m.board, (seats.get(m.board) ?? 0) + m.seats);
  const links = new Map<BoardId, DuplicationLink[]>();
  for (const d of duplications)
    for (const id of [d.a, d.b]) {
      const list = links.get(id);
      if (list) list.push(d);
      else links.set(id, [d]);
    }
  return { boards: new Map(landscape.boards.map((b) => [b.id, b])), seats, links };
}

/** The figures of one cell of the overview grid. */
export function tileFigures(cell: GridCell, context: TileContext): TileFigures {
  let seats = 0;
  let seatHours = 0;
  let estimated = false;
  const held = new Set<DuplicationLink>();
  const boards: Board[] = [];
  for (const id of cell.boards) {
    const board = context.boards.get(id);
    if (!board) continue;
    boards.push(board);
    const onBoard = context.seats.get(id) ?? 0;
    seats += onBoard;
    if (meets(board)) {
      const pattern = meetingPattern(board);
      seatHours += onBoard * pattern.hoursPerSeat;
      estimated ||= pattern.estimated;
    }
    for (const d of context.links.get(id) ?? []) held.add(d);
  }
  let worst = 0;
  for (const d of held) worst = Math.max(worst, d.score);
  const largest = [...boards]
    .sort((a, b) => (context.seats.get(b.id) ?? 0) - (context.seats.get(a.id) ?? 0))
    .slice(0, 3);
  return {
    boards: boards.length,
    seats,
    seatHours,
    estimated,
    duplications: held.size,
    worst,
    largest,
  };
}

/** With a scenario open: boards that meet in the cell, against today (negative: fewer). */
export function tileDelta(
  cell: GridCell,
  today: ReadonlyMap<string, number>,
  scenario: ReadonlyMap<string, number>,
): number {
  const key = cellKey(cell.level, cell.column);
  return (scenario.get(key) ?? 0) - (today.get(key) ?? 0);
}
