import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openApp } from './browser';
import { dragBoard, node, waitSaved } from './app';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

/** Board positions in canvas coordinates, as Svelte Flow draws them (its node transform). */
const positions = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll<HTMLElement>('.svelte-flow__node')].map((n) => [
        n.dataset.id!,
        n.style.transform,
      ]),
    ),
  );

describe('tidy layout', () => {
  it('keeps a dragged board put, moves the others off the main thread, undoes, and persists', async () => {
    const { page, context, outside } = await openApp(browser);
    await dragBoard(page, 'wij-board', 140, 170);
    const dragged = await positions(page);
    const tidy = page.getByRole('button', { name: 'Tidy layout' });
    expect(await page.getByRole('button', { name: 'Unpin all' }).isEnabled()).toBe(true);

    // The layout is worked out in its own worker, started by the first tidy: the page is not
    // held while it runs. (How long it takes is measured by the benchmark, not timed here.)
    const layoutWorker = page.waitForEvent('worker', {
      predicate: (worker) => /tidy\.worker/.test(worker.url()),
    });
    await tidy.click();
    await layoutWorker;
    await expect.poll(async () => (await positions(page))['wij-board'] !== undefined).toBe(true);
    await expect
      .poll(async () => {
        const now = await positions(page);
        return Object.keys(now).some((id) => now[id] !== dragged[id]);
      })
      .toBe(true);
    await expect.poll(() => tidy.isEnabled()).toBe(true);
    await waitSaved(page);
    const tidied = await positions(page);
    expect(tidied['wij-board']).toBe(dragged['wij-board']);
    const moved = Object.keys(tidied).filter((id) => tidied[id] !== dragged[id]);
    expect(moved.length).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Undo' }).click();
    await waitSaved(page);
    expect(await positions(page)).toEqual(dragged);
    await page.getByRole('button', { name: 'Redo' }).click();
    await waitSaved(page);
    expect(await positions(page)).toEqual(tidied);

    await page.reload();
    await node(page, 'wij-board').waitFor();
    expect(await positions(page)).toEqual(tidied);
    expect(outside).toEqual([]);
    await context.close();
  });

  it('lets a tidy move a board again once every board is unpinned', async () => {
    const { page, context } = await openApp(browser);
    await dragBoard(page, 'wij-board', 140, 170);
    const dragged = (await positions(page))['wij-board'];
    await page.getByRole('button', { name: 'Unpin all' }).click();
    await waitSaved(page);
    expect(await page.getByRole('button', { name: 'Unpin all' }).isEnabled()).toBe(false);
    await page.getByRole('button', { name: 'Tidy layout' }).click();
    await expect.poll(async () => (await positions(page))['wij-board']).not.toBe(dragged);
    await context.close();
  });
});
