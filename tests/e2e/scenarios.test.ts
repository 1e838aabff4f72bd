import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openApp } from './browser';
import { editList, node, openTab, panel, selectBoard, waitSaved } from './app';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const scenarios = (page: Page) => page.getByRole('tabpanel', { name: 'Scenarios' });
const row = (page: Page, measure: string) =>
  scenarios(page).getByRole('row', { name: new RegExp(`^${measure} `) });
const cells = async (page: Page, measure: string) =>
  (await row(page, measure).locator('td').allTextContents()).map((t) => t.trim());

async function newWorkspace(page: Page) {
  await page.getByText('Manage ▾').click();
  await page.getByRole('button', { name: 'New from seed' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'OK' }).click();
  await waitSaved(page);
}

describe('scenarios', () => {
  it('creates a scenario, merges two boards selected together, and the comparison changes; the baseline does not', async () => {
    const { page, context } = await openApp(browser);
    await openTab(page, 'Scenarios');
    await scenarios(page).getByText('New scenario').click();
    await scenarios(page)
      .getByLabel('Name', { exact: true })
      .first()
      .fill('Merge Dyfed-Powys SVOC and CONTEST');
    await scenarios(page).getByRole('button', { name: 'Create and open' }).click();
    await waitSaved(page);
    expect(await page.getByLabel('Viewing').first().locator('option:checked').textContent()).toBe(
      'Merge Dyfed-Powys SVOC and CONTEST',
    );

    await node(page, 'dp-svoc-board').click();
    await node(page, 'dp-contest-board').click({ modifiers: ['Control'] });
    await openTab(page, 'Scenarios');
    expect(await scenarios(page).textContent()).toContain(
      'Selected: Dyfed-Powys Serious Violence and Organised Crime Board, Dyfed-Powys Regional CONTEST Board',
    );
    await scenarios(page)
      .getByLabel('Name of the merged board')
      .fill('Dyfed-Powys Serious Violence, Organised Crime and CONTEST Board');
    await scenarios(page).getByRole('button', { name: 'Merge the selected boards' }).click();
    await waitSaved(page);

    expect(await scenarios(page).textContent()).toContain('Operations (1)');
    const [before, after, change] = await cells(page, 'Boards that meet');
    expect(Number(after)).toBe(Number(before) - 1);
    expect(change).toBe('-1');
    expect(await scenarios(page).textContent()).toMatch(/Duplications: [1-9]\d* removed/);
    expect(await node(page, 'dp-svoc-board').locator('.mark').textContent()).toBe('merged');

    await page.getByLabel('Viewing').first().selectOption({ label: 'Today (baseline)' });
    expect(await node(page, 'dp-svoc-board').locator('.mark').count()).toBe(0);
    expect(await node(page, 'dp-svoc-board').locator('.status').count()).toBe(0);
    await context.close();
  });

  it('opens the built-in North Wales scenario and sees nine regional boards become four', async () => {
    const { page, context } = await openApp(browser);
    await newWorkspace(page);
    await openTab(page, 'Scenarios');
    await scenarios(page)
      .getByRole('radio', { name: /North Wales: nine regional boards to four/ })
      .check();
    expect(await scenarios(page).textContent()).toContain('Boards changed: 4 new, 9 merged');
    await scenarios(page).getByLabel('Load figures for').selectOption('North Wales');
    // The board rows count the region's own boards: its nine become four, five fewer.
    const [before, after, change] = await cells(page, 'North Wales regional boards');
    expect(Number(before) - Number(after)).toBe(5);
    expect(change).toMatch(/^[−-]5$/);
    expect(await row(page, 'regional boards').count()).toBe(0);
    const [seatsBefore, seatsAfter] = (await cells(page, 'Seats on North Wales boards')).map(
      Number,
    );
    expect(seatsAfter).toBeLessThan(seatsBefore!);
    const [hoursBefore, hoursAfter] = (await cells(page, 'Seat-hours on North Wales boards')).map(
      Number,
    );
    expect(hoursAfter).toBeLessThan(hoursBefore!);
    expect(await scenarios(page).textContent()).toContain(
      'Every theme held today still has a board.',
    );
    // On sourced facts only, the assumed seats drop out of both sides of the comparison.
    await scenarios(page).getByLabel('Analyse on').selectOption('sourced');
    await expect
      .poll(async () => Number((await cells(page, 'Seats on North Wales boards'))[0]))
      .toBeLessThan(seatsBefore!);
    await context.close();
  });

  it('flags an operation whose board was deleted from the baseline, without crashing', async () => {
    const { page, context } = await openApp(browser);
    await newWorkspace(page);
    await selectBoard(page, 'dp-svoc-powys');
    await panel(page).getByRole('button', { name: 'Delete board' }).click();
    await page
      .getByRole('dialog', { name: /Delete Powys/ })
      .getByRole('button', { name: 'Delete board' })
      .click();
    await waitSaved(page);
    await openTab(page, 'Scenarios');
    await scenarios(page)
      .getByRole('radio', { name: /Dyfed-Powys/ })
      .check();
    const stale = scenarios(page).locator('li.status-stale');
    expect(await stale.count()).toBe(1);
    expect(await stale.textContent()).toContain('no longer applies');
    expect(await scenarios(page).textContent()).toMatch(/Operations \(8\)/);
    await context.close();
  });

  it('re-points a relation in a scenario, leaving the baseline relation alone', async () => {
    const { page, context } = await openApp(browser);
    await newWorkspace(page);
    await openTab(page, 'Scenarios');
    await scenarios(page).getByText('New scenario').click();
    await scenarios(page).getByLabel('Name', { exact: true }).first().fill('Re-point');
    await scenarios(page).getByRole('button', { name: 'Create and open' }).click();
    await waitSaved(page);
    await selectBoard(page, 'cwm-taf-csb');
    const before = (await panel(page).textContent())!;
    expect(before).toContain('Meets back-to-back with Cwm Taf Morgannwg Area Planning Board');
    await editList(page, 'relations');
    const form = panel(page).locator('form.repoint').first();
    await form.getByRole('combobox').selectOption({ label: 'Safer Gwent' });
    await form.getByRole('button').click();
    await waitSaved(page);
    await expect.poll(async () => (await panel(page).textContent())!).toContain('Safer Gwent');
    await page.getByLabel('Viewing').first().selectOption({ label: 'Today (baseline)' });
    await selectBoard(page, 'cwm-taf-csb');
    expect(await panel(page).textContent()).toContain(
      'Meets back-to-back with Cwm Taf Morgannwg Area Planning Board',
    );
    await context.close();
  });

  it('keeps a tracker entry after a reload', async () => {
    const { page, context } = await openApp(browser);
    await newWorkspace(page);
    await page.getByRole('tab', { name: 'Tracker' }).click();
    const tracker = page.getByRole('tabpanel', { name: 'Tracker' });
    // The tracker view loads on first use: wait for it rather than read an empty panel.
    await tracker.getByRole('heading', { name: 'Rationalisation tracker' }).waitFor();
    expect(await tracker.textContent()).toContain('North Wales');
    await tracker.getByLabel('Region').selectOption('Gwent');
    await tracker.getByLabel('Date').fill('2020-07-15');
    await tracker
      .getByLabel('Current position')
      .fill('Safer Gwent and G7 agreed to meet back-to-back.');
    await tracker
      .getByLabel('Actions for the next quarter')
      .fill('Draft terms of reference for a single board.');
    await tracker.getByLabel('Owner').fill('Gwent PCC');
    await tracker.getByRole('button', { name: 'Add entry' }).click();
    await waitSaved(page);
    await page.reload();
    await page.locator('.svelte-flow__node').first().waitFor();
    await page.getByRole('tab', { name: 'Tracker' }).click();
    await page.getByRole('heading', { name: 'Rationalisation tracker' }).waitFor();
    const text = (await page.getByRole('tabpanel', { name: 'Tracker' }).textContent())!;
    expect(text).toContain('Safer Gwent and G7 agreed to meet back-to-back.');
    expect(text).toContain('2020-Q3');
    await context.close();
  });
});
