/// <reference lib="webworker" />
import { parseLandscape } from '../core/io/landscape-format';
import type { WorkspaceContent } from '../core/workspace/types';
import { encodeContent } from '../state/open-document';

/**
 * Reads a large landscape file and encodes a new workspace's document off the main thread:
 * at thousands of boards each takes hundreds of milliseconds, which froze the page.
 */
export type FileRequest =
  | { id: number; kind: 'parse'; text: string }
  | { id: number; kind: 'encode'; content: WorkspaceContent };

self.onmessage = ({ data }: MessageEvent<FileRequest>) => {
  try {
    if (data.kind === 'parse')
      self.postMessage({ id: data.id, ok: true, value: parseLandscape(data.text) });
    else {
      const state = encodeContent(data.content);
      self.postMessage({ id: data.id, ok: true, value: state }, [state.buffer]);
    }
  } catch (error) {
    self.postMessage({
      id: data.id,
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
