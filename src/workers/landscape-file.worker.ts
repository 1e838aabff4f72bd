/// <reference lib="webworker" />
import { parseLandscape } from '../core/io/landscape-format';
import { bandLayout } from '../core/layout/band-layout';
import { newContent } from '../core/workspace/workspace';
import type { WorkspaceContent } from '../core/workspace/types';
import { cutContent } from '../document/content-pieces';
import { encodeInParts } from '../document/encode-parts';
import { buffersOf } from '../document/update-buffers';
import { encodeContent, FROM_STORAGE } from '../state/open-document';

/**
 * Reads a large landscape file and encodes a new workspace's document off the main thread:
 * at thousands of boards each takes hundreds of milliseconds, which froze the page.
 *
 * `open` reads a file into a new workspace's content, sends it in pieces (`cutContent`) and keeps
 * it; `encode-opened` then writes that content's document in parts, while the page shows it.
 */
export type FileRequest =
  | { id: number; kind: 'open'; file: Blob | string }
  | { id: number; kind: 'encode-opened'; of: number }
  | { id: number; kind: 'encode'; content: WorkspaceContent };

/** The contents read, by the id of the `open` request, until their documents are written. */
const opened = new Map<number, WorkspaceContent>();

async function answer(request: FileRequest): Promise<void> {
  if (request.kind === 'open') {
    const { file } = request;
    const read = parseLandscape(typeof file === 'string' ? file : await file.text());
    if (!read.ok) {
      self.postMessage({ id: request.id, ok: true, value: read });
      return;
    }
    const content = newContent(read.value, bandLayout(read.value));
    opened.set(request.id, content);
    const { rest, pieces } = cutContent(content);
    for (const piece of pieces) self.postMessage({ id: request.id, piece });
    self.postMessage({ id: request.id, ok: true, value: { ok: true, value: rest } });
  } else if (request.kind === 'encode-opened') {
    const content = opened.get(request.of);
    if (!content) throw new Error('no such file has been opened');
    opened.delete(request.of);
    const parts = encodeInParts(content, FROM_STORAGE);
    self.postMessage({ id: request.id, ok: true, value: parts }, buffersOf(parts));
  } else {
    const state = encodeContent(request.content);
    self.postMessage({ id: request.id, ok: true, value: state }, [state.buffer]);
  }
}

// Requests are answered in the order they came, each whole before the next begins.
let queue = Promise.resolve();
self.onmessage = ({ data }: MessageEvent<FileRequest>) => {
  queue = queue.then(() => answerOrSay(data));
};

async function answerOrSay(data: FileRequest): Promise<void> {
  try {
    await answer(data);
  } catch (error) {
    self.postMessage({
      id: data.id,
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    });
  }
}
