import { tint } from './colour';
import { ANALYSIS_PALETTE, FONT_STACK, MUTED_TEXT, TEXT_COLOUR } from './graph-style';
import {
  PageOverflow,
  pageFrame,
  pageOpen,
  PRESETS,
  textBlock,
  TYPE_FLOOR,
  type PresetId,
} from './page';
import { textWidth, wrapToWidth } from './text-measure';
import { element, escapeXml, groupDigits, num } from './xml';

/**
 * The meeting-load figure: a horizontal bar chart of seat-hours a year, one bar per
 * organisation, largest first. Pure drawing: every word comes in already translated, every
 * length is measured with the font-metrics table, so the same bars give the same bytes.
 */

export interface LoadBar {
  id: string;
  /** The organisation's whole name in the figure's language; wrapped, never shortened. */
  name: string;
  value: number;
  /** The words at the bar's end ("1,234 seat-hours · 12 boards", with the estimate marker). */
  valueLabel: string;
  /** Drawn hatched and lighter, so an estimate shows without colour. */
  estimated: boolean;
}

/** The words that depend on how many bars are drawn. */
export interface LoadSvgText {
  /** What, where, as at when, and how many organisations are shown of how many. */
  subtitle: string;
  /** The text alternative, as the `<desc>`. */
  description: string;
}

export interface LoadSvgOptions {
  /** The headline, stating the main message. */
  title: string;
  /** The source line at the foot. */
  caption: string;
  /** Subtitle and text alternative for the number of bars drawn (a page may take fewer). */
  text: (shown: number) => LoadSvgText;
  /** The value axis' name. */
  axisTitle: string;
  /** A legend line per kind of bar; a line is drawn only when a bar of its kind is. */
  legend: { recorded: string; estimated: string };
  lang: string;
  /** The most bars drawn; default 15. */
  most?: number;
  /** The page the figure is set for; its natural size when absent. */
  preset?: PresetId;
  /** Prefix of ids inside the SVG; default `tw-load`. */
  idPrefix?: string;
}

/** The Analysis Function's dark blue: 10:1 against white. */
export const BAR_COLOUR = ANALYSIS_PALETTE[0];
const HATCH_GROUND = tint(BAR_COLOUR, 0.2);
const GRID = '#d0d3d9';
const AXIS = '#4a4a4a';

/** Type sizes of the body: names and values at `label`; ticks, axis name and legend at `legend`. */
interface Sizes {
  label: number;
  legend: number;
}

interface Body {
  /** Markup from (0, 0). */
  markup: string;
  height: number;
  /** Room left for the bars themselves; too little and the figure does not fit. */
  plotWidth: number;
}

/** Names wrapped into a left column as narrow as lets each take at most three lines. */
function labelColumn(names: readonly string[], width: number, size: number) {
  const natural = Math.max(0, ...names.map((n) => textWidth(n, size)));
  let column = Math.min(natural, width * 0.34);
  let lines = names.map((n) => wrapToWidth(n, column, size));
  // A long name widens the column rather than taking a fourth line, up to half the width.
  while (lines.some((l) => l.length > 3) && column < width * 0.5) {
    column += size;
    lines = names.map((n) => wrapToWidth(n, column, size));
  }
  // A word wider than the column keeps its line whole, so the column is what the lines use.
  const used = Math.max(0, ...lines.flat().map((l) => textWidth(l, size)));
  return { lines, width: used };
}

const NICE = [1, 2, 2.5, 5];

/**
 * Round steps from 0 up to `max`, as many as fit with their labels apart. The scale ends at the
 * largest value, so the longest bar takes the whole plot.
 */
function axisTicks(max: number, plotWidth: number, size: number): number[] {
  const top = Math.max(max, 1);
  const target = Math.min(8, Math.max(2, Math.floor(plotWidth / (size * 6))));
  const raw = top / target;
  let power = 10 ** Math.floor(Math.log10(raw));
  let i = NICE.findIndex((m) => m * power >= raw);
  if (i < 0) [i, power] = [0, power * 10];
  for (;;) {
    const step = NICE[i]! * power;
    const ticks = Array.from({ length: Math.floor(top / step + 1e-9) + 1 }, (_, k) => k * step);
    const widest = Math.max(...ticks.map((t) => textWidth(groupDigits(t), size)));
    if ((plotWidth * step) / top >= widest + size || ticks.length <= 2) return ticks;
    if (++i === NICE.length) [i, power] = [0, power * 10];
  }
}

/** The bars, their names and values, the value axis and the legend, in `width`. */
function loadBody(
  bars: readonly LoadBar[],
  width: number,
  sizes: Sizes,
  options: LoadSvgOptions,
  prefix: string,
): Body {
  if (!bars.length) return { markup: '', height: 0, plotWidth: width };
  const { label: size, legend: small } = sizes;
  const gap = size * 0.6;
  const column = labelColumn(
    bars.map((b) => b.name),
    width,
    size,
  );
  const valueWidth = Math.max(...bars.map((b) => textWidth(b.valueLabel, size)));
  const plotX = column.width + gap;
  const plotWidth = width - plotX - gap - valueWidth;
  const lineStep = size * 1.2;
  const barHeight = size * 1.5;
  const mostLines = Math.max(...column.lines.map((l) => l.length));
  const pitch = Math.max(barHeight, mostLines * lineStep) + size * 0.6;
  const barsHeight = bars.length * pitch;
  const top = Math.max(1, ...bars.map((b) => b.value));
  const ticks = axisTicks(top, plotWidth, small);
  const x = (v: number) => plotX + (Math.max(0, v) / top) * plotWidth;

  const grid = ticks.map((t) =>
    element('line', {
      x1: num(x(t)),
      x2: num(x(t)),
      y1: 0,
      y2: num(barsHeight),
      stroke: t === 0 ? AXIS : GRID,
      'stroke-width': 1,
    }),
  );
  const rows = bars.map((b, i) => {
    const middle = i * pitch + pitch / 2;
    const lines = column.lines[i]!;
    const first = middle - ((lines.length - 1) * lineStep) / 2 + size * 0.35;
    const name = element(
      'text',
      {
        x: num(column.width),
        y: num(first),
        'font-size': num(size),
        'text-anchor': 'end',
        fill: TEXT_COLOUR,
      },
      lines
        .map((l, k) =>
          element('tspan', { x: num(column.width), dy: k === 0 ? 0 : num(lineStep) }, escapeXml(l)),
        )
        .join(''),
    );
    const end = x(b.value);
    const bar = element('rect', {
      x: num(plotX),
      y: num(middle - barHeight / 2),
      width: num(end - plotX),
      height: num(barHeight),
      fill: b.estimated ? `url(#${prefix}-hatch)` : BAR_COLOUR,
      stroke: b.estimated ? BAR_COLOUR : undefined,
    });
    const value = element(
      'text',
      {
        x: num(end + gap),
        y: num(middle + size * 0.35),
        'font-size': num(size),
        fill: TEXT_COLOUR,
      },
      escapeXml(b.valueLabel),
    );
    const kind = b.estimated ? 'tw-bar tw-estimated' : 'tw-bar';
    return element('g', { id: `${prefix}-r${i}`, class: kind }, name + bar + value);
  });
  const tickY = barsHeight + small * 1.2;
  const tickText = ticks.map((t) =>
    element(
      'text',
      {
        x: num(x(t)),
        y: num(tickY),
        'font-size': num(small),
        'text-anchor': 'middle',
        fill: MUTED_TEXT,
      },
      groupDigits(t),
    ),
  );
  const axisY = tickY + small * 1.5;
  const axisName = element(
    'text',
    { x: num(plotX), y: num(axisY), 'font-size': num(small), fill: MUTED_TEXT },
    escapeXml(options.axisTitle),
  );

  let y = axisY + small * 1.2;
  const legend: string[] = [];
  const swatch = small * 2.2;
  const entries = [
    { shown: bars.some((b) => !b.estimated), text: options.legend.recorded, estimated: false },
    { shown: bars.some((b) => b.estimated), text: options.legend.estimated, estimated: true },
  ].filter((e) => e.shown);
  for (const e of entries) {
    const block = textBlock(e.text, {
      x: swatch + gap,
      y,
      width: width - swatch - gap,
      size: small,
    });
    legend.push(
      element('rect', {
        x: 0,
        y: num(y + small * 0.2),
        width: num(swatch),
        height: num(small),
        fill: e.estimated ? `url(#${prefix}-hatch)` : BAR_COLOUR,
        stroke: e.estimated ? BAR_COLOUR : undefined,
      }),
      block.markup,
    );
    y += block.height + small * 0.7;
  }
  const markup = [
    element('g', { class: 'tw-grid' }, grid.join('')),
    ...rows,
    element('g', { class: 'tw-axis' }, tickText.join('') + axisName),
    element('g', { class: 'tw-legend' }, legend.join('')),
  ].join('\n');
  return { markup, height: y, plotWidth };
}

/** Diagonal stripes over a light ground, for bars that are estimates. */
function hatch(prefix: string, size: number): string {
  const p = num(size * 0.5);
  return element(
    'defs',
    {},
    element(
      'pattern',
      {
        id: `${prefix}-hatch`,
        patternUnits: 'userSpaceOnUse',
        width: p,
        height: p,
        patternTransform: 'rotate(45)',
      },
      element('rect', { width: p, height: p, fill: HATCH_GROUND }) +
        element('rect', { width: num(size * 0.22), height: p, fill: BAR_COLOUR }),
    ),
  );
}

/** The least width the bars need to be read, in units of the label size. */
const LEAST_PLOT = 6;
const WIDTH = 900;
const PAD = 24;

/**
 * The meeting-load bar chart as SVG: the largest `most` bars (15 by default), names in a left
 * column wrapped to at most three lines, each value in words at its bar's end, estimates
 * hatched and marked, a value axis and a legend. On a `preset` page as many bars as fit are
 * drawn (never fewer than three, else `PageOverflow`); `shown` says how many.
 */
export function renderLoadSvg(
  bars: readonly LoadBar[],
  options: LoadSvgOptions,
): { svg: string; shown: number } {
  const prefix = options.idPrefix ?? 'tw-load';
  const most = Math.min(options.most ?? 15, bars.length);
  const head = (text: LoadSvgText, drawn: readonly LoadBar[], size: number) => [
    element('title', { id: `${prefix}-title` }, escapeXml(options.title)),
    element('desc', { id: `${prefix}-desc` }, escapeXml(text.description)),
    drawn.some((b) => b.estimated) ? hatch(prefix, size) : '',
  ];
  if (options.preset) return onPage(bars, most, options, options.preset, prefix, head);

  const sizes = { label: 13, legend: 12 };
  const drawn = bars.slice(0, most);
  const text = options.text(most);
  let inner = WIDTH - 2 * PAD;
  let body = loadBody(drawn, inner, sizes, options, prefix);
  // Long names and values widen the figure rather than squeeze the bars.
  for (let i = 0; i < 4 && body.plotWidth < 20 * sizes.label; i++) {
    inner += 20 * sizes.label - body.plotWidth;
    body = loadBody(drawn, inner, sizes, options, prefix);
  }
  const width = inner + 2 * PAD;
  let y = PAD;
  const title = textBlock(options.title, { x: PAD, y, width: inner, size: 22, bold: true });
  y += title.height + 8;
  const subtitle = textBlock(text.subtitle, {
    x: PAD,
    y,
    width: inner,
    size: 14,
    fill: MUTED_TEXT,
  });
  y += subtitle.height + 20;
  const bodyY = y;
  y += body.height + (body.height ? 16 : 0);
  const caption = textBlock(options.caption, {
    x: PAD,
    y,
    width: inner,
    size: 12,
    fill: MUTED_TEXT,
    className: 'tw-caption',
  });
  const height = y + caption.height + PAD;
  return {
    svg: [
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${num(width)} ${num(height)}" width="${num(width)}" height="${num(height)}" role="img" aria-labelledby="${prefix}-title ${prefix}-desc" xml:lang="${escapeXml(options.lang)}" font-family="${escapeXml(FONT_STACK)}">`,
      ...head(text, drawn, sizes.label),
      element('rect', { width: num(width), height: num(height), fill: '#ffffff' }),
      title.markup,
      subtitle.markup,
      `<g transform="translate(${num(PAD)} ${num(bodyY)})">`,
      body.markup,
      '</g>',
      caption.markup,
      '</svg>',
      '',
    ].join('\n'),
    shown: drawn.length,
  };
}

/** The chart set on a page at the preset's type sizes, with as many bars as the page holds. */
function onPage(
  bars: readonly LoadBar[],
  most: number,
  options: LoadSvgOptions,
  id: PresetId,
  prefix: string,
  head: (text: LoadSvgText, drawn: readonly LoadBar[], size: number) => string[],
): { svg: string; shown: number } {
  const preset = PRESETS[id];
  const sizes = {
    label: Math.max(TYPE_FLOOR, preset.type.label),
    legend: Math.max(TYPE_FLOOR, preset.type.legend),
  };
  const least = Math.min(3, most);
  let needed = { width: 0, height: 0 };
  let room = { width: 0, height: 0 };
  for (let shown = most; shown >= least; shown--) {
    const drawn = bars.slice(0, shown);
    const text = options.text(shown);
    const frame = pageFrame(preset, {
      title: options.title,
      subtitle: text.subtitle,
      caption: options.caption,
    });
    const body = loadBody(drawn, frame.body.width, sizes, options, prefix);
    const plotLeast = LEAST_PLOT * sizes.label;
    room = frame.body;
    needed = {
      width: frame.body.width + Math.max(0, plotLeast - body.plotWidth),
      height: body.height,
    };
    if (body.plotWidth < plotLeast || body.height > frame.body.height + 0.5) continue;
    const svg = [
      pageOpen(preset, { prefix, lang: options.lang }),
      ...head(text, drawn, sizes.label),
      element('rect', { width: num(preset.width), height: num(preset.height), fill: '#ffffff' }),
      frame.markup,
      `<g transform="translate(${num(frame.body.x)} ${num(frame.body.y)})">`,
      body.markup,
      '</g>',
      '</svg>',
      '',
    ].join('\n');
    return { svg, shown };
  }
  throw new PageOverflow(id, needed, room);
}
