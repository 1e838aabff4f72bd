/**
 * The data behind each figure as CSV, to save beside it: what a reader of the report may want
 * to check or chart again. Names are in the figure's language; column names are stable ids.
 */
import { containingRegion } from '../core/geography/footprint';
import { areaName } from '../core/io/svg/map-svg';
import { csvCell } from '../core/io/csv/write-csv';
import type { AreaCode, BoardId, Landscape } from '../core/model/types';
import type { HeadlineChanges } from '../core/scenarios/headline';
import type { Language } from '../i18n/catalogue';
import { FIGURE_SYSTEM } from './scope';

const rounded = (n: number) => Math.round(n * 10) / 10;

/**
 * RFC 4180 CSV with a byte-order mark, as the CSV bundle writes it; numbers are written as
 * numbers (a negative change is a number, not a formula), text through the formula guard.
 */
export function writeCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number)[])[],
) {
  const line = (r: readonly (string | number)[]) =>
    r.map((c) => (typeof c === 'number' ? String(c) : csvCell(c))).join(',');
  return `\uFEFF${[header, ...rows].map(line).join('\r\n')}\r\n`;
}

/** One row per board drawn: id, name, level, status, police region, the scenario's mark. */
export function graphCsv(
  landscape: Landscape,
  boards: readonly BoardId[] | undefined,
  lang: Language,
  marks: ReadonlyMap<BoardId, string> = new Map(),
): string {
  const wanted = boards ? new Set<string>(boards) : undefined;
  return writeCsv(
    ['board', 'name', 'level', 'status', 'region', 'change'],
    landscape.boards
      .filter((b) => !wanted || wanted.has(b.id))
      .map((b) => [
        b.id,
        lang === 'cy' && b.nameCy ? b.nameCy : b.name,
        b.level,
        b.status,
        containingRegion(landscape, b.footprint, FIGURE_SYSTEM) ?? '',
        marks.get(b.id) ?? '',
      ]),
  );
}

/** The comparison's headline measures, baseline and scenario, with the change. */
export function compareCsv(numbers: HeadlineChanges): string {
  const rows = (
    [
      ['meeting_boards', numbers.meetingBoards],
      ['seats', numbers.seats],
      ['seat_hours_a_year', numbers.seatHours],
      ['duplications', numbers.duplications],
    ] as const
  ).map(([measure, v]) => [
    measure,
    rounded(v.before),
    rounded(v.after),
    rounded(v.after - v.before),
  ]);
  return writeCsv(['measure', 'baseline', 'scenario', 'change'], rows);
}

/** One row per area: its code, name, the measure's value and whether it is lit up. */
export function mapCsv(
  landscape: Landscape,
  lang: Language,
  measure: string,
  values: ReadonlyMap<AreaCode, number> | undefined,
  lit: readonly AreaCode[] = [],
): string {
  const on = new Set(lit);
  return writeCsv(
    ['area', 'name', measure, 'highlighted'],
    landscape.areas.map((a) => {
      const v = values?.get(a.code);
      return [
        a.code,
        areaName(a, lang),
        v === undefined ? '' : rounded(v),
        on.has(a.code) ? 'yes' : '',
      ];
    }),
  );
}
