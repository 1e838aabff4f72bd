import type { Result } from '../core/model/problems';
import type { WorkspaceContent } from '../core/workspace/types';
import type { FileRequest } from '../workers/landscape-file.worker';
import { joinContent, type ContentPiece } from '../document/content-pieces';

/** A file read into a new workspace, its document still being written. */
export interface OpeningFile {
  content: WorkspaceContent;
  /** The document's updates, in order: together, the content. */
  parts: Promise<Uint8Array[]>;
}

/** A request without its id, which the client adds. */
type FileQuestion = FileRequest extends infer R
  ? R extends FileRequest
    ? Omit<R, 'id'>
    : never
  : never;
type Answer =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; message: string }
  | { id: number; piece: ContentPiece };

/** Reading a file or encoding a workspace this large goes to the worker. */
export const LARGE_TEXT = 1_000_000;
export const LARGE_CONTENT = 1000;

/**
 * The client of the file worker: each question gets its own answer. The worker starts on first
 * use and stays for the next file.
 */
export function fileWorker() {
  let worker: Worker | undefined;
  let next = 0;
  const waiting = new Map<
    number,
    { resolve: (v: unknown) => void; reject: (e: Error) => void; pieces: ContentPiece[] }
  >();
  const ask = <T>(request: FileQuestion, transfer: Transferable[] = []) => {
    if (!worker) {
      worker = new Worker(new URL('../workers/landscape-file.worker.ts', import.meta.url), {
        type: 'module',
      });
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
    return { id, answer: answer as Promise<T>, pieces };
  };
  return {
    /**
     * Reads a landscape file (read there too, so the page never holds its text) into a new
     * workspace's content; the worker then goes on to write its document in parts (`parts`)
     * while the page shows the content.
     */
    open: async (file: Blob | string): Promise<Result<OpeningFile>> => {
      const asked = ask<Result<WorkspaceContent>>({ kind: 'open', file });
      const read = await asked.answer;
      if (!read.ok) return read;
      return {
        ok: true,
        value: {
          content: joinContent(read.value, asked.pieces),
          parts: ask<Uint8Array[]>({ kind: 'encode-opened', of: asked.id }).answer,
        },
      };
    },
    encode: (content: WorkspaceContent) => ask<Uint8Array>({ kind: 'encode', content }).answer,
  };
}
