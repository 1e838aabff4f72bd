import { FONT_STACK, MUTED_TEXT, TEXT_COLOUR } from './graph-style';
import { wrapToWidth } from './text-measure';
import { element, escapeXml, num } from './xml';

/**
 * Where a figure goes. A preset fixes the page (in points, 1/72 inch: one SVG unit is one point
 * at print size), its margin and its type sizes, so a figure pasted into a report or a slide
 * needs no rework.
 */
export interface PagePreset {
  /** Page size in points. */
  width: number;
  height: number;
  /** The page's size as the SVG's `width`/`height`, in the unit its users think in. */
  size: { width: string; height: string };
  margin: number;
  /** Type sizes in points. `label` is where a board's name starts; none is ever below `floor`. */
  type: { title: number; subtitle: number; label: number; legend: number; caption: number };
}

/** No text on a page is set smaller than this, in points. */
export const TYPE_FLOOR = 9;

const MM = 72 / 25.4;

/** A4's margin and type, the same either way round. */
const A4 = {
  margin: 12.7 * MM,
  type: { title: 16, subtitle: 11, label: 9, legend: 9, caption: 9 },
} as const;

export const PRESETS = {
  'a4-portrait': {
    ...A4,
    width: 210 * MM,
    height: 297 * MM,
    size: { width: '210mm', height: '297mm' },
  },
  'a4-landscape': {
    ...A4,
    width: 297 * MM,
    height: 210 * MM,
    size: { width: '297mm', height: '210mm' },
  },
  // A 16:9 slide as presentation software sets it: 13.333 × 7.5 inches, 960 × 540 points.
  slide: {
    width: 960,
    height: 540,
    size: { width: '960pt', height: '540pt' },
    margin: 20,
    type: { title: 20, subtitle: 12, label: 9, legend: 9, caption: 9 },
  },
} as const satisfies Record<string, PagePreset>;

export type PresetId = keyof typeof PRESETS;
export const PRESET_IDS = Object.keys(PRESETS) as PresetId[];

/**
 * A figure that does not fit its page at the preset's type sizes. Rather than set text too small
 * to read, the figure is refused; the message says how much room it needed.
 */
export class PageOverflow extends Error {
  constructor(
    readonly preset: PresetId,
    /** What the content needed and what the page had, in points. */
    readonly needed: { width: number; height: number },
    readonly available: { width: number; height: number },
  ) {
    super(
      `The figure does not fit the ${preset} page at its type sizes: it needs ` +
        `${Math.ceil(needed.width)} × ${Math.ceil(needed.height)} pt, the page has ` +
        `${Math.floor(available.width)} × ${Math.floor(available.height)} pt. ` +
        'Draw fewer boards (a region, or the regions a scenario touches) or a larger preset.',
    );
    this.name = 'PageOverflow';
  }
}

/** Lines of text wrapped to `width`, as one `<text>` from (x, y) with `leading` between lines. */
export function textBlock(
  text: string,
  options: {
    x: number;
    y: number;
    width: number;
    size: number;
    bold?: boolean;
    fill?: string;
    leading?: number;
    className?: string;
  },
): { markup: string; lines: number; height: number } {
  const { x, y, width, size } = options;
  const wrapped = text ? wrapToWidth(text, width, size, options.bold ? 'bold' : 'regular') : [];
  const step = size * (options.leading ?? 1.25);
  if (!wrapped.length) return { markup: '', lines: 0, height: 0 };
  const markup = element(
    'text',
    {
      class: options.className,
      x: num(x),
      y: num(y + size),
      'font-size': num(size),
      'font-weight': options.bold ? 700 : undefined,
      fill: options.fill ?? TEXT_COLOUR,
    },
    wrapped
      .map((line, i) =>
        element('tspan', { x: num(x), dy: i === 0 ? 0 : num(step) }, escapeXml(line)),
      )
      .join(''),
  );
  return { markup, lines: wrapped.length, height: size + (wrapped.length - 1) * step };
}

export interface PageText {
  title: string;
  /** What, where, as at when. */
  subtitle?: string;
  /** A line of results in words and numbers, under the subtitle. */
  headline?: string;
  /** The source line at the foot. */
  caption: string;
}

export interface PageFrame {
  /** The page's header and footer markup. */
  markup: string;
  /** The room left for the figure's body, in points. */
  body: { x: number; y: number; width: number; height: number };
}

/** Space between the header, the body and the footer, in points. */
const GAP = 10;

/** The title, subtitle and headline at the top of the page and the source line at its foot. */
export function pageFrame(preset: PagePreset, text: PageText): PageFrame {
  const { margin, type } = preset;
  const width = preset.width - 2 * margin;
  let y = margin;
  const parts: string[] = [];
  const put = (block: ReturnType<typeof textBlock>, after: number) => {
    if (!block.lines) return;
    parts.push(block.markup);
    y += block.height + after;
  };
  put(
    textBlock(text.title, { x: margin, y, width, size: type.title, bold: true }),
    type.title * 0.4,
  );
  if (text.subtitle)
    put(
      textBlock(text.subtitle, { x: margin, y, width, size: type.subtitle, fill: MUTED_TEXT }),
      type.subtitle * 0.4,
    );
  if (text.headline)
    put(
      textBlock(text.headline, {
        x: margin,
        y,
        width,
        size: type.subtitle,
        bold: true,
        className: 'tw-headline',
      }),
      0,
    );
  const top = y + GAP;
  const caption = textBlock(text.caption, {
    x: margin,
    y: 0,
    width,
    size: type.caption,
    fill: MUTED_TEXT,
    className: 'tw-caption',
  });
  const captionTop = preset.height - margin - caption.height;
  if (caption.lines)
    parts.push(
      textBlock(text.caption, {
        x: margin,
        y: captionTop,
        width,
        size: type.caption,
        fill: MUTED_TEXT,
        className: 'tw-caption',
      }).markup,
    );
  const bottom = caption.lines ? captionTop - GAP : preset.height - margin;
  return {
    markup: parts.join(''),
    body: { x: margin, y: top, width, height: Math.max(0, bottom - top) },
  };
}

/** The opening tag of a page-sized figure: viewBox in points, size in the preset's unit. */
export function pageOpen(preset: PagePreset, options: { prefix: string; lang: string }): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${num(preset.width)} ${num(preset.height)}" ` +
    `width="${preset.size.width}" height="${preset.size.height}" role="img" ` +
    `aria-labelledby="${options.prefix}-title ${options.prefix}-desc" xml:lang="${options.lang}" ` +
    `font-family="${escapeXml(FONT_STACK)}">`
  );
}
