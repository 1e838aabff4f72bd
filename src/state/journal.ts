import type { HistoryWrite } from '../persistence/repository';

/** An edit written to the journal before storage has confirmed it. */
export interface JournalEntry {
  ws: string;
  updates: Uint8Array[];
  history?: HistoryWrite;
  updatedAt: string;
}

/**
 * A write-ahead journal of edits on their way to storage. IndexedDB writes finish after the
 * edit; a page reloaded or closed in between would lose the edit. The journal is written at
 * once, synchronously, and read back when the workspace next opens, so an edit made just
 * before a reload is still there. Entries are dropped once storage has them.
 */
export interface Journal {
  add(entry: JournalEntry): string | undefined;
  remove(key: string): void;
  /** Entries left by tabs that are no longer open (this one's before a reload included). */
  pending(liveTabs: ReadonlySet<string>, self: string): { key: string; entry: JournalEntry }[];
}

const PREFIX = 'tirwedd.journal.';
function encode(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192)
    text += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return btoa(text);
}
const decode = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
/** Larger writes (a whole landscape replaced) are not journalled: local storage is small. */
const MAX_JOURNALLED = 256 * 1024;

/** The journal kept in the browser's local storage, one key per entry, named by its tab. */
export function localJournal(tab: string, storage: Storage = localStorage): Journal {
  let counter = 0;
  return {
    add(entry) {
      const key = `${PREFIX}${tab}.${Date.now()}.${(counter += 1)}`;
      const text = JSON.stringify({ ...entry, updates: entry.updates.map(encode) });
      if (text.length > MAX_JOURNALLED) return undefined;
      try {
        storage.setItem(key, text);
        return key;
      } catch {
        return undefined;
      }
    },
    remove(key) {
      storage.removeItem(key);
    },
    pending(liveTabs, self) {
      const found: { key: string; entry: JournalEntry }[] = [];
      for (let i = 0; i < storage.length; i += 1) {
        const key = storage.key(i);
        if (!key?.startsWith(PREFIX)) continue;
        const owner = key.slice(PREFIX.length).split('.')[0]!;
        if (owner !== self && liveTabs.has(owner)) continue;
        try {
          const raw = JSON.parse(storage.getItem(key)!) as JournalEntry & { updates: string[] };
          found.push({ key, entry: { ...raw, updates: raw.updates.map(decode) } });
        } catch {
          storage.removeItem(key);
        }
      }
      return found.sort((a, b) => a.key.localeCompare(b.key, 'en', { numeric: true }));
    },
  };
}
