import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, FileChooser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkXml } from '../fixtures/xml-check';
import { ENGLISH_BUNDLE_DIR } from '../fixtures/english-bundle';
import { node, openTab, useWelsh } from './app';
import { launch, openApp } from './browser';

const englishFiles = readdirSync(ENGLISH_BUNDLE_DIR)
  .filter((f) => f.endsWith('.csv'))
  .map((f) => join(ENGLISH_BUNDLE_DIR, f));
const GEPHI_LITE = join(import.meta.dirname, '../fixtures/gexf/gephi-lite.gexf');

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const nodes = (page: Page) => page.locator('.svelte-flow__node');
const tiles = (page: Page) => page.locator('.drawing g[data-code]');
const currentWorkspace = (page: Page) =>
  page.getByLabel('Workspace', { exact: true }).locator('option:checked').textContent();

async function manage(page: Page, item: string, files: string[]) {
  await page.getByText('Manage ▾').click();
  const [chooser]: [FileChooser, void] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: item }).click(),
  ]);
  await chooser.setFiles(files);
}

async function download(page: Page, action: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent('download'), action()]);
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

describe('a landscape with its own geography', () => {
  it('imports an English bundle through the file picker: its map, its duplications, an SVG', async () => {
    const { page, context } = await openApp(browser);
    await manage(page, 'Import CSV bundle…', englishFiles);
    const dialog = page.getByRole('dialog', { name: 'Import the CSV bundle' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Read 8 boards, 8 organisations');
    expect(await dialog.getByLabel('Name', { exact: true }).inputValue()).toBe(
      'Lancashire community safety partnerships (illustrative)',
    );
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => nodes(page).count()).toBe(8);
    expect(await node(page, 'pennine-csp').textContent()).toContain('Pennine Lancashire');

    await openTab(page, 'Duplication');
    const duplication = page.getByRole('tabpanel', { name: 'Duplication' });
    await duplication
      .getByRole('button', {
        name: /Lancashire Community Safety Board ↔ Lancashire Violence Reduction Partnership/,
      })
      .waitFor();

    await page.getByRole('tab', { name: 'Map' }).click();
    await tiles(page).first().waitFor();
    // A tile for each of the 14 English areas, laid out automatically.
    expect(await tiles(page).count()).toBe(14);
    expect(await page.locator('.drawing text[data-code="E07000123"]').textContent()).toContain(
      'Preston',
    );

    await page.getByText('Export ▾').click();
    await page.getByRole('button', { name: 'Figure (SVG, PNG or PDF)…' }).click();
    const figure = page.getByRole('dialog', { name: 'Export a figure' });
    await figure.getByLabel('Footprint map').check();
    await figure.getByLabel('SVG (vector)').check();
    const svg = await download(page, () =>
      figure.getByRole('button', { name: 'Download' }).click(),
    );
    expect(svg.name).toMatch(/\.svg$/);
    checkXml(svg.text);
    expect(svg.text).toContain('Preston');
    expect(svg.text).toContain('data-code="E06000009"');
    await context.close();
  });

  it('in Welsh, says once that the English areas have no Welsh name', async () => {
    const { page, context } = await openApp(browser);
    await manage(page, 'Import CSV bundle…', englishFiles);
    await page
      .getByRole('dialog', { name: 'Import the CSV bundle' })
      .getByRole('button', { name: 'Import', exact: true })
      .click();
    await expect.poll(() => nodes(page).count()).toBe(8);
    await useWelsh(page);
    await page.getByRole('tab', { name: 'Map' }).click();
    await expect
      .poll(() => page.getByRole('note').allTextContents())
      .toEqual(['Nid oes enw Cymraeg gan 14 o ardaloedd; dangosir yr enw Saesneg.']);
    await context.close();
  });
});

describe('a GEXF file made by Gephi Lite', () => {
  it('opens as a new workspace named after the file, positions kept, and a second import gets a dated name', async () => {
    const { page, context } = await openApp(browser);
    await manage(page, 'Import GEXF or GraphML…', [GEPHI_LITE]);
    const dialog = page.getByRole('dialog', { name: 'Import the graph file' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Read 61 boards');
    // What could not be mapped is said, once per cause.
    expect(await dialog.textContent()).toContain('88 edges have no relation type');
    expect(await dialog.getByLabel('Name', { exact: true }).inputValue()).toBe('gephi-lite');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => nodes(page).count()).toBe(61);
    expect(await currentWorkspace(page)).toBe('gephi-lite');
    // Gephi's positions, north up: "Gephi" (28.1, 98.1) is drawn left of and above "Mathieu
    // Jacomy" (36.5, −13.0), as in Gephi Lite.
    const gephi = (await node(page, 'gephi').boundingBox())!;
    const mathieu = (await node(page, 'mathieu-jacomy').boundingBox())!;
    expect(gephi.x).toBeLessThan(mathieu.x);
    expect(gephi.y).toBeLessThan(mathieu.y);

    await manage(page, 'Import GEXF or GraphML…', [GEPHI_LITE]);
    await dialog.waitFor();
    const today = new Date().toISOString().slice(0, 10);
    expect(await dialog.getByLabel('Name', { exact: true }).inputValue()).toBe(
      `gephi-lite (${today})`,
    );
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => currentWorkspace(page)).toBe(`gephi-lite (${today})`);
    await context.close();
  });
});

describe('a new empty landscape', () => {
  it('starts from scratch on the Welsh geography, or on areas of its own', async () => {
    const { page, context } = await openApp(browser);
    const create = async (name: string, own: boolean) => {
      await page.getByText('Manage ▾').click();
      await page.getByRole('button', { name: 'New empty landscape…' }).click();
      const dialog = page.getByRole('dialog', { name: 'A new empty landscape' });
      await dialog.getByLabel('Name', { exact: true }).fill(name);
      if (own) {
        await dialog.getByLabel('My own areas, from a CSV file').check();
        const [chooser] = await Promise.all([
          page.waitForEvent('filechooser'),
          dialog.getByRole('button', { name: 'Choose files…' }).click(),
        ]);
        await chooser.setFiles(
          ['areas.csv', 'regions.csv', 'region_systems.csv'].map((f) =>
            join(ENGLISH_BUNDLE_DIR, f),
          ),
        );
      }
      await dialog.getByRole('button', { name: 'Create' }).click();
      await expect.poll(() => currentWorkspace(page)).toBe(name);
    };

    await create('Wales from scratch', false);
    expect(await nodes(page).count()).toBe(0);
    await page.getByRole('tab', { name: 'Map' }).click();
    await expect.poll(() => tiles(page).count()).toBe(22);

    await page.getByRole('tab', { name: 'Graph' }).click();
    await create('Lancashire from scratch', true);
    expect(await nodes(page).count()).toBe(0);
    await page.getByRole('tab', { name: 'Map' }).click();
    await expect.poll(() => tiles(page).count()).toBeGreaterThan(0);
    expect(await page.locator('.drawing g[data-code^="W06"]').count()).toBe(0);
    // The first board goes in as usual.
    await page.getByRole('button', { name: 'Add board' }).click();
    const form = page.getByRole('dialog', { name: 'Add a board' });
    await form.getByLabel('Name', { exact: true }).fill('Lancashire Community Safety Board');
    // Its geography is not Wales, and the form does not call it so.
    expect(await form.getByLabel('All areas').count()).toBe(1);
    expect(await form.getByText('All Wales').count()).toBe(0);
    await form.getByLabel('Region', { exact: true }).selectOption('Lancashire');
    await form.getByRole('button', { name: 'Only this region' }).click();
    await form.getByRole('button', { name: 'Add board' }).click();
    await page.getByRole('tab', { name: 'Graph' }).click();
    await expect.poll(() => nodes(page).count()).toBe(1);
    await context.close();
  });
});
