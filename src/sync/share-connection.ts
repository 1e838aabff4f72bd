import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import type * as Y from 'yjs';
import { WORKSPACE_VERSION } from '../core/workspace/types';
import { messageRefusal } from './sync-messages';

/** Where a shared workspace lives, and the token that opens it. */
export interface ShareAddress {
  /** The server's address, as http(s)://host[:port]/. */
  server: string;
  doc: string;
  token: string;
}

export interface ShareHandlers {
  /** The server has the document and this client's changes. */
  onSynced?: () => void;
  onStatus?: (status: 'connecting' | 'connected' | 'disconnected') => void;
  /** The server refused the token or this app's version; `reason` says which. */
  onRefused?: (reason: string) => void;
  onReadOnly?: (readOnly: boolean) => void;
  onClosed?: (reason: string) => void;
  /** A message from the server was not applied: malformed, or an update over the limit. */
  onRejected?: (reason: string) => void;
}

/**
 * The socket to the server, which reads every message before the document does: an update
 * that is malformed or oversized is dropped, not applied, and reported, so a faulty server or
 * peer can never damage the copy kept here.
 */
export class GuardedSocket extends HocuspocusProviderWebsocket {
  onRejected: ((reason: string) => void) | undefined;

  override onMessage(event: MessageEvent): void {
    const refusal = messageRefusal(new Uint8Array(event.data as ArrayBuffer));
    if (refusal) this.onRejected?.(refusal);
    else super.onMessage(event);
  }
}

/** The sync endpoint of a server, told by its page address. */
export function syncUrl(server: string): string {
  const url = new URL('sync', server.endsWith('/') ? server : `${server}/`);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  url.searchParams.set('format', String(WORKSPACE_VERSION));
  return url.toString();
}

/**
 * A document kept in step with a Tirwedd server. Changes go both ways as they happen; after a
 * break the two exchange what the other is missing, so edits made offline are merged by the
 * same rules as between tabs.
 */
export function connectShare(
  address: ShareAddress,
  document: Y.Doc,
  handlers: ShareHandlers = {},
  // A WebSocket class where the platform has none (Node.js 20).
  WebSocketPolyfill?: unknown,
) {
  const socket = new GuardedSocket({
    url: syncUrl(address.server),
    ...(WebSocketPolyfill ? { WebSocketPolyfill } : {}),
    onStatus: ({ status }) => handlers.onStatus?.(status as 'connecting'),
  });
  socket.onRejected = handlers.onRejected;
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: address.doc,
    document,
    token: address.token,
    onSynced: ({ state }) => {
      if (state) handlers.onSynced?.();
    },
    onAuthenticated: ({ scope }) => handlers.onReadOnly?.(scope === 'readonly'),
    onAuthenticationFailed: ({ reason }) => handlers.onRefused?.(reason),
    // The server closes the workspace, not the socket, when the token is revoked.
    onClose: ({ event }) =>
      event.reason === 'revoked'
        ? handlers.onRefused?.('revoked')
        : handlers.onClosed?.(event.reason),
  });
  provider.attach();
  return {
    provider,
    socket,
    destroy() {
      provider.destroy();
      socket.destroy();
    },
  };
}
