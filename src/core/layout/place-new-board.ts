import type { Board, BoardId, Landscape } from '../model/types';
import type { Position } from '../workspace/types';
import { cellKey, cellKeyIn, overviewGrid } from '../overview/overview-grid';
import { DEFAULT_BAND_LAYOUT, NODE_HEIGHT, NODE_WIDTH } from './band-layout';

const STEP_X = NODE_WIDTH + DEFAULT_BAND_LAYOUT.gapX;
const STEP_Y = NODE_HEIGHT + DEFAULT_BAND_LAYOUT.gapY;

/**
 * Where a new board goes: in its level's band and its region's column, at the first free place
 * of that cell read row by row, so it lands among the boards it belongs with. A cell with no
 * boards yet starts where its band and column meet; a level or a column the landscape does not
 * show yet starts below, or to the right of, everything.
 */
export function placeNewBoard(
  landscape: Landscape,
  positions: Readonly<Record<string, Position>>,
  board: Pick<Board, 'level' | 'footprint'>,
  system = DEFAULT_BAND_LAYOUT.system,
): Position {
  const placed = landscape.boards.filter((b) => positions[b.id]);
  if (!placed.length) return { x: 0, y: 0 };
  const at = (id: BoardId) => positions[id]!;
  const grid = overviewGrid(
    { ...landscape, boards: placed },
    at,
    { width: NODE_WIDTH, height: NODE_HEIGHT },
    system,
  );
  const key = cellKeyIn(landscape, system)(board as Board);
  const cell = grid.cells.find((c) => cellKey(c.level, c.column) === key);
  const columnKey = key.slice(key.indexOf('\u0000') + 1);
  const column = grid.columns.find((c) => c.key === columnKey);
  const band = grid.bands.find((b) => b.level === board.level);
  const right = Math.max(...grid.columns.map((c) => c.x + c.width));
  const bottom = Math.max(...grid.bands.map((b) => b.y + b.height));
  const start = cell
    ? { x: cell.rect.x, y: cell.rect.y }
    : {
        x: column?.x ?? right + DEFAULT_BAND_LAYOUT.bandGap,
        y: band?.y ?? bottom + DEFAULT_BAND_LAYOUT.bandGap,
      };
  const across = Math.max(
    1,
    Math.round((cell?.rect.width ?? column?.width ?? NODE_WIDTH) / STEP_X),
  );
  const boxes = placed.map((b) => at(b.id));
  const free = (p: Position) =>
    !boxes.some(
      (q) => Math.abs(q.x - p.x) < NODE_WIDTH + 1 && Math.abs(q.y - p.y) < NODE_HEIGHT + 1,
    );
  for (let row = 0; ; row += 1)
    for (let col = 0; col < across; col += 1) {
      const p = { x: start.x + col * STEP_X, y: start.y + row * STEP_Y };
      if (free(p)) return p;
    }
}
