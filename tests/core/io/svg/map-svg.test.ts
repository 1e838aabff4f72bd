import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { boardCounts } from '../../../../src/core/geography/area-measures';
import { readBoundaries } from '../../../../src/core/geography/boundaries';
import { parseTiles, type TileMap } from '../../../../src/core/geography/tiles';
import { contrastRatio } from '../../../../src/core/io/svg/colour';
import {
  BASE_FILL,
  HIGHLIGHT_FILL,
  renderMapSvg,
  type MapSvgOptions,
} from '../../../../src/core/io/svg/map-svg';
import type { Landscape } from '../../../../src/core/model/types';
import { seedLandscape } from '../../../fixtures/seed';
import { descendants, parseXml, textOf, type XmlElement } from './xml-check';

const seed = seedLandscape();
const tilesResult = parseTiles(
  readFileSync(join(import.meta.dirname, '../../../../data/tiles.json'), 'utf8'),
  seed,
);
if (!tilesResult.ok) throw new Error('data/tiles.json is invalid');
const tiles: TileMap = tilesResult.value;

const labels = {
  title: 'Boards covering each area',
  description: 'A tile map of the 22 local authorities of Wales.',
  values: 'Active boards',
  highlight: 'South Wales CJB footprint',
};
const tileMap = (options: Partial<MapSvgOptions> = {}, landscape: Landscape = seed) =>
  renderMapSvg(landscape, { mode: 'tiles', tiles, lang: 'en', labels, ...options });

const byClass = (root: XmlElement, name: string) =>
  descendants(root).filter((e) => (e.attrs.class ?? '').split(' ').includes(name));
const areaGroups = (root: XmlElement) => byClass(root, 'area');
const labelTexts = (root: XmlElement) => byClass(root, 'label');
/** The name lines of a label, without the value line under it. */
const nameOf = (label: XmlElement) =>
  textOf({
    ...label,
    children: label.children.filter((c) => typeof c !== 'string' && c.attrs.class !== 'value'),
  });

describe('renderMapSvg: tiles', () => {
  it('writes a well-formed standalone SVG with a title, description, style and viewBox', () => {
    const root = parseXml(tileMap());
    expect(root.name).toBe('svg');
    expect(root.attrs.xmlns).toBe('http://www.w3.org/2000/svg');
    expect(root.attrs.viewBox).toBe('0 0 720 600');
    const names = descendants(root).map((e) => e.name);
    expect(names).toContain('title');
    expect(names).toContain('desc');
    expect(names).toContain('style');
    expect(names).not.toContain('foreignObject');
    expect(textOf(descendants(root).find((e) => e.name === 'title')!)).toBe(labels.title);
  });

  it('labels every area with real text, in English or Welsh', () => {
    for (const lang of ['en', 'cy'] as const) {
      const root = parseXml(tileMap({ lang }));
      const shown = labelTexts(root).map(nameOf);
      expect(shown).toEqual(seed.areas.map((a) => (lang === 'cy' ? a.nameCy : a.name)));
    }
  });

  it('escapes markup in area names and titles instead of emitting it', () => {
    const l = structuredClone(seed);
    l.areas[0]!.name = '<script>alert("x")</script> & <b>Môn</b>';
    const svg = tileMap({ labels: { ...labels, title: 'A & B <i>' }, interactive: true }, l);
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<b>');
    const root = parseXml(svg);
    expect(descendants(root).some((e) => e.name === 'script' || e.name === 'b')).toBe(false);
    expect(nameOf(labelTexts(root)[0]!)).toBe('<script>alert("x")</script> & <b>Môn</b>');
    expect(areaGroups(root)[0]!.attrs['aria-label']).toBe(
      '<script>alert("x")</script> & <b>Môn</b>',
    );
  });

  it('gives the same string, byte for byte, for the same input', () => {
    const options = { values: boardCounts(seed), outline: 'police', interactive: true };
    expect(tileMap(options)).toBe(tileMap(options));
  });

  it('makes each area a keyboard-reachable button when interactive, and nothing clickable otherwise', () => {
    const root = parseXml(tileMap({ interactive: true, selected: 'W06000015' as never }));
    expect(root.attrs.role).toBe('group');
    const groups = areaGroups(root);
    expect(groups.map((g) => g.attrs['data-code'])).toEqual(seed.areas.map((a) => a.code));
    for (const g of groups) {
      expect(g.attrs).toMatchObject({ tabindex: '0', role: 'button' });
      expect(g.attrs['aria-label']).toBeTruthy();
    }
    expect(
      groups.filter((g) => g.attrs['aria-pressed'] === 'true').map((g) => g.attrs['data-code']),
    ).toEqual(['W06000015']);
    const still = parseXml(tileMap());
    expect(still.attrs.role).toBe('img');
    expect(areaGroups(still).some((g) => 'tabindex' in g.attrs || 'data-code' in g.attrs)).toBe(
      false,
    );
  });

  it("fills the highlighted footprint's tiles and leaves the rest plain", () => {
    const footprint = seed.boards.find((b) => b.id === 'sw-cjb')!.footprint as string[];
    const root = parseXml(tileMap({ highlight: footprint as never[] }));
    for (const g of areaGroups(root)) {
      const fill = g.children.find((c): c is XmlElement => typeof c !== 'string')!.attrs.fill;
      const code = seed.areas[areaGroups(root).indexOf(g)]!.code;
      expect(fill).toBe(footprint.includes(code) ? HIGHLIGHT_FILL : BASE_FILL);
    }
    expect(byClass(root, 'legend-text').map(textOf)).toEqual([labels.highlight]);
  });

  it('colours areas by value with a legend, and keeps every label readable on its fill', () => {
    const root = parseXml(
      tileMap({ values: boardCounts(seed), highlight: ['W06000013' as never] }),
    );
    const legend = byClass(root, 'legend-text').map(textOf);
    expect(legend.at(-1)).toBe(labels.highlight);
    expect(legend.length).toBeGreaterThan(1);
    expect(byClass(root, 'legend-heading').map(textOf)).toEqual([labels.values]);
    const groups = areaGroups(root);
    const fills = new Set<string>();
    labelTexts(root).forEach((label, i) => {
      const fill = groups[i]!.children.find((c): c is XmlElement => typeof c !== 'string')!.attrs
        .fill!;
      fills.add(fill);
      expect(contrastRatio(fill, label.attrs.fill!)).toBeGreaterThanOrEqual(4.5);
    });
    expect(fills.size).toBeGreaterThan(1);
    // The highlight is an outline on top when colour is taken by the values.
    expect(byClass(root, 'mark')).toHaveLength(1);
  });

  it('outlines the regions of a system along the gaps between tiles', () => {
    const root = parseXml(tileMap({ outline: 'police' }));
    const outline = descendants(root).find(
      (e) => e.name === 'path' && e.attrs.class === 'region-outline' && e.attrs.d!.length > 40,
    );
    expect(outline?.attrs.d).toMatch(/^M[\d.]+ [\d.]+L/);
    expect(byClass(root, 'legend-text').map(textOf)).toEqual(['Police force areas']);
    expect(tileMap()).not.toContain('region-outline"');
  });

  it('matches the stored snapshot of the seed tile map', async () => {
    const svg = tileMap({
      values: boardCounts(seed),
      highlight: seed.boards.find((b) => b.id === 'sw-cjb')!.footprint as never[],
      outline: 'fire',
      interactive: true,
    });
    // Numbers are cut to one decimal, so only a visible change alters the snapshot.
    const normalised = svg
      .replace(/-?\d+\.\d+/g, (n) => Number(n).toFixed(1))
      .replace(/></g, '>\n<');
    await expect(normalised).toMatchFileSnapshot('./__snapshots__/map-tiles.svg');
  });
});

describe('renderMapSvg: boundaries', () => {
  const square = (x: number, y: number) => ({
    type: 'Polygon' as const,
    coordinates: [
      [
        [x, y],
        [x, y + 0.25],
        [x + 0.25, y + 0.25],
        [x + 0.25, y],
        [x, y],
      ],
    ],
  });

  it('draws a path and a label per shape, with shared edges inside a region left out of the outline', () => {
    const [a, b, c] = seed.areas.map((x) => x.code);
    // Anglesey and Gwynedd (North Wales police) side by side, Conwy (also North Wales) below;
    // quarter degrees are exact in binary, so shared corners are the same numbers.
    const shapes = new Map([
      [a!, square(-4.5, 53)],
      [b!, square(-4.25, 53)],
      [c!, square(-4.5, 52.75)],
    ]);
    const svg = renderMapSvg(seed, {
      mode: 'boundaries',
      shapes,
      lang: 'en',
      labels,
      outline: 'police',
    });
    const root = parseXml(svg);
    expect(byClass(root, 'shape').map((e) => e.name)).toEqual(['path', 'path', 'path']);
    expect(labelTexts(root).map(nameOf)).toEqual(['Isle of Anglesey', 'Gwynedd', 'Conwy']);
    const outline = descendants(root).find(
      (e) => e.attrs.class === 'region-outline' && e.name === 'path' && e.attrs.d!.length > 20,
    )!;
    // One region: its border is the 8 outer edges of the L of squares, not the 2 they share.
    expect(outline.attrs.d!.split('L').length - 1).toBe(8);
    expect(svg).toBe(
      renderMapSvg(seed, { mode: 'boundaries', shapes, lang: 'en', labels, outline: 'police' }),
    );
  });

  const REAL_FILE = join(
    import.meta.dirname,
    '../../../../..',
    'shared/geo/wales-lad-2013.topojson',
  );
  const hasRealFile = existsSync(REAL_FILE);
  if (!hasRealFile) console.warn(`Skipping the real-boundary map test: ${REAL_FILE} is absent.`);

  it.skipIf(!hasRealFile)('draws the 22 authorities of the real boundary file', () => {
    const read = readBoundaries(readFileSync(REAL_FILE, 'utf8'), seed);
    if (!read.ok) throw new Error('boundary file refused');
    const svg = renderMapSvg(seed, {
      mode: 'boundaries',
      shapes: read.value.shapes,
      lang: 'cy',
      labels,
      values: boardCounts(seed),
      outline: 'police',
      interactive: true,
    });
    const root = parseXml(svg);
    expect(byClass(root, 'shape')).toHaveLength(22);
    expect(labelTexts(root).map(nameOf)).toEqual(seed.areas.map((a) => a.nameCy));
    expect(svg.length).toBeLessThan(600_000);
  });
});
