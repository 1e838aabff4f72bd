import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { inject } from 'vitest';

export { chromiumPath } from '../support/chromium';

/** What pages have logged as errors or warnings since the last check, across every context. */
const logged: string[] = [];
/** Messages a test expects (a resource refused while offline, say), matched and not reported. */
const expected: RegExp[] = [];

function guardConsole(context: BrowserContext): void {
  context.on('console', (message) => {
    const type = message.type();
    if (type !== 'error' && type !== 'warning') return;
    const line = `${type}: ${message.text()}`;
    if (!expected.some((pattern) => pattern.test(line))) logged.push(line);
  });
  context.on('weberror', (error) => logged.push(`page error: ${error.error().message}`));
}

/** Lets the current test's page log messages matching `pattern` without failing it. */
export function expectConsole(pattern: RegExp): void {
  expected.push(pattern);
}

/** Every error or warning logged since the last call; each test ends by checking there was none. */
export function takeConsoleProblems(): string[] {
  expected.length = 0;
  return logged.splice(0);
}

/** Headless Chromium in which every context's console is watched for errors and warnings. */
export async function launch(): Promise<Browser> {
  const browser = await launchChromium();
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (...args: Parameters<Browser['newContext']>) => {
    const context = await newContext(...args);
    guardConsole(context);
    return context;
  };
  return browser;
}

export const baseUrl = (): string => inject('baseUrl');

/** Turns the summary tiles off, as a user may: the choice is kept for the whole profile. */
export async function showBoardsAtEveryZoom(page: Page): Promise<void> {
  const tiles = page.getByRole('checkbox', { name: 'Summary tiles when zoomed out' });
  if (await tiles.isChecked()) await tiles.uncheck();
}

/**
 * A fresh browser context (its own IndexedDB) with the app open and the graph drawn. Any request
 * that leaves the app's own origin fails the test: the app must work offline.
 */
export async function openApp(
  browser: Browser,
  context?: BrowserContext,
  options: { tiles?: boolean; url?: string } = {},
): Promise<{ context: BrowserContext; page: Page; outside: string[] }> {
  const ctx =
    context ??
    (await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true }));
  const page = await ctx.newPage();
  const outside: string[] = [];
  const url = options.url ?? baseUrl();
  const origin = new URL(url).origin;
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
      outside.push(url);
  });
  page.on('pageerror', (error) => outside.push(`page error: ${error.message}`));
  await page.goto(url);
  await page.locator('.graph .described').waitFor({ state: 'attached' });
  // The first-run guide opens on a fresh profile; tests of other features step past it.
  const skip = page.getByRole('button', { name: 'Skip the guide' });
  if (await skip.isVisible()) await skip.click();
  // Zoomed out the seed shows as summary tiles; tests of other features work on the boards,
  // as a user who turns the tiles off does (the choice is kept, so it holds after a reload).
  if (!options.tiles) {
    await showBoardsAtEveryZoom(page);
    await page.locator('.svelte-flow__node').first().waitFor();
  }
  return { context: ctx, page, outside };
}
