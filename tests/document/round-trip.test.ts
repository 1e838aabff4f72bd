import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { bandLayout } from '../../src/core/layout/band-layout';
import type { WorkspaceContent } from '../../src/core/workspace/types';
import { DocumentView, readDocument } from '../../src/document/document-view';
import { writeContent } from '../../src/document/write-content';
import { generateLandscape } from '../fixtures/generate-landscape';
import { seedLandscape, builtInScenarios } from '../fixtures/seed';

function contentOf(
  landscape: WorkspaceContent['landscape'],
  scenarios: WorkspaceContent['scenarios'] = [],
): WorkspaceContent {
  return {
    landscape,
    positions: bandLayout(landscape),
    ignoredDuplications: [{ pair: 'a|b', note: 'not the same' }],
    scenarios,
    tracker: [],
    pinned: landscape.boards.slice(0, 3).map((b) => b.id),
    tileNudges: [{ code: landscape.areas[0]!.code, col: 7, row: 1 }],
  };
}

function roundTrip(content: WorkspaceContent): WorkspaceContent {
  const doc = new Y.Doc();
  writeContent(doc, undefined, content, 'test');
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return readDocument(copy);
}

describe('the workspace document', () => {
  it('gives back the seed workspace deep-equal, order included', () => {
    const content = contentOf(seedLandscape(), builtInScenarios());
    expect(roundTrip(content)).toEqual(content);
  });

  it('gives back a generated 5,000-board workspace deep-equal', () => {
    const content = contentOf(generateLandscape(7, 5000));
    expect(roundTrip(content)).toEqual(content);
  });

  it('re-reads only the records an edit touched', () => {
    const content = contentOf(seedLandscape());
    const doc = new Y.Doc();
    writeContent(doc, undefined, content, 'test');
    const view = new DocumentView(doc);
    const first = view.content;
    const board = first.landscape.boards[5]!;
    const boards = first.landscape.boards.with(5, { ...board, name: 'Renamed' });
    const after = { ...first, landscape: { ...first.landscape, boards } };
    writeContent(doc, first, after, 'test');
    const next = view.content;
    expect(next).toEqual(after);
    expect(next.landscape.boards[4]).toBe(first.landscape.boards[4]);
    expect(next.landscape.memberships).toBe(first.landscape.memberships);
    expect(next.scenarios).toBe(first.scenarios);
  });
});
