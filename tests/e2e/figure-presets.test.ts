import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkXml } from '../fixtures/xml-check';
import { launch, openApp } from './browser';
import { selectBoard } from './app';
import { chooseFigure, cli, exportFigure, pdfText, renderWithRsvg, tool } from './figure-export';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const SEED = 'data/landscape.json';
const PRESETS = [
  { size: 'A4 portrait', id: 'a4-portrait', page: ['210mm', '297mm'] },
  { size: 'A4 landscape', id: 'a4-landscape', page: ['297mm', '210mm'] },
  { size: '16:9 slide', id: 'slide', page: ['960pt', '540pt'] },
] as const;
const hasTools = () => Boolean(tool('rsvg-convert') && tool('pdftotext'));

describe('figures set for a page', () => {
  it('exports each preset from the app, as the command line draws it, and rsvg-convert renders its words', async (ctx) => {
    if (!hasTools()) return ctx.skip();
    const { page, context } = await openApp(browser);
    // A board with the boards related to it: what a page holds at 9 pt whichever the preset.
    await selectBoard(page, 'dp-svoc-board');
    for (const preset of PRESETS) {
      const { bytes } = await exportFigure(page, {
        boards: 'selection',
        size: preset.size,
        format: 'SVG (vector)',
      });
      const svg = bytes.toString('utf8');
      expect(svg, preset.id).toMatch(
        new RegExp(`^<svg [^>]*width="${preset.page[0]}" height="${preset.page[1]}"`),
      );
      expect(checkXml(svg).problems).toEqual([]);
      expect(svg).toBe(
        await cli('export-svg', SEED, '--board', 'dp-svoc-board', '--preset', preset.id),
      );
      const { text, ink } = await renderWithRsvg(page, bytes);
      for (const label of [
        'Dyfed-Powys Serious Violence and Organised Crime Board',
        'Regional',
        'Working Together for Safer Communities',
      ])
        expect(text, preset.id).toContain(label);
      expect(ink.coloured, preset.id).toBeGreaterThan(0.05);
      expect(ink.dark, preset.id).toBeGreaterThan(500);
    }
    await context.close();
  });

  it('says a figure does not fit its page, and offers nothing to download', async () => {
    const { page, context } = await openApp(browser);
    const dialog = await chooseFigure(page, { boards: 'all', size: 'A4 portrait' });
    await expect
      .poll(() => dialog.getByRole('alert').textContent())
      .toMatch(
        /At 9 pt or more the figure does not fit the A4 portrait page: it needs \d+ × \d+ pt/,
      );
    expect(await dialog.getByRole('button', { name: 'Download' }).isDisabled()).toBe(true);
    // One region on a landscape page fits: the message goes and the figure can be saved.
    await dialog.getByLabel('Boards', { exact: true }).selectOption('region');
    await dialog.getByLabel('Police region').selectOption('Gwent');
    await dialog.getByLabel('Size').selectOption({ label: 'A4 landscape' });
    await expect.poll(() => dialog.getByRole('alert').count()).toBe(0);
    expect(await dialog.getByRole('button', { name: 'Download' }).isDisabled()).toBe(false);
    await context.close();
  });

  it('saves a PDF whose words are text in the figure’s own font', async (ctx) => {
    if (!hasTools()) return ctx.skip();
    const { page, context } = await openApp(browser);
    const { name, bytes } = await exportFigure(page, {
      drawing: 'Meeting load (bar chart)',
      size: '16:9 slide',
      format: 'PDF',
    });
    expect(name).toBe('tirwedd-load-slide.pdf');
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const dir = mkdtempSync(join(tmpdir(), 'tirwedd-pdf-'));
    writeFileSync(join(dir, 'figure.pdf'), bytes);
    const text = pdfText(join(dir, 'figure.pdf'));
    expect(text).toContain('National Probation Service (Wales)');
    expect(text).toContain('672 seat-hours');
    const fonts = execFileSync(tool('pdffonts'), [join(dir, 'figure.pdf')], {
      encoding: 'utf8',
    });
    // Embedded, in both weights the figure uses.
    expect(fonts.match(/^DejaVu Sans\s+CID TrueType\s+Identity-H\s+yes/gm)).toHaveLength(2);
    const info = execFileSync(tool('pdfinfo'), [join(dir, 'figure.pdf')], {
      encoding: 'utf8',
    });
    // A 16:9 slide: 13.333 × 7.5 inches.
    expect(info).toMatch(/Page size:\s+960 x 540 pts/);
    await context.close();
  });
});

describe('the new figures and the overlay', () => {
  it('draws the duplication overlay, the meeting load and who sits where as the command line does', async () => {
    const { page, context } = await openApp(browser);
    const overlaid = await exportFigure(page, {
      boards: 'region',
      region: 'Dyfed-Powys',
      duplication: true,
      format: 'SVG (vector)',
    });
    const graph = overlaid.bytes.toString('utf8');
    expect(graph).toContain('class="tw-duplication"');
    expect(checkXml(graph).texts).toContain('Possible duplication (score)');
    expect(overlaid.alt).toMatch(/\d+ possible duplications are linked/);
    expect(graph).toBe(
      await cli('export-svg', SEED, '--region', 'Dyfed-Powys', '--overlay', 'duplication'),
    );

    const load = await exportFigure(page, {
      drawing: 'Meeting load (bar chart)',
      format: 'SVG (vector)',
    });
    expect(load.alt).toContain('National Probation Service (Wales)');
    expect(load.bytes.toString('utf8')).toBe(await cli('export-svg', SEED, '--view', 'load'));

    const matrix = await exportFigure(page, {
      drawing: 'Who sits where (matrix)',
      against: 'Themes',
      size: 'A4 landscape',
      format: 'SVG (vector)',
    });
    expect(matrix.name).toBe('tirwedd-matrix-a4-landscape-themes.svg');
    expect(matrix.bytes.toString('utf8')).toBe(
      await cli(
        'export-svg',
        SEED,
        '--view',
        'matrix',
        '--axis',
        'themes',
        '--preset',
        'a4-landscape',
      ),
    );
    await context.close();
  });
});
