import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openApp } from './browser';
import { node, panel, selectBoard } from './app';

const seedText = readFileSync(join(import.meta.dirname, '../../data/landscape.json'), 'utf8');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const fileInput = (page: import('playwright-core').Page) => page.locator('input[type=file]');

describe('opening a landscape file', () => {
  it('refuses an invalid file, lists every problem with record and field, and keeps the workspace', async () => {
    const { page, context } = await openApp(browser);
    const nodes = await page.locator('.svelte-flow__node').count();
    const bad = JSON.parse(seedText);
    bad.boards[0].level = 'county';
    bad.memberships[0].organisation = 'nobody';
    await fileInput(page).setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bad)),
    });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = (await alert.textContent())!;
    expect(text).toContain('broken.json was not opened: 2 problems');
    expect(text).toContain(
      `broken.json › boards[0] (${bad.boards[0].id}) › level: "county" is not allowed`,
    );
    expect(text).toContain('› organisation: no organisation has the id "nobody"');
    expect(await page.locator('.svelte-flow__node').count()).toBe(nodes);
    expect(await page.getByLabel('Workspace', { exact: true }).locator('option').count()).toBe(1);

    await fileInput(page).setInputFiles({
      name: 'truncated.json',
      mimeType: 'application/json',
      buffer: Buffer.from(seedText.slice(0, 500)),
    });
    await expect
      .poll(async () => (await page.getByRole('alert').textContent()) ?? '')
      .toContain('truncated.json › line 15, column 21: the JSON ends too early');
    expect(await page.locator('.svelte-flow__node').count()).toBe(nodes);
    await context.close();
  });

  it('opens a valid file as a new workspace', async () => {
    const { page, context } = await openApp(browser);
    const small = JSON.parse(seedText);
    small.boards = small.boards.filter((b: { level: string }) => b.level === 'national');
    const kept = new Set(small.boards.map((b: { id: string }) => b.id));
    small.memberships = small.memberships.filter((m: { board: string }) => kept.has(m.board));
    small.relations = small.relations.filter(
      (r: { from: string; to: string }) => kept.has(r.from) && kept.has(r.to),
    );
    // Zoomed right in, as a user might be when they open another file.
    for (let i = 0; i < 6; i += 1) await page.getByRole('button', { name: 'Zoom in' }).click();
    await fileInput(page).setInputFiles({
      name: 'national.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(small)),
    });
    await expect.poll(() => page.locator('.svelte-flow__node').count()).toBe(small.boards.length);
    // The opened landscape is framed whole, not left in the previous workspace's view.
    const pane = (await page.locator('.svelte-flow').boundingBox())!;
    await expect
      .poll(async () => {
        const boxes = await page
          .locator('.svelte-flow__node')
          .evaluateAll((els) =>
            els
              .map((e) => e.getBoundingClientRect())
              .map((r) => [r.left, r.top, r.right, r.bottom]),
          );
        return boxes.every(
          ([l, t, r, b]) =>
            l! >= pane.x - 1 &&
            t! >= pane.y - 1 &&
            r! <= pane.x + pane.width + 1 &&
            b! <= pane.y + pane.height + 1,
        );
      })
      .toBe(true);
    expect(await page.getByLabel('Workspace', { exact: true }).inputValue()).not.toBe('');
    expect(
      await page.getByLabel('Workspace', { exact: true }).locator('option:checked').textContent(),
    ).toBe('national');
    await context.close();
  });
});

describe('when the browser cannot store anything', () => {
  it('opens the seed read-only and says that changes cannot be saved', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    });
    const { page } = await openApp(browser, context);
    expect(
      await page.getByRole('status').filter({ hasText: 'cannot save your work' }).isVisible(),
    ).toBe(true);
    expect(await page.getByRole('button', { name: 'Add board' }).isDisabled()).toBe(true);
    await selectBoard(page, 'awcjb');
    expect(await panel(page).getByRole('button', { name: 'Edit board' }).count()).toBe(0);
    expect(await node(page, 'awcjb').isVisible()).toBe(true);
    await context.close();
  });
});
