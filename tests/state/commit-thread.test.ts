import { describe, expect, it } from 'vitest';
import {
  commitThread,
  type CommitAnswer,
  type CommitRequest,
} from '../../src/persistence/commit-thread';
import { OutdatedAppError, type Commit } from '../../src/persistence/repository';

type Reply =
  | { ok: true; storedAt: number }
  | { ok: false; name: string; message: string }
  | { ok: false; unopened: true };

/** A stand-in for the storage worker that answers each commit as `answer` says. */
function fakeWorker(answer: (request: CommitRequest & { kind: 'commit' }) => Reply | 'crash') {
  const seen: CommitRequest[] = [];
  const worker = {
    onmessage: null as ((event: MessageEvent<CommitAnswer>) => void) | null,
    onerror: null as ((event: ErrorEvent) => void) | null,
    postMessage(request: CommitRequest) {
      seen.push(request);
      if (request.kind !== 'commit') return;
      const reply = answer(request);
      queueMicrotask(() => {
        if (reply === 'crash') worker.onerror?.({ message: 'worker crashed' } as ErrorEvent);
        else
          worker.onmessage?.({ data: { ...reply, id: request.id } } as MessageEvent<CommitAnswer>);
      });
    },
  };
  return { worker: worker as unknown as Worker, seen };
}

const commit = (ws: string): Commit => ({ ws, updates: [new Uint8Array([1])], updatedAt: 'now' });

describe('edits written by the storage worker', () => {
  it('opens the database first, then sends each edit and reports when it was stored', async () => {
    const { worker, seen } = fakeWorker(() => ({
      ok: true,
      storedAt: performance.timeOrigin + 12,
    }));
    const here: Commit[] = [];
    const write = commitThread(
      'db',
      7,
      () => worker,
      async (c) => void here.push(c),
    );
    await expect(write(commit('a'))).resolves.toEqual({ storedAt: 12 });
    expect(seen[0]).toEqual({ kind: 'open', database: 'db', build: 7 });
    expect(seen[1]).toMatchObject({ kind: 'commit', commit: commit('a') });
    expect(here).toEqual([]);
  });

  it('fails as the page would: a newer app, a full disk', async () => {
    const { worker } = fakeWorker((r) =>
      r.commit.ws === 'old'
        ? { ok: false, name: 'OutdatedAppError', message: 'newer' }
        : { ok: false, name: 'QuotaExceededError', message: 'QuotaExceededError: full' },
    );
    const write = commitThread(
      undefined,
      1,
      () => worker,
      async () => undefined,
    );
    await expect(write(commit('old'))).rejects.toBeInstanceOf(OutdatedAppError);
    const full = await write(commit('ws')).catch((e: Error) => e);
    expect(full).toMatchObject({ name: 'QuotaExceededError', message: 'QuotaExceededError: full' });
  });

  it('lets the page write when the worker cannot open the database or stops', async () => {
    const here: string[] = [];
    const page = async (c: Commit) => void here.push(c.ws);
    const unopened = fakeWorker(() => ({ ok: false, unopened: true }));
    const a = commitThread(undefined, 1, () => unopened.worker, page);
    await a(commit('first'));
    await a(commit('second'));
    expect(here).toEqual(['first', 'second']);
    expect(unopened.seen.filter((r) => r.kind === 'commit')).toHaveLength(1);

    here.length = 0;
    const crashing = fakeWorker(() => 'crash');
    const b = commitThread(undefined, 1, () => crashing.worker, page);
    await expect(b(commit('lost'))).rejects.toThrow('worker crashed');
    await b(commit('after'));
    expect(here).toEqual(['after']);

    here.length = 0;
    const noWorkers = () => {
      throw new Error('no workers here');
    };
    const c = commitThread(undefined, 1, noWorkers, page);
    await c(commit('plain'));
    expect(here).toEqual(['plain']);
  });
});
