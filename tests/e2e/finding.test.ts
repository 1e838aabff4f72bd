import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openApp } from './browser';
import { findBoard, openLegend, panel, useWelsh } from './app';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const visibleNodes = (page: Page) =>
  page
    .locator('.svelte-flow__node:not([style*="visibility: hidden"])')
    .evaluateAll((els) =>
      els
        .filter(
          (e) =>
            (e as HTMLElement).offsetParent !== null && getComputedStyle(e).visibility !== 'hidden',
        )
        .map((e) => e.getAttribute('data-id')),
    );
const shown = async (page: Page) =>
  Number(
    (await page
      .getByRole('status')
      .filter({ hasText: /boards shown$/ })
      .textContent())!.match(/^(\d+)/)![1],
  );

describe('finding your way', () => {
  it('searches "SVOC" from the keyboard and lands on a Dyfed-Powys board', async () => {
    const { page, context } = await openApp(browser);
    await page.keyboard.press('/');
    await page.keyboard.type('SVOC');
    const options = page.getByRole('option');
    await options.first().waitFor();
    expect(await options.first().textContent()).toMatch(/Serious Violence and Organised Crime/);
    await page.keyboard.press('Enter');
    const title = (await panel(page).getByRole('heading', { level: 2 }).textContent())!;
    expect(title).toMatch(/^(Dyfed-Powys|North Wales) Serious Violence and Organised Crime Board$/);
    await context.close();
  });

  it('filters to North Wales and counts the boards, with a removable chip', async () => {
    const { page, context } = await openApp(browser);
    const total = await shown(page);
    await page.getByText('Filters', { exact: true }).click();
    await page.getByLabel('Region system').first().selectOption('police');
    await page.getByLabel('Region', { exact: true }).selectOption('North Wales');
    await page.getByRole('checkbox', { name: /^regional/ }).check();
    const count = await shown(page);
    expect(count).toBeGreaterThanOrEqual(9);
    expect(count).toBeLessThan(total);
    await expect.poll(async () => (await visibleNodes(page)).length).toBe(count);
    const ids = await visibleNodes(page);
    expect(ids).toContain('nw-svoc-board');
    expect(ids).not.toContain('dp-svoc-board');
    await page.getByRole('button', { name: 'Remove the filter North Wales' }).click();
    expect(await shown(page)).toBeGreaterThan(count);
    await page.getByRole('button', { name: 'Show everything' }).click();
    expect(await shown(page)).toBe(total);
    await context.close();
  });

  it("focuses on a board's neighbourhood and comes back", async () => {
    const { page, context } = await openApp(browser);
    const total = await shown(page);
    await page.locator('.svelte-flow__node[data-id="cwm-taf-csb"]').click();
    await panel(page).getByRole('button', { name: 'Focus on this board' }).click();
    const near = await shown(page);
    expect(near).toBeGreaterThan(1);
    expect(near).toBeLessThan(total);
    expect(await visibleNodes(page)).toContain('cwm-taf-apb');
    await page
      .getByRole('button', { name: /^Stop focusing on Cwm Taf Community Safety Board/ })
      .click();
    expect(await shown(page)).toBe(total);
    await context.close();
  });

  it('leaves out members on most boards when focusing, says so, and can include them', async () => {
    const { page, context } = await openApp(browser);
    const total = await shown(page);
    await findBoard(page, 'Dyfed-Powys Serious Violence and Organised Crime Board');
    await panel(page).getByRole('button', { name: 'Focus on this board' }).click();
    await page.getByText(/^Leaves out members on most boards: .+\./).waitFor();
    const near = await shown(page);
    expect(near).toBeLessThan(total / 2);
    expect(await visibleNodes(page)).toContain('dp-contest-board');
    await page.getByRole('checkbox', { name: 'Include them' }).check();
    await expect.poll(() => shown(page)).toBeGreaterThan(near);
    await page.getByRole('checkbox', { name: 'Include them' }).uncheck();
    await expect.poll(() => shown(page)).toBe(near);
    await context.close();
  });

  it('walks from search to a board and back by keyboard alone', async () => {
    const { page, context } = await openApp(browser);
    await page.keyboard.press('/');
    await page.keyboard.type('Safer Gwent');
    await page.keyboard.press('Enter');
    expect(await panel(page).getByRole('heading', { level: 2 }).textContent()).toBe('Safer Gwent');
    // Back to the search box with the shortcut, then to the details by Tab.
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe(
      'combobox',
    );
    await page.keyboard.type('AWCJB');
    await page.keyboard.press('Enter');
    expect(await panel(page).getByRole('heading', { level: 2 }).textContent()).toBe(
      'All Wales Criminal Justice Board',
    );
    for (let i = 0; i < 60; i += 1) {
      await page.keyboard.press('Tab');
      if (
        (await page.evaluate(() => document.activeElement?.textContent)) === 'Focus on this board'
      )
        break;
    }
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Focus on this board',
    );
    await context.close();
  });

  it('picks the first hit for an Enter pressed before the search code has arrived', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    // Hold the search code back until the query has been typed and Enter pressed.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await context.route(/search-index-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    const { page } = await openApp(browser, context);
    await page.keyboard.press('/');
    await page.keyboard.type('Safer Gwent');
    await page.keyboard.press('Enter');
    release();
    await panel(page).getByRole('heading', { level: 2, name: 'Safer Gwent' }).waitFor();
    await context.close();
  });

  it('switches the interface to Welsh and keeps it after a reload', async () => {
    const { page, context } = await openApp(browser);
    await useWelsh(page);
    expect(await page.getByRole('tab', { name: 'Dyblygu' }).isVisible()).toBe(true);
    await page.reload();
    await page.locator('.svelte-flow__node').first().waitFor();
    expect(await page.getByRole('tab', { name: 'Dyblygu' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Ychwanegu bwrdd' }).isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('cy');
    expect(await page.locator('.svelte-flow__node[data-id="dyfed-powys-police"]').count()).toBe(0);
    await context.close();
  });

  it('shows a first-run guide once, and again from the Guide button', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const { baseUrl } = await import('./browser');
    await page.goto(baseUrl());
    const guide = page.getByRole('dialog', { name: 'Welcome to Tirwedd' });
    await guide.waitFor();
    await guide.getByRole('button', { name: 'Next' }).click();
    expect(await guide.textContent()).toContain('Find duplication and model a merge');
    await guide.getByRole('button', { name: 'Next' }).click();
    await guide.getByRole('button', { name: 'Start' }).click();
    await guide.waitFor({ state: 'hidden' });
    await page.reload();
    await page.locator('.graph .described').waitFor({ state: 'attached' });
    expect(await guide.isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Guide' }).click();
    expect(await guide.isVisible()).toBe(true);
    await context.close();
  });
});

describe('tables and keyboard movement in the graph', () => {
  it('lists boards in a sortable, filterable table that shares the selection', async () => {
    const { page, context } = await openApp(browser);
    await page.getByRole('tab', { name: 'Tables', exact: true }).click();
    const boards = page.getByRole('table', { name: 'Boards' });
    await boards.waitFor();
    expect(await boards.locator('tbody tr').count()).toBe(121);
    await page.getByLabel('Filter Boards').fill('SVOC');
    const rows = await boards.locator('tbody tr').count();
    expect(rows).toBeGreaterThan(1);
    expect(rows).toBeLessThan(20);
    await boards.getByRole('button', { name: /^Members/ }).click();
    await boards.getByRole('button', { name: /^Members/ }).click();
    const counts = (await boards.locator('tbody tr td:last-child').allTextContents()).map(Number);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    await boards
      .getByRole('button', { name: 'Dyfed-Powys Serious Violence and Organised Crime Board' })
      .click();
    expect(await panel(page).getByRole('heading', { level: 2 }).textContent()).toBe(
      'Dyfed-Powys Serious Violence and Organised Crime Board',
    );
    await page.getByRole('tab', { name: 'Graph', exact: true }).click();
    expect(
      await page
        .locator('.svelte-flow__node[data-id="dp-svoc-board"] .board')
        .getAttribute('class'),
    ).toContain('selected');
    await context.close();
  });

  it('moves between connected boards with the arrow keys', async () => {
    const { page, context } = await openApp(browser);
    await page.locator('.svelte-flow__node[data-id="dp-svoc-board"]').focus();
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() =>
        page.evaluate(() =>
          document.activeElement?.closest('.svelte-flow__node')?.getAttribute('data-id'),
        ),
      )
      .toBe('dp-contest-board');
    expect(await panel(page).getByRole('heading', { level: 2 }).textContent()).toBe(
      'Dyfed-Powys Regional CONTEST Board',
    );
    await page.keyboard.press('ArrowLeft');
    await expect
      .poll(() =>
        page.evaluate(() =>
          document.activeElement?.closest('.svelte-flow__node')?.getAttribute('data-id'),
        ),
      )
      .toBe('dp-svoc-board');
    // The arrows move the focus, never the board itself (its place on the canvas stays put).
    const place = () =>
      page
        .locator('.svelte-flow__node[data-id="dp-svoc-board"]')
        .evaluate((e) => (e as HTMLElement).style.transform);
    const before = await place();
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(() =>
        page.evaluate(() =>
          document.activeElement?.closest('.svelte-flow__node')?.getAttribute('data-id'),
        ),
      )
      .not.toBe('dp-svoc-board');
    expect(await place()).toBe(before);
    await context.close();
  });
});

describe('region groups', () => {
  it('collapses a region to one node and expands it again, from the legend or the node', async () => {
    const { page, context } = await openApp(browser);
    const visible = () =>
      page
        .locator('.svelte-flow__node')
        .evaluateAll((els) =>
          els
            .filter(
              (e) =>
                getComputedStyle(e).visibility !== 'hidden' &&
                (e as HTMLElement).offsetParent !== null,
            )
            .map((e) => e.getAttribute('data-id')),
        );
    const before = await visible();
    await openLegend(page);
    await page.getByRole('button', { name: 'Collapse North Wales to one node' }).click();
    const group = page.locator('.svelte-flow__node[data-id="region:North Wales"]');
    await group.waitFor();
    expect(await group.textContent()).toMatch(/North Wales: \d+ boards/);
    const after = await visible();
    expect(after).not.toContain('nwscb');
    expect(after).toContain('dp-svoc-board');
    expect(after.length).toBeLessThan(before.length);
    await group.click();
    await expect.poll(async () => (await visible()).includes('nwscb')).toBe(true);
    expect(await group.count()).toBe(0);
    expect(
      await page
        .getByRole('button', { name: 'Collapse North Wales to one node' })
        .getAttribute('aria-pressed'),
    ).toBe('false');
    await context.close();
  });
});
