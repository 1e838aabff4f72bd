import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, showBoardsAtEveryZoom } from './browser';
import { node, panel, selectBoard } from './app';

let browser: Browser;
let server: PreviewServer;
let served: string;
let url: string;
const builds: string[] = [];

/** A production build of its own, so that a later one can be deployed over it. */
async function buildApp(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'tirwedd-build-'));
  await build({ logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  builds.push(outDir);
  return outDir;
}

beforeAll(async () => {
  browser = await launch();
  served = mkdtempSync(join(tmpdir(), 'tirwedd-served-'));
  cpSync(await buildApp(), served, { recursive: true });
  server = await preview({
    build: { outDir: served },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'silent',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  url = `http://127.0.0.1:${address.port}/`;
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  for (const dir of [served, ...builds]) rmSync(dir, { recursive: true, force: true });
});

async function open(page: Page): Promise<void> {
  await page.goto(url);
  await page.locator('.graph .described').waitFor({ state: 'attached' });
  const skip = page.getByRole('button', { name: 'Skip the guide' });
  if (await skip.isVisible()) await skip.click();
  await showBoardsAtEveryZoom(page);
  await node(page, 'awcjb').waitFor();
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
}

describe('a new version of the app', () => {
  it('is offered for reload, and a tab still on the old one stops writing once it is taken', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const updating = await context.newPage();
    const staying = await context.newPage();
    await open(updating);
    await open(staying);

    // Deploy a new build over the one being served.
    cpSync(await buildApp(), served, { recursive: true });
    await updating.reload();
    await node(updating, 'awcjb').waitFor();
    const banner = updating
      .getByRole('status')
      .filter({ hasText: 'A new version of Tirwedd is ready' });
    await banner.waitFor({ timeout: 30_000 });
    await banner.getByRole('button', { name: 'Reload' }).click();
    await updating.waitForEvent('load');
    await node(updating, 'awcjb').waitFor();

    // The tab still running the old version says it must reload, and offers no way to write.
    await staying
      .getByRole('alert')
      .getByText(/older version of Tirwedd/)
      .waitFor();
    expect(await staying.getByTestId('save-state').textContent()).toBe('Reload to save');
    await selectBoard(staying, 'awcjb');
    expect(await panel(staying).getByRole('button', { name: 'Edit board' }).count()).toBe(0);
    expect(await staying.getByRole('button', { name: 'Add board' }).isDisabled()).toBe(true);
    await staying.getByRole('alert').getByRole('button', { name: 'Reload' }).click();
    await staying.waitForEvent('load');
    await node(staying, 'awcjb').waitFor();
    await selectBoard(staying, 'awcjb');
    await panel(staying).getByRole('button', { name: 'Edit board' }).waitFor();
    await context.close();
  }, 180_000);
});
