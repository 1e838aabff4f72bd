import type { DuplicationLink } from '../../core/analysis/duplication';
import type { Board, BoardId, Landscape } from '../../core/model/types';
import type { GridCell } from '../../core/overview/overview-grid';
import type { MessageKey } from '../../i18n/catalogue';
import type { TileLine } from './overview-scene';

interface TileTextInputs {
  landscape: Landscape;
  pairs: readonly DuplicationLink[];
  i18n: {
    t: (key: MessageKey, params?: Record<string, string | number>) => string;
    name: (record: Board) => string;
  };
  column: string;
  /** With a scenario open: boards still meeting in this cell, against today. */
  delta?: number;
}

/** What a tile says, line by line, and the same in one sentence for a screen reader. */
export function tileText(
  cell: GridCell,
  { landscape, pairs, i18n, column, delta }: TileTextInputs,
): { lines: TileLine[]; short: TileLine; name: string } {
  const ids = new Set<BoardId>(cell.boards);
  const seats = new Map<BoardId, number>();
  for (const m of landscape.memberships)
    if (ids.has(m.board)) seats.set(m.board, (seats.get(m.board) ?? 0) + 1);
  const total = [...seats.values()].reduce((a, b) => a + b, 0);
  const held = pairs.filter((d) => ids.has(d.a) || ids.has(d.b));
  const worst = Math.max(0, ...held.map((d) => d.score));
  const byId = new Map(landscape.boards.map((b) => [b.id, b]));
  const largest = [...cell.boards]
    .sort((a, b) => (seats.get(b) ?? 0) - (seats.get(a) ?? 0))
    .slice(0, 3)
    .map((id) => i18n.name(byId.get(id)!));
  const boards = i18n.t('overview.tileBoards', { count: cell.boards.length });
  const seatLine = i18n.t('overview.tileSeats', { count: total });
  const duplications = held.length
    ? i18n.t('overview.tileDuplications', { count: held.length, worst: worst.toFixed(2) })
    : i18n.t('overview.tileNoDuplications');
  const where = i18n.t('overview.tileWhere', { level: i18n.t(`level.${cell.level}`), column });
  const change =
    delta === undefined
      ? undefined
      : delta === 0
        ? { text: i18n.t('overview.tileUnchanged') }
        : {
            text: i18n.t('overview.tileDelta', {
              count: Math.abs(delta),
              sign: delta < 0 ? '−' : '+',
            }),
            bold: true,
            tone: delta < 0 ? ('loss' as const) : ('gain' as const),
          };
  return {
    lines: [
      { text: boards, bold: true },
      ...(change ? [change] : []),
      { text: seatLine },
      { text: duplications, ...(held.length ? { tone: 'duplication' as const } : {}) },
      ...largest.map((text) => ({ text })),
    ],
    short: {
      text: [boards, change?.text, held.length ? duplications : undefined]
        .filter(Boolean)
        .join(' · '),
      bold: true,
      ...(held.length ? { tone: 'duplication' as const } : {}),
    },
    name: i18n.t('overview.tileName', {
      where,
      boards: change ? `${boards} (${change.text})` : boards,
      seats: seatLine,
      duplications,
      largest: largest.join('; '),
    }),
  };
}
