import { describe, expect, it } from 'vitest';
import { renderGraphSvg } from '../../../../src/core/io/svg/graph-svg';
import { escapeXml } from '../../../../src/core/io/svg/xml';
import type { BoardId } from '../../../../src/core/model/types';
import { checkXml } from '../../../fixtures/xml-check';
import { generateLandscape } from '../../../fixtures/generate-landscape';
import { miniLandscape } from '../../../fixtures/mini-landscape';
import { seedLandscape } from '../../../fixtures/seed';
import { graphLabels } from '../../../../src/figures/figure-labels';
import type { GraphSvgOptions } from '../../../../src/core/io/svg/graph-svg';

const seed = seedLandscape();
const labels = { ...graphLabels('en', seed), description: 'The boards of a landscape.' };
const opts = (extra: Partial<GraphSvgOptions> = {}): GraphSvgOptions => ({ labels, ...extra });

/** Numbers rounded to whole units, as Observable Plot's snapshots do, so tiny layout shifts in
 * arithmetic do not churn the snapshot while structure and text changes still show. */
const normalise = (svg: string) => svg.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n))));

describe('renderGraphSvg', () => {
  it('is well-formed XML with a viewBox, title, desc, style and no foreignObject', () => {
    const svg = renderGraphSvg(seed, {}, opts());
    const check = checkXml(svg);
    expect(check.problems).toEqual([]);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 [\d.]+ [\d.]+"/);
    expect(check.tags).toEqual(
      expect.arrayContaining(['title', 'desc', 'style', 'text', 'rect', 'path']),
    );
    expect(svg).not.toMatch(/foreignObject/i);
    expect(svg).toContain(
      '&apos;DejaVu Sans&apos;, Verdana, &apos;Bitstream Vera Sans&apos;, sans-serif',
    );
  });

  it('has every board label as text', () => {
    const texts = checkXml(renderGraphSvg(seed, {}, opts())).texts;
    for (const board of seed.boards)
      expect(
        texts.some((t) => t.startsWith(board.name)),
        board.name,
      ).toBe(true);
  });

  it('escapes markup, CDATA ends and control characters in labels and stays valid XML', () => {
    const l = miniLandscape();
    l.boards[0]!.name = '<script>alert("x")</script> & ]]> \u0007 שלום';
    l.title = 'A & B <title>';
    const svg = renderGraphSvg(l, {}, opts({ caption: 'Caption & <i>' }));
    expect(checkXml(svg).problems).toEqual([]);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain(escapeXml(l.boards[0]!.name.replace('\u0007', '')));
  });

  it('draws the same bytes for the same data', () => {
    const l = generateLandscape(7, 80);
    expect(renderGraphSvg(l, {}, opts())).toBe(renderGraphSvg(structuredClone(l), {}, opts()));
  });

  it('draws a selection, in Welsh, with scenario marks in badges and the legend', () => {
    const svg = renderGraphSvg(
      seed,
      {},
      {
        boards: ['dp-svoc-board', 'awcjb'] as BoardId[],
        lang: 'cy',
        marks: new Map([['awcjb' as BoardId, 'new']]),
        caption: 'Senario: Pedwar bwrdd',
        labels: {
          ...labels,
          marks: { new: 'bwrdd newydd', merged: 'm', retired: 'r', changed: 'c' },
        },
      },
    );
    const check = checkXml(svg);
    expect(check.problems).toEqual([]);
    expect(svg.match(/<g id="tw-graph-b\d+"/g)).toHaveLength(2);
    expect(check.texts).toContain('bwrdd newydd');
    expect(svg).toContain('Pedwar bwrdd');
    expect(svg).toContain('xml:lang="cy"');
  });

  it('marks an illustrative board and an all-illustrative membership with an outline, a text tag and a legend entry', () => {
    const drawn = ['nw-cohesion-board', 'dp-svoc-board', 'awcjb'];
    const svg = renderGraphSvg(seed, {}, opts({ boards: drawn as BoardId[] }));
    const check = checkXml(svg);
    expect(check.problems).toEqual([]);
    // Board groups are numbered in landscape order.
    const order: string[] = seed.boards.filter((b) => drawn.includes(b.id)).map((b) => b.id);
    const group = (id: string) =>
      svg.split(`<g id="tw-graph-b${order.indexOf(id)}"`)[1]!.split('</g>')[0]!;
    expect(group('nw-cohesion-board')).toMatch(/class="tw-illustrative"[^>]*stroke-dasharray/);
    expect(group('nw-cohesion-board')).toContain('>Illustrative</text>');
    expect(group('dp-svoc-board')).toContain('>Members illustrative</text>');
    expect(group('dp-svoc-board')).not.toContain('tw-illustrative');
    expect(group('awcjb')).not.toContain('tw-evidence');
    expect(check.texts).toEqual(
      expect.arrayContaining([
        'Evidence',
        'Illustrative board (dashed outline)',
        'All members illustrative (dotted tag)',
      ]),
    );
  });

  it('uses stored positions and lays out only the boards without one', () => {
    const l = miniLandscape();
    const svg = renderGraphSvg(l, { national: { x: 1000, y: 1000 } }, opts());
    expect(checkXml(svg).problems).toEqual([]);
    expect(renderGraphSvg(l, {}, opts())).not.toBe(svg);
  });

  it('matches the seed snapshot', async () => {
    await expect(normalise(renderGraphSvg(seed, {}, opts()))).toMatchFileSnapshot(
      './__snapshots__/graph-seed.svg',
    );
  });
});
