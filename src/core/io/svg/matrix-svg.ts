import type { AreaCode } from '../../model/types';
import { labelColour, tint } from './colour';
import { ANALYSIS_PALETTE, FONT_STACK, MUTED_TEXT, TEXT_COLOUR } from './graph-style';
import {
  PageOverflow,
  pageFrame,
  pageOpen,
  textBlock,
  type PagePreset,
  type PresetId,
} from './page';
import { textWidth, wrapToWidth, type Weight } from './text-measure';
import { classOf, valueClasses, type ValueClass } from './value-classes';
import { element, escapeXml, num } from './xml';

/** How many rows and columns a matrix figure draws. */
export interface MatrixShown {
  rows: number;
  columns: number;
}

export interface MatrixSvgOptions {
  /** The headline, already in the figure's language. */
  title: string;
  /** What, where, as at when; told how many rows and columns fitted. */
  subtitle: (shown: MatrixShown) => string;
  /** The text alternative, told the same. */
  description: (shown: MatrixShown) => string;
  /** The source line at the foot. */
  caption: string;
  lang: string;
  words: { organisation: string; total: string; legend: string; none: string };
  /** Rows most first, each with its total and one value per column; 0 is an empty cell. */
  rows: readonly { label: string; total: number; cells: readonly number[] }[];
  /** Column names, whole, in the order of the cells. */
  columns: readonly string[];
  idPrefix?: string;
  /**
   * The page the figure is set for: as many of the first rows and columns as fit at its type
   * sizes (at least three of each); throws `PageOverflow` when even that does not fit.
   */
  page?: { id: PresetId; preset: PagePreset };
}

export interface MatrixSvg {
  svg: string;
  shown: MatrixShown;
  description: string;
}

/** The cells' darkest shade: the Analysis Function's dark blue. */
export const MATRIX_INK = ANALYSIS_PALETTE[0];
const GRID_LINE = '#c8c8c8';
/** A column header wraps onto at most this many lines before its column is widened. */
const HEADER_LINES = 5;
const LEADING = 1.2;
const NATURAL = { title: 22, subtitle: 14, label: 12, legend: 12, caption: 12 };
const PAD = 24;
/** The narrowest natural figure, so the title has room. */
const MIN_WIDTH = 480;

/** Seat-hours as a figure prints them: whole where whole, else to a tenth; thousands grouped. */
export function formatHours(n: number): string {
  const [whole, tenth] = String(Math.round(n * 10) / 10).split('.') as [string, string?];
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (tenth ? `.${tenth}` : '');
}

/** A cell's value as drawn and classed: rounded to the tenth it is printed to. */
const asPrinted = (v: number) => Math.round(v * 10) / 10;

const words = (text: string) => text.split(/\s+/).filter(Boolean);
const widestWord = (text: string, size: number, weight: Weight = 'regular') =>
  Math.max(0, ...words(text).map((w) => textWidth(w, size, weight)));
/** The height of `lines` lines of text at `size`: from the first line's top to the last's foot. */
const blockHeight = (lines: number, size: number) =>
  lines ? (lines - 1) * size * LEADING + size : 0;

/** Lines of one `<text>`, each with its own x and y, the first baseline at `y`. */
function lines(
  text: readonly string[],
  at: { x: number; y: number; size: number; anchor?: string; bold?: boolean; fill?: string },
): string {
  return element(
    'text',
    {
      x: num(at.x),
      y: num(at.y),
      'font-size': num(at.size),
      'font-weight': at.bold ? 700 : undefined,
      'text-anchor': at.anchor,
      fill: at.fill ?? TEXT_COLOUR,
    },
    text
      .map((line, i) =>
        element('tspan', { x: num(at.x), y: num(at.y + i * at.size * LEADING) }, escapeXml(line)),
      )
      .join(''),
  );
}

/**
 * The narrowest label column (in steps of the type size) in which every name takes at most
 * `lines` lines (two, else three, unless told three); a name that needs more at the widest makes
 * the column wider still. Names are never shortened.
 */
function labelWidth(
  labels: readonly string[],
  heading: string,
  size: number,
  lines: 2 | 3 = 2,
): number {
  const floor = Math.max(
    10 * size,
    widestWord(heading, size, 'bold'),
    ...labels.map((l) => widestWord(l, size)),
  );
  const most = (w: number) => Math.max(0, ...labels.map((l) => wrapToWidth(l, w, size).length));
  const ceiling = Math.max(floor, 22 * size);
  for (const n of lines === 2 ? [2, 3] : [3])
    for (let w = floor; w <= ceiling; w += size) if (most(w) <= n) return w;
  let w = ceiling;
  while (most(w) > 3) w += size;
  return w;
}

/** A tint of the dark blue per class, light to dark (a single class takes a middle shade). */
function shades(classes: readonly ValueClass[]): string[] {
  const k = classes.length;
  return classes.map((_, i) => tint(MATRIX_INK, k === 1 ? 0.55 : 0.15 + (0.85 * i) / (k - 1)));
}

interface Body {
  markup: string;
  width: number;
  height: number;
}

/**
 * The grid from (0, 0): headings over a label column, a total column and one column per board
 * or theme; then the legend beneath, wrapped to `maxWidth` (at least the grid's width).
 */
function matrixBody(
  o: MatrixSvgOptions,
  shown: MatrixShown,
  type: { label: number; legend: number },
  maxWidth?: number,
  labelLines: 2 | 3 = 2,
): Body {
  if (!shown.rows || !shown.columns) return { markup: '', width: 0, height: 0 };
  const s = type.label;
  const gap = s / 2;
  const rows = o.rows.slice(0, shown.rows);
  const columns = o.columns.slice(0, shown.columns);
  const values = rows.map((r) => r.cells.slice(0, shown.columns).map((v) => asPrinted(v)));
  const nonEmpty = values.flat().filter((v) => v > 0);
  const classes = valueClasses(new Map(nonEmpty.map((v, i) => [String(i) as AreaCode, v])));
  const colours = shades(classes);
  const fillOf = (v: number) => {
    const c = classOf(v, classes);
    return v > 0 && c ? colours[classes.indexOf(c)]! : '#ffffff';
  };

  // Column widths: a label column, the totals, then each column as wide as its widest word
  // and its number, widened until its name takes no more than HEADER_LINES lines.
  const labelW = labelWidth(
    rows.map((r) => r.label),
    o.words.organisation,
    s,
    labelLines,
  );
  const totalW =
    Math.max(
      widestWord(o.words.total, s, 'bold'),
      ...rows.map((r) => textWidth(formatHours(r.total), s, 'bold')),
    ) +
    2 * gap;
  const cellFloor = Math.max(
    3.2 * s,
    ...nonEmpty.map((v) => textWidth(formatHours(v), s) + 2 * gap),
  );
  const columnW = columns.map((name) => {
    let w = Math.max(cellFloor, widestWord(name, s) + 2 * gap);
    while (wrapToWidth(name, w - 2 * gap, s).length > HEADER_LINES) w += gap;
    return w;
  });
  const totalX = labelW + gap;
  const cellsX = totalX + totalW + gap / 2;
  const columnX = columnW.map((_, i) => cellsX + columnW.slice(0, i).reduce((a, b) => a + b, 0));
  const gridW = cellsX + columnW.reduce((a, b) => a + b, 0);

  // Headings sit on a common foot line above the grid.
  const headings = [
    { text: wrapToWidth(o.words.organisation, labelW, s, 'bold'), x: 0, bold: true },
    {
      text: wrapToWidth(o.words.total, totalW - 2 * gap, s, 'bold'),
      x: totalX + totalW - gap,
      anchor: 'end',
      bold: true,
    },
    ...columns.map((name, i) => ({
      text: wrapToWidth(name, columnW[i]! - 2 * gap, s),
      x: columnX[i]! + columnW[i]! / 2,
      anchor: 'middle',
      bold: false,
    })),
  ];
  const headerH = Math.max(...headings.map((h) => blockHeight(h.text.length, s))) + gap;
  const foot = headerH - gap - 0.2 * s;
  const parts = headings.map((h) =>
    lines(h.text, {
      x: h.x,
      y: foot - (h.text.length - 1) * s * LEADING,
      size: s,
      anchor: h.anchor,
      bold: h.bold,
    }),
  );

  let y = headerH;
  rows.forEach((row, r) => {
    const label = wrapToWidth(row.label, labelW, s);
    const h = Math.max(2 * s, blockHeight(label.length, s) + gap);
    // A baseline 0.3 em below the middle centres a line's box (0.8 em up, 0.2 em down).
    const middle = y + h / 2 + 0.3 * s;
    parts.push(
      lines(label, { x: 0, y: middle - ((label.length - 1) * s * LEADING) / 2, size: s }),
      lines([formatHours(row.total)], {
        x: totalX + totalW - gap,
        y: middle,
        size: s,
        anchor: 'end',
        bold: true,
      }),
    );
    values[r]!.forEach((v, c) => {
      const fill = fillOf(v);
      parts.push(
        element('rect', {
          x: num(columnX[c]!),
          y: num(y),
          width: num(columnW[c]!),
          height: num(h),
          fill,
          stroke: GRID_LINE,
          'stroke-width': 0.5,
        }),
      );
      if (v > 0)
        parts.push(
          lines([formatHours(v)], {
            x: columnX[c]! + columnW[c]! / 2,
            y: middle,
            size: s,
            anchor: 'middle',
            fill: labelColour(fill),
          }),
        );
    });
    y += h;
  });

  const legend = matrixLegend(
    o,
    classes,
    colours,
    type.legend,
    Math.max(gridW, maxWidth ?? 0),
    y + 1.5 * s,
  );
  return {
    markup: `<g class="tw-matrix">${parts.join('')}</g>${legend.markup}`,
    width: Math.max(gridW, legend.width),
    height: legend.bottom,
  };
}

/**
 * The legend on one line under the grid, wrapping to `maxWidth`: its heading, a swatch per
 * shading class with its range, and the blank cell that means no seat.
 */
function matrixLegend(
  o: MatrixSvgOptions,
  classes: readonly ValueClass[],
  colours: readonly string[],
  size: number,
  maxWidth: number,
  top: number,
): { markup: string; width: number; bottom: number } {
  const step = 1.6 * size;
  const items = [
    ...classes.map((c, i) => ({
      fill: colours[i]!,
      text: c.min === c.max ? formatHours(c.min) : `${formatHours(c.min)}–${formatHours(c.max)}`,
    })),
    { fill: '#ffffff', text: o.words.none },
  ];
  const heading = textWidth(o.words.legend, size, 'bold');
  const parts = [lines([o.words.legend], { x: 0, y: top + 0.8 * size, size, bold: true })];
  let x = heading + size;
  let y = top;
  let width = 0;
  for (const item of items) {
    const w = size + size / 2 + textWidth(item.text, size);
    if (x > 0 && x + w > maxWidth) {
      x = 0;
      y += step;
    }
    parts.push(
      element('rect', {
        x: num(x),
        y: num(y),
        width: num(size),
        height: num(size),
        fill: item.fill,
        stroke: GRID_LINE,
        'stroke-width': 0.5,
      }),
      lines([item.text], { x: x + size * 1.5, y: y + 0.8 * size, size }),
    );
    width = Math.max(width, x + w);
    x += w + size * 1.2;
  }
  width = Math.max(width, heading);
  return {
    markup: `<g class="tw-legend">${parts.join('')}</g>`,
    width,
    bottom: y + size,
  };
}

const open = (width: number, height: number, prefix: string, lang: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${num(width)} ${num(height)}" width="${num(width)}" height="${num(height)}" role="img" aria-labelledby="${prefix}-title ${prefix}-desc" xml:lang="${lang}" font-family="${escapeXml(FONT_STACK)}">`;

/**
 * Who sits where, as a report-grade SVG: organisations down the side (names whole, on up to
 * three lines), boards or themes across the top (names whole, wrapped within their column), each
 * cell shaded by seat-hours a year on a light-to-dark blue scale in a few classes and carrying
 * its number, so the reading never rests on colour; a legend beneath, a headline title, a
 * statistical subtitle and the source line. At its natural size it draws every row and column
 * given; on a page, as many as fit at the page's type sizes. Same options, same bytes.
 */
export function renderMatrixSvg(o: MatrixSvgOptions): MatrixSvg {
  const prefix = o.idPrefix ?? 'tw-matrix';
  const all: MatrixShown = { rows: o.rows.length, columns: o.columns.length };
  const head = (description: string) => [
    element('title', { id: `${prefix}-title` }, escapeXml(o.title)),
    element('desc', { id: `${prefix}-desc` }, escapeXml(description)),
  ];
  if (o.page) return onPage(o, o.page, prefix, head);

  // Laid out once for the grid's width, then again with the legend wrapped to the figure's.
  const inner = Math.max(MIN_WIDTH - 2 * PAD, matrixBody(o, all, NATURAL).width);
  const legendFitted = matrixBody(o, all, NATURAL, inner);
  const parts: string[] = [];
  let y = PAD;
  const put = (block: ReturnType<typeof textBlock>, after: number) => {
    parts.push(block.markup);
    y += block.height + after;
  };
  put(textBlock(o.title, { x: PAD, y, width: inner, size: NATURAL.title, bold: true }), 8);
  put(
    textBlock(o.subtitle(all), {
      x: PAD,
      y,
      width: inner,
      size: NATURAL.subtitle,
      fill: MUTED_TEXT,
    }),
    18,
  );
  parts.push(`<g transform="translate(${num(PAD)} ${num(y)})">${legendFitted.markup}</g>`);
  y += legendFitted.height + 20;
  put(
    textBlock(o.caption, {
      x: PAD,
      y,
      width: inner,
      size: NATURAL.caption,
      fill: MUTED_TEXT,
      className: 'tw-caption',
    }),
    PAD,
  );
  const width = inner + 2 * PAD;
  const description = o.description(all);
  const svg = [
    open(width, y, prefix, o.lang),
    ...head(description),
    element('rect', { width: num(width), height: num(y), fill: '#ffffff' }),
    ...parts,
    '</svg>',
    '',
  ].join('\n');
  return { svg, shown: all, description };
}

/** The figure set on a page: the first rows and columns that fit, columns dropped first. */
function onPage(
  o: MatrixSvgOptions,
  page: { id: PresetId; preset: PagePreset },
  prefix: string,
  head: (description: string) => string[],
): MatrixSvg {
  const { preset } = page;
  const least = { rows: Math.min(3, o.rows.length), columns: Math.min(3, o.columns.length) };
  let shown: MatrixShown = { rows: o.rows.length, columns: o.columns.length };
  for (;;) {
    const frame = pageFrame(preset, {
      title: o.title,
      subtitle: o.subtitle(shown),
      caption: o.caption,
    });
    const room = frame.body;
    const fits = (b: Body) => b.width <= room.width + 0.5 && b.height <= room.height + 0.5;
    const body = matrixBody(o, shown, preset.type, room.width);
    const wide = body.width > room.width + 0.5;
    // Names on three lines make the label column narrower: tried before a column is dropped.
    const narrow = wide ? matrixBody(o, shown, preset.type, room.width, 3) : body;
    const drawn = fits(body) ? body : fits(narrow) ? narrow : undefined;
    if (drawn) {
      const description = o.description(shown);
      const svg = [
        pageOpen(preset, { prefix, lang: o.lang }),
        ...head(description),
        element('rect', {
          width: num(preset.width),
          height: num(preset.height),
          fill: '#ffffff',
        }),
        frame.markup,
        `<g transform="translate(${num(room.x)} ${num(room.y)})">${drawn.markup}</g>`,
        '</svg>',
        '',
      ].join('\n');
      return { svg, shown, description };
    }
    if (wide && shown.columns > least.columns) shown = { ...shown, columns: shown.columns - 1 };
    else if (shown.rows > least.rows) shown = { ...shown, rows: shown.rows - 1 };
    else
      throw new PageOverflow(
        page.id,
        { width: body.width, height: body.height },
        { width: room.width, height: room.height },
      );
  }
}
