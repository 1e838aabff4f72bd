/// <reference lib="webworker" />
import { parseLandscape } from '../core/io/landscape-format';
import { bandLayout } from '../core/layout/band-layout';
import { newContent } from '../core/workspace/workspace';
import type { WorkspaceContent } from '../core/workspace/types';
import { encodeInParts } from '../document/encode-parts';
import { encodeContent, FROM_STORAGE } from '../state/open-document';

/**
 * Reads a large landscape file and encodes a new workspace's document off the main thread:
 * at thousands of boards each takes hundreds of milliseconds, which froze the page.
 *
 * `open` reads a file into a new workspace's content and keeps it; `encode-opened` then writes
 * that content's document in parts, while the page already shows it.
 */
export type FileRequest =
  | { id: number; kind: 'open'; text: string }
  | { id: number; kind: 'encode-opened' }
  | { id: number; kind: 'encode'; content: WorkspaceContent };

let opened: WorkspaceContent | undefined;

function answer(request: FileRequest): void {
  if (request.kind === 'open') {
    const read = parseLandscape(request.text);
    opened = read.ok ? newContent(read.value, bandLayout(read.value)) : undefined;
    self.postMessage({
      id: request.id,
      ok: true,
      value: read.ok ? { ok: true, value: opened } : read,
    });
  } else if (request.kind === 'encode-opened') {
    if (!opened) throw new Error('no file has been opened');
    const parts = encodeInParts(opened, FROM_STORAGE);
    opened = undefined;
    self.postMessage(
      { id: request.id, ok: true, value: parts },
      parts.map((p) => p.buffer as ArrayBuffer),
    );
  } else {
    const state = encodeContent(request.content);
    self.postMessage({ id: request.id, ok: true, value: state }, [state.buffer]);
  }
}

self.onmessage = ({ data }: MessageEvent<FileRequest>) => {
  try {
    answer(data);
  } catch (error) {
    self.postMessage({
      id: data.id,
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
