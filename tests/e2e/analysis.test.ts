import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openApp } from './browser';
import { editList, node, openTab, panel, selectBoard, waitSaved } from './app';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const dimmed = (page: Page) => page.locator('.board.dimmed').count();
const lit = (page: Page) =>
  page
    .locator('.board:not(.dimmed)')
    .evaluateAll((els) =>
      els.map((e) => e.closest('.svelte-flow__node')!.getAttribute('data-id')).sort(),
    );
const duplicationTab = (page: Page) => page.getByRole('tabpanel', { name: 'Duplication' });
const dpPair = (page: Page) =>
  duplicationTab(page).locator('li', {
    has: page.getByRole('button', {
      name: /Dyfed-Powys Regional CONTEST Board ↔ Dyfed-Powys Serious Violence/,
    }),
  });

describe('duplication panel', () => {
  it('lists the Dyfed-Powys pair with its reasons and lights up both boards when clicked', async () => {
    const { page, context } = await openApp(browser);
    await openTab(page, 'Duplication');
    const item = dpPair(page);
    const text = (await item.textContent())!;
    expect(text).toContain('same footprint (4 authorities)');
    expect(text).toMatch(/\d+ of \d+ member organisations in common/);
    expect(text).toContain('meet back-to-back (source:');
    const rank = await duplicationTab(page)
      .locator('ol.pairs > li')
      .evaluateAll((lis) =>
        lis.findIndex((li) => /Dyfed-Powys Regional CONTEST Board ↔/.test(li.textContent ?? '')),
      );
    expect(rank).toBeLessThan(5);

    await item.getByRole('button').first().click();
    expect(await lit(page)).toEqual(['dp-contest-board', 'dp-svoc-board']);
    expect(await dimmed(page)).toBeGreaterThan(100);
    expect(await item.textContent()).toContain('Members in common:');
    await item.getByRole('button').first().click();
    expect(await dimmed(page)).toBe(0);
    await context.close();
  });

  it("explains a pair's score signal by signal, adding up to the score shown", async () => {
    const { page, context } = await openApp(browser);
    await openTab(page, 'Duplication');
    const item = dpPair(page);
    await item.getByRole('button').first().click();
    const score = (await item.locator('.score').textContent())!.trim();
    const table = item.getByRole('table', { name: `How the score ${score} adds up` });
    const rows = await table.locator('tbody tr').allTextContents();
    expect(rows.map((r) => r.split(/\d/)[0]!.trim())).toEqual([
      'footprint',
      'themes',
      'membership',
      'back-to-back',
    ]);
    const adds = (await table.locator('tbody tr td:last-child').allTextContents()).map(Number);
    expect(adds.reduce((a, b) => a + b, 0)).toBeCloseTo(Number(score), 1);
    await context.close();
  });

  it('changes the score when a membership is edited', async () => {
    const { page, context } = await openApp(browser);
    await openTab(page, 'Duplication');
    const score = async () => Number(await dpPair(page).locator('.score').textContent());
    const before = await score();
    await selectBoard(page, 'dp-contest-board');
    await editList(page, 'members');
    const removes = panel(page).getByRole('button', { name: /^Remove (?!:)/ });
    for (let i = 0; i < 4; i += 1) {
      await removes.first().click();
      await waitSaved(page);
    }
    await openTab(page, 'Duplication');
    expect(await score()).toBeLessThan(before);
    await context.close();
  });

  it('sets a pair aside with a note, shows it as ignored, and restores it, also after a reload', async () => {
    const { page, context } = await openApp(browser);
    await openTab(page, 'Duplication');
    await dpPair(page)
      .getByRole('button', { name: /^Ignore this pair: / })
      .click();
    await duplicationTab(page)
      .getByLabel('Why set it aside?')
      .fill('They have agreed to merge in April');
    await duplicationTab(page).getByRole('button', { name: 'Set aside' }).click();
    await waitSaved(page);
    expect(await dpPair(page).count()).toBe(0);
    await page.reload();
    await node(page, 'awcjb').waitFor();
    await openTab(page, 'Duplication');
    const ignored = duplicationTab(page).locator('ul.ignored');
    expect(await ignored.textContent()).toContain('They have agreed to merge in April');
    await ignored
      .getByRole('button', { name: /^Restore the pair/ })
      .first()
      .click();
    expect(await dpPair(page).count()).toBe(1);
    await context.close();
  });

  it('reports the county-level structures in Dyfed-Powys as duplicative local structures', async () => {
    const { page, context } = await openApp(browser);
    await openTab(page, 'Duplication');
    const local = (await duplicationTab(page).locator('ul.local').textContent())!;
    for (const county of ['Carmarthenshire', 'Ceredigion', 'Pembrokeshire', 'Powys'])
      expect(local).toContain(county);
    expect(local).toContain('Dyfed-Powys Regional CONTEST Board');
    await context.close();
  });
});

describe('filters on the analyses', () => {
  it('narrows the duplication list to the boards in view', async () => {
    const { page, context } = await openApp(browser);
    await openTab(page, 'Duplication');
    const countOf = async () =>
      Number(
        (await duplicationTab(page)
          .getByRole('status')
          .filter({ hasText: /pairs/ })
          .textContent())!.match(/^(\d+)/)![1],
      );
    const all = await countOf();
    expect(await dpPair(page).count()).toBe(1);
    await page.getByText('Filters', { exact: true }).click();
    await page.getByLabel('Region', { exact: true }).selectOption('North Wales');
    await page.getByText('Filters', { exact: true }).click();
    expect(await countOf()).toBeLessThan(all);
    expect(await dpPair(page).count()).toBe(0);
    await context.close();
  });
});

describe('meeting load panel', () => {
  it('says how many boards an organisation sits on and how many hours, and lights up its boards', async () => {
    const { page, context } = await openApp(browser);
    await openTab(page, 'Meeting load');
    const tab = page.getByRole('tabpanel', { name: 'Meeting load' });
    const row = tab.locator('tbody tr', {
      has: page.getByRole('button', { name: 'Dyfed-Powys Police', exact: true }),
    });
    const boards = Number(await row.locator('td').first().textContent());
    await row.getByRole('button').click();
    expect(await tab.getByRole('status').textContent()).toMatch(
      new RegExp(`Dyfed-Powys Police sits on ${boards} boards, about \\d+ hours a year`),
    );
    expect((await lit(page)).length).toBe(boards);
    expect(await lit(page)).toContain('dp-svoc-board');

    await tab.getByRole('button', { name: 'Boards', exact: true }).click();
    const first = Number(await tab.locator('tbody tr td').first().textContent());
    const all = await tab
      .locator('table')
      .first()
      .locator('tbody tr td:nth-of-type(1)')
      .allTextContents();
    expect(first).toBe(Math.max(...all.map(Number)));
    await context.close();
  });
});
