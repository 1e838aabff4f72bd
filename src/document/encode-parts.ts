import * as Y from 'yjs';
import type { WorkspaceContent } from '../core/workspace/types';
import { CODECS, LIST_NAMES, listOf } from './collections';
import { withList, withoutRecords } from './content-pieces';
import { writeContent } from './write-content';

/**
 * About how many records one part holds. Boards and the other records kept field by field cost
 * several entries each, so fewer of them go in a part.
 */
const RECORDS_PER_PART = 4000;
const FIELD_RECORDS_PER_PART = 800;

/**
 * A new workspace's document as a series of updates, each a part of its records, which together
 * make the same document as writing the content whole. A page applies them one at a time, so
 * that opening a landscape of many thousands of boards never holds the page for long.
 */
export function encodeInParts(content: WorkspaceContent, origin: unknown): Uint8Array[] {
  const doc = new Y.Doc();
  const parts: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => parts.push(update));
  let written = withoutRecords(content);
  writeContent(doc, undefined, written, origin);
  for (const name of LIST_NAMES) {
    const all = listOf(content, name);
    const step = CODECS[name].byField ? FIELD_RECORDS_PER_PART : RECORDS_PER_PART;
    for (let end = step; end < all.length + step; end += step) {
      // Each part extends the list written so far: writing skips the records already there.
      const next = withList(written, name, end >= all.length ? all : all.slice(0, end));
      writeContent(doc, written, next, origin);
      written = next;
    }
  }
  const places = Object.entries(content.positions);
  for (
    let end = RECORDS_PER_PART;
    end < places.length + RECORDS_PER_PART;
    end += RECORDS_PER_PART
  ) {
    const next: WorkspaceContent = {
      ...written,
      positions: Object.fromEntries(places.slice(0, end)) as WorkspaceContent['positions'],
    };
    writeContent(doc, written, next, origin);
    written = next;
  }
  doc.destroy();
  return parts;
}
