import type { Landscape } from '../../model/types';
import type { Position } from '../../workspace/types';
import { renderGraphSvg, type GraphSvgOptions } from './graph-svg';
import { FONT_STACK, MUTED_TEXT, TEXT_COLOUR } from './graph-style';
import { wrapToWidth } from './text-measure';
import { element, escapeXml, num } from './xml';

const GAP = 24;
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
