import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { bandLayout } from '../../src/core/layout/band-layout';
import type { WorkspaceContent } from '../../src/core/workspace/types';
import { newContent } from '../../src/core/workspace/workspace';
import { joinContent, type ContentPiece } from '../../src/document/content-pieces';
import { encodeInParts } from '../../src/document/encode-parts';
import { writeContent } from '../../src/document/write-content';
import type { DecodeRequest } from '../../src/workers/stored-content.worker';
import { generateLandscape } from '../fixtures/generate-landscape';

/** The worker's script, run in this process, with its messages caught. */
type Answer = { rest: WorkspaceContent; leftOut: boolean; updates: Uint8Array[] };
type Message = { id: number; ok?: boolean; value?: Answer; message?: string; piece?: ContentPiece };
const messages: Message[] = [];
const scope = {
  onmessage: null as ((event: { data: unknown }) => void) | null,
  // Across a worker boundary everything is a copy.
  postMessage: (message: Message) => messages.push(structuredClone(message)),
};
const decoded = (id: number, updates: Uint8Array[]) => {
  scope.onmessage!({ data: structuredClone({ id, kind: 'decode', updates } as DecodeRequest) });
  const answer = messages.find((m) => m.id === id && 'ok' in m)!;
  const pieces = messages.filter((m) => m.id === id && m.piece).map((m) => m.piece!);
  return { answer, content: answer.value && joinContent(answer.value.rest, pieces), pieces };
};

beforeAll(async () => {
  (globalThis as unknown as { self: unknown }).self = scope;
  await import('../../src/workers/stored-content.worker');
});

describe('the stored-content worker', () => {
  const landscape = generateLandscape(31, 600);
  const content = newContent(landscape, bandLayout(landscape));

  it('decodes stored parts into the content, in pieces, and hands the parts back', () => {
    const parts = encodeInParts(content, 'storage');
    const { answer, content: read, pieces } = decoded(1, parts);
    expect(pieces.length).toBeGreaterThan(1);
    expect(read).toEqual(content);
    expect(answer.value!.leftOut).toBe(false);
    const back = answer.value!.updates;
    expect(back).toHaveLength(parts.length);
    expect(back.every((u, at) => Buffer.from(u).equals(parts[at]!))).toBe(true);
  });

  it('settles what a merge left dangling, and says it did', () => {
    const doc = new Y.Doc();
    const gone = landscape.boards[0]!.id;
    // As two tabs' merged changes can leave it: a board deleted, its memberships kept.
    writeContent(
      doc,
      undefined,
      {
        ...content,
        landscape: { ...landscape, boards: landscape.boards.filter((b) => b.id !== gone) },
      },
      'storage',
    );
    const { answer, content: read } = decoded(2, [Y.encodeStateAsUpdate(doc)]);
    expect(answer.value!.leftOut).toBe(true);
    expect(read!.landscape.memberships.some((m) => m.board === gone)).toBe(false);
    expect(read!.landscape.boards).toHaveLength(599);
  });

  it('answers a broken update with why', () => {
    const { answer } = decoded(3, [new Uint8Array([1, 2, 3, 4, 5])]);
    expect(answer.ok).toBe(false);
    expect(answer.message).toBeTruthy();
  });
});
