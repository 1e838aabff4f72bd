import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
].filter(Boolean) as string[];

/** The system Chromium; tests never download a browser of their own. */
export function chromiumPath(): string {
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found)
    throw new Error(
      `No Chromium found (looked in ${CANDIDATES.join(', ')}); install the chromium package.`,
    );
  return found;
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export const baseUrl = (): string => inject('baseUrl');

/**
 * A fresh browser context (its own IndexedDB) with the app open and the graph drawn. Any request
 * that leaves the app's own origin fails the test: the app must work offline.
 */
export async function openApp(
  browser: Browser,
  context?: BrowserContext,
): Promise<{ context: BrowserContext; page: Page; outside: string[] }> {
  const ctx =
    context ??
    (await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true }));
  const page = await ctx.newPage();
  const outside: string[] = [];
  const origin = new URL(baseUrl()).origin;
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
      outside.push(url);
  });
  page.on('pageerror', (error) => outside.push(`page error: ${error.message}`));
  await page.goto(baseUrl());
  await page.locator('.svelte-flow__node').first().waitFor();
  // The first-run guide opens on a fresh profile; tests of other features step past it.
  const skip = page.getByRole('button', { name: 'Skip the guide' });
  if (await skip.isVisible()) await skip.click();
  return { context: ctx, page, outside };
}
