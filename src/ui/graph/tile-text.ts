import type { Board } from '../../core/model/types';
import type { GridCell } from '../../core/overview/overview-grid';
import { tileFigures, type TileContext } from '../../core/overview/tile-figures';
import type { MessageKey } from '../../i18n/catalogue';
import type { TileLine } from './overview-scene';

interface TileTextInputs {
  context: TileContext;
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
  { context, i18n, column, delta }: TileTextInputs,
): { lines: TileLine[]; short: TileLine; name: string } {
  const figures = tileFigures(cell, context);
  const largest = figures.largest.map((b) => i18n.name(b));
  const boards = i18n.t('overview.tileBoards', { count: figures.boards });
  const seatLine = i18n.t('overview.tileSeats', {
    count: figures.seats,
    hours: Math.round(figures.seatHours).toLocaleString('en-GB'),
  });
  const held = figures.duplications;
  const duplications = held
    ? i18n.t('overview.tileDuplications', { count: held, worst: figures.worst.toFixed(2) })
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
      { text: duplications, ...(held ? { tone: 'duplication' as const } : {}) },
      ...largest.map((text) => ({ text })),
    ],
    short: {
      text: [boards, change?.text, held ? duplications : undefined].filter(Boolean).join(' · '),
      bold: true,
      ...(held ? { tone: 'duplication' as const } : {}),
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
