import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkXml } from '../fixtures/xml-check';
import { launch, openApp } from './browser';
import { node, openLegend, openTab, panel, selectBoard, useWelsh } from './app';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

/** The three North Wales boards no source supports, and a sourced board beside them. */
const ILLUSTRATIVE = 'nw-cohesion-board';
const SOURCED = 'awcjb';

const style = (page: Page, id: string) =>
  node(page, id)
    .locator('.board')
    .evaluate((el) => {
      const s = getComputedStyle(el);
      return { hatch: s.backgroundImage, border: s.borderTopStyle };
    });

async function exportSvg(page: Page): Promise<string> {
  await page.getByText('Export ▾').click();
  await page.getByRole('button', { name: 'Figure (SVG, PNG or PDF)…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export a figure' });
  await dialog.getByLabel('Boards', { exact: true }).selectOption('all');
  await dialog.getByLabel('SVG (vector)').check();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download' }).click(),
  ]);
  return readFileSync((await file.path())!, 'utf8');
}

describe('confidence shown wherever a board appears', () => {
  it('marks an illustrative board on the graph, in the legend, in the table and in an exported SVG, in words', async () => {
    const { page, context, outside } = await openApp(browser);

    // Graph: a text tag and a hatched, dashed box, not colour alone; a sourced board has neither.
    expect(await node(page, ILLUSTRATIVE).textContent()).toContain('Illustrative');
    expect(await node(page, ILLUSTRATIVE).getAttribute('aria-label')).toContain('Illustrative');
    const marked = await style(page, ILLUSTRATIVE);
    expect(marked.hatch).toContain('repeating-linear-gradient');
    expect(marked.border).toBe('dashed');
    expect(await node(page, SOURCED).textContent()).not.toContain('Illustrative');
    expect((await style(page, SOURCED)).hatch).toBe('none');
    expect(await node(page, 'dp-svoc-board').textContent()).toContain('Members illustrative');

    // Legend: the marks are explained.
    await openLegend(page);
    const legend = page.locator('.legend');
    expect(await legend.getByRole('heading', { name: 'Evidence' }).isVisible()).toBe(true);
    expect(await legend.textContent()).toContain('Illustrative board (hatched, dashed outline)');

    // Panel: a board whose members are all assumed says so.
    await selectBoard(page, 'dp-svoc-board');
    expect(await panel(page).textContent()).toContain('All members illustrative');

    // Tables: the boards table has a confidence column; the memberships column is headed so.
    await page.getByRole('tab', { name: 'Tables', exact: true }).click();
    const boards = page.getByRole('table', { name: 'Boards' });
    await page.getByLabel('Filter Boards').fill('Community Cohesion');
    const row = boards.locator('tbody tr').first();
    expect(await row.textContent()).toContain('Illustrative');
    expect(
      await page
        .getByRole('table', { name: 'Memberships' })
        .getByRole('columnheader', { name: 'Confidence' })
        .isVisible(),
    ).toBe(true);

    // Exported figure: a dashed outline, a text tag and a legend entry.
    await page.getByRole('tab', { name: 'Graph', exact: true }).click();
    const svg = await exportSvg(page);
    const check = checkXml(svg);
    expect(check.problems).toEqual([]);
    expect(svg).toMatch(/class="tw-illustrative"[^>]*stroke-dasharray/);
    expect(check.texts).toEqual(
      expect.arrayContaining(['Illustrative', 'Illustrative board (dashed outline)']),
    );
    expect(outside).toEqual([]);
    await context.close();
  });

  it('shows Welsh board names in the Welsh interface, marked as unofficial translations', async () => {
    const { page, context } = await openApp(browser);
    await useWelsh(page);
    await expect
      .poll(() => node(page, SOURCED).textContent())
      .toContain('Bwrdd Cyfiawnder Troseddol Cymru Gyfan');
    await page.getByRole('button', { name: 'Allwedd', exact: true }).click();
    expect(await page.locator('.legend').textContent()).toContain('Cyfieithiadau answyddogol');
    await node(page, SOURCED).click();
    const details = page.locator('#board-title');
    await details.waitFor();
    expect(await details.textContent()).toBe('Bwrdd Cyfiawnder Troseddol Cymru Gyfan');
    expect(await page.locator('.welsh-name').textContent()).toContain('cyfieithiad answyddogol');
    await context.close();
  });

  it('analyses on sourced facts only with one switch that every analysis panel shares', async () => {
    const { page, context } = await openApp(browser);
    await openTab(page, 'Duplication');
    const tab = page.getByRole('tabpanel', { name: 'Duplication' });
    const pair = tab.locator('ol.pairs > li', {
      has: page.getByRole('button', { name: /Dyfed-Powys Regional CONTEST Board ↔/ }),
    });
    expect(await pair.textContent()).toMatch(/\d+ of \d+ member organisations in common/);
    await tab.getByLabel('Analyse on').selectOption('sourced');
    // The pair's members are all assumed: with sourced facts only, that reason goes.
    await expect.poll(() => pair.textContent()).not.toMatch(/member organisations in common/);
    await openTab(page, 'Meeting load');
    expect(
      await page
        .getByRole('tabpanel', { name: 'Meeting load' })
        .getByLabel('Analyse on')
        .inputValue(),
    ).toBe('sourced');
    // Every parameter is drawn from its analysis's declaration, as the same kinds of control.
    await openTab(page, 'Duplication');
    await tab.getByLabel('Analyse on').selectOption('all');
    await expect.poll(() => pair.textContent()).toMatch(/member organisations in common/);
    await tab.getByRole('group', { name: 'Signals that count' }).getByLabel('membership').uncheck();
    await expect.poll(() => pair.textContent()).not.toMatch(/member organisations in common/);
    const load = page.getByRole('tabpanel', { name: 'Meeting load' });
    await openTab(page, 'Meeting load');
    await load.getByLabel('Regions by').selectOption('fire');
    await expect.poll(() => load.textContent()).toContain('Mid and West Wales');
    await context.close();
  });
});
