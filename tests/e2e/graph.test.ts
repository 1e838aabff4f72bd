import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openApp } from './browser';
import { node, openLegend, panel, selectBoard } from './app';

const seed = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../data/landscape.json'), 'utf8'),
);
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

describe('the landscape graph', () => {
  it('shows every seed board, national above regional above local, with legend, minimap and zoom controls', async () => {
    const { page, outside, context } = await openApp(browser);
    await expect.poll(() => page.locator('.svelte-flow__node').count()).toBe(seed.boards.length);
    const y = async (id: string) => (await node(page, id).boundingBox())!.y;
    expect(await y('awcjb')).toBeLessThan(await y('dp-svoc-board'));
    expect(await y('dp-svoc-board')).toBeLessThan(await y('cwm-taf-csb'));
    expect(await y('cwm-taf-csb')).toBeLessThan(await y('dp-svoc-powys'));
    // Relations are painted beneath the boards, and said in the canvas's name.
    expect(await page.locator('.graph .described').getAttribute('aria-label')).toContain(
      `${seed.relations.length} relations`,
    );
    await openLegend(page);
    expect(await page.getByRole('heading', { name: 'Police-force region' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Show overview map' }).click();
    expect(await page.getByRole('img', { name: 'Overview map' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Zoom in' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Fit to view' }).isVisible()).toBe(true);
    expect(outside).toEqual([]);
    await context.close();
  });

  it('colours boards by police-force region', async () => {
    const { page, context } = await openApp(browser);
    const colour = (id: string) =>
      node(page, id)
        .locator('.board')
        .evaluate((el) => getComputedStyle(el).borderLeftColor);
    const dp = await colour('dp-svoc-board');
    expect(await colour('dp-contest-board')).toBe(dp);
    expect(await colour('nwscb')).not.toBe(dp);
    expect(await colour('awcjb')).not.toBe(dp);
    await context.close();
  });

  it("shows a board's details with the source of each fact", async () => {
    const { page, context } = await openApp(browser);
    const board = seed.boards.find((b: { id: string }) => b.id === 'dp-svoc-board');
    await selectBoard(page, 'dp-svoc-board');
    const details = panel(page);
    expect(await details.getByRole('heading', { level: 2 }).textContent()).toBe(board.name);
    const text = (await details.textContent())!.replace(/\s+/g, ' ');
    expect(text).toContain('Carmarthenshire');
    expect(text).toContain('Powys');
    expect(text).toContain('serious violence');
    expect(text).toContain(board.source.quote.replace(/\s+/g, ' '));
    expect(text).toMatch(/Stated|Inferred|Illustrative/);
    expect(text).toContain('Meets back-to-back with');
    const members = seed.memberships.filter(
      (m: { board: string }) => m.board === 'dp-svoc-board',
    ).length;
    expect(text).toContain(`Members (${members})`);
    await context.close();
  });

  it('moves to a related board from the relations list', async () => {
    const { page, context } = await openApp(browser);
    await selectBoard(page, 'dp-svoc-board');
    await panel(page)
      .getByRole('button', { name: /Meets back-to-back with/ })
      .first()
      .click();
    expect(await panel(page).getByRole('heading', { level: 2 }).textContent()).toMatch(/CONTEST/);
    await context.close();
  });
});
