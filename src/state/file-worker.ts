import type { Result } from '../core/model/problems';
import type { WorkspaceContent } from '../core/workspace/types';
import type { FileRequest } from '../workers/landscape-file.worker';
import { pieceClient } from './piece-client';

/** A file read into a new workspace, its document still being written. */
export interface OpeningFile {
  content: WorkspaceContent;
  /** The document's updates, in order: together, the content. */
  parts: Promise<Uint8Array[]>;
}

/** Reading a file or encoding a workspace this large goes to the worker. */
export const LARGE_TEXT = 1_000_000;
export const LARGE_CONTENT = 1000;

/** The client of the file worker, which starts on first use and stays for the next file. */
export function fileWorker() {
  const ask = pieceClient<FileRequest>(
    () =>
      new Worker(new URL('../workers/landscape-file.worker.ts', import.meta.url), {
        type: 'module',
      }),
  );
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
          content: asked.joined(read.value),
          parts: ask<Uint8Array[]>({ kind: 'encode-opened', of: asked.id }).answer,
        },
      };
    },
    encode: (content: WorkspaceContent) => ask<Uint8Array>({ kind: 'encode', content }).answer,
  };
}
