import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openApp } from './browser';
import { node, panel, renameSelectedBoard, selectBoard, waitSaved, workspaceMenu } from './app';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

describe('named versions of a workspace', () => {
  it('names a version, compares it with now, opens it read-only and restores it', async () => {
    const { page, context } = await openApp(browser);
    const original = await node(page, 'awcjb').locator('.name').textContent();
    await workspaceMenu(page, 'Versions…');
    const dialog = page.getByRole('dialog', { name: /Versions of/ });
    await dialog.getByLabel('Name for this version').fill('As agreed at the March board');
    await dialog.getByRole('button', { name: 'Name this version' }).click();
    const listed = dialog.locator('.versions li');
    await listed.first().waitFor();
    expect(await listed.count()).toBe(1);
    expect(await listed.textContent()).toMatch(/As agreed at the March board\s*named \d/);
    await dialog.getByRole('button', { name: 'Close' }).click();

    await selectBoard(page, 'awcjb');
    await renameSelectedBoard(page, 'All Wales Criminal Justice Board (renamed)');
    await panel(page).getByRole('button', { name: 'Delete board' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete board' }).click();
    await waitSaved(page);

    await workspaceMenu(page, 'Versions…');
    await dialog.getByLabel('From').selectOption({ label: 'As agreed at the March board' });
    await dialog.getByLabel('To').selectOption({ label: 'Now' });
    await dialog.getByRole('button', { name: 'Compare', exact: true }).click();
    const records = dialog.getByRole('list', { name: /Records added, removed or changed/ });
    await records.getByText(`Board: ${original}`).waitFor();
    expect(await records.getByText('removed').first().isVisible()).toBe(true);
    const table = dialog.getByRole('table');
    expect(await table.getByRole('row', { name: /Boards that meet/ }).textContent()).toMatch(/-1/);

    await dialog.getByRole('button', { name: /^Open read-only/ }).click();
    await page
      .getByText('Viewing the version “As agreed at the March board”, read-only.')
      .waitFor();
    await node(page, 'awcjb').waitFor();
    expect(await node(page, 'awcjb').locator('.name').textContent()).toBe(original);
    expect(await page.getByRole('button', { name: 'Add board' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Back to now' }).click();
    await node(page, 'awcjb').waitFor({ state: 'detached' });

    await workspaceMenu(page, 'Versions…');
    await dialog.getByRole('button', { name: /^Restore as new workspace/ }).click();
    await node(page, 'awcjb').waitFor();
    expect(
      await page.getByLabel('Workspace', { exact: true }).locator('option:checked').textContent(),
    ).toBe('Wales — As agreed at the March board');
    await context.close();
  });
});
