import type { Landscape } from '../../model/types';
import type { Position } from '../../workspace/types';
import { graphLegendSections, renderGraphSvg, type GraphSvgOptions } from './graph-svg';
import { wrappedGraphLegend, type GraphLegendSection } from './graph-legend';
import { FONT_STACK, MUTED_TEXT, TEXT_COLOUR } from './graph-style';
import { PageOverflow, pageFrame, pageOpen, type PagePreset, type PresetId } from './page';
import { wrapToWidth } from './text-measure';
import { element, escapeXml, num } from './xml';

const GAP = 24;
/** Space between the sides and the legend on a page, in points. */
const PAGE_GAP = 10;
const PAD = 24;
const TITLE_SIZE = 24;
const SUBTITLE_SIZE = 15;
const HEADLINE_SIZE = 16;
const CAPTION_SIZE = 12;

/** The outer `width`/`height` of a rendered graph, which `renderGraphSvg` always writes. */
function size(svg: string): { width: number; height: number } {
  const m = /^<svg [^>]*width="([\d.]+)" height="([\d.]+)"/.exec(svg);
  return { width: Number(m?.[1] ?? 0), height: Number(m?.[2] ?? 0) };
}

export interface CompareSvgOptions {
  /** The headline: the figure's main message. */
  title: string;
  /** What, where and as at when. */
  subtitle: string;
  /** The headline changes in words and numbers. */
  headline: string;
  /** The accessible description. */
  description: string;
  /** The source line under both graphs. */
  caption: string;
  baseline: GraphSvgOptions;
  scenario: GraphSvgOptions;
  lang?: 'en' | 'cy';
  /** The page the figure is set for; throws `PageOverflow` when the two sides do not fit it. */
  page?: { id: PresetId; preset: PagePreset };
}

/** Lines of text at `size`, from (x, y), `step` apart. */
function lines(
  text: string,
  width: number,
  size: number,
  step: number,
  x: number,
  y: number,
  attrs: Record<string, string | number>,
) {
  const wrapped = wrapToWidth(text, width, size, attrs['font-weight'] === 700 ? 'bold' : 'regular');
  return {
    count: wrapped.length,
    markup: element(
      'text',
      { x, y, 'font-size': size, ...attrs },
      wrapped
        .map((line, i) => element('tspan', { x, dy: i === 0 ? 0 : step }, escapeXml(line)))
        .join(''),
    ),
  };
}

/**
 * Baseline and scenario graphs side by side in one standalone SVG, under a headline, a
 * statistical subtitle and a line of headline changes, with one source line beneath: each graph
 * drawn by `renderGraphSvg` (own legend, ids prefixed apart) and nested as an inner `<svg>`.
 * Deterministic like the graphs it holds.
 */
export function renderCompareSvg(
  baseline: Landscape,
  scenario: Landscape,
  positions: Readonly<Record<string, Position>>,
  options: CompareSvgOptions,
): string {
  if (options.page) return compareOnPage(baseline, scenario, positions, options, options.page);
  const left = renderGraphSvg(baseline, positions, { ...options.baseline, idPrefix: 'tw-base' });
  const right = renderGraphSvg(scenario, positions, { ...options.scenario, idPrefix: 'tw-scen' });
  const a = size(left);
  const b = size(right);
  const width = a.width + GAP + b.width;
  const inner = width - 2 * PAD;
  const title = lines(options.title, inner, TITLE_SIZE, 30, PAD, PAD + TITLE_SIZE, {
    'font-weight': 700,
    fill: TEXT_COLOUR,
  });
  let y = PAD + TITLE_SIZE + (title.count - 1) * 30 + 26;
  const subtitle = lines(options.subtitle, inner, SUBTITLE_SIZE, 20, PAD, y, { fill: MUTED_TEXT });
  y += (subtitle.count - 1) * 20 + 28;
  const headline = lines(options.headline, inner, HEADLINE_SIZE, 22, PAD, y, {
    class: 'tw-headline',
    'font-weight': 700,
    fill: TEXT_COLOUR,
  });
  const top = y + (headline.count - 1) * 22 + 12;
  const graphsBottom = top + Math.max(a.height, b.height);
  const caption = lines(options.caption, inner, CAPTION_SIZE, 16, PAD, graphsBottom + 12, {
    class: 'tw-caption',
    fill: MUTED_TEXT,
  });
  const height = graphsBottom + 12 + (caption.count - 1) * 16 + PAD;
  const nest = (svg: string, x: number) =>
    svg.trimEnd().replace(/^<svg /, `<svg x="${num(x)}" y="${num(top)}" `);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${num(width)} ${num(height)}" width="${num(width)}" height="${num(height)}" role="img" aria-labelledby="tw-compare-title tw-compare-desc" xml:lang="${options.lang ?? 'en'}" font-family="${escapeXml(FONT_STACK)}">`,
    element('title', { id: 'tw-compare-title' }, escapeXml(options.title)),
    element('desc', { id: 'tw-compare-desc' }, escapeXml(options.description)),
    `<style>text { font-family: ${escapeXml(FONT_STACK)}; }</style>`,
    element('rect', { width, height, fill: '#ffffff' }),
    title.markup,
    subtitle.markup,
    headline.markup,
    nest(left, 0),
    nest(right, a.width + GAP),
    caption.markup,
    '</svg>',
    '',
  ].join('\n');
}

/**
 * The comparison set on a page: headline, subtitle and changes at the preset's sizes, each side
 * a graph laid out for half the room left (its name at the subtitle's size, its own legend), the
 * source line at the foot.
 */
function compareOnPage(
  baseline: Landscape,
  scenario: Landscape,
  positions: Readonly<Record<string, Position>>,
  options: CompareSvgOptions,
  page: { id: PresetId; preset: PagePreset },
): string {
  const { preset } = page;
  const frame = pageFrame(preset, {
    title: options.title,
    subtitle: options.subtitle,
    headline: options.headline,
    caption: options.caption,
  });
  // One legend for both sides, at the foot of the page.
  const k = preset.type.legend / 12;
  const legend = wrappedGraphLegend(
    mergeSections(
      graphLegendSections(baseline, options.baseline),
      graphLegendSections(scenario, options.scenario),
    ),
    frame.body.width / k,
  );
  const legendH = legend.height ? legend.height * k + PAGE_GAP : 0;
  const room = { ...frame.body, height: frame.body.height - legendH };
  const sidePage = (width: number, height: number): PagePreset => ({
    ...preset,
    width,
    height,
    size: { width: num(width), height: num(height) },
    margin: 0,
    type: { ...preset.type, title: preset.type.subtitle },
  });
  const draw = (
    landscape: Landscape,
    graph: GraphSvgOptions,
    prefix: string,
    at: { x: number; y: number },
    side: PagePreset,
  ) =>
    renderGraphSvg(landscape, positions, {
      ...graph,
      idPrefix: prefix,
      caption: '',
      legend: false,
      page: { id: page.id, preset: side },
    })
      .trimEnd()
      .replace(/^<svg /, `<svg x="${num(at.x)}" y="${num(at.y)}" `);
  /** The height a side needs on a page `width` wide: its title, its boards and its legend. */
  const heightOf = (landscape: Landscape, graph: GraphSvgOptions, width: number) => {
    const probe = sidePage(width, 1);
    try {
      draw(landscape, graph, 'probe', room, probe);
      return 1;
    } catch (error) {
      if (!(error instanceof PageOverflow)) throw error;
      const frame = pageFrame(probe, { title: graph.title ?? '', caption: '' });
      return error.needed.height + frame.body.y;
    }
  };
  let sides: string[];
  try {
    const side = sidePage((room.width - PAGE_GAP) / 2, room.height);
    sides = [
      draw(baseline, options.baseline, 'tw-base', room, side),
      draw(
        scenario,
        options.scenario,
        'tw-scen',
        { x: room.x + side.width + PAGE_GAP, y: room.y },
        side,
      ),
    ];
  } catch (error) {
    if (!(error instanceof PageOverflow)) throw error;
    // One above the other, a tall page's way, each side as tall as it needs.
    const above = heightOf(baseline, options.baseline, room.width);
    const below = heightOf(scenario, options.scenario, room.width);
    if (above + PAGE_GAP + below > room.height)
      throw new PageOverflow(
        page.id,
        { width: room.width, height: above + PAGE_GAP + below },
        { width: room.width, height: room.height },
      );
    sides = [
      draw(baseline, options.baseline, 'tw-base', room, sidePage(room.width, above)),
      draw(
        scenario,
        options.scenario,
        'tw-scen',
        { x: room.x, y: room.y + above + PAGE_GAP },
        sidePage(room.width, room.height - above - PAGE_GAP),
      ),
    ];
  }
  return [
    pageOpen(preset, { prefix: 'tw-compare', lang: options.lang ?? 'en' }),
    element('title', { id: 'tw-compare-title' }, escapeXml(options.title)),
    element('desc', { id: 'tw-compare-desc' }, escapeXml(options.description)),
    `<style>text { font-family: ${escapeXml(FONT_STACK)}; }</style>`,
    element('rect', { width: num(preset.width), height: num(preset.height), fill: '#ffffff' }),
    frame.markup,
    ...sides,
    legend.markup
      ? `<g transform="translate(${num(room.x)} ${num(room.y + room.height + PAGE_GAP)}) scale(${num(k)})">${legend.markup}</g>`
      : '',
    '</svg>',
    '',
  ].join('\n');
}

/** Sections of two legends as one: each heading once, each of its rows once, in first-seen order. */
function mergeSections(...lists: GraphLegendSection[][]): GraphLegendSection[] {
  const merged = new Map<string, GraphLegendSection>();
  for (const section of lists.flat()) {
    const kept = merged.get(section.heading);
    if (!kept) merged.set(section.heading, { heading: section.heading, rows: [...section.rows] });
    else
      for (const row of section.rows)
        if (!kept.rows.some((r) => r.text === row.text)) kept.rows.push(row);
  }
  return [...merged.values()];
}
