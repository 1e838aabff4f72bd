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

    // Let the drag's own re-render finish first: only the tidy is being watched. Long tasks are
    // counted from the click until the first board moves, the time the layout is being worked
    // out; the task that moves the boards, and drawing them afterwards, is the graph's ordinary
    // re-render.
    await page.waitForTimeout(500);
    await page.evaluate(() => {
      const w = window as unknown as { longTasks: [number, number][]; firstMove?: number };
      w.longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.longTasks.push([entry.startTime, entry.duration]);
      }).observe({ type: 'longtask' });
      const watch = new MutationObserver(() => {
        w.firstMove = performance.now();
        watch.disconnect();
      });
      watch.observe(document.querySelector('.svelte-flow__nodes')!, {
        subtree: true,
        attributeFilter: ['style'],
      });
    });
    await tidy.click();
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
    // Settle a frame so any task still running is reported before reading the entries.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
    const longTasks = await page.evaluate(() => {
      const w = window as unknown as { longTasks: [number, number][]; firstMove: number };
      return w.longTasks.filter(([start, d]) => start + d < w.firstMove && d > 50);
    });
    expect(longTasks).toEqual([]);

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
