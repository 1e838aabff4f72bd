import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { bandLayout } from '../../src/core/layout/band-layout';
import { newContent } from '../../src/core/workspace/workspace';
import { readDocument } from '../../src/document/document-view';
import { encodeInParts } from '../../src/document/encode-parts';
import { SMALL_UPDATE, updatesToMerge } from '../../src/persistence/compaction';
import { DexieStore } from '../../src/persistence/dexie-store';
import { generateLandscape } from '../fixtures/generate-landscape';

const bytes = (n: number) => new Uint8Array(n);

describe('compacting stored updates', () => {
  it('merges the small updates only, once there are more than the limit', () => {
    const big = bytes(SMALL_UPDATE);
    const updates = [big, big, bytes(10), bytes(20), big, bytes(30)];
    expect(updatesToMerge(updates, 3)).toEqual([]);
    expect(updatesToMerge(updates, 2)).toEqual([2, 3, 5]);
  });

  it('keeps a large workspace stored in parts the same document, its parts untouched', async () => {
    const landscape = generateLandscape(5, 1500);
    const content = newContent(landscape, bandLayout(landscape));
    const parts = encodeInParts(content, 'test');
    expect(parts.some((p) => p.length >= SMALL_UPDATE)).toBe(true);
    const store = await DexieStore.open('compaction-test', 1);
    const now = '2026-12-04T12:00:00.000Z';
    await store.create({ id: 'w', name: 'Large', createdAt: now, updatedAt: now }, parts);
    // Edits made on it, each a small update of its own.
    const doc = new Y.Doc();
    for (const part of parts) Y.applyUpdate(doc, part);
    const edits: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => edits.push(u));
    for (let i = 0; i < 6; i += 1) doc.getMap('meta').set('title', `Title ${i}`);
    await store.commit({ ws: 'w', updates: edits, updatedAt: now });

    const merged: number[] = [];
    await store.compact('w', (all) => (merged.push(all.length), Y.mergeUpdates(all)), 4);
    const after = await store.readUpdates('w');
    const small = parts.filter((p) => p.length < SMALL_UPDATE).length;
    expect(merged).toEqual([small + 6]);
    expect(after).toHaveLength(parts.length - small + 1);
    for (const part of parts.filter((p) => p.length >= SMALL_UPDATE))
      expect(after.some((u) => u.length === part.length && u.every((b, i) => b === part[i]))).toBe(
        true,
      );
    const reread = new Y.Doc();
    for (const update of after) Y.applyUpdate(reread, update);
    expect(readDocument(reread)).toEqual({
      ...content,
      landscape: { ...content.landscape, title: 'Title 5' },
    });
  });
});
