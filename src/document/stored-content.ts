import * as Y from 'yjs';
import { settleContent } from '../core/workspace/settle';
import type { WorkspaceContent } from '../core/workspace/types';
import { readDocument } from './document-view';

/** A stored workspace read for its first view, before its live document is opened. */
export interface StoredContent {
  /** Its content, settled as every copy settles a merge. */
  content: WorkspaceContent;
  /** True when settling left something out: the document reads as something else. */
  leftOut: boolean;
}

/** The content of a workspace's stored updates, read as opening its document would read it. */
export function decodeStored(updates: Uint8Array[]): StoredContent {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  const raw = readDocument(doc);
  doc.destroy();
  const content = settleContent(raw);
  return { content, leftOut: content.landscape !== raw.landscape };
}
