import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectConsole, launch, openApp } from './browser';
import { node, panel, renameSelectedBoard, selectBoard, workspaceMenu } from './app';
import { client, until } from '../server/share-client';
import { startRedis, startTirwedd, type TirweddServer } from '../server/server-process';

const SVOC = 'dp-svoc-board';
const CONTEST = 'dp-contest-board';
const AWCJB = 'awcjb';
const NW_SVOC = 'nw-svoc-board';

let browser: Browser;
let server: TirweddServer;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launch();
  server = await startTirwedd();
});
afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const nameOf = (page: Page, id: string) => node(page, id).locator('.name');
const status = (page: Page) => page.getByRole('region', { name: 'Sharing' }).getByRole('status');

async function person(url = server.url): Promise<Page> {
  const { page, context } = await openApp(browser, undefined, { url });
  contexts.push(context);
  return page;
}

/** Publishes the open workspace from the Share dialog, as its owner; the two links it gives. */
async function publish(page: Page, name: string) {
  await workspaceMenu(page, 'Share…');
  const dialog = page.getByRole('dialog', { name: /^Share/ });
  await expect.poll(() => dialog.getByLabel('Server address').inputValue()).toBe(server.url);
  await dialog.getByLabel('Your name, as the others see it').fill(name);
  await dialog.getByRole('button', { name: 'Publish' }).click();
  const editor = await dialog.getByLabel('Link for editors').inputValue();
  const viewer = await dialog.getByLabel('Link for viewers (read-only)').inputValue();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await status(page).filter({ hasText: 'Shared, live' }).waitFor();
  return { editor, viewer, dialog };
}

/** Opens a link in a fresh browser of its own, as someone it was sent to. */
async function join(link: string, name?: string): Promise<Page> {
  const page = await person(new URL(link).origin + '/');
  await page.goto(link);
  await page.getByText('Opened the shared workspace').waitFor();
  await node(page, AWCJB).waitFor();
  if (name) {
    await workspaceMenu(page, 'Share…');
    const dialog = page.getByRole('dialog', { name: /^Share/ });
    await dialog.getByLabel('Your name, as the others see it').fill(name);
    await dialog.getByLabel('Your name, as the others see it').press('Tab');
    await dialog.getByRole('button', { name: 'Close' }).click();
  }
  return page;
}

async function rename(page: Page, id: string, name: string) {
  await selectBoard(page, id);
  await renameSelectedBoard(page, name);
}

describe('sharing a workspace through the Tirwedd server', { timeout: 90_000 }, () => {
  it('lets two people edit at once, each seeing the other and what they have selected', async () => {
    const ann = await person();
    const { editor } = await publish(ann, 'Ann');
    const bryn = await join(editor, 'Bryn');
    await rename(ann, SVOC, 'SVOC, renamed by Ann');
    await rename(bryn, CONTEST, 'CONTEST, renamed by Bryn');
    for (const page of [ann, bryn]) {
      await expect.poll(() => nameOf(page, SVOC).textContent()).toBe('SVOC, renamed by Ann');
      await expect.poll(() => nameOf(page, CONTEST).textContent()).toBe('CONTEST, renamed by Bryn');
    }
    await selectBoard(bryn, AWCJB);
    const present = ann.getByRole('list', { name: 'Also here' });
    await expect.poll(() => present.textContent()).toMatch(/Bryn, on .*Criminal Justice/);
    // Both copies are kept in each browser too: a reload shows the merged workspace.
    await ann.reload();
    await expect.poll(() => nameOf(ann, CONTEST).textContent()).toBe('CONTEST, renamed by Bryn');
  });

  it('keeps edits made offline, counts them, and merges them when the connection returns', async () => {
    const ann = await person();
    const { editor } = await publish(ann, 'Ann');
    const bryn = await join(editor);
    // The browser reports each try to reach the server while offline; that is expected here.
    expectConsole(/WebSocket connection to .* failed/);
    await bryn.context().setOffline(true);
    await status(bryn).filter({ hasText: 'Working offline' }).waitFor();
    await rename(bryn, SVOC, 'Renamed offline');
    await rename(bryn, CONTEST, 'Also renamed offline');
    await status(bryn).filter({ hasText: '2 changes waiting' }).waitFor();
    await rename(ann, AWCJB, 'Renamed online meanwhile');
    await bryn.context().setOffline(false);
    await status(bryn).filter({ hasText: 'Shared, live' }).waitFor({ timeout: 20_000 });
    await expect.poll(() => status(bryn).textContent()).not.toMatch(/waiting/);
    for (const page of [ann, bryn]) {
      await expect.poll(() => nameOf(page, SVOC).textContent()).toBe('Renamed offline');
      await expect.poll(() => nameOf(page, CONTEST).textContent()).toBe('Also renamed offline');
      await expect.poll(() => nameOf(page, AWCJB).textContent()).toBe('Renamed online meanwhile');
    }
  });

  it('gives a viewer a read-only workspace, and the server refuses a forged write', async () => {
    const ann = await person();
    const { viewer } = await publish(ann, 'Ann');
    const carys = await join(viewer);
    await status(carys).filter({ hasText: 'View only' }).waitFor();
    await selectBoard(carys, SVOC);
    // Reading a board offers no editing, as for any workspace that may not be changed.
    await panel(carys).locator('#board-title').waitFor();
    expect(await panel(carys).getByRole('button', { name: 'Edit board' }).count()).toBe(0);
    // Past the interface: a client with the viewer's token writes directly.
    const params = new URLSearchParams(new URL(viewer).hash.replace(/^#join\?/, ''));
    const forger = client({
      server: params.get('server')!,
      doc: params.get('doc')!,
      token: params.get('token')!,
    });
    try {
      await until(() => !!forger.board(SVOC), 'the forger to load');
      forger.rename(SVOC, 'Forged');
      await until(() => server.lines.some((l) => l.includes('viewer cannot write')), 'the log');
    } finally {
      forger.close();
    }
    await rename(ann, CONTEST, 'Ann was here');
    await expect.poll(() => nameOf(carys, CONTEST).textContent()).toBe('Ann was here');
    expect(await nameOf(ann, SVOC).textContent()).not.toBe('Forged');
    expect(await nameOf(carys, SVOC).textContent()).not.toBe('Forged');
  });

  it('cuts off a revoked link, keeping the local copy and saying why', async () => {
    const ann = await person();
    const { editor, dialog } = await publish(ann, 'Ann');
    const bryn = await join(editor);
    await rename(bryn, SVOC, 'Before the link was revoked');
    await expect.poll(() => nameOf(ann, SVOC).textContent()).toBe('Before the link was revoked');
    await workspaceMenu(ann, 'Share…');
    await dialog.getByRole('button', { name: "Revoke and renew the editors' link" }).click();
    await dialog.getByText('The old link no longer opens this workspace').waitFor();
    expect(await dialog.getByLabel('Link for editors').inputValue()).not.toBe(editor);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await bryn.getByText('has been revoked').waitFor();
    await status(bryn).filter({ hasText: 'the link was refused' }).waitFor();
    expect(await nameOf(bryn, SVOC).textContent()).toBe('Before the link was revoked');
  });
});

describe('the server restarting, and several processes', { timeout: 90_000 }, () => {
  it('carries on after a restart of the server, losing nothing', async () => {
    const ann = await person();
    const { editor } = await publish(ann, 'Ann');
    const bryn = await join(editor);
    await rename(ann, SVOC, 'Before the restart');
    await expect.poll(() => nameOf(bryn, SVOC).textContent()).toBe('Before the restart');
    // Each try to reconnect while the server is down is reported by the browser.
    expectConsole(/WebSocket connection to .* failed/);
    await server.stop();
    await status(ann).filter({ hasText: 'Working offline' }).waitFor();
    await rename(ann, CONTEST, 'While the server was down');
    server = await startTirwedd({ data: server.data, port: server.port });
    await status(ann).filter({ hasText: 'Shared, live' }).waitFor({ timeout: 30_000 });
    await rename(bryn, NW_SVOC, 'After the restart');
    for (const page of [ann, bryn]) {
      await expect
        .poll(() => nameOf(page, CONTEST).textContent(), { timeout: 30_000 })
        .toBe('While the server was down');
      await expect.poll(() => nameOf(page, NW_SVOC).textContent()).toBe('After the restart');
    }
  });

  it('lets a client of each of two processes sharing Redis see the other', async () => {
    const redis = await startRedis();
    const one = await startTirwedd({ redis: redis.url });
    const two = await startTirwedd({ redis: redis.url });
    try {
      const ann = await person(one.url);
      await workspaceMenu(ann, 'Share…');
      const dialog = ann.getByRole('dialog', { name: /^Share/ });
      await expect.poll(() => dialog.getByLabel('Server address').inputValue()).toBe(one.url);
      await dialog.getByRole('button', { name: 'Publish' }).click();
      const link = await dialog.getByLabel('Link for editors').inputValue();
      await dialog.getByRole('button', { name: 'Close' }).click();
      // Behind a load balancer the same link may land on either process.
      const onTwo = link.replaceAll(String(one.port), String(two.port));
      const bryn = await join(onTwo);
      await rename(ann, SVOC, 'Through process one');
      await rename(bryn, CONTEST, 'Through process two');
      for (const page of [ann, bryn]) {
        await expect.poll(() => nameOf(page, SVOC).textContent()).toBe('Through process one');
        await expect.poll(() => nameOf(page, CONTEST).textContent()).toBe('Through process two');
      }
    } finally {
      for (const context of contexts.splice(0)) await context.close();
      await one.stop();
      await two.stop();
      await redis.stop();
    }
  });
});
