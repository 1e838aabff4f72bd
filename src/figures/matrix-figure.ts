/**
 * The "who sits where" figure: organisations against boards (or themes) by seat-hours a year,
 * as the matrix view shows it, under a headline that states its main finding. Plain TypeScript,
 * no Svelte or DOM, so the app and the command line draw the same bytes.
 */
import { meets } from '../core/analysis/meeting-pattern';
import { organisationMatrix, type MatrixAxis } from '../core/analysis/organisation-matrix';
import { formatHours, renderMatrixSvg, type MatrixShown } from '../core/io/svg/matrix-svg';
import { PRESETS } from '../core/io/svg/page';
import { figureNameIn, nameIn, UNOFFICIAL_MARK } from '../core/model/display-name';
import type { BoardId, OrganisationId } from '../core/model/types';
import type { Theme } from '../core/model/vocabulary';
import type { CountedFigureInput } from './counted-input';
import { writeCsv } from './figure-data';
import { figureCaption, lookup } from './figure-labels';

export interface MatrixFigureInput extends CountedFigureInput {
  /** Organisations against boards (default) or against themes. */
  axis?: MatrixAxis;
}

/** The most organisations a figure lists, and boards it sets them against: a report's page. */
export const MATRIX_ROWS = 20;
export const MATRIX_BOARD_COLUMNS = 12;

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/**
 * Who sits where: the organisations with the most seat-hours a year against the busiest boards
 * (or every theme with any), each cell shaded and numbered. The title says which organisation
 * sits on most and on how many of the boards that meet; on a page, as many rows and columns as
 * fit are drawn and the subtitle says how many. Returns the SVG, its title and text alternative,
 * and a CSV of every cell drawn.
 */
export function renderMatrixFigure(input: MatrixFigureInput): {
  svg: string;
  title: string;
  description: string;
  csv: string;
} {
  const { landscape, baseline, lang } = input;
  const axis = input.axis ?? 'boards';
  const t = lookup(lang);
  const matrix = organisationMatrix(landscape, axis, {
    rows: MATRIX_ROWS,
    columns: axis === 'boards' ? MATRIX_BOARD_COLUMNS : undefined,
    visible: input.boards ?? null,
  });
  const organisations = new Map(landscape.organisations.map((o) => [o.id, o]));
  const boards = new Map(landscape.boards.map((b) => [b.id, b]));
  const counted = new Set(
    landscape.boards
      .filter((b) => meets(b) && (!input.boards || input.boards.has(b.id)))
      .map((b) => b.id),
  );
  const seatsOn = (id: OrganisationId) =>
    new Set(
      landscape.memberships
        .filter((m) => m.organisation === id && m.seats > 0 && counted.has(m.board))
        .map((m) => m.board),
    ).size;

  const organisationName = (id: OrganisationId, name = figureNameIn) => {
    const o = organisations.get(id);
    return o ? name(o, lang) : id;
  };
  const themeName = (theme: Theme) => capitalise(t(`theme.${theme}`));
  const columnName = (c: { board?: BoardId; theme?: Theme }, name = figureNameIn) => {
    if (c.theme) return themeName(c.theme);
    const b = boards.get(c.board!);
    return b ? name(b, lang) : c.board!;
  };

  const where = input.where ?? baseline.title;
  const top = matrix.rows[0];
  const headline = top
    ? {
        organisation: organisationName(top.organisation),
        count: seatsOn(top.organisation),
        total: counted.size,
      }
    : undefined;
  const title = !headline
    ? t('figures.matrix.empty')
    : input.where !== undefined
      ? t('figures.matrix.headlineWhere', { where: input.where, ...headline })
      : t('figures.matrix.headline', headline);
  const allColumns = axis === 'boards' ? counted.size : matrix.allColumns;
  const counts = (shown: MatrixShown) => ({
    where,
    asAt: baseline.asAt,
    rows: shown.rows,
    allRows: matrix.allRows,
    columns: shown.columns,
    allColumns,
  });
  const subtitleKey =
    axis === 'boards' ? 'figures.matrix.subtitleBoards' : 'figures.matrix.subtitleThemes';
  const busiest = [...matrix.columns].sort((a, b) => b.total - a.total)[0];
  const description = (shown: MatrixShown) =>
    [
      t(
        axis === 'boards' ? 'figures.matrix.descriptionBoards' : 'figures.matrix.descriptionThemes',
        counts(shown),
      ),
      headline && top
        ? t('figures.matrix.top', {
            organisation: headline.organisation,
            hours: formatHours(top.total),
            count: headline.count,
          })
        : undefined,
      busiest
        ? axis === 'boards'
          ? t('figures.matrix.busiestBoard', {
              board: columnName(busiest),
              hours: formatHours(busiest.total),
            })
          : t('figures.matrix.busiestTheme', {
              theme: columnName(busiest),
              hours: formatHours(busiest.total),
            })
        : undefined,
    ]
      .filter(Boolean)
      .join(' ');

  const rows = matrix.rows.map((r) => ({
    label: organisationName(r.organisation),
    total: r.total,
    cells: r.cells,
  }));
  const columns = matrix.columns.map((c) => columnName(c));
  // The shared caption notes unofficial Welsh names of boards; organisations may carry one too.
  let caption = figureCaption(lang, baseline, input.scenarioName);
  const unofficial = t('trust.unofficialTranslation');
  if (
    [...rows.map((r) => r.label), ...columns].some((n) => n.endsWith(UNOFFICIAL_MARK)) &&
    !caption.includes(unofficial)
  )
    caption += ` · ${UNOFFICIAL_MARK} ${unofficial}`;

  const drawn = renderMatrixSvg({
    title,
    subtitle: (shown) => t(subtitleKey, counts(shown)),
    description,
    caption,
    lang,
    words: {
      organisation: t('matrix.organisation'),
      total: t('matrix.total'),
      legend: t('figures.matrix.legend'),
      none: t('figures.matrix.none'),
    },
    rows,
    columns,
    page: input.preset ? { id: input.preset, preset: PRESETS[input.preset] } : undefined,
  });

  const shownColumns = matrix.columns.slice(0, drawn.shown.columns);
  const csv = writeCsv(
    ['organisation', 'organisation_name', 'column', 'column_name', 'seat_hours'],
    matrix.rows
      .slice(0, drawn.shown.rows)
      .flatMap((r) =>
        shownColumns.map((c, i) => [
          r.organisation,
          organisationName(r.organisation, nameIn),
          c.board ?? c.theme!,
          columnName(c, nameIn),
          Math.round(r.cells[i]! * 10) / 10,
        ]),
      ),
  );
  return { svg: drawn.svg, title, description: drawn.description, csv };
}
