import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openApp } from './browser';
import { node, renameSelectedBoard, selectBoard, waitSaved } from './app';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const SVOC = 'dp-svoc-board';
const CONTEST = 'dp-contest-board';
const AWCJB = 'awcjb';

const nameOf = (page: Page, id: string) => node(page, id).locator('.name');

async function rename(page: Page, id: string, name: string) {
  await selectBoard(page, id);
  await renameSelectedBoard(page, name);
}

/** A second tab of the same browser on the same workspace. */
async function secondTab(page: Page): Promise<Page> {
  const other = await page.context().newPage();
  await other.goto(page.url());
  await node(other, AWCJB).waitFor();
  return other;
}

describe('one workspace in several tabs', () => {
  it('keeps every edit made in two tabs, shows each in both, and after a reload', async () => {
    const { page: a, context } = await openApp(browser);
    const b = await secondTab(a);
    await rename(a, SVOC, 'SVOC renamed in A');
    await rename(b, CONTEST, 'CONTEST renamed in B');
    await rename(a, AWCJB, 'AWCJB renamed in A');
    for (const page of [a, b]) {
      await expect.poll(() => nameOf(page, SVOC).textContent()).toBe('SVOC renamed in A');
      await expect.poll(() => nameOf(page, CONTEST).textContent()).toBe('CONTEST renamed in B');
      await expect.poll(() => nameOf(page, AWCJB).textContent()).toBe('AWCJB renamed in A');
    }
    await waitSaved(b);
    for (const page of [a, b]) {
      await page.reload();
      await node(page, AWCJB).waitFor();
      expect(await nameOf(page, SVOC).textContent()).toBe('SVOC renamed in A');
      expect(await nameOf(page, CONTEST).textContent()).toBe('CONTEST renamed in B');
      expect(await nameOf(page, AWCJB).textContent()).toBe('AWCJB renamed in A');
    }
    await context.close();
  });

  it('undoes in each tab only that tab’s own edits, also after a reload', async () => {
    const { page: a, context } = await openApp(browser);
    const b = await secondTab(a);
    const svoc = await nameOf(a, SVOC).textContent();
    const contest = await nameOf(a, CONTEST).textContent();
    await rename(a, SVOC, 'Edited in A');
    await rename(b, CONTEST, 'Edited in B');
    await expect.poll(() => nameOf(a, CONTEST).textContent()).toBe('Edited in B');
    await b.reload();
    await node(b, AWCJB).waitFor();
    await b.getByRole('button', { name: 'Undo' }).click();
    await waitSaved(b);
    await expect.poll(() => nameOf(a, CONTEST).textContent()).toBe(contest);
    expect(await nameOf(b, SVOC).textContent()).toBe('Edited in A');
    await a.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => nameOf(b, SVOC).textContent()).toBe(svoc);
    expect(await b.getByRole('button', { name: 'Undo' }).isDisabled()).toBe(true);
    await context.close();
  });

  it('keeps selection and the open view per tab', async () => {
    const { page: a, context } = await openApp(browser);
    const b = await secondTab(a);
    await selectBoard(a, SVOC);
    await a.getByRole('tab', { name: 'Tables' }).click();
    expect(await b.locator('#board-title').count()).toBe(0);
    expect(await b.getByRole('tab', { name: 'Graph' }).getAttribute('aria-selected')).toBe('true');
    await context.close();
  });

  it('keeps an edit made just before a reload', async () => {
    const { page, context } = await openApp(browser);
    await selectBoard(page, SVOC);
    const panel = page.getByRole('tabpanel', { name: 'Details' });
    await panel.getByRole('button', { name: 'Edit board' }).click();
    await panel.getByLabel('Name', { exact: true }).fill('Saved as the page went');
    await panel.getByRole('button', { name: 'Save changes' }).click();
    await page.reload();
    await node(page, SVOC).waitFor();
    expect(await nameOf(page, SVOC).textContent()).toBe('Saved as the page went');
    expect(await page.getByRole('button', { name: 'Undo' }).isEnabled()).toBe(true);
    await context.close();
  });
});
