import { joinContent, type ContentPiece } from '../document/content-pieces';
import type { WorkspaceContent } from '../core/workspace/types';

type Answer =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; message: string }
  | { id: number; piece: ContentPiece };

/** A request without its id, which the client adds. */
export type Question<R> = R extends { id: number } ? Omit<R, 'id'> : never;

interface Waiting {
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
  pieces: ContentPiece[];
}

/**
 * The page's side of a worker that answers each request once, sending a workspace's records
 * ahead of the answer as pieces (`cutContent`). The worker starts on first use and stays; if it
 * stops, whatever was waiting fails and the next request starts another.
 */
export function pieceClient<R extends { id: number }>(start: () => Worker) {
  let worker: Worker | undefined;
  let next = 0;
  const waiting = new Map<number, Waiting>();
  return <T>(request: Question<R>, transfer: Transferable[] = []) => {
    if (!worker) {
      worker = start();
      worker.onmessage = ({ data }: MessageEvent<Answer>) => {
        const w = waiting.get(data.id);
        if ('piece' in data) return void w?.pieces.push(data.piece);
        waiting.delete(data.id);
        if (data.ok) w?.resolve(data.value);
        else w?.reject(new Error(data.message));
      };
      worker.onerror = (event) => {
        for (const w of waiting.values()) w.reject(new Error(event.message || 'worker stopped'));
        waiting.clear();
        worker = undefined;
      };
    }
    const id = (next += 1);
    const pieces: ContentPiece[] = [];
    const answer = new Promise<unknown>((resolve, reject) => {
      waiting.set(id, { resolve, reject, pieces });
      worker!.postMessage({ ...request, id }, transfer);
    });
    return {
      id,
      answer: answer as Promise<T>,
      /** `rest`, the answer's content without its records, with the pieces sent before it. */
      joined: (rest: WorkspaceContent) => joinContent(rest, pieces),
    };
  };
}
