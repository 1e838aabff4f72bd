import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openApp } from './browser';
import { findBoard, node, openTab, renameSelectedBoard, restingBox } from './app';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const tile = (page: Page, name: RegExp) => page.getByRole('button', { name });
const canvasName = async (page: Page) =>
  (await page.locator('.graph .described').getAttribute('aria-label')) ?? '';
const boardsMounted = (page: Page) => page.locator('.svelte-flow__node').count();
/** Whether a board's node lies wholly inside the graph's area on screen. */
async function inView(page: Page, id: string): Promise<boolean> {
  const graph = (await page.locator('.graph').boundingBox())!;
  const box = await node(page, id).boundingBox();
  return (
    !!box &&
    box.x >= graph.x &&
    box.y >= graph.y &&
    box.x + box.width <= graph.x + graph.width &&
    box.y + box.height <= graph.y + graph.height
  );
}

describe('the overview', () => {
  it('opens as a grid of summary tiles that name their figures, and a tile opens on its boards', async () => {
    const { page, context } = await openApp(browser, undefined, { tiles: true });
    expect(await canvasName(page)).toMatch(/summary tiles, by level and region/);
    expect(await boardsMounted(page)).toBe(0);
    const gwent = tile(
      page,
      /^local, Gwent: 12 boards, \d+ seats, [\d,]+ seat-hours a year, \d+ duplications? \(worst/i,
    );
    expect(await gwent.count()).toBe(1);
    expect(await gwent.getAttribute('aria-label')).toContain('Caerphilly Public Services Board');

    // A click on the tile's area opens it: its boards, whole and readable, fill the view.
    const box = (await gwent.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => boardsMounted(page)).toBeGreaterThan(0);
    await expect.poll(() => inView(page, 'psb-caerphilly')).toBe(true);
    expect(await node(page, 'psb-caerphilly').locator('.name').textContent()).toBe(
      'Caerphilly Public Services Board',
    );

    // Fit to view goes back to the tiles.
    await page.getByRole('button', { name: 'Fit to view' }).click();
    await expect.poll(() => boardsMounted(page)).toBe(0);
    expect(await gwent.count()).toBe(1);
    await context.close();
  });

  it('keeps your place: zooming in with the wheel over a tile shows that tile’s boards', async () => {
    const { page, context } = await openApp(browser, undefined, { tiles: true });
    const box = (await tile(page, /^local, Dyfed-Powys/i).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 3);
    for (let i = 0; i < 8 && (await boardsMounted(page)) === 0; i++) {
      await page.mouse.wheel(0, -300);
      await page.waitForTimeout(250);
    }
    await expect.poll(() => boardsMounted(page)).toBeGreaterThan(0);
    const ids = await page
      .locator('.svelte-flow__node')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!));
    const visible: string[] = [];
    for (const id of ids) if (await inView(page, id)) visible.push(id);
    expect(visible.length).toBeGreaterThan(0);
    // Every board now on screen belongs to the county structures of Dyfed-Powys.
    expect(visible.some((id) => /carmarthenshire|ceredigion|pembrokeshire|powys/.test(id))).toBe(
      true,
    );
    await context.close();
  });

  it('is reached from the keyboard: Tab to a tile, Enter opens it', async () => {
    const { page, context } = await openApp(browser, undefined, { tiles: true });
    await tile(page, /^regional, North Wales/i).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => inView(page, 'nwscb')).toBe(true);
    await context.close();
  });

  it('draws duplication links between boards, and one switch hides them', async () => {
    const { page, context } = await openApp(browser);
    expect(await canvasName(page)).toMatch(/and [1-9]\d* duplication links drawn/);
    await page.getByRole('checkbox', { name: 'Duplication links' }).uncheck();
    await expect.poll(() => canvasName(page)).toMatch(/and 0 duplication links drawn/);
    // A preference has no "saved" line to wait for: wait until storage holds it, then reload.
    const stored = () =>
      page.evaluate(
        () =>
          new Promise<unknown>((resolve) => {
            const open = indexedDB.open('tirwedd');
            open.onsuccess = () => {
              const get = open.result
                .transaction('settings')
                .objectStore('settings')
                .get('duplicationLinks');
              get.onsuccess = () => {
                open.result.close();
                resolve((get.result as { value?: unknown } | undefined)?.value);
              };
            };
          }),
      );
    await expect.poll(stored).toBe(false);
    await page.reload();
    await page.locator('.svelte-flow__node').first().waitFor();
    expect(await page.getByRole('checkbox', { name: 'Duplication links' }).isChecked()).toBe(false);
    await context.close();
  });

  it('brings a highlighted pair into view, with a way to clear it, and drops it for a scenario', async () => {
    const { page, context } = await openApp(browser);
    // Look elsewhere first: the Women in Justice Board, close up.
    await page.keyboard.press('/');
    await page.keyboard.type('Women in Justice Board');
    await page.keyboard.press('Enter');
    await expect.poll(() => inView(page, 'dp-svoc-board')).toBe(false);
    expect(await inView(page, 'wij-board')).toBe(true);

    await openTab(page, 'Duplication');
    await page
      .getByRole('tabpanel', { name: 'Duplication' })
      .getByRole('button', { name: /Dyfed-Powys Serious Violence/ })
      .first()
      .click();
    const clear = page.getByRole('button', { name: 'Clear highlight' });
    await clear.waitFor();
    await expect.poll(() => inView(page, 'dp-svoc-board')).toBe(true);
    const dimmed = async (id: string) =>
      (await node(page, id).locator('.board').getAttribute('class'))!.includes('dimmed');
    expect(await dimmed('nwscb')).toBe(true);
    await clear.click();
    await expect.poll(() => clear.count()).toBe(0);
    expect(await dimmed('nwscb')).toBe(false);

    // Highlighted again, then a scenario opens: it starts with nothing faded.
    await page
      .getByRole('tabpanel', { name: 'Duplication' })
      .getByRole('button', { name: /Dyfed-Powys Serious Violence/ })
      .first()
      .click();
    await clear.waitFor();
    await openTab(page, 'Scenarios');
    await page
      .getByRole('tabpanel', { name: 'Scenarios' })
      .getByRole('radio', { name: /North Wales: nine regional boards to four/ })
      .check();
    await expect.poll(() => clear.count()).toBe(0);
    expect(await page.locator('.svelte-flow__node .board.dimmed').count()).toBe(0);
    await context.close();
  });

  it('shows a scenario at a glance: tiles count the change, merged boards fade, new ones stand out, today on demand', async () => {
    const { page, context } = await openApp(browser, undefined, { tiles: true });
    await openTab(page, 'Scenarios');
    await page
      .getByRole('tabpanel', { name: 'Scenarios' })
      .getByRole('radio', { name: /North Wales: nine regional boards to four/ })
      .check();
    await expect
      .poll(
        async () => (await tile(page, /^regional, North Wales/i).getAttribute('aria-label')) ?? '',
      )
      .toContain('−5 boards on today');
    expect(await tile(page, /^regional, Gwent/i).getAttribute('aria-label')).toContain('As today');

    await tile(page, /^regional, North Wales/i).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => boardsMounted(page)).toBeGreaterThan(0);
    const classes = (id: string) => node(page, id).locator('.board').getAttribute('class');
    expect(await classes('nwscb')).toContain('faded');
    const added = page.locator('.svelte-flow__node .board.added');
    expect(await added.count()).toBe(4);

    // Today, on the same canvas: nothing new, the boards that go still marked.
    await page.getByRole('radio', { name: 'Show today' }).check();
    await expect.poll(() => added.count()).toBe(0);
    expect(await classes('nwscb')).toContain('faded');
    await page.getByRole('radio', { name: 'Show the scenario' }).check();
    await expect.poll(() => added.count()).toBe(4);
    await context.close();
  });

  it('reads a board in a few Tab stops, and picks an organisation from its members to see where it sits', async () => {
    const { page, context } = await openApp(browser);
    await node(page, 'dp-svoc-board').dispatchEvent('click');
    const details = page.getByRole('tabpanel', { name: 'Details' });
    await details.locator('#board-title').waitFor();
    // Walk the Tab path through the panel: the lists are one stop each, no Remove on the way.
    const stops: string[] = [];
    await details.locator('ul.members > li').first().focus();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const inside = await page.evaluate(
        () => !!document.activeElement?.closest('[role="tabpanel"]'),
      );
      if (!inside) break;
      stops.push(
        await page.evaluate(() => document.activeElement?.textContent?.trim().slice(0, 40) ?? ''),
      );
    }
    expect(stops.length).toBeLessThan(12);
    expect(stops.some((s) => s.startsWith('Remove'))).toBe(false);

    // Down the member list with the arrow keys, Enter on one: its boards light up.
    const first = details.locator('ul.members > li').first();
    await first.focus();
    await page.keyboard.press('ArrowDown');
    const second = details.locator('ul.members > li').nth(1);
    expect(await second.evaluate((el) => el === document.activeElement)).toBe(true);
    const name = (await second.getAttribute('aria-label'))!.split(',')[0]!;
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Clear highlight' }).waitFor();
    await expect
      .poll(async () => (await page.locator('.graph .described').getAttribute('aria-label')) ?? '')
      .toContain(`${name}: `);
    expect(await page.locator('.graph .described').getAttribute('aria-label')).toMatch(
      /seat-hours a year/,
    );
    await context.close();
  });

  it('stays usable 800 pixels wide, and open filters never cover the view tabs', async () => {
    const context = await browser.newContext({ viewport: { width: 800, height: 800 } });
    const { page } = await openApp(browser, context);
    await page.getByText('Filters', { exact: true }).click();
    const facets = (await page.getByRole('group', { name: 'Level' }).boundingBox())!;
    const tabs = (await page.getByRole('tab', { name: 'Graph' }).boundingBox())!;
    expect(tabs.y).toBeGreaterThanOrEqual(facets.y + facets.height);
    await page.getByText('Filters', { exact: true }).click();
    // The panel stacks under the graph, and both have room.
    const graph = (await page.locator('.graph').boundingBox())!;
    const side = (await page.getByRole('complementary').boundingBox())!;
    expect(graph.height).toBeGreaterThan(300);
    expect(side.y).toBeGreaterThanOrEqual(graph.y + graph.height);
    await node(page, 'nwscb').dispatchEvent('click');
    await page.locator('#board-title').waitFor();
    expect(await page.locator('#board-title').isVisible()).toBe(true);
    await context.close();
  });

  it('moves between boards with the arrow keys from the panel too', async () => {
    const { page, context } = await openApp(browser);
    await node(page, 'dp-svoc-board').dispatchEvent('click');
    const title = page.locator('#board-title');
    await title.waitFor();
    const before = await title.textContent();
    await title.focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => title.textContent()).not.toBe(before);
    expect(await title.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => title.textContent()).toBe(before);
    await context.close();
  });

  it('draws a board with an extremely long name inside its box, the same size as the others', async () => {
    const { page, context } = await openApp(browser);
    await findBoard(page, 'North Wales Serious Violence and Organised Crime Board');
    const long = `${'Partnership '.repeat(30)}${'Y'.repeat(300)}`;
    await renameSelectedBoard(page, long);
    const box = await restingBox(page, 'nw-svoc-board');
    const other = (await node(page, 'nw-contest-board').boundingBox())!;
    expect([box.width, box.height]).toEqual([other.width, other.height]);
    // Its name, one unbreakable run and all, is cut inside the box, not spilt over its edges.
    const name = (await node(page, 'nw-svoc-board').locator('.name').boundingBox())!;
    expect(name.x).toBeGreaterThanOrEqual(box.x);
    expect(name.x + name.width).toBeLessThanOrEqual(box.x + box.width + 0.5);
    expect(name.y + name.height).toBeLessThanOrEqual(box.y + box.height + 0.5);
    // On the canvas (zoomed out, or beside the mounted boards) the name is cut to its width with
    // an ellipsis: clip-to-width.test.ts.
    await context.close();
  });

  it('draws every board of a tile with its name on two clear lines above one line of tags', async () => {
    const { page, context } = await openApp(browser, undefined, { tiles: true });
    // The national tile holds boards with two-line names, acronyms and evidence tags together.
    await tile(page, /^national/).click();
    await node(page, 'iom-cymru').waitFor();
    const crowded = await page.locator('.svelte-flow__node-board').evaluateAll((nodes) =>
      nodes.flatMap((el) => {
        const name = el.querySelector<HTMLElement>('.name')!;
        const meta = el.querySelector<HTMLElement>('.meta')!;
        const line = parseFloat(getComputedStyle(name).lineHeight);
        const metaLine = parseFloat(getComputedStyle(meta).lineHeight);
        // The lines the name needs, two at most, all inside its own box; the tags on one line.
        const lines = Math.min(2, Math.round(name.scrollHeight / line));
        const squeezed = name.getBoundingClientRect().height < lines * line - 1;
        const wrapped = meta.getBoundingClientRect().height > metaLine * 1.6;
        return squeezed || wrapped ? [`${el.getAttribute('data-id')}`] : [];
      }),
    );
    expect(await page.locator('.svelte-flow__node-board').count()).toBeGreaterThan(10);
    expect(crowded).toEqual([]);
    await context.close();
  });
});
