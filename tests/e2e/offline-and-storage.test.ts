import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openApp } from './browser';
import { node, selectBoard } from './app';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

describe('the installed app', () => {
  it('opens with the network off after the first visit', async () => {
    const { page, context } = await openApp(browser);
    const manifest = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(manifest).toBeTruthy();
    // The service worker is active once it has stored the whole app, lazily loaded code included.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await context.setOffline(true);
    await page.reload();
    await node(page, 'awcjb').waitFor();
    await page.getByRole('tab', { name: 'Map' }).click();
    await page.getByRole('region', { name: 'Footprint map' }).waitFor();
    await context.close();
  });
});

describe('storage that runs out', () => {
  it('says the change was not saved, names it, keeps it, and saves it once there is room', async () => {
    // The browser's quota override has no effect in this Chromium (the estimate stays the same and
    // large writes still succeed), so the refusal is made where the browser would make it: every
    // IndexedDB write fails with QuotaExceededError while storage is said to be full, in the page
    // and in the worker that stores its edits.
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      acceptDownloads: true,
    });
    const refuseWrites = () => {
      const full = () => (globalThis as { storageFull?: boolean }).storageFull === true;
      for (const method of ['add', 'put'] as const) {
        const original = IDBObjectStore.prototype[method];
        IDBObjectStore.prototype[method] = function (
          this: IDBObjectStore,
          ...args: [unknown, IDBValidKey?]
        ) {
          if (full()) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          return original.apply(this, args);
        };
      }
    };
    await context.addInitScript(refuseWrites);
    const { page } = await openApp(browser, context);
    await expect
      .poll(() => page.workers().some((w) => w.url().includes('storage.worker')))
      .toBe(true);
    const storage = page.workers().find((w) => w.url().includes('storage.worker'))!;
    await storage.evaluate(refuseWrites);
    const setFull = async (full: boolean) => {
      const set = (v: boolean) => ((globalThis as { storageFull?: boolean }).storageFull = v);
      await page.evaluate(set, full);
      await storage.evaluate(set, full);
    };
    await setFull(true);
    await selectBoard(page, 'awcjb');
    const panel = page.getByRole('tabpanel', { name: 'Details' });
    await panel.getByRole('button', { name: 'Edit board' }).click();
    await panel.getByLabel('Name', { exact: true }).fill('Kept while storage is full');
    await panel.getByRole('button', { name: 'Save changes' }).click();
    const indicator = page.getByTestId('save-state');
    await expect.poll(() => indicator.textContent()).toMatch(/Not saved: 1 kept in this tab only/);
    const alert = page.getByRole('alert');
    await alert.getByText('Edit board “Kept while storage is full”').waitFor();
    expect(await alert.textContent()).toContain('QuotaExceededError');
    expect(await node(page, 'awcjb').locator('.name').textContent()).toBe(
      'Kept while storage is full',
    );

    const download = page.waitForEvent('download');
    await alert.getByRole('button', { name: 'Export workspace file' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.tirwedd\.json$/);

    await setFull(false);
    await alert.getByRole('button', { name: 'Try saving again' }).click();
    await expect.poll(() => indicator.textContent()).toBe('All changes saved');
    await page.reload();
    await node(page, 'awcjb').waitFor();
    expect(await node(page, 'awcjb').locator('.name').textContent()).toBe(
      'Kept while storage is full',
    );
    await context.close();
  });
});
