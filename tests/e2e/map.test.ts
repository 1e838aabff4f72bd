import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openApp } from './browser';
import { node, openTab, panel, selectBoard, waitSaved } from './app';

const BOUNDARIES = join(import.meta.dirname, '../../../shared/geo/wales-lad-2013.topojson');
const hasBoundaries = existsSync(BOUNDARIES);
if (!hasBoundaries)
  console.warn(`Skipping the real-boundary map test: ${BOUNDARIES} is not on this machine.`);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

/** Opens the map and waits for it: the view loads on first use. */
async function openMap(page: Page) {
  await page.getByRole('tab', { name: 'Map' }).click();
  await page.locator('.drawing g[data-code]').first().waitFor();
}
const area = (page: Page, code: string) => page.locator(`.drawing g[data-code="${code}"]`);
const inFootprint = (page: Page) =>
  page.locator('.drawing g[data-code]').evaluateAll((els) =>
    els
      .filter((e) => /in the footprint/.test(e.getAttribute('aria-label') ?? ''))
      .map((e) => e.getAttribute('data-code'))
      .sort(),
  );

describe('footprint map', () => {
  it('moves a tile by button and by keyboard, keeps it with the workspace, and undoes the move', async () => {
    const { page, context } = await openApp(browser);
    await openMap(page);
    const place = (code: string) =>
      area(page, code).evaluate((g) => {
        const box = (g as SVGGraphicsElement).getBBox();
        return [Math.round(box.x), Math.round(box.y)];
      });
    const cardiff = 'W06000015';
    const start = await place(cardiff);
    await area(page, cardiff).click();
    const tiles = page.getByRole('group', { name: /Move the tile of Cardiff/ });
    await tiles.getByRole('button', { name: 'Down' }).click();
    await expect.poll(() => place(cardiff)).not.toEqual(start);
    const moved = await place(cardiff);
    // Straight down: the same column (the box holds the label, so it may shift by a pixel).
    expect(Math.abs(moved[0]! - start[0]!)).toBeLessThan(4);
    expect(moved[1]).toBeGreaterThan(start[1]! + 10);
    // Alt and an arrow key on the tile in focus moves it too.
    await area(page, cardiff).focus();
    await page.keyboard.press('Alt+ArrowRight');
    await expect.poll(async () => (await place(cardiff))[0]).toBeGreaterThan(start[0]! + 10);
    const kept = await place(cardiff);
    await waitSaved(page);
    await page.reload();
    await openMap(page);
    expect(await place(cardiff)).toEqual(kept);
    // Each move is one edit: two undos put the tile back.
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => place(cardiff)).toEqual(start);
    await context.close();
  });

  it("lights up the selected board's footprint, and follows the selection", async () => {
    const { page, context } = await openApp(browser);
    await selectBoard(page, 'dp-svoc-board');
    await openMap(page);
    expect(await page.locator('.drawing g[data-code]').count()).toBe(22);
    expect(await inFootprint(page)).toEqual(['W06000008', 'W06000009', 'W06000010', 'W06000023']);
    expect(
      await page
        .locator('.drawing svg text')
        .filter({ hasText: 'Footprint of Dyfed-Powys Serious Violence' })
        .count(),
    ).toBe(1);
    await context.close();
  });

  it('shows every board covering a chosen local authority, and selects one of them in the graph', async () => {
    const { page, context } = await openApp(browser);
    await openMap(page);
    await area(page, 'W06000013').click();
    const footprints = page.getByRole('tabpanel', { name: 'Footprints' });
    const heading = (await footprints.getByRole('heading', { level: 3 }).first().textContent())!;
    expect(heading).toMatch(/^Bridgend is covered by \d+ boards$/);
    expect(await footprints.textContent()).toContain('Bridgend Community Safety Partnership');
    expect(await footprints.textContent()).toContain('Cwm Taf Morgannwg UHB');
    await footprints.getByRole('button', { name: 'Bridgend Community Safety Partnership' }).click();
    expect(await panel(page).getByRole('heading', { level: 2 }).textContent()).toBe(
      'Bridgend Community Safety Partnership',
    );
    expect(await inFootprint(page)).toEqual(['W06000013']);
    await page.getByRole('tab', { name: 'Graph' }).click();
    expect(await node(page, 'csp-bridgend').locator('.board').getAttribute('class')).toContain(
      'selected',
    );
    await context.close();
  });

  it('is reachable by keyboard: Enter on an authority picks it', async () => {
    const { page, context } = await openApp(browser);
    await openMap(page);
    await area(page, 'W06000015').focus();
    await page.keyboard.press('Enter');
    expect(
      await page
        .getByRole('tabpanel', { name: 'Footprints' })
        .getByRole('heading', { level: 3 })
        .first()
        .textContent(),
    ).toMatch(/^Cardiff is covered by/);
    await context.close();
  });

  it('reports footprint breaks and how the region systems line up', async () => {
    const { page, context } = await openApp(browser);
    await openTab(page, 'Footprints');
    const text = (await page.getByRole('tabpanel', { name: 'Footprints' }).textContent())!.replace(
      /\s+/g,
      ' ',
    );
    expect(text).toMatch(/Footprint breaks \(\d+\)/);
    expect(text).toMatch(
      /Police force areas × Fire and rescue authority areas: crossing \(at (Swansea, Neath Port Talbot|Neath Port Talbot, Swansea)\)/,
    );
    await context.close();
  });

  it('lights up the footprints of a highlighted duplication, and cross-tabulates region systems', async () => {
    const { page, context } = await openApp(browser);
    await openTab(page, 'Duplication');
    await page
      .getByRole('tabpanel', { name: 'Duplication' })
      .getByRole('button', {
        name: /Cwm Taf Morgannwg Area Planning Board ↔ Cwm Taf Community Safety Board/,
      })
      .click();
    await openMap(page);
    expect(await inFootprint(page)).toEqual(['W06000013', 'W06000016', 'W06000024']);
    await openTab(page, 'Footprints');
    const matrix = page.getByRole('table', { name: /shared by each region of Police force areas/ });
    const swansea = await matrix
      .getByRole('row', { name: /^South Wales/ })
      .locator('td')
      .allTextContents();
    expect(swansea.filter((t) => t.trim() !== '').length).toBe(2);
    await context.close();
  });

  it('refuses a broken boundary file and keeps the map as it was', async () => {
    const { page, context } = await openApp(browser);
    await openMap(page);
    await page.getByTestId('boundary-file').setInputFiles({
      name: 'broken.geojson',
      mimeType: 'application/json',
      buffer: Buffer.from(
        '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":null}]}',
      ),
    });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('broken.geojson was not loaded');
    expect(await page.locator('.drawing g[data-code]').count()).toBe(22);
    expect(await page.locator('.drawing rect').count()).toBeGreaterThan(20);
    await context.close();
  });

  it.skipIf(!hasBoundaries)(
    'draws real boundaries from a TopoJSON file once accepted, and keeps them after a reload',
    async () => {
      const { page, context } = await openApp(browser);
      await openMap(page);
      await page.getByTestId('boundary-file').setInputFiles({
        name: 'wales.topojson',
        mimeType: 'application/json',
        buffer: readFileSync(BOUNDARIES),
      });
      const review = page.getByRole('dialog', { name: /Use the boundaries in wales.topojson/ });
      expect(await review.textContent()).toContain('22 local authorities matched');
      expect(await page.locator('.drawing g[data-code] path').count()).toBe(0);
      await review.getByRole('button', { name: 'Use these boundaries' }).click();
      await expect.poll(() => page.locator('.drawing g[data-code] path').count()).toBe(22);
      await page.reload();
      await node(page, 'awcjb').waitFor();
      await openMap(page);
      await expect.poll(() => page.locator('.drawing g[data-code] path').count()).toBe(22);
      await page.getByRole('button', { name: 'Use the tile map' }).click();
      await expect.poll(() => page.locator('.drawing g[data-code] path').count()).toBe(0);
      await context.close();
    },
  );
});
