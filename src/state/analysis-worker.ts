/**
 * The analysis worker, asked questions one after another about a landscape that keeps
 * changing: only the answer to the latest question is passed on, since earlier ones describe a
 * landscape the user has already moved past. The worker starts on the first question.
 */
export class LatestAnswer<
  Question extends { id: number },
  Answer extends { id: number; ok: boolean },
> {
  #worker: Worker | undefined;
  #asked = 0;

  constructor(private readonly onanswer: (answer: Extract<Answer, { ok: true }>) => void) {}

  ask(question: Omit<Question, 'id'>): void {
    this.#worker ??= new Worker(new URL('../workers/analysis.worker.ts', import.meta.url), {
      type: 'module',
    });
    const id = (this.#asked += 1);
    this.#worker.onmessage = ({ data }: MessageEvent<Answer>) => {
      if (data.id === this.#asked && data.ok) this.onanswer(data as Extract<Answer, { ok: true }>);
    };
    this.#worker.postMessage({ ...question, id });
  }
}
