import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { bandLayout } from '../../src/core/layout/band-layout';
import type { Landscape } from '../../src/core/model/types';
import type { WorkspaceContent } from '../../src/core/workspace/types';
import { newContent } from '../../src/core/workspace/workspace';
import { joinContent, type ContentPiece } from '../../src/document/content-pieces';
import { readDocument } from '../../src/document/document-view';
import type { FileRequest } from '../../src/workers/landscape-file.worker';
import { generateLandscape } from '../fixtures/generate-landscape';

/** The worker's script, run in this process, with its messages caught. */
type Message = { id: number; ok?: boolean; value?: unknown; piece?: ContentPiece };
const messages: Message[] = [];
const scope = {
  onmessage: null as ((event: { data: unknown }) => void) | null,
  // Across a worker boundary everything is a copy.
  postMessage: (message: Message) => messages.push(structuredClone(message)),
};
const post = (request: FileRequest) => scope.onmessage!({ data: structuredClone(request) });
const answered = async (id: number) => {
  for (let i = 0; i < 500; i += 1) {
    const answer = messages.find((m) => m.id === id && 'ok' in m);
    if (answer) return answer;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`no answer to ${id}`);
};

beforeAll(async () => {
  (globalThis as unknown as { self: unknown }).self = scope;
  await import('../../src/workers/landscape-file.worker');
});

describe('the file worker', () => {
  const first = generateLandscape(21, 1200);
  const second = { ...generateLandscape(22, 900), title: 'The second file' } as Landscape;
  const contentOf = (l: Landscape): WorkspaceContent => newContent(l, bandLayout(l));

  it('sends a file read in pieces, and writes the document of the file asked for', async () => {
    // A second file chosen before the first one's document was asked for.
    post({ id: 1, kind: 'open', file: new Blob([JSON.stringify(first)]) });
    post({ id: 2, kind: 'open', file: JSON.stringify(second) });
    post({ id: 3, kind: 'encode-opened', of: 1 });
    post({ id: 4, kind: 'encode-opened', of: 2 });

    const read = (await answered(1)).value as { ok: true; value: WorkspaceContent };
    const pieces = messages.filter((m) => m.id === 1 && m.piece).map((m) => m.piece!);
    expect(pieces.length).toBeGreaterThan(1);
    expect(joinContent(read.value, pieces)).toEqual(contentOf(first));

    for (const [id, landscape] of [
      [3, first],
      [4, second],
    ] as const) {
      const doc = new Y.Doc();
      for (const part of (await answered(id)).value as Uint8Array[]) Y.applyUpdate(doc, part);
      expect(readDocument(doc)).toEqual(contentOf(landscape));
    }
  });

  it('refuses a broken file with its problems, and has no document for it', async () => {
    const broken = structuredClone(first) as unknown as { boards: { level: string }[] };
    broken.boards[2]!.level = 'county';
    post({ id: 5, kind: 'open', file: JSON.stringify(broken) });
    post({ id: 6, kind: 'encode-opened', of: 5 });
    const read = (await answered(5)).value as { ok: false; problems: { field: string }[] };
    expect(read.ok).toBe(false);
    expect(read.problems.map((p) => p.field)).toEqual(['level']);
    expect(await answered(6)).toMatchObject({ ok: false });
  });
});
