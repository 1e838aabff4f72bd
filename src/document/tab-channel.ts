/** What one tab tells the others of the same browser. */
export type TabMessage =
  /** A change to a workspace document, already stored by the tab that made it. */
  | { type: 'update'; ws: string; update: Uint8Array }
  /** The list of workspaces changed (one added, renamed or deleted). */
  | { type: 'workspaces' }
  /** A tab running this build of the app has opened. */
  | { type: 'build'; build: number };

export interface TabChannel {
  post(message: TabMessage): void;
  listen(handler: (message: TabMessage) => void): () => void;
  close(): void;
}

/**
 * Tabs of one browser talk over a BroadcastChannel: a change reaches the other tabs in well
 * under a frame, without waiting for storage to be read again. Each tab stores its own changes;
 * the channel only carries them.
 */
export function tabChannel(name = 'tirwedd'): TabChannel | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  const channel = new BroadcastChannel(name);
  const handlers = new Set<(message: TabMessage) => void>();
  channel.onmessage = (event: MessageEvent<TabMessage>) => {
    for (const handler of handlers) handler(event.data);
  };
  return {
    post: (message) => channel.postMessage(message),
    listen(handler) {
      handlers.add(handler);
      return () => handlers.delete(handler);
    },
    close: () => channel.close(),
  };
}
