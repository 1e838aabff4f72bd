import WebSocket from 'ws';
import * as Y from 'yjs';
import { applyEdit } from '../../src/core/edits/apply-edit';
import type { Edit } from '../../src/core/edits/types';
import type { BoardId } from '../../src/core/model/types';
import { settleContent } from '../../src/core/workspace/settle';
import type { WorkspaceContent } from '../../src/core/workspace/types';
import { DocumentView } from '../../src/document/document-view';
import { writeContent } from '../../src/document/write-content';
import { connectShare, type ShareAddress } from '../../src/sync/share-connection';
import { createWorkspace } from '../../src/core/workspace/workspace';
import { encodeContent } from '../../src/state/open-document';
import { seedLandscape } from '../fixtures/seed';

export interface Published {
  doc: string;
  owner: string;
  editor: string;
  viewer: string;
}

/** Publishes a workspace on `server`, as the Share dialog does. */
export async function publish(server: string, name = 'Wales'): Promise<Published> {
  const response = await fetch(new URL('api/shares', server), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name }),
  });
  if (response.status !== 201) throw new Error(`publish: ${response.status}`);
  return (await response.json()) as Published;
}

/** The seed workspace as a document's state, as a first client brings it. */
export function seedState(): Uint8Array {
  return encodeContent(createWorkspace({ id: '', name: '', landscape: seedLandscape(), now: '' }));
}

/** Node's WebSocket for the provider; a socket closed while still connecting is not an error. */
class NodeWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args);
    this.on('error', () => undefined);
  }
}

/** One person's copy of a shared workspace, edited as the app edits it. */
export function client(address: ShareAddress, state?: Uint8Array) {
  const doc = new Y.Doc();
  if (state) Y.applyUpdate(doc, state, 'storage');
  const view = new DocumentView(doc);
  const events = { synced: 0, refused: [] as string[], closed: [] as string[], readOnly: false };
  const connection = connectShare(
    address,
    doc,
    {
      onSynced: () => (events.synced += 1),
      onRefused: (reason) => events.refused.push(reason),
      onClosed: (reason) => events.closed.push(reason),
      onReadOnly: (readOnly) => (events.readOnly = readOnly),
    },
    NodeWebSocket,
  );
  return {
    doc,
    events,
    connection,
    get content(): WorkspaceContent {
      return settleContent(view.content);
    },
    /** A board's name read straight from the document, as cheap as a read can be. */
    rawName(id: string): string | undefined {
      const record = doc.getMap('boards').get(id);
      if (record instanceof Y.Map) return record.get('name') as string | undefined;
      if (Array.isArray(record)) return (record[1] as { name?: string }).name;
      return undefined;
    },
    /** A board as this copy has it; nothing before the workspace has arrived. */
    board(id: string) {
      if (doc.getMap('meta').size === 0) return undefined;
      return this.content.landscape.boards.find((b) => b.id === (id as BoardId));
    },
    edit(edit: Edit) {
      const before = this.content;
      const applied = applyEdit(before, edit);
      if (!applied.ok) throw new Error(applied.problems.map((p) => p.message).join('; '));
      writeContent(doc, before, applied.value.content, 'local');
    },
    rename(id: string, name: string) {
      this.edit({ kind: 'put-board', board: { ...this.board(id)!, name } });
    },
    close() {
      connection.destroy();
      doc.destroy();
    },
  };
}

/** Waits until `test` holds, polling; fails with `what` after `ms`. */
export async function until(test: () => boolean, what: string, ms = 10_000): Promise<void> {
  const start = Date.now();
  while (!test()) {
    if (Date.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
