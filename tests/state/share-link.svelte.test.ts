import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DexieStore } from '../../src/persistence/dexie-store';
import { Session } from '../../src/state/session.svelte';
import { ShareLink, type Connect } from '../../src/state/share-link.svelte';
import type { ShareHandlers } from '../../src/sync/share-connection';
import { miniLandscape } from '../fixtures/mini-landscape';

let n = 0;

/** A shared workspace open in a session, linked to a stand-in server that answers as told. */
async function sharedSession() {
  const store = await DexieStore.open(`share-link-${(n += 1)}`, 1);
  const session = new Session({ store, seed: async () => ({ landscape: miniLandscape() }) });
  await session.start();
  await session.setShare({ server: 'http://127.0.0.1:1/', doc: 'd', token: 't', role: 'editor' });
  let server: ShareHandlers | undefined;
  const connect: Connect = async (_address, _doc, handlers) => {
    server = handlers;
    return {
      provider: { awareness: null, hasUnsyncedChanges: false, isSynced: false, on: () => {} },
      socket: { connect: () => undefined, disconnect: () => undefined },
      destroy: () => undefined,
    };
  };
  const link = new ShareLink(session, connect);
  for (let i = 0; i < 100 && !server; i++) await new Promise((r) => setTimeout(r, 5));
  return { session, link, server: server! };
}

describe('the link to a Tirwedd server', () => {
  it('says to reload when the server does not accept this version of the app', async () => {
    const { session, link, server } = await sharedSession();
    expect(link.binding?.doc).toBe('d');
    server.onRefused?.('app-version');
    expect(link.status).toBe('outdated');
    expect(session.notice).toMatchObject({ key: 'share.outdated', action: 'reload' });
  });

  it('says a revoked link stops syncing, and keeps the copy here as it was', async () => {
    const { session, link, server } = await sharedSession();
    const before = session.workspace!.landscape;
    server.onRefused?.('revoked');
    expect(link.status).toBe('refused');
    expect(session.notice).toMatchObject({ key: 'share.revoked', action: 'export-workspace' });
    expect(session.workspace!.landscape).toBe(before);
    expect(session.editable).toBe(true);
  });
});
