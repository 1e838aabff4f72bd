/// <reference lib="webworker" />
import { cutContent } from '../document/content-pieces';
import { decodeStored } from '../document/stored-content';
import { buffersOf } from '../document/update-buffers';

/**
 * Decodes a large stored workspace's updates into its content, sent in pieces, and hands the
 * updates back for the page to open its live document from: decoding takes seconds at thousands
 * of boards, and here the page goes on answering meanwhile.
 */
export type DecodeRequest = { id: number; kind: 'decode'; updates: Uint8Array[] };

self.onmessage = ({ data }: MessageEvent<DecodeRequest>) => {
  const { id, updates } = data;
  try {
    const { content, leftOut } = decodeStored(updates);
    const { rest, pieces } = cutContent(content);
    for (const piece of pieces) self.postMessage({ id, piece });
    self.postMessage({ id, ok: true, value: { rest, leftOut, updates } }, buffersOf(updates));
  } catch (error) {
    self.postMessage({
      id,
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
