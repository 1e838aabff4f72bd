import { tidyMoves } from '../core/layout/tidy-moves';
import type { Positions, Workspace } from '../core/workspace/types';
import type { TidyRequest, TidyResponse } from '../workers/tidy.worker';
import type { Session } from './session.svelte';

export interface TidyDeps {
  session: Session;
  /** Makes the layout worker; tests pass a fake. */
  createWorker?: () => Worker;
}

const layoutWorker = () =>
  new Worker(new URL('../workers/tidy.worker.ts', import.meta.url), { type: 'module' });

/** The positions of the open workspace's pinned boards: what a tidy must leave alone. */
export function pinnedPositions(workspace: Workspace): Positions {
  const out: Positions = {};
  for (const id of workspace.pinned) {
    const p = workspace.positions[id];
    if (p) out[id] = p;
  }
  return out;
}

/**
 * Tidies the open workspace's layout in a Web Worker and applies the result as one undoable
 * `move-boards` edit. Pinned boards stay put; a board pinned while the tidy was running is
 * left where the user put it.
 */
export class TidyLayout {
  running = $state(false);

  readonly #session: Session;
  readonly #createWorker: () => Worker;
  #worker: Worker | undefined;
  #next = 0;

  constructor(deps: TidyDeps) {
    this.#session = deps.session;
    this.#createWorker = deps.createWorker ?? layoutWorker;
  }

  /** Runs a tidy; true when it moved any board. */
  async tidy(): Promise<boolean> {
    const start = this.#session.workspace;
    if (!start || this.running || !this.#session.editable) return false;
    this.running = true;
    try {
      const positions = await this.#run({
        id: (this.#next += 1),
        landscape: start.landscape,
        pinned: pinnedPositions(start),
      });
      const now = this.#session.workspace;
      if (!now || now.id !== start.id) return false;
      const moves = tidyMoves(now, positions);
      if (Object.keys(moves).length === 0) return false;
      return this.#session.apply({ kind: 'move-boards', positions: moves });
    } catch (error) {
      this.#session.notice = {
        tone: 'error',
        key: 'layout.failed',
        params: { reason: error instanceof Error ? error.message : String(error) },
      };
      return false;
    } finally {
      this.running = false;
    }
  }

  /** Unpins every pinned board, as one edit that undo takes back. */
  unpinAll(): boolean {
    const pinned = this.#session.workspace?.pinned ?? [];
    return pinned.length > 0 && this.#session.apply({ kind: 'unpin-boards', ids: [...pinned] });
  }

  /** Stops the worker; a later tidy starts a new one. */
  destroy(): void {
    this.#worker?.terminate();
    this.#worker = undefined;
  }

  #run(request: TidyRequest): Promise<Positions> {
    const worker = (this.#worker ??= this.#createWorker());
    return new Promise((resolve, reject) => {
      const onMessage = ({ data }: MessageEvent<TidyResponse>) => {
        if (data.id !== request.id) return;
        worker.removeEventListener('message', onMessage);
        worker.removeEventListener('error', onError);
        if (data.ok) resolve(data.positions);
        else reject(new Error(data.message));
      };
      const onError = (event: ErrorEvent) => {
        worker.removeEventListener('message', onMessage);
        worker.removeEventListener('error', onError);
        this.destroy();
        reject(new Error(event.message || 'the layout worker failed'));
      };
      worker.addEventListener('message', onMessage);
      worker.addEventListener('error', onError);
      worker.postMessage(request);
    });
  }
}
