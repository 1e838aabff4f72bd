import * as Y from 'yjs';
import { historyProblems } from '../core/edits/edit-shape';
import type { Problem } from '../core/model/problems';
import { readWorkspace } from '../core/workspace/format';
import { settleContent } from '../core/workspace/settle';
import type { WorkspaceContent } from '../core/workspace/types';
import { DOCUMENT_SCHEMA } from '../document/collections';
import { DocumentView } from '../document/document-view';
import { decodeStored } from '../document/stored-content';
import { writeContent } from '../document/write-content';
import { SMALL_UPDATE } from '../persistence/compaction';
import type { WorkspaceStore } from '../persistence/repository';
import { nextTask } from './next-task';
import { TabHistory } from './tab-history';

/** Where an update came from: stored updates and other tabs' changes are not stored again. */
export const FROM_STORAGE = 'storage';
export const FROM_TAB = 'tab';

/** How many stored updates a workspace may gather before they are merged into one on open. */
const COMPACT_OVER = 100;

export interface OpenedDocument {
  doc: Y.Doc;
  view: DocumentView;
  content: WorkspaceContent;
  history: TabHistory;
  /** Written by a newer app: shown, but not changed. */
  newerSchema: boolean;
}

export type OpenResult = { ok: true; value: OpenedDocument } | { ok: false; problems: Problem[] };

/** What a first view of the workspace read: its stored updates, and their content. */
export interface AlreadyRead {
  updates: Uint8Array[];
  /** The content the updates read as, settled, if it was decoded elsewhere. */
  content?: WorkspaceContent | undefined;
  /** Told as each update is put into the document. */
  progress?: (done: number, total: number) => void;
  /** Waited for before each large update after the first (see `assemble`). */
  pace?: () => Promise<void>;
}

/** A document holding `content`, encoded whole: how a new workspace is first stored. */
export function encodeContent(content: WorkspaceContent): Uint8Array {
  const doc = new Y.Doc();
  writeContent(doc, undefined, content, FROM_STORAGE);
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return state;
}

/** The content of a stored document state (a named version), settled like any merge. */
export function decodeContent(state: Uint8Array): WorkspaceContent {
  return decodeStored([state]).content;
}

/**
 * A document put together from stored updates, oldest first. A large workspace is stored in
 * parts: each waits for `pace` (the next task by default), so that putting it together never
 * holds the page for the whole document at once.
 */
export async function assemble(
  updates: readonly Uint8Array[],
  { progress, pace = nextTask }: Pick<AlreadyRead, 'progress' | 'pace'> = {},
): Promise<Y.Doc> {
  const doc = new Y.Doc();
  for (const [at, update] of updates.entries()) {
    if (at > 0 && update.length >= SMALL_UPDATE) await pace();
    Y.applyUpdate(doc, update, FROM_STORAGE);
    progress?.(at + 1, updates.length);
  }
  return doc;
}

/**
 * Opens a stored workspace as a live document with this tab's history. A workspace still in the
 * version 4 record format is migrated first, history included, and the old record dropped in
 * the same transaction; one that cannot be read is reported and left as it is. With `already`,
 * the updates (and their content) a first view read are used instead of reading them again.
 */
export async function openDocument(
  store: WorkspaceStore,
  id: string,
  tab: string,
  liveTabs: ReadonlySet<string>,
  already?: AlreadyRead,
): Promise<OpenResult | undefined> {
  let updates = already?.updates ?? (await store.readUpdates(id));
  if (updates.length === 0) {
    const legacy = await store.readLegacy(id);
    if (legacy === undefined) return undefined;
    const read = readWorkspace(legacy);
    if (!read.ok) return read;
    const history = TabHistory.from(tab, read.value.history);
    await store.migrateLegacy(id, encodeContent(read.value), history.everything());
    updates = await store.readUpdates(id);
  }
  const doc = await assemble(updates, already);
  if (updates.length > 1) await nextTask();
  const known = already?.content;
  const view = new DocumentView(doc, known);
  const stored = await store.readHistory(id, tab, liveTabs);
  const problems = historyProblems({
    entries: stored.entries.map((e) => e.entry),
    cursor: stored.cursor,
  });
  // A damaged history is dropped, not trusted: undo then starts afresh, and the work is kept.
  const history = new TabHistory(tab, problems.length ? undefined : stored);
  if (updates.length > COMPACT_OVER)
    void store.compact(id, (all) => Y.mergeUpdates(all), COMPACT_OVER).catch(() => undefined);
  const schema = doc.getMap('meta').get('schema');
  const content = known ?? settleContent(view.content);
  // Drawn in a task of its own, apart from settling a large workspace.
  if (updates.length > 1) await nextTask();
  return {
    ok: true,
    value: {
      doc,
      view,
      content,
      history,
      newerSchema: typeof schema === 'number' && schema > DOCUMENT_SCHEMA,
    },
  };
}
