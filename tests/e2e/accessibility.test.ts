import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openApp } from './browser';
import { openTab, selectBoard, useWelsh } from './app';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

/** Serious and critical accessibility violations on the page as it is now, one line each. */
async function violations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the app's content security policy does not govern.
  await page.evaluate(axeSource);
  const found = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, o: object) => Promise<{ violations: Violation[] }> };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  return found
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
}

describe.each([
  ['light', 'light'],
  ['dark', 'dark'],
] as const)('accessibility in the %s theme', (_name, colorScheme) => {
  async function open() {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      colorScheme,
    });
    const { page } = await openApp(browser, context);
    return { page, context };
  }

  it('has no serious or critical violations on the graph with a board open', async () => {
    const { page, context } = await open();
    await selectBoard(page, 'dp-svoc-board');
    expect(await violations(page)).toEqual([]);
    await context.close();
  });

  it('has none on the summary tiles, nor with the legend, the overview map and an organisation shown', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      colorScheme,
    });
    const { page } = await openApp(browser, context, { tiles: true });
    await page.locator('.graph .tile').first().waitFor({ state: 'attached' });
    expect(await violations(page), 'tiles').toEqual([]);
    await page.getByRole('button', { name: 'Legend', exact: true }).click();
    await page.getByRole('button', { name: 'Show overview map' }).click();
    await page.locator('.graph .tile').first().focus();
    await page.keyboard.press('Enter');
    await page.locator('.svelte-flow__node').first().waitFor();
    await selectBoard(page, 'dp-svoc-board');
    await page
      .getByRole('tabpanel', { name: 'Details' })
      .locator('ul.members > li')
      .first()
      .focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Clear highlight' }).waitFor();
    expect(await violations(page), 'boards').toEqual([]);
    await context.close();
  });

  it('has none on the analysis panels', async () => {
    const { page, context } = await open();
    for (const tab of ['Duplication', 'Meeting load', 'Footprints', 'Scenarios'] as const) {
      await openTab(page, tab);
      expect(await violations(page), tab).toEqual([]);
    }
    await context.close();
  });

  it('has none on the map, the tables, who sits where and the tracker', async () => {
    const { page, context } = await open();
    // Each view loads on first use; check it once it is on the page.
    const ready: Record<string, string> = {
      Map: '.drawing svg',
      Tables: 'table',
      'Who sits where': '.matrix table',
      Tracker: '.tracker h2',
    };
    for (const view of ['Map', 'Tables', 'Who sits where', 'Tracker']) {
      await page.getByRole('tab', { name: view, exact: true }).click();
      await page.locator(ready[view]!).first().waitFor();
      expect(await violations(page), view).toEqual([]);
      if (view !== 'Who sits where') continue;
      await page.getByRole('radio', { name: 'Table' }).check();
      await page.locator('.matrix table.long').waitFor();
      expect(await violations(page), 'who sits where, as a table').toEqual([]);
    }
    await context.close();
  });

  it('has none in Welsh', async () => {
    const { page, context } = await open();
    await useWelsh(page);
    expect(await violations(page)).toEqual([]);
    await context.close();
  });
});
