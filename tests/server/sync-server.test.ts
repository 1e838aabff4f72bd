import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import WebSocket from 'ws';
import * as encoding from 'lib0/encoding';
import { validateLandscape } from '../../src/core/model/validate';
import { client, publish, seedState, until, type Published } from './share-client';
import { startTirwedd, type TirweddServer } from './server-process';

const SVOC = 'dp-svoc-board';
const CONTEST = 'dp-contest-board';
const AWCJB = 'awcjb';

let server: TirweddServer;
const open: { close(): void }[] = [];
const track = <T extends { close(): void }>(c: T) => (open.push(c), c);

/** Updates over this size are refused; small here, so a test can send one over it. */
const MAX_UPDATE = 1024 * 1024;

beforeAll(async () => {
  server = await startTirwedd({ maxUpdate: MAX_UPDATE });
});
afterEach(() => {
  for (const c of open.splice(0)) c.close();
});
afterAll(async () => {
  await server.stop();
});

async function shared(): Promise<Published> {
  const links = await publish(server.url);
  const first = track(
    client({ server: server.url, doc: links.doc, token: links.owner }, seedState()),
  );
  await until(
    () => first.events.synced > 0 && !first.connection.provider.hasUnsyncedChanges,
    'publish',
  );
  return links;
}

describe('the Tirwedd server', { timeout: 30_000 }, () => {
  it('merges concurrent edits from two people into the same valid workspace', async () => {
    const links = await shared();
    const a = track(client({ server: server.url, doc: links.doc, token: links.editor }));
    const b = track(client({ server: server.url, doc: links.doc, token: links.editor }));
    await until(() => !!a.board(SVOC) && !!b.board(SVOC), 'both to load the workspace');
    a.rename(SVOC, 'SVOC (Ann)');
    b.rename(CONTEST, 'CONTEST (Bryn)');
    a.rename(AWCJB, 'AWCJB (Ann)');
    // The same field at once: it settles the same way everywhere.
    a.rename('nw-svoc-board', 'North (Ann)');
    b.rename('nw-svoc-board', 'North (Bryn)');
    await until(
      () => Y.encodeStateVector(a.doc).toString() === Y.encodeStateVector(b.doc).toString(),
      'the two copies to converge',
    );
    expect(a.content).toEqual(b.content);
    expect(a.board(SVOC)?.name).toBe('SVOC (Ann)');
    expect(a.board(CONTEST)?.name).toBe('CONTEST (Bryn)');
    expect(a.board(AWCJB)?.name).toBe('AWCJB (Ann)');
    expect(['North (Ann)', 'North (Bryn)']).toContain(a.board('nw-svoc-board')?.name);
    expect(validateLandscape(a.content.landscape).ok).toBe(true);
  });

  it('refuses a connection without a valid token for that workspace', async () => {
    const links = await shared();
    const other = await publish(server.url, 'Another');
    const stranger = track(client({ server: server.url, doc: links.doc, token: 'not-a-token' }));
    const wrongDoc = track(client({ server: server.url, doc: links.doc, token: other.editor }));
    await until(
      () => stranger.events.refused.length > 0 && wrongDoc.events.refused.length > 0,
      'both refusals',
    );
    expect(stranger.events.refused[0]).toBe('token');
    expect(stranger.board(SVOC)).toBeUndefined();
    expect(wrongDoc.board(SVOC)).toBeUndefined();
  });

  it("rejects a viewer's update, logs it, and never passes it on", async () => {
    const links = await shared();
    const viewer = track(client({ server: server.url, doc: links.doc, token: links.viewer }));
    const editor = track(client({ server: server.url, doc: links.doc, token: links.editor }));
    await until(() => !!viewer.board(SVOC) && !!editor.board(SVOC), 'both to load');
    expect(viewer.events.readOnly).toBe(true);
    viewer.rename(SVOC, 'Forged by a viewer');
    editor.rename(CONTEST, 'An editor was here');
    await until(() => viewer.board(CONTEST)?.name === 'An editor was here', "the editor's edit");
    await until(() => server.lines.some((l) => l.includes('viewer cannot write')), 'the log line');
    const later = track(client({ server: server.url, doc: links.doc, token: links.editor }));
    await until(() => later.board(CONTEST)?.name === 'An editor was here', 'a fresh copy');
    expect(later.board(SVOC)?.name).not.toBe('Forged by a viewer');
    expect(editor.board(SVOC)?.name).not.toBe('Forged by a viewer');
  });

  it('cuts off a revoked token at once and refuses it from then on', async () => {
    const links = await shared();
    const editor = track(client({ server: server.url, doc: links.doc, token: links.editor }));
    await until(() => !!editor.board(SVOC), 'the editor to load');
    const refused = await fetch(new URL(`api/shares/${links.doc}/renew`, server.url), {
      method: 'POST',
      headers: { Authorization: `Bearer ${links.editor}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ role: 'editor' }),
    });
    expect(refused.status).toBe(403);
    const renewed = await fetch(new URL(`api/shares/${links.doc}/renew`, server.url), {
      method: 'POST',
      headers: { Authorization: `Bearer ${links.owner}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ role: 'editor' }),
    });
    expect(renewed.status).toBe(200);
    const { token } = (await renewed.json()) as { token: string };
    await until(() => editor.events.refused.includes('revoked'), 'the editor to be cut off');
    editor.rename(SVOC, 'After revocation');
    const again = track(client({ server: server.url, doc: links.doc, token: links.editor }));
    await until(() => again.events.refused.includes('token'), 'the old token to be refused');
    const fresh = track(client({ server: server.url, doc: links.doc, token }));
    await until(() => !!fresh.board(SVOC), 'the new link to work');
    await new Promise((r) => setTimeout(r, 300));
    expect(fresh.board(SVOC)?.name).not.toBe('After revocation');
  });

  it('refuses a client whose app writes another workspace format, saying why', async () => {
    const links = await shared();
    const url = new URL('sync', server.url);
    url.protocol = 'ws:';
    url.searchParams.set('format', '1');
    const socket = new WebSocket(url);
    const reply = await new Promise<Buffer>((resolve, reject) => {
      socket.on('open', () => {
        const e = encoding.createEncoder();
        encoding.writeVarString(e, links.doc);
        encoding.writeVarUint(e, 2); // authentication
        encoding.writeVarUint(e, 0); // a token
        encoding.writeVarString(e, links.editor);
        socket.send(encoding.toUint8Array(e));
      });
      socket.on('message', (data: Buffer) => {
        if (data.toString('latin1').includes('app-version')) resolve(data);
      });
      socket.on('close', () => reject(new Error('closed without saying why')));
      socket.on('error', reject);
    });
    socket.close();
    expect(reply.toString('latin1')).toContain('app-version');
    await until(() => server.lines.some((l) => l.includes('"app-version"')), 'the log line');
  });

  it('rejects a malformed update and an oversized one, logs them, and applies neither', async () => {
    const links = await shared();
    const before = server.lines.length;
    for (const update of [
      new Uint8Array([9, 9, 9, 200, 200, 200]),
      new Uint8Array(MAX_UPDATE + 1),
    ]) {
      const url = new URL('sync', server.url);
      url.protocol = 'ws:';
      url.searchParams.set(
        'format',
        String((await import('../../src/core/workspace/types')).WORKSPACE_VERSION),
      );
      const socket = new WebSocket(url);
      await new Promise<void>((resolve) => {
        socket.on('open', () => {
          const auth = encoding.createEncoder();
          encoding.writeVarString(auth, links.doc);
          encoding.writeVarUint(auth, 2);
          encoding.writeVarUint(auth, 0);
          encoding.writeVarString(auth, links.editor);
          socket.send(encoding.toUint8Array(auth));
          const e = encoding.createEncoder();
          encoding.writeVarString(e, links.doc);
          encoding.writeVarUint(e, 0); // sync
          encoding.writeVarUint(e, 2); // an update
          encoding.writeVarUint8Array(e, update);
          socket.send(encoding.toUint8Array(e));
        });
        socket.on('close', () => resolve());
        socket.on('error', () => resolve());
        setTimeout(() => (socket.close(), resolve()), 3000);
      });
    }
    await until(
      () => server.lines.slice(before).filter((l) => l.includes('"rejected"')).length >= 2,
      'the rejections to be logged',
    );
    const logged = server.lines.slice(before).join('\n');
    expect(logged).toContain('malformed update');
    expect(logged).toMatch(/update of \d+ bytes is over/);
    const reader = track(client({ server: server.url, doc: links.doc, token: links.viewer }));
    await until(() => !!reader.board(SVOC), 'the workspace to load after the attempts');
    expect(validateLandscape(reader.content.landscape).ok).toBe(true);
  });
});

describe('the page the server sends', () => {
  it('carries a strict security policy that only a header can give', async () => {
    const response = await fetch(server.url);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("base-uri 'self'");
    expect(policy).toContain(`connect-src 'self' ws://127.0.0.1:${server.port}`);
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toMatch(/connect-src[^;]*\*/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('permissions-policy')).toContain('camera=()');
  });

  it('answers the app that asks whether it is a Tirwedd server', async () => {
    const info = (await (await fetch(new URL('api/info', server.url))).json()) as { app: string };
    expect(info.app).toBe('tirwedd');
  });
});

describe('a restart of the server', { timeout: 30_000 }, () => {
  it('keeps every document, and its clients carry on', async () => {
    const first = await startTirwedd();
    try {
      const links = await publish(first.url);
      const owner = client({ server: first.url, doc: links.doc, token: links.owner }, seedState());
      await until(() => owner.events.synced > 0, 'the first sync');
      owner.rename(SVOC, 'Before the restart');
      await until(() => !owner.connection.provider.hasUnsyncedChanges, 'the edit to reach it');
      await first.stop();
      const again = await startTirwedd({ data: first.data, port: first.port });
      try {
        const reader = client({ server: again.url, doc: links.doc, token: links.viewer });
        await until(() => reader.board(SVOC)?.name === 'Before the restart', 'the stored edit');
        // The client that was connected goes on by itself once the server is back.
        owner.rename(CONTEST, 'After the restart');
        await until(() => reader.board(CONTEST)?.name === 'After the restart', 'a new edit');
        reader.close();
        owner.close();
      } finally {
        await again.stop();
      }
    } finally {
      await first.stop();
    }
  });
});
