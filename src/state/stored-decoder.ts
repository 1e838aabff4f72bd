import type { StoredContent } from '../document/stored-content';
import { buffersOf } from '../document/update-buffers';
import type { WorkspaceContent } from '../core/workspace/types';
import type { DecodeRequest } from '../workers/stored-content.worker';
import { pieceClient } from './piece-client';

/** Stored updates this large (in bytes, together) are decoded off the main thread. */
export const LARGE_STORED = 1_000_000;

/** A stored workspace's content, with its updates handed back. */
export type Decoded = StoredContent & { updates: Uint8Array[] };

/**
 * Decodes a stored workspace's updates in a worker, started on first use; see the worker. The
 * updates are moved there (copying 40 MB held the page for 300 ms) and come back with the
 * content; if the worker fails they are lost to the page, which must read them again.
 */
export function storedDecoder(): (updates: Uint8Array[]) => Promise<Decoded> {
  const ask = pieceClient<DecodeRequest>(
    () =>
      new Worker(new URL('../workers/stored-content.worker.ts', import.meta.url), {
        type: 'module',
      }),
  );
  return async (updates) => {
    const asked = ask<{ rest: WorkspaceContent; leftOut: boolean; updates: Uint8Array[] }>(
      { kind: 'decode', updates },
      buffersOf(updates),
    );
    const { rest, leftOut, updates: back } = await asked.answer;
    return { content: asked.joined(rest), leftOut, updates: back };
  };
}
