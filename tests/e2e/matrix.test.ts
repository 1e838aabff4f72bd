import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisationMatrix } from '../../src/core/analysis/organisation-matrix';
import { seedLandscape } from '../fixtures/seed';
import { launch, openApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const matrix = (page: Page) =>
  page.getByRole('region', { name: /^Seat-hours a year, by organisation/ });

describe('who sits where', () => {
  it('sets organisations against boards as a heat map, heaviest load first, and as a table', async () => {
    const seed = seedLandscape();
    const expected = organisationMatrix(seed, 'boards', { rows: 30, columns: 30 });
    const heaviest = seed.organisations.find((o) => o.id === expected.rows[0]!.organisation)!;
    const { page, context } = await openApp(browser);
    await page.getByRole('tab', { name: 'Who sits where' }).click();
    await matrix(page).waitFor();
    const firstRow = matrix(page).locator('tbody tr').first();
    expect(await firstRow.locator('th').textContent()).toBe(heaviest.name);
    expect(await matrix(page).locator('tbody tr').count()).toBe(expected.rows.length);
    expect(await matrix(page).locator('thead th.column').count()).toBe(expected.columns.length);

    // From the keyboard: the heat map's region takes focus, and the controls are radios.
    await page.getByRole('radio', { name: 'Themes' }).check();
    await expect.poll(() => matrix(page).locator('caption').textContent()).toMatch(/and theme/);
    await page.getByRole('radio', { name: 'Table' }).check();
    const rows = matrix(page).locator('table.long tbody tr');
    await rows.first().waitFor();
    expect(await rows.first().locator('th').textContent()).toBe(heaviest.name);
    await matrix(page).focus();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('region');
    await context.close();
  });
});
