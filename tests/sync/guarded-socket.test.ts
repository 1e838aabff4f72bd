import { HocuspocusProvider } from '@hocuspocus/provider';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { GuardedSocket } from '../../src/sync/share-connection';

/** A sync message carrying `update` for document `name`, as a server sends it. */
function updateMessage(name: string, update: Uint8Array): ArrayBuffer {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, name);
  encoding.writeVarUint(e, 0); // sync
  encoding.writeVarUint(e, 2); // an update
  encoding.writeVarUint8Array(e, update);
  return encoding.toUint8Array(e).slice().buffer;
}

describe('the socket to a sync server', () => {
  it('drops a malformed update before the document sees it, and says so', () => {
    // Node.js 20 has no WebSocket of its own; the socket never connects here anyway.
    const socket = new GuardedSocket({
      url: 'ws://127.0.0.1:1/sync',
      autoConnect: false,
      WebSocketPolyfill: WebSocket,
    });
    const rejected: string[] = [];
    socket.onRejected = (reason) => rejected.push(reason);
    const doc = new Y.Doc();
    doc.getMap('meta').set('title', 'Wales');
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: 'w',
      document: doc,
    });
    provider.attach();
    const before = Y.encodeStateAsUpdate(doc);

    socket.onMessage(
      new MessageEvent('message', {
        data: updateMessage('w', new Uint8Array([7, 7, 7, 250, 250])),
      }),
    );
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toMatch(/malformed update/);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);

    // A sound update from the same server still goes through.
    const other = new Y.Doc();
    other.getMap('meta').set('asAt', '2026-12-03');
    socket.onMessage(
      new MessageEvent('message', { data: updateMessage('w', Y.encodeStateAsUpdate(other)) }),
    );
    expect(doc.getMap('meta').get('asAt')).toBe('2026-12-03');
    expect(rejected).toHaveLength(1);
    provider.destroy();
    socket.destroy();
  });
});
