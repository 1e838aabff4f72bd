import type { Landscape } from '../core/model/types';

/**
 * Landscapes this large are analysed and compared in a worker: the analyses take longer than a
 * frame or two there (see the benchmark), and they run on every edit.
 */
export const WORKER_THRESHOLD = 1000;

/** Whether a landscape's analyses and comparisons go to the worker. */
export const runsInWorker = (landscape: Landscape | undefined): boolean =>
  (landscape?.boards.length ?? 0) >= WORKER_THRESHOLD;

/** The part of a `Worker` the client uses, so a test can stand in for one. */
export interface WorkerLike {
  postMessage(message: unknown): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
  terminate(): void;
}

export interface WorkerClient<Question> {
  /** Asks a question; only the answer to the latest one is passed on. */
  ask(question: Omit<Question, 'id'>): void;
  /** Sends something a later question builds on; it has no answer of its own. */
  tell(message: unknown): void;
  destroy(): void;
}

const analysisWorker = (): WorkerLike =>
  new Worker(new URL('../workers/analysis.worker.ts', import.meta.url), {
    type: 'module',
  }) as unknown as WorkerLike;

/**
 * The one client of the analysis worker, asked questions one after another about a landscape
 * that keeps changing: only the latest answer is passed on, since earlier ones describe a
 * landscape the user has moved past. A failure is reported, never left as "working…": an error
 * answer or a worker that stops calls `onerror` with a message, and a stopped worker is replaced
 * on the next question (a retry is that question asked again).
 */
export function createWorkerClient<
  Question extends { id: number },
  Answer extends { id: number; ok: true } | { id: number; ok: false; message: string },
>(options: {
  onanswer: (answer: Extract<Answer, { ok: true }>) => void;
  onerror: (message: string) => void;
  create?: () => WorkerLike;
}): WorkerClient<Question> {
  const create = options.create ?? analysisWorker;
  let worker: WorkerLike | undefined;
  let asked = 0;

  function start(): WorkerLike {
    const w = create();
    w.onmessage = ({ data }) => {
      const answer = data as Answer;
      if (answer.id !== asked) return;
      if (answer.ok) options.onanswer(answer as Extract<Answer, { ok: true }>);
      else options.onerror(answer.message);
    };
    w.onerror = (event) => {
      w.terminate();
      if (worker === w) worker = undefined;
      options.onerror(event.message || 'the background worker stopped');
    };
    return w;
  }

  function ask(question: Omit<Question, 'id'>): void {
    worker ??= start();
    asked += 1;
    worker.postMessage({ ...question, id: asked });
  }

  return {
    ask,
    tell: (message) => {
      worker ??= start();
      worker.postMessage(message);
    },
    destroy: () => {
      worker?.terminate();
      worker = undefined;
    },
  };
}
