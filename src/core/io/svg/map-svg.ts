import type { AreaShape } from '../../geography/boundaries';
import type { Tile, TileMap } from '../../geography/tiles';
import type { Area, AreaCode, Landscape } from '../../model/types';
import { DARK_TEXT, LIGHT_TEXT, labelColour } from './colour';
import { LEGEND_WIDTH, legendHeight, renderLegend, type LegendRow } from './map-legend';
import { MUTED_TEXT } from './graph-style';
import { MAP_STYLE } from './map-style';
import { textWidth, wrapToWidth } from './text-measure';
import { placeShapes, placeTiles, type Placed } from './map-placement';
import { classOf, valueClasses, type ValueClass } from './value-classes';
import { element, escapeXml, num } from './xml';

/** Words the map shows, already in the reader's language: the renderer has no catalogue. */
export interface MapLabels {
  /** The visible heading and the SVG's accessible name. */
  title: string;
  /** A line under the heading: what the map shows, where. */
  subtitle?: string;
  /** The SVG's accessible description. */
  description: string;
  /** Legend heading over the value classes, e.g. "Boards covering the area". */
  values?: string;
  /** Legend text for areas with no value; the row appears only when this is given. */
  noData?: string;
  /** Legend text for the highlighted footprint, e.g. "Footprint of the selected board". */
  highlight?: string;
  /** Legend text for region outlines; defaults to the region system's name in `lang`. */
  outline?: string;
  /** Added to a highlighted area's accessible name, e.g. "in the footprint". */
  inHighlight?: string;
}

export interface MapSvgOptions {
  /** Schematic tiles (needs `tiles`) or true boundaries drawn with d3-geo (needs `shapes`). */
  mode: 'tiles' | 'boundaries';
  tiles?: TileMap | readonly Tile[];
  shapes?: ReadonlyMap<AreaCode, AreaShape>;
  /** Area names from `name` (en) or `nameCy` (cy). */
  lang: 'en' | 'cy';
  labels: MapLabels;
  /** Areas to light up: the selected board's footprint. */
  highlight?: readonly AreaCode[];
  /** The one area the user has picked, marked apart from the highlight. */
  selected?: AreaCode;
  /** A measure per area, coloured on a sequential ramp with a legend. */
  values?: ReadonlyMap<AreaCode, number>;
  /** How values are written in tiles, names and legend; default whole numbers or one decimal. */
  formatValue?: (value: number) => string;
  /** A region system id whose regions are outlined. */
  outline?: string;
  /** A source line under the map, wrapped to its width. */
  caption?: string;
  /** Adds `data-code`, `tabindex`, `role="button"`, `aria-label` and `aria-pressed` per area. */
  interactive?: boolean;
  width?: number;
  height?: number;
  /** Drawn inside a page that carries the title and source line: neither is drawn here. */
  bare?: boolean;
  /** The smallest an area's name is set; a name shrinks to fit its tile down to this. */
  minLabel?: number;
  /** Prefix of the ids inside the SVG, to keep them unique when several maps share a page. */
  idPrefix?: string;
}

/** Fills for areas when no measure colours them. */
export const BASE_FILL = '#dde3ea';
export const HIGHLIGHT_FILL = '#1f5fa8';
export const NO_DATA_FILL = '#f2f2f2';
/** The outline marking the highlighted footprint when a measure colours the map. */
export const MARK_STROKE = '#111111';
export const SELECTED_STROKE = '#c2410c';

const PAD = 12;
const TITLE_BAND = 36;
const CAPTION_SIZE = 12;
const SUBTITLE_LINE = 18;
const TITLE_LINE = 20;
const CAPTION_LINE = 16;

/**
 * Draws the map of a landscape's areas as a standalone SVG string: schematic tiles or true
 * boundaries, optionally coloured by a measure (with a legend), with a board's footprint
 * highlighted and a region system outlined. Labels are real text in the chosen language; every
 * piece of input is escaped; numbers are rounded, so the same input always gives the same bytes.
 * Views show it as it is; exports save it as it is.
 */
export function renderMapSvg(landscape: Landscape, options: MapSvgOptions): string {
  const width = options.width ?? 720;
  const height = options.height ?? 600;
  const id = (options.idPrefix ?? 'tirwedd-map').replace(/[^A-Za-z0-9_-]/g, '') || 'tirwedd-map';
  const format = options.formatValue ?? defaultFormat;
  const highlight = new Set(options.highlight ?? []);
  const values = options.values;
  const classes = values ? valueClasses(values) : [];
  const legend = legendRows(landscape, options, classes, format);
  // On a page taller than wide the legend goes beneath the map, so the tiles get the width.
  const legendBelow = Boolean(options.bare) && height > width && legend.length > 0;
  const legendSpace = legend.length > 0 && !legendBelow ? LEGEND_WIDTH + PAD * 2 : 0;
  const legendBand = legendBelow ? legendHeight(legend) + PAD : 0;
  const captionLines =
    options.caption && !options.bare
      ? wrapToWidth(options.caption, width - PAD * 2, CAPTION_SIZE)
      : [];
  const captionBand = captionLines.length ? captionLines.length * CAPTION_LINE + PAD : 0;
  // A headline that states a result can be long: it wraps rather than run off the map.
  const titleLines = wrapToWidth(options.labels.title, width - PAD * 2, 16, 'bold');
  const titleBand = options.bare
    ? 0
    : TITLE_BAND +
      (titleLines.length - 1) * TITLE_LINE +
      (options.labels.subtitle ? SUBTITLE_LINE : 0);
  const box = {
    x: PAD,
    y: titleBand + PAD,
    width: width - PAD * 2 - legendSpace,
    height: height - titleBand - PAD * 2 - captionBand - legendBand,
  };
  const { placed, outline } =
    options.mode === 'tiles'
      ? placeTiles(landscape, options, box)
      : placeShapes(landscape, options, box);

  const fillOf = (code: AreaCode): string => {
    if (values) {
      const c = classOf(values.get(code), classes);
      return c ? c.colour : NO_DATA_FILL;
    }
    return highlight.has(code) ? HIGHLIGHT_FILL : BASE_FILL;
  };

  const areas = placed
    .map((p) => {
      const code = p.area.code;
      const value = values?.get(code);
      const name = areaName(p.area, options.lang);
      const spoken = [
        value !== undefined && Number.isFinite(value) ? `${name}: ${format(value)}` : name,
        highlight.has(code) && options.labels.inHighlight ? options.labels.inHighlight : undefined,
      ]
        .filter(Boolean)
        .join(', ');
      const classNames = [
        'area',
        highlight.has(code) && 'highlighted',
        options.selected === code && 'selected',
      ];
      return element(
        'g',
        {
          class: classNames.filter(Boolean).join(' '),
          'data-code': options.interactive ? code : undefined,
          tabindex: options.interactive ? 0 : undefined,
          role: options.interactive ? 'button' : undefined,
          'aria-label': options.interactive ? spoken : undefined,
          'aria-pressed': options.interactive ? String(options.selected === code) : undefined,
        },
        p.shape(fillOf(code)),
      );
    })
    .join('');

  // Marks go above every area so a neighbour's fill never hides part of one.
  const marks = placed
    .map((p) => {
      if (p.area.code === options.selected) return p.mark(SELECTED_STROKE);
      if (values && highlight.has(p.area.code)) return p.mark(MARK_STROKE);
      return '';
    })
    .join('');

  const labels = placed
    .map((p) => labelMarkup(p, fillOf(p.area.code), values, format, options))
    .join('');

  const body = [
    element('title', { id: `${id}-title` }, escapeXml(options.labels.title)),
    element('desc', { id: `${id}-desc` }, escapeXml(options.labels.description)),
    element('style', {}, MAP_STYLE),
    element('rect', { class: 'background', width, height, fill: '#ffffff' }),
    options.bare
      ? ''
      : element(
          'text',
          {
            class: 'title',
            x: PAD,
            y: PAD + 16,
            'font-size': 16,
            'font-weight': 700,
            fill: DARK_TEXT,
          },
          titleLines
            .map((line, i) =>
              element('tspan', { x: PAD, dy: i === 0 ? 0 : TITLE_LINE }, escapeXml(line)),
            )
            .join(''),
        ),
    options.bare || !options.labels.subtitle
      ? ''
      : element(
          'text',
          {
            class: 'subtitle',
            x: PAD,
            y: PAD + 16 + (titleLines.length - 1) * TITLE_LINE + SUBTITLE_LINE,
            'font-size': 12,
            fill: MUTED_TEXT,
          },
          escapeXml(options.labels.subtitle),
        ),
    element('g', { class: 'areas' }, areas),
    marks ? element('g', { class: 'marks' }, marks) : '',
    outline ? element('path', { class: 'region-outline', d: outline }) : '',
    element('g', { class: 'labels', 'aria-hidden': 'true' }, labels),
    legend.length > 0
      ? renderLegend(
          legend,
          legendBelow ? PAD : width - LEGEND_WIDTH - PAD,
          legendBelow
            ? box.y + box.height + PAD
            : Math.max(box.y, box.y + (box.height - legendHeight(legend)) / 2),
        )
      : '',
    captionLines.length
      ? element(
          'text',
          {
            class: 'caption',
            x: PAD,
            y: height - PAD - (captionLines.length - 1) * CAPTION_LINE,
            'font-size': CAPTION_SIZE,
            fill: MUTED_TEXT,
          },
          captionLines
            .map((line, i) =>
              element('tspan', { x: PAD, dy: i === 0 ? 0 : CAPTION_LINE }, escapeXml(line)),
            )
            .join(''),
        )
      : '',
  ].join('');

  return element(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${num(width)} ${num(height)}`,
      width,
      height,
      class: 'tirwedd-map',
      'xml:lang': options.lang,
      // Interactive children need a container that is not `img`, which would hide them.
      role: options.interactive ? 'group' : 'img',
      'aria-labelledby': `${id}-title`,
      'aria-describedby': `${id}-desc`,
    },
    body,
  );
}

/** The area's name in the map's language, falling back to English where Welsh is missing. */
export function areaName(area: Area, lang: 'en' | 'cy'): string {
  return lang === 'cy' && area.nameCy ? area.nameCy : area.name;
}
function labelMarkup(
  p: Placed,
  fill: string,
  values: ReadonlyMap<AreaCode, number> | undefined,
  format: (v: number) => string,
  options: MapSvgOptions,
): string {
  const { x, y, width } = p.label;
  const floor = options.minLabel;
  const lines = wrapToWidth(areaName(p.area, options.lang), width, p.label.fontSize).flatMap(
    (line) => (floor === undefined ? [line] : breakWord(line, width, floor)),
  );
  // A word too long for the tile ("Carmarthenshire") shrinks its label rather than overhang.
  const longest = Math.max(...lines.map((l) => textWidth(l, 1)));
  const fontSize = Math.max(options.minLabel ?? 7, Math.min(p.label.fontSize, width / longest));
  const value = values?.get(p.area.code);
  const shown = value !== undefined && Number.isFinite(value) && options.mode === 'tiles';
  const count = lines.length + (shown ? 1 : 0);
  const lineHeight = fontSize * 1.15;
  // Centre the block of lines on the label point; 0.35em drops a baseline to the visual middle.
  const first = y - ((count - 1) * lineHeight) / 2 + fontSize * 0.35;
  const tspans = lines.map((line, i) =>
    element('tspan', { x, y: first + i * lineHeight }, escapeXml(line)),
  );
  if (shown)
    tspans.push(
      element(
        'tspan',
        { class: 'value', x, y: first + lines.length * lineHeight, 'font-weight': 700 },
        escapeXml(format(value)),
      ),
    );
  const colour = labelColour(fill);
  // On true boundaries a label may cross a neighbour's fill, so it gets a halo of the opposite tone.
  const halo =
    options.mode === 'boundaries' ? (colour === DARK_TEXT ? LIGHT_TEXT : DARK_TEXT) : undefined;
  return element(
    'text',
    {
      class: 'label',
      'data-code': p.area.code,
      'font-size': fontSize,
      fill: colour,
      stroke: halo,
      'stroke-width': halo ? 2.5 : undefined,
      'paint-order': halo ? 'stroke' : undefined,
      'text-anchor': 'middle',
    },
    tspans.join(''),
  );
}

function legendRows(
  landscape: Landscape,
  options: MapSvgOptions,
  classes: readonly ValueClass[],
  format: (v: number) => string,
): LegendRow[] {
  const rows: LegendRow[] = [];
  const { labels } = options;
  if (options.values && classes.length > 0) {
    if (labels.values) rows.push({ kind: 'heading', text: labels.values });
    for (const c of classes)
      rows.push({
        kind: 'fill',
        fill: c.colour,
        text: c.min === c.max ? format(c.min) : `${format(c.min)}–${format(c.max)}`,
      });
    const missing = landscape.areas.some(
      (a) => !Number.isFinite(options.values!.get(a.code) ?? NaN),
    );
    if (missing && labels.noData)
      rows.push({ kind: 'none', fill: NO_DATA_FILL, text: labels.noData });
  }
  if (options.highlight && options.highlight.length > 0 && labels.highlight)
    rows.push(
      options.values
        ? { kind: 'mark', fill: MARK_STROKE, text: labels.highlight }
        : { kind: 'fill', fill: HIGHLIGHT_FILL, text: labels.highlight },
    );
  if (options.outline) {
    const system = landscape.regionSystems.find((s) => s.id === options.outline);
    const name =
      labels.outline ??
      (options.lang === 'cy' && system?.nameCy ? system.nameCy : (system?.name ?? options.outline));
    rows.push({ kind: 'line', text: name });
  }
  return rows;
}

function defaultFormat(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/**
 * A word too wide for its tile at the smallest size a page allows, broken with a hyphen: before
 * "shire" where it ends so (Carmarthen-shire), else after as many letters as fit.
 */
function breakWord(line: string, width: number, size: number): string[] {
  if (line.includes(' ') || textWidth(line, size) <= width) return [line];
  const suffix = /^(.{3,})(shire)$/i.exec(line);
  if (suffix && textWidth(`${suffix[1]}-`, size) <= width) return [`${suffix[1]}-`, suffix[2]!];
  let cut = line.length - 1;
  while (cut > 1 && textWidth(`${line.slice(0, cut)}-`, size) > width) cut--;
  return [`${line.slice(0, cut)}-`, ...breakWord(line.slice(cut), width, size)];
}
