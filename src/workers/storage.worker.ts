import { DexieStore } from '../persistence/dexie-store';
import type { CommitAnswer, CommitRequest } from '../persistence/commit-thread';

// An edit's write is done here so that it is stored while the page is still drawing the edit:
// on the page, IndexedDB's answer would wait behind that drawing (tens of milliseconds at
// 5,000 boards).
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CommitRequest>) => void) | null;
  postMessage(message: CommitAnswer): void;
};

let store: Promise<DexieStore | undefined> | undefined;
let writes: Promise<unknown> = Promise.resolve();

scope.onmessage = ({ data }) => {
  if (data.kind === 'open') {
    store = DexieStore.open(data.database, data.build).catch(() => undefined);
    return;
  }
  // One after another, in the order the page sent them, as the page's own queue would.
  writes = writes.then(async () => {
    try {
      const opened = await store;
      if (!opened) return scope.postMessage({ id: data.id, ok: false, unopened: true });
      await opened.commit(data.commit);
      scope.postMessage({
        id: data.id,
        ok: true,
        storedAt: performance.timeOrigin + performance.now(),
      });
    } catch (error) {
      const { name, message } =
        error instanceof Error ? error : { name: 'Error', message: String(error) };
      scope.postMessage({ id: data.id, ok: false, name, message });
    }
  });
};
