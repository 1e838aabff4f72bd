import type { Browser, Page } from 'playwright-core';
import type { Landscape } from '../../src/core/model/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateLandscape } from '../../bench/generate-landscape';
import { findDuplications, SIGNALS } from '../../src/core/analysis/duplication';
import { findLocalDuplicates } from '../../src/core/analysis/local-duplicates';
import { applyScenario } from '../../src/core/scenarios/apply-scenario';
import { launch, openApp } from './browser';
import { openTab, panel as details, renameSelectedBoard } from './app';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

/** Opens a landscape as a file, through the app's file input. */
const openFile = (page: Page, landscape: Landscape) =>
  page
    .locator('input[type=file]')
    .first()
    .setInputFiles({
      name: 'large.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(landscape)),
    });

/** Resolves once the canvas has drawn `boards` boards. */
const drawn = (page: Page, boards: number) =>
  page
    .locator(`.graph .described[data-boards="${boards}"]`)
    .waitFor({ state: 'attached', timeout: 60_000 });

/**
 * Records what the edit bar said while it held `text`, however quickly that passed: whether its
 * progress bar was labelled `label`, and whether Add board was disabled each time it changed.
 */
function watchEditBar({ text, label }: { text: string; label: string }) {
  const seen = { progress: false, addDisabled: [] as boolean[] };
  (window as unknown as { seen: typeof seen }).seen = seen;
  new MutationObserver(() => {
    const state = document.querySelector('[data-testid="save-state"]');
    if (!state?.textContent?.includes(text)) return;
    seen.progress ||= state.querySelector('progress')?.getAttribute('aria-label') === label;
    const add = [...document.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === 'Add board',
    );
    seen.addDisabled.push(add?.disabled ?? false);
  }).observe(document, { subtree: true, childList: true, attributes: true });
}

/** The edit bar showed its progress and kept Add board disabled, and now it is enabled. */
async function wasReadOnlyWithProgress(page: Page) {
  await page
    .getByTestId('save-state')
    .filter({ hasText: 'All changes saved' })
    .waitFor({ timeout: 60_000 });
  const seen = (await page.evaluate('window.seen')) as {
    progress: boolean;
    addDisabled: boolean[];
  };
  expect(seen.progress).toBe(true);
  expect(seen.addDisabled.length).toBeGreaterThan(0);
  expect(seen.addDisabled.every(Boolean)).toBe(true);
  expect(await page.getByRole('button', { name: 'Add board' }).isEnabled()).toBe(true);
}

describe('a large landscape', () => {
  it('is shown as soon as it is read, stored in parts with its progress, then changeable', async () => {
    const landscape = generateLandscape({ boards: 3000, seed: 5 });
    const { page, context } = await openApp(browser);
    await page.evaluate(watchEditBar, {
      text: 'Opening “large”: storing it',
      label: 'Storing the opened file',
    });
    await openFile(page, landscape);
    await drawn(page, 3000);
    await wasReadOnlyWithProgress(page);

    // Stored whole: a reload opens it from storage, decoded off the page and shown read-only
    // with its progress, every board there, and then it takes an edit.
    await context.addInitScript(watchEditBar, {
      text: 'Opening “large”',
      label: 'Opening the workspace',
    });
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.reload();
    await drawn(page, 3000);
    await wasReadOnlyWithProgress(page);
    expect(workers.some((url) => /stored-content/.test(url))).toBe(true);
    const board = landscape.boards[0]!;
    await page.keyboard.press('/');
    await page.keyboard.type(board.name);
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('Enter');
    await details(page).getByRole('heading', { level: 2, name: board.name }).waitFor();
    await renameSelectedBoard(page, 'Renamed after opening');
    await page.reload();
    await drawn(page, 3000);
    await page.keyboard.press('/');
    await page.keyboard.type('Renamed after opening');
    await page.getByRole('option', { name: /Renamed after opening/ }).waitFor();
    await context.close();
  });

  it('is analysed in a worker, with the same result as in the page', async () => {
    const landscape = generateLandscape({ boards: 1200, seed: 3 });
    const expected = findDuplications(landscape, { minScore: 0.5, signals: SIGNALS, ignore: [] })
      .pairs.length;
    expect(expected).toBeGreaterThan(0);
    const { page, context } = await openApp(browser);
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await openFile(page, landscape);
    // Every board is drawn (on the canvas), but only those in view are mounted as nodes.
    await drawn(page, 1200);
    expect(await page.locator('.svelte-flow__node').count()).toBeLessThanOrEqual(400);
    await openTab(page, 'Duplication');
    const count = page
      .getByRole('tabpanel', { name: 'Duplication' })
      .getByRole('status')
      .filter({ hasText: /pairs/ });
    await count.waitFor({ timeout: 30_000 });
    expect(await count.textContent()).toMatch(new RegExp(`^${expected} pairs`));
    expect(workers.some((url) => /analysis/.test(url))).toBe(true);
    // Of the thousands of duplicative local structures, the first are listed, and all counted.
    const locals = findLocalDuplicates(landscape, { includeStatutory: false }).length;
    expect(locals).toBeGreaterThan(2000);
    const localCount = page
      .getByRole('tabpanel', { name: 'Duplication' })
      .getByRole('status')
      .filter({ hasText: /duplicative local structures/ });
    const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ',?');
    expect(await localCount.textContent()).toMatch(
      new RegExp(`${grouped(locals)} duplicative local structures; the first ${grouped(2000)} are`),
    );
    expect(await page.locator('ul.local > li').count()).toBe(200);

    // A scenario over it is compared in the worker too, and the comparison arrives.
    await openTab(page, 'Scenarios');
    const panel = page.getByRole('tabpanel', { name: 'Scenarios' });
    await panel.getByText('New scenario').click();
    await panel.getByLabel('Name', { exact: true }).first().fill('Large');
    await panel.getByRole('button', { name: 'Create and open' }).click();
    await panel.getByRole('heading', { name: 'Compared with today' }).waitFor({ timeout: 30_000 });
    const change = () =>
      panel
        .getByRole('row', { name: /^Boards that meet/ })
        .locator('td')
        .last()
        .textContent();
    expect(await change()).toBe('0');

    // Each retirement is compared again: the worker keeps the baseline between questions.
    const names = landscape.boards.map((b) => b.name);
    const retiring = landscape.boards
      .filter((b) => b.status === 'active' && names.indexOf(b.name) === names.lastIndexOf(b.name))
      .slice(0, 2);
    for (const [i, board] of retiring.entries()) {
      await page.keyboard.press('/');
      await page.keyboard.type(board.name);
      await page.getByRole('option').first().waitFor();
      await page.keyboard.press('Enter');
      await details(page).getByRole('heading', { level: 2, name: board.name }).waitFor();
      await details(page).getByRole('button', { name: 'Retire', exact: true }).click();
      await openTab(page, 'Scenarios');
      await expect.poll(change, { timeout: 30_000 }).toBe(String(-(i + 1)));
    }
    // The worker works the analyses out again from the boards each edit touched; the result
    // is the same as working them out afresh on the scenario.
    const after = applyScenario(
      landscape,
      retiring.map((b) => ({ kind: 'retire' as const, board: b.id })),
    ).landscape;
    const expectedAfter = findDuplications(after, {
      minScore: 0.5,
      signals: SIGNALS,
      ignore: [],
    }).pairs.length;
    expect(expectedAfter).not.toBe(expected);
    await openTab(page, 'Duplication');
    await expect
      .poll(async () => (await count.textContent())?.match(/^(\d+) pairs/)?.[1], {
        timeout: 30_000,
      })
      .toBe(String(expectedAfter));
    await context.close();
  });
});
