import { OutdatedAppError, type Commit, type CommitReceipt } from './repository';

/** The worker opens the database when it starts, so that the first edit does not wait for it. */
export type CommitRequest =
  | { kind: 'open'; database: string | undefined; build: number }
  | { kind: 'commit'; id: number; commit: Commit };

export type CommitAnswer =
  | { id: number; ok: true; storedAt: number }
  | { id: number; ok: false; name: string; message: string }
  /** The worker could not open the database (where the page could): the page writes instead. */
  | { id: number; ok: false; unopened: true };

/** Writes an edit somewhere other than the page; see `DexieStore.open`. */
export type Committer = (commit: Commit) => Promise<CommitReceipt | void>;

/**
 * Edits written by the storage worker, to the same database as the page's store. Where the page
 * cannot start a worker, or the worker cannot open the database, or once it has stopped, edits
 * are written by `here`, the page's store; what the worker was writing when it stopped fails,
 * so the save queue writes it again.
 */
export function commitThread(
  database: string | undefined,
  build: number,
  start: () => Worker,
  here: Committer,
): Committer {
  let worker: Worker;
  try {
    worker = start();
  } catch {
    return here;
  }
  worker.postMessage({ kind: 'open', database, build } satisfies CommitRequest);
  let next = 0;
  let broken: Error | undefined;
  const waiting = new Map<
    number,
    {
      commit: Commit;
      resolve: (r: CommitReceipt | void) => void;
      reject: (e: Error) => void;
    }
  >();
  worker.onmessage = ({ data }: MessageEvent<CommitAnswer>) => {
    const w = waiting.get(data.id);
    waiting.delete(data.id);
    if (!w) return;
    if (data.ok) w.resolve({ storedAt: data.storedAt - performance.timeOrigin });
    else if ('unopened' in data) {
      broken ??= new Error('the storage worker could not open the database');
      here(w.commit).then(w.resolve, w.reject);
    } else w.reject(errorOf(data.name, data.message));
  };
  worker.onerror = (event) => {
    broken = new Error(event.message || 'the storage worker stopped');
    for (const w of waiting.values()) w.reject(broken);
    waiting.clear();
  };
  return (commit) => {
    if (broken) return here(commit);
    const id = (next += 1);
    return new Promise<CommitReceipt | void>((resolve, reject) => {
      waiting.set(id, { commit, resolve, reject });
      worker.postMessage({ kind: 'commit', id, commit } satisfies CommitRequest);
    });
  };
}

/** The worker's error as the page's own store would have thrown it. */
function errorOf(name: string, message: string): Error {
  if (name === 'OutdatedAppError') return new OutdatedAppError();
  return Object.assign(new Error(message), { name });
}
