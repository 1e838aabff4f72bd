import type { Page } from 'playwright-core';

/** Locators and steps a user takes, named as the user would say them. */
export const node = (page: Page, id: string) => page.locator(`.svelte-flow__node[data-id="${id}"]`);

export async function selectBoard(page: Page, id: string): Promise<void> {
  await node(page, id).click();
  await page.locator('#board-title').waitFor();
}

export const panel = (page: Page) => page.getByRole('tabpanel', { name: 'Details' });

export async function openTab(
  page: Page,
  name: 'Details' | 'Duplication' | 'Meeting load' | 'Footprints' | 'Scenarios',
): Promise<void> {
  await page.getByRole('tab', { name }).click();
}

export async function waitSaved(page: Page): Promise<void> {
  await page.getByTestId('save-state').filter({ hasText: 'All changes saved' }).waitFor();
}

export async function renameSelectedBoard(page: Page, name: string): Promise<void> {
  await panel(page).getByRole('button', { name: 'Edit board' }).click();
  await panel(page).getByLabel('Name', { exact: true }).fill(name);
  await panel(page).getByRole('button', { name: 'Save changes' }).click();
  await waitSaved(page);
}

export async function workspaceMenu(page: Page, item: string): Promise<void> {
  await page.getByText('Manage ▾').click();
  await page.getByRole('button', { name: item }).click();
}

/** Switches the interface to Welsh and waits for it: the Welsh catalogue is fetched when first chosen. */
export async function useWelsh(page: Page): Promise<void> {
  await page.getByLabel('Language').selectOption('cy');
  await page.locator('html[lang="cy"]').waitFor({ state: 'attached' });
}

/**
 * Where a board is on screen once the camera has stopped: after a search or a fit the view
 * glides for a few hundred milliseconds, and a box read mid-glide points at empty canvas.
 */
export async function restingBox(page: Page, id: string) {
  let last = '';
  for (;;) {
    const box = (await node(page, id).boundingBox())!;
    const now = JSON.stringify(box);
    if (now === last) return box;
    last = now;
    await page.waitForTimeout(100);
  }
}

/** Drags a board by its middle, the way a user does, and waits for the move to be saved. */
export async function dragBoard(page: Page, id: string, dx: number, dy: number) {
  const box = await restingBox(page, id);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + dx, box.y + box.height / 2 + dy, { steps: 8 });
  await page.mouse.up();
  await waitSaved(page);
  return box;
}

/** Unfolds the legend, folded away by default so that it covers nothing. */
export async function openLegend(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: 'Legend', exact: true });
  if (await button.isVisible()) await button.click();
  await page.locator('.legend').waitFor();
}

/** Turns on editing of the board panel's members or relations (reading is the default). */
export async function editList(page: Page, list: 'members' | 'relations'): Promise<void> {
  const toggle = panel(page).getByRole('button', {
    name: list === 'members' ? 'Edit members' : 'Edit relations',
  });
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
}

/** Finds a board by name from the search box and opens its details, wherever it sits. */
export async function findBoard(page: Page, name: string): Promise<void> {
  const search = page.getByRole('combobox', { name: 'Search boards and organisations' });
  await search.fill(name);
  await page.getByRole('option').first().waitFor();
  await search.press('Enter');
  await panel(page).locator('#board-title', { hasText: name }).waitFor();
}
