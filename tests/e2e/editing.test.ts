import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openApp } from './browser';
import {
  dragBoard,
  editList,
  node,
  panel,
  renameSelectedBoard,
  selectBoard,
  waitSaved,
  workspaceMenu,
} from './app';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const boardName = (page: import('playwright-core').Page, id: string) =>
  node(page, id).locator('.name').textContent();

describe('editing the landscape', () => {
  it('keeps a rename after a reload, and undoes it after the reload', async () => {
    const { page, context } = await openApp(browser);
    const original = await boardName(page, 'cwm-taf-csb');
    await selectBoard(page, 'cwm-taf-csb');
    await renameSelectedBoard(page, 'Cwm Taf Safer Communities Board');
    expect(await boardName(page, 'cwm-taf-csb')).toBe('Cwm Taf Safer Communities Board');
    expect(await panel(page).textContent()).toContain('Entered by a user');

    await page.reload();
    await node(page, 'cwm-taf-csb').waitFor();
    expect(await boardName(page, 'cwm-taf-csb')).toBe('Cwm Taf Safer Communities Board');

    await page.keyboard.press('Control+z');
    await waitSaved(page);
    expect(await boardName(page, 'cwm-taf-csb')).toBe(original);
    await page.keyboard.press('Control+Shift+z');
    expect(await boardName(page, 'cwm-taf-csb')).toBe('Cwm Taf Safer Communities Board');
    await page.getByRole('button', { name: 'Undo' }).click();
    expect(await boardName(page, 'cwm-taf-csb')).toBe(original);
    await context.close();
  });

  it('shows a label full of markup as text and runs nothing', async () => {
    const { page, context } = await openApp(browser);
    let dialogs = 0;
    page.on('dialog', async (d) => {
      dialogs += 1;
      await d.dismiss();
    });
    const markup = '<img src=x onerror=alert(1)>';
    await selectBoard(page, 'awcjb');
    await renameSelectedBoard(page, markup);
    expect(await boardName(page, 'awcjb')).toBe(markup);
    expect(await panel(page).getByRole('heading', { level: 2 }).textContent()).toBe(markup);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    await page.reload();
    await node(page, 'awcjb').waitFor();
    expect(await boardName(page, 'awcjb')).toBe(markup);
    expect(dialogs).toBe(0);
    await context.close();
  });

  it('adds a board, gives it a member and a relation, and deletes it after a confirmation that counts them', async () => {
    const { page, context } = await openApp(browser);
    const before = await page.locator('.svelte-flow__node').count();
    await page.getByRole('button', { name: 'Add board' }).click();
    const form = page.getByRole('dialog', { name: 'Add a board' });
    await form.getByLabel('Name', { exact: true }).fill('Gwent Serious Violence Board');
    await form.getByLabel('Level').selectOption('regional');
    await form.getByLabel('Region system').selectOption('police');
    await form.getByLabel('Region', { exact: true }).selectOption('Gwent');
    await form.getByRole('button', { name: 'Only this region' }).click();
    expect(await form.getByText('5 local authorities').isVisible()).toBe(true);
    await form.getByLabel('serious violence').check();
    await form.getByLabel('Meetings a year').fill('6');
    await form.getByLabel('Hours a meeting').fill('2');
    await form.getByRole('button', { name: 'Add board' }).click();
    await waitSaved(page);
    expect(await page.locator('.svelte-flow__node').count()).toBe(before + 1);
    // It lands among Gwent's regional boards, not at the edge of the canvas.
    const placeOf = async (node: import('playwright-core').Locator) =>
      (await node.evaluate((el) => (el as HTMLElement).style.transform))
        .match(/-?[\d.]+/g)!
        .map(Number);
    const [x, y] = await placeOf(
      page.locator('.svelte-flow__node', { hasText: 'Gwent Serious Violence Board' }),
    );
    const [gx, gy] = await placeOf(page.locator('.svelte-flow__node[data-id="safer-gwent"]'));
    expect(Math.abs(x! - gx!)).toBeLessThan(1000);
    expect(Math.abs(y! - gy!)).toBeLessThan(600);

    const details = panel(page);
    expect(await details.getByRole('heading', { level: 2 }).textContent()).toBe(
      'Gwent Serious Violence Board',
    );
    const text = (await details.textContent())!;
    for (const area of ['Blaenau Gwent', 'Caerphilly', 'Monmouthshire', 'Newport', 'Torfaen'])
      expect(text).toContain(area);

    await editList(page, 'members');
    await details.getByLabel('Organisation').selectOption({ label: 'Gwent Police' });
    await details.getByLabel('Role').selectOption('chair');
    await details.getByRole('button', { name: 'Add member' }).click();
    expect(await details.getByText('Members (1)').isVisible()).toBe(true);
    await editList(page, 'relations');
    await details.getByLabel('Other board').selectOption({ label: 'Safer Gwent' });
    await details.getByRole('button', { name: 'Add relation' }).click();
    expect(await details.getByText('Relations (1)').isVisible()).toBe(true);
    await waitSaved(page);

    await details.getByRole('button', { name: 'Delete board' }).click();
    const confirm = page.getByRole('dialog', { name: /Delete Gwent Serious Violence Board/ });
    expect(await confirm.textContent()).toContain('1 membership and 1 relation.');
    await confirm.getByRole('button', { name: 'Delete board' }).click();
    await waitSaved(page);
    expect(await page.locator('.svelte-flow__node').count()).toBe(before);
    await page.keyboard.press('Control+z');
    expect(await page.locator('.svelte-flow__node').count()).toBe(before + 1);
    await context.close();
  });

  it('removes a member and keeps the change', async () => {
    const { page, context } = await openApp(browser);
    await selectBoard(page, 'dp-svoc-board');
    const heading = panel(page).getByRole('heading', { name: /^Members/ });
    const count = Number((await heading.textContent())!.match(/\d+/)![0]);
    await editList(page, 'members');
    await panel(page)
      .getByRole('button', { name: /^Remove / })
      .first()
      .click();
    await waitSaved(page);
    await page.reload();
    await selectBoard(page, 'dp-svoc-board');
    expect(
      await panel(page)
        .getByRole('heading', { name: /^Members/ })
        .textContent(),
    ).toBe(`Members (${count - 1})`);
    await context.close();
  });

  it('keeps a dragged board where it was put, after a reload', async () => {
    const { page, context } = await openApp(browser);
    const box = await dragBoard(page, 'wij-board', 120, 150);
    const moved = (await node(page, 'wij-board').boundingBox())!;
    expect(moved.x - box.x).toBeGreaterThan(100);
    await page.reload();
    await node(page, 'wij-board').waitFor();
    const after = (await node(page, 'wij-board').boundingBox())!;
    expect(Math.abs(after.x - moved.x)).toBeLessThan(2);
    expect(Math.abs(after.y - moved.y)).toBeLessThan(2);
    await context.close();
  });
});

describe('workspaces', () => {
  it('keeps a second workspace independent of the first', async () => {
    const { page, context } = await openApp(browser);
    const original = await boardName(page, 'nwscb');
    await workspaceMenu(page, 'New from seed');
    await page.getByRole('dialog').getByLabel('Name').fill('North Wales model');
    await page.getByRole('dialog').getByRole('button', { name: 'OK' }).click();
    await waitSaved(page);
    await selectBoard(page, 'nwscb');
    await renameSelectedBoard(page, 'North Wales Community Safety Board');

    const picker = page.getByLabel('Workspace', { exact: true });
    await picker.selectOption({ label: 'Wales' });
    await expect.poll(() => boardName(page, 'nwscb')).toBe(original);
    await waitSaved(page);
    await page.reload();
    await node(page, 'nwscb').waitFor();
    expect(await boardName(page, 'nwscb')).toBe(original);
    await page
      .getByLabel('Workspace', { exact: true })
      .selectOption({ label: 'North Wales model' });
    await expect.poll(() => boardName(page, 'nwscb')).toBe('North Wales Community Safety Board');
    await context.close();
  });

  it('resets a workspace to the seed after a confirmation', async () => {
    const { page, context } = await openApp(browser);
    const original = await boardName(page, 'ppbw');
    await selectBoard(page, 'ppbw');
    await renameSelectedBoard(page, 'Renamed');
    await workspaceMenu(page, 'Reset to seed');
    await page
      .getByRole('dialog', { name: /Reset/ })
      .getByRole('button', { name: 'Reset to seed' })
      .click();
    await waitSaved(page);
    expect(await boardName(page, 'ppbw')).toBe(original);
    await context.close();
  });
});
