import { describe, expect, it } from 'vitest';
import { createWorkerClient, type WorkerLike } from '../../src/state/worker-client';

interface Q {
  id: number;
  n: number;
}
type A = { id: number; ok: true; value: number } | { id: number; ok: false; message: string };

/** A stand-in worker that squares n, throws on a negative n, and crashes on zero. */
class FakeWorker implements WorkerLike {
  onmessage: WorkerLike['onmessage'] = null;
  onerror: WorkerLike['onerror'] = null;
  terminated = false;
  postMessage(message: unknown): void {
    const { id, n } = message as Q;
    queueMicrotask(() => {
      if (n === 0) this.onerror?.({ message: 'Uncaught RangeError: out of memory' });
      else if (n < 0) this.onmessage?.({ data: { id, ok: false, message: 'negative landscape' } });
      else this.onmessage?.({ data: { id, ok: true, value: n * n } });
    });
  }
  terminate(): void {
    this.terminated = true;
  }
}

function setup() {
  const workers: FakeWorker[] = [];
  const answers: number[] = [];
  const errors: string[] = [];
  const client = createWorkerClient<Q, A>({
    create: () => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    },
    onanswer: (a) => answers.push(a.value),
    onerror: (m) => errors.push(m),
  });
  return { client, workers, answers, errors };
}
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('the worker client', () => {
  it('passes on only the answer to the latest question', async () => {
    const { client, answers } = setup();
    client.ask({ n: 2 });
    client.ask({ n: 3 });
    await settle();
    expect(answers).toEqual([9]);
  });

  it('reports an analysis that throws in the worker as a message, not silence', async () => {
    const { client, answers, errors } = setup();
    client.ask({ n: -1 });
    await settle();
    expect(answers).toEqual([]);
    expect(errors).toEqual(['negative landscape']);
  });

  it('reports a worker that stops, and answers the next question on a new one', async () => {
    const { client, workers, answers, errors } = setup();
    client.ask({ n: 0 });
    await settle();
    expect(errors).toEqual(['Uncaught RangeError: out of memory']);
    expect(workers[0]!.terminated).toBe(true);
    client.ask({ n: 4 });
    await settle();
    expect(workers).toHaveLength(2);
    expect(answers).toEqual([16]);
  });
});
