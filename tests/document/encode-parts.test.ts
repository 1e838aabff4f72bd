import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { bandLayout } from '../../src/core/layout/band-layout';
import type { WorkspaceContent } from '../../src/core/workspace/types';
import { LIST_NAMES, listOf, ORDER, CODECS } from '../../src/document/collections';
import { DocumentView, readDocument } from '../../src/document/document-view';
import { encodeInParts } from '../../src/document/encode-parts';
import { writeContent } from '../../src/document/write-content';
import { encodeContent } from '../../src/state/open-document';
import { generateLandscape } from '../fixtures/generate-landscape';
import { builtInScenarios, seedLandscape } from '../fixtures/seed';

const contentOf = (landscape: WorkspaceContent['landscape']): WorkspaceContent => ({
  landscape,
  positions: bandLayout(landscape),
  ignoredDuplications: [],
  scenarios: builtInScenarios(),
  tracker: [],
  pinned: [],
  tileNudges: [],
});

function applied(parts: Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  for (const part of parts) Y.applyUpdate(doc, part);
  return doc;
}

describe('a new workspace written in parts', () => {
  const large = contentOf(generateLandscape(11, 1500));

  it('makes the document writing it whole makes, in many small updates', () => {
    const parts = encodeInParts(large, 'test');
    expect(parts.length).toBeGreaterThan(5);
    const whole = encodeContent(large);
    for (const part of parts) expect(part.length).toBeLessThan(whole.length / 3);
    expect(readDocument(applied(parts))).toEqual(readDocument(applied([whole])));
    expect(readDocument(applied(parts))).toEqual(large);
  });

  it('gives each record the order key of its place, as writing it whole does', () => {
    const doc = applied(encodeInParts(large, 'test'));
    for (const name of LIST_NAMES) {
      const map = doc.getMap<unknown>(name);
      listOf(large, name).forEach((record, place) => {
        const stored = map.get(CODECS[name].key(record));
        const order = stored instanceof Y.Map ? stored.get(ORDER) : (stored as [number])[0];
        expect(order, `${name} ${place}`).toBe(place);
      });
    }
  });
});

describe('a document view of content just written', () => {
  it('keeps the objects it was given, and follows edits as a view that read them does', () => {
    const content = contentOf(seedLandscape());
    const doc = applied(encodeInParts(content, 'test'));
    const known = new DocumentView(doc, content);
    const read = new DocumentView(doc);
    expect(known.content).toBe(content);
    expect(read.content).toEqual(content);

    const boards = content.landscape.boards;
    const renamed = { ...boards[7]!, name: 'Renamed in place' };
    const added = { ...boards[0]!, id: 'new-board' as never, name: 'Added' };
    const after = {
      ...content,
      landscape: {
        ...content.landscape,
        boards: [
          ...boards.slice(0, 7),
          renamed,
          ...boards.slice(8, 40),
          added,
          ...boards.slice(40),
        ],
      },
    };
    writeContent(doc, content, after, 'test');
    expect(known.content).toEqual(after);
    expect(read.content).toEqual(after);
    expect(known.content.landscape.boards[6]).toBe(boards[6]);
    expect(known.content.landscape.memberships).toBe(content.landscape.memberships);
  });
});
