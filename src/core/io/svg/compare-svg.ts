import type { Landscape } from '../../model/types';
import type { Position } from '../../workspace/types';
import { renderGraphSvg, type GraphSvgOptions } from './graph-svg';
import { FONT_STACK, TEXT_COLOUR } from './graph-style';
import { element, escapeXml, num } from './xml';

const GAP = 24;

/** The outer `width`/`height` of a rendered graph, which `renderGraphSvg` always writes. */
function size(svg: string): { width: number; height: number } {
  const m = /^<svg [^>]*width="([\d.]+)" height="([\d.]+)"/.exec(svg);
  return { width: Number(m?.[1] ?? 0), height: Number(m?.[2] ?? 0) };
}

/**
 * Baseline and scenario graphs side by side in one standalone SVG: each drawn by
 * `renderGraphSvg` (own title, legend and caption, ids prefixed apart) and nested as an inner
 * `<svg>`, under a shared title. Deterministic like the graphs it holds.
 */
export function renderCompareSvg(
  baseline: Landscape,
  scenario: Landscape,
  positions: Readonly<Record<string, Position>>,
  options: {
    title: string;
    baseline: GraphSvgOptions;
    scenario: GraphSvgOptions;
    lang?: 'en' | 'cy';
  },
): string {
  const left = renderGraphSvg(baseline, positions, { ...options.baseline, idPrefix: 'tw-base' });
  const right = renderGraphSvg(scenario, positions, { ...options.scenario, idPrefix: 'tw-scen' });
  const a = size(left);
  const b = size(right);
  const top = 56;
  const width = a.width + GAP + b.width;
  const height = top + Math.max(a.height, b.height);
  const nest = (svg: string, x: number) =>
    svg.trimEnd().replace(/^<svg /, `<svg x="${num(x)}" y="${num(top)}" `);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${num(width)} ${num(height)}" width="${num(width)}" height="${num(height)}" role="img" aria-labelledby="tw-compare-title" xml:lang="${options.lang ?? 'en'}" font-family="${escapeXml(FONT_STACK)}">`,
    element('title', { id: 'tw-compare-title' }, escapeXml(options.title)),
    element(
      'desc',
      {},
      escapeXml(
        `${options.baseline.title ?? baseline.title} | ${options.scenario.title ?? scenario.title}`,
      ),
    ),
    `<style>text { font-family: ${escapeXml(FONT_STACK)}; }</style>`,
    element('rect', { width, height, fill: '#ffffff' }),
    element(
      'text',
      { x: 24, y: 38, 'font-size': 24, 'font-weight': 700, fill: TEXT_COLOUR },
      escapeXml(options.title),
    ),
    nest(left, 0),
    nest(right, a.width + GAP),
    '</svg>',
    '',
  ].join('\n');
}
