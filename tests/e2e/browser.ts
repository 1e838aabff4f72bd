import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { inject } from 'vitest';

export { chromiumPath } from '../support/chromium';

export const launch = (): Promise<Browser> => launchChromium();

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
