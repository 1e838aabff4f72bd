import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCsvBundle } from '../../src/core/io/csv/landscape-csv';
import { checkXml } from '../fixtures/xml-check';
import { launch, openApp } from './browser';
import {
  cli,
  download,
  exportFigure,
  exportMenu,
  PNG_SIGNATURE,
  pngSize,
  renderWithRsvg,
  tool,
} from './figure-export';
import { node, openTab, renameSelectedBoard, selectBoard, useWelsh, waitSaved } from './app';

const seedText = readFileSync(join(import.meta.dirname, '../../data/landscape.json'), 'utf8');
const seed = JSON.parse(seedText);
const bundleDir = join(import.meta.dirname, '../fixtures/csv-bundle');
const bundleFiles = readdirSync(bundleDir)
  .filter((f) => f.endsWith('.csv'))
  .map((f) => join(bundleDir, f));

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const nodes = (page: Page) => page.locator('.svelte-flow__node');
const workspaceOptions = (page: Page) =>
  page.getByLabel('Workspace', { exact: true }).locator('option');

async function manage(page: Page, item: string, files: Parameters<typeof setFiles>[1]) {
  await page.getByText('Manage ▾').click();
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: item }).click(),
  ]);
  await setFiles(chooser, files);
}
const setFiles = (
  chooser: import('playwright-core').FileChooser,
  files: string[] | { name: string; mimeType: string; buffer: Buffer }[],
) => chooser.setFiles(files);

describe('exporting figures', () => {
  it('downloads the whole graph as a standalone SVG with every board label as text', async () => {
    const { page, context, outside } = await openApp(browser);
    const { name, bytes } = await exportFigure(page, { boards: 'all', format: 'SVG (vector)' });
    expect(name).toMatch(/\.svg$/);
    const svg = bytes.toString('utf8');
    const xml = checkXml(svg);
    expect(xml.problems).toEqual([]);
    expect(xml.tags).not.toContain('foreignObject');
    expect(svg).not.toContain('foreignObject');
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 \d+ \d+"/);
    for (const board of seed.boards)
      expect(
        xml.texts.some((t) => t.startsWith(`${board.name} (`)),
        board.id,
      ).toBe(true);
    expect(xml.texts.join(' ')).toContain(seed.title);
    // The same figure as the command line draws from the same landscape.
    expect(svg).toBe(await cli('export-svg', 'data/landscape.json'));
    expect(outside).toEqual([]);
    await context.close();
  });

  it('draws one police region in Welsh, byte for byte as the command line does', async () => {
    const { page, context } = await openApp(browser);
    await useWelsh(page);
    const file = await exportMenuInWelsh(page);
    const svg = file.bytes.toString('utf8');
    expect(svg).toContain('xml:lang="cy"');
    expect(svg).toContain('Gogledd Cymru');
    expect(checkXml(svg).problems).toEqual([]);
    expect(svg).toBe(
      await cli('export-svg', 'data/landscape.json', '--region', 'North Wales', '--lang', 'cy'),
    );
    await context.close();
  });

  it('draws the selected board with its related boards, and the map', async () => {
    const { page, context } = await openApp(browser);
    await selectBoard(page, 'awcjb');
    const related = new Set<string>(['awcjb']);
    for (const r of seed.relations) {
      if (r.from === 'awcjb') related.add(r.to);
      if (r.to === 'awcjb') related.add(r.from);
    }
    const graph = await exportFigure(page, { boards: 'selection', format: 'SVG (vector)' });
    const texts = checkXml(graph.bytes.toString('utf8')).texts;
    for (const b of seed.boards)
      expect(
        texts.some((t) => t.startsWith(`${b.name} (`)),
        b.id,
      ).toBe(related.has(b.id));

    const map = await exportFigure(page, {
      drawing: 'Footprint map',
      boards: 'selection',
      format: 'SVG (vector)',
    });
    const svg = map.bytes.toString('utf8');
    const xml = checkXml(svg);
    expect(xml.problems).toEqual([]);
    expect(xml.texts).toContain('Footprint of All Wales Criminal Justice Board');
    expect(svg).not.toContain('tabindex');
    expect(svg).toBe(
      await cli('export-svg', 'data/landscape.json', '--view', 'map', '--board', 'awcjb'),
    );
    // The text alternative offered for copying is the figure's own description.
    expect(svg).toContain(`<desc id="tirwedd-map-desc">${map.alt}</desc>`);
    expect(map.alt).toMatch(/Footprint of the selected board: /);
    await context.close();
  });

  it('draws the map the dialog asks for, never the board that happens to be selected', async () => {
    const { page, context } = await openApp(browser);
    await selectBoard(page, 'awcjb');
    const map = await exportFigure(page, {
      drawing: 'Footprint map',
      boards: 'all',
      format: 'SVG (vector)',
    });
    const svg = map.bytes.toString('utf8');
    expect(svg).not.toContain('All Wales Criminal Justice Board');
    expect(svg).toContain('Source: ');
    expect(svg).toBe(await cli('export-svg', 'data/landscape.json', '--view', 'map'));
    await context.close();
  });

  it('compares a scenario for the regions it touches, stating its result, as the command line does', async () => {
    const { page, context } = await openApp(browser);
    await openTab(page, 'Scenarios');
    await page.getByRole('radio', { name: /North Wales: nine regional boards to four/ }).check();
    const file = await exportFigure(page, {
      drawing: 'Baseline and scenario side by side',
      format: 'SVG (vector)',
    });
    const svg = file.bytes.toString('utf8');
    expect(checkXml(svg).problems).toEqual([]);
    expect(svg).toContain('North Wales: 19 boards that meet become 14');
    expect(file.alt).toContain('seats −43; seat-hours −344 a year');
    expect(svg).toBe(
      await cli(
        'export-svg',
        'data/landscape.json',
        '--view',
        'compare',
        '--scenario',
        'north-wales-nine-to-four',
      ),
    );

    // The data behind it, saved beside it when asked.
    await exportMenu(page, 'Figure (SVG, PNG or PDF)…');
    const dialog = page.getByRole('dialog', { name: 'Export a figure' });
    await dialog.getByLabel('Baseline and scenario side by side').check();
    await dialog.getByLabel('Also save the data behind it (CSV)').check();
    const files: { name: string; bytes: Buffer }[] = [];
    const both = new Promise<void>((resolve) => {
      page.on('download', async (d) => {
        files.push({ name: d.suggestedFilename(), bytes: readFileSync((await d.path())!) });
        if (files.length === 2) resolve();
      });
    });
    await dialog.getByRole('button', { name: 'Download' }).click();
    await both;
    const csv = files.find((f) => f.name.endsWith('.csv'))!;
    expect(files.map((f) => f.name.replace(/\.\w+$/, ''))).toEqual([
      csv.name.replace(/\.csv$/, ''),
      csv.name.replace(/\.csv$/, ''),
    ]);
    expect(csv.bytes.toString('utf8')).toContain('meeting_boards,19,14,-5');
    await context.close();
  });

  it('downloads a PNG at 1× and a larger one at 2× from the same drawing', async () => {
    const { page, context } = await openApp(browser);
    const choice = { boards: 'region', region: 'Gwent' } as const;
    const one = await exportFigure(page, { ...choice, format: 'PNG 1×' });
    const two = await exportFigure(page, { ...choice, format: 'PNG 2×' });
    expect([...one.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect([...two.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(one.name).toMatch(/\.png$/);
    expect(two.name).toMatch(/@2x\.png$/);
    expect(two.bytes.length).toBeGreaterThan(one.bytes.length);
    const a = pngSize(one.bytes);
    const b = pngSize(two.bytes);
    expect(a.width).toBeGreaterThan(100);
    expect(b).toEqual({ width: a.width * 2, height: a.height * 2 });
    await context.close();
  });

  it('rsvg-convert renders every figure to a PNG that is not blank, with its labels as text', async (ctx) => {
    const rsvg = tool('rsvg-convert');
    const pdftotext = tool('pdftotext');
    if (!rsvg || !pdftotext) {
      console.log('skipped: needs rsvg-convert (librsvg2-bin) and pdftotext (poppler-utils)');
      ctx.skip();
      return;
    }
    const { page, context } = await openApp(browser);
    await openTab(page, 'Scenarios');
    await page.getByRole('radio', { name: /North Wales: nine regional boards to four/ }).check();
    const figures = [
      {
        drawing: 'Graph of boards',
        labels: [
          'All Wales Criminal Justice Board',
          'North Wales Vulnerability and Exploitation Board',
          'Regional',
        ],
      },
      {
        drawing: 'Baseline and scenario side by side',
        labels: ['North Wales: 19 boards that meet become 14', 'seats −43', 'Baseline', 'Scenario'],
      },
      {
        drawing: 'Footprint map',
        labels: ['Local authorities of Wales', 'Isle of Anglesey', 'Source:'],
      },
      {
        drawing: 'Meeting load (bar chart)',
        labels: ['National Probation Service (Wales)', 'seat-hours', 'Source:'],
      },
      {
        drawing: 'Who sits where (matrix)',
        labels: ['Organisation', 'Welsh Government', 'Source:'],
      },
    ] as const;
    for (const figure of figures) {
      const { bytes } = await exportFigure(page, {
        drawing: figure.drawing,
        format: 'SVG (vector)',
      });
      const { text, ink } = await renderWithRsvg(page, bytes);
      for (const label of figure.labels) expect(text, figure.drawing).toContain(label);
      expect(ink.coloured, figure.drawing).toBeGreaterThan(0.05);
      expect(ink.dark, figure.drawing).toBeGreaterThan(1000);
    }
    await context.close();
  });
});

/** Export ▾ → Figure in Welsh: the dialog and its choices speak Welsh too. */
async function exportMenuInWelsh(page: Page) {
  await page.getByText('Allforio ▾').click();
  await page.getByRole('button', { name: 'Ffigur (SVG, PNG neu PDF)…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Allforio ffigur' });
  await dialog.getByLabel('Byrddau', { exact: true }).selectOption('region');
  await dialog.getByLabel('Rhanbarth heddlu').selectOption('North Wales');
  await dialog.getByLabel('SVG (fector)').check();
  return download(page, () => dialog.getByRole('button', { name: 'Lawrlwytho' }).click());
}

describe('the workspace file', () => {
  it('exports the workspace and imports it back as a new workspace with the same boards', async () => {
    const { page, context } = await openApp(browser);
    await selectBoard(page, 'awcjb');
    await renameSelectedBoard(page, 'Bwrdd Cyfiawnder Troseddol Cymru Gyfan');
    const file = await download(page, () => exportMenu(page, 'Workspace file (JSON)'));
    expect(file.name).toMatch(/\.tirwedd\.json$/);
    const doc = JSON.parse(file.bytes.toString('utf8'));
    expect(doc.format).toBe('tirwedd.workspace');
    expect(doc.landscape.boards).toHaveLength(seed.boards.length);

    await manage(page, 'Import workspace file…', [
      { name: file.name, mimeType: 'application/json', buffer: file.bytes },
    ]);
    await expect.poll(() => workspaceOptions(page).count()).toBe(2);
    await page.getByRole('status').filter({ hasText: 'Imported' }).waitFor();
    await waitSaved(page);
    await expect.poll(() => nodes(page).count()).toBe(seed.boards.length);
    expect(await node(page, 'awcjb').textContent()).toContain(
      'Bwrdd Cyfiawnder Troseddol Cymru Gyfan',
    );
    await context.close();
  });

  it('refuses a broken workspace file with every problem and keeps the workspace', async () => {
    const { page, context } = await openApp(browser);
    const count = await nodes(page).count();
    await manage(page, 'Import workspace file…', [
      {
        name: 'cut.tirwedd.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"format": "tirwedd.wor'),
      },
    ]);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('cut.tirwedd.json was not imported');
    expect(await nodes(page).count()).toBe(count);
    expect(await workspaceOptions(page).count()).toBe(1);
    await context.close();
  });
});

describe('the CSV bundle', () => {
  it('imports several files picked at once as a new workspace and shows its boards', async () => {
    const { page, context } = await openApp(browser);
    await manage(page, 'Import CSV bundle…', bundleFiles);
    const dialog = page.getByRole('dialog', { name: 'Import the CSV bundle' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Read 3 boards, 3 organisations');
    expect(await dialog.getByLabel('Open as a new workspace').isChecked()).toBe(true);
    await dialog.getByLabel('Name', { exact: true }).fill('Gwynedd bundle');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => nodes(page).count()).toBe(3);
    expect(await node(page, 'north-wales-safer-board').textContent()).toContain(
      'North Wales Safer Communities Board',
    );
    expect(await workspaceOptions(page).count()).toBe(2);
    expect(
      await page.getByLabel('Workspace', { exact: true }).locator('option:checked').textContent(),
    ).toBe('Gwynedd bundle');
    await context.close();
  });

  it('replaces the current landscape after a confirmation, and undo brings it back', async () => {
    const { page, context } = await openApp(browser);
    await manage(page, 'Import CSV bundle…', bundleFiles);
    const dialog = page.getByRole('dialog', { name: 'Import the CSV bundle' });
    await dialog.getByLabel(/Replace the landscape of the current workspace/).check();
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    expect(await dialog.getByRole('alert').textContent()).toContain('Undo restores it');
    await dialog.getByRole('button', { name: 'Replace' }).click();
    await expect.poll(() => nodes(page).count()).toBe(3);
    expect(await workspaceOptions(page).count()).toBe(1);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => nodes(page).count()).toBe(seed.boards.length);
    await context.close();
  });

  it('refuses a bundle with an unknown level, naming file, row and column, and keeps the workspace', async () => {
    const { page, context } = await openApp(browser);
    const count = await nodes(page).count();
    const files = bundleFiles.map((path) => {
      const name = path.split('/').pop()!;
      const text = readFileSync(path, 'utf8');
      return {
        name,
        mimeType: 'text/csv',
        buffer: Buffer.from(name === 'boards.csv' ? text.replace(',local,', ',county,') : text),
      };
    });
    await manage(page, 'Import CSV bundle…', files);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = (await alert.textContent())!;
    expect(text).toContain('The CSV bundle was not imported: 1 problem.');
    expect(text).toMatch(
      /boards\.csv, row 2 › column D \(level\): "county" is not allowed; expected one of: national/,
    );
    expect(await nodes(page).count()).toBe(count);
    expect(await workspaceOptions(page).count()).toBe(1);
    await context.close();
  });

  it('exports the landscape as a zip of the CSV bundle', async () => {
    const { page, context } = await openApp(browser);
    const file = await download(page, () => exportMenu(page, 'CSV bundle (zip)'));
    expect(file.name).toMatch(/\.zip$/);
    const dir = mkdtempSync(join(tmpdir(), 'tirwedd-zip-'));
    writeFileSync(join(dir, 'bundle.zip'), file.bytes);
    const expected = exportCsvBundle(seed);
    for (const [name, text] of Object.entries(expected))
      expect(
        execFileSync('unzip', ['-p', join(dir, 'bundle.zip'), name], { encoding: 'utf8' }),
        name,
      ).toBe(text);
    // The same zip opens again as it is, without unzipping by hand.
    await manage(page, 'Import CSV bundle…', [
      { name: file.name, mimeType: 'application/zip', buffer: file.bytes },
    ]);
    const dialog = page.getByRole('dialog', { name: 'Import the CSV bundle' });
    expect(await dialog.textContent()).toContain(`Read ${seed.boards.length} boards`);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => workspaceOptions(page).count()).toBe(2);
    await expect.poll(() => nodes(page).count()).toBe(seed.boards.length);
    await context.close();
  });

  it('refuses a zip with no CSV files in it, naming the zip, and keeps the workspace', async () => {
    const { page, context } = await openApp(browser);
    await manage(page, 'Import CSV bundle…', [
      { name: 'notes.zip', mimeType: 'application/zip', buffer: Buffer.from('not a zip at all') },
    ]);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/notes\.zip.*not a ZIP archive/);
    expect(await workspaceOptions(page).count()).toBe(1);
    await context.close();
  });
});

describe('from the keyboard', () => {
  it('opens the figure dialog from the Export menu and closes it with Escape', async () => {
    const { page, context } = await openApp(browser);
    await page.getByText('Export ▾').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Export a figure' });
    await dialog.waitFor();
    expect(await dialog.getByLabel('Graph of boards').isChecked()).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await context.close();
  });
});
