import type * as Y from 'yjs';
import { loadLive } from './load-live';
import type { ShareBinding, WorkspaceSummary } from '../core/workspace/types';
import type { ShareAddress, ShareHandlers } from '../sync/share-connection';
import {
  ShareError,
  publishOn,
  readJoinLink,
  renewLink,
  type ShareFailure,
} from '../sync/share-api';
import type { Session } from './session.svelte';

/** How the link to the server stands. */
export type ShareStatus =
  | 'off'
  | 'connecting'
  | 'online'
  | 'offline'
  /** The token was refused or revoked: the local copy stays, but no longer syncs. */
  | 'refused'
  /** The server does not accept this version of the app. */
  | 'outdated';

/** Someone else with the same shared workspace open. */
export interface Peer {
  id: number;
  name: string;
  colour: string;
  board?: string;
}

/** What the app needs of a live connection; the real one is loaded on first use. */
export interface Connection {
  provider: {
    awareness: {
      clientID: number;
      setLocalStateField(field: string, value: unknown): void;
      getStates(): Map<number, Record<string, unknown>>;
      on(event: 'change', handler: () => void): void;
    } | null;
    hasUnsyncedChanges: boolean;
    isSynced: boolean;
    on(event: 'unsyncedChanges', handler: () => void): void;
  };
  socket: { connect(): unknown; disconnect(): void };
  destroy(): void;
}

export type Connect = (
  address: ShareAddress,
  doc: Y.Doc,
  handlers: ShareHandlers,
) => Promise<Connection>;

const NAME_KEY = 'shareName';
const COLOURS = ['#12436D', '#A285D1', '#28A197', '#801650', '#F46A25', '#3D3D3D'];
/** How long a first copy of a shared workspace may take to arrive before the user is told. */
const ARRIVAL_MS = 15_000;

/**
 * The open workspace's link to a Tirwedd server, when it is shared: its state, the people
 * present, and the changes made while the server could not be reached. Without a shared
 * workspace nothing here runs, and nothing is said.
 */
export class ShareLink {
  status = $state<ShareStatus>('off');
  /** Changes made here that the server has not yet confirmed. */
  waiting = $state(0);
  peers = $state.raw<Peer[]>([]);
  /** The name this person is shown by to the others. */
  name = $state('');
  /** Where the open workspace is shared, as the session keeps it. */
  readonly binding = $derived.by((): ShareBinding | undefined => this.#session.openSummary?.share);

  readonly #session: Session;
  readonly #connect: Connect;
  #connection: Connection | undefined;
  #board: string | undefined;
  /** Tells apart the connection now from one replaced while it was still being made. */
  #generation = 0;

  constructor(session: Session, connect: Connect) {
    this.#session = session;
    this.#connect = connect;
    session.onOpen((opened) => void this.#attach(opened));
    if (typeof window !== 'undefined') {
      // A browser that knows it is offline says so at once; the socket would take a while.
      window.addEventListener('offline', () => this.#connection?.socket.disconnect());
      window.addEventListener('online', () => this.#connection?.socket.connect());
    }
  }

  async load(): Promise<void> {
    this.name = (await this.#session.store.getSetting<string>(NAME_KEY)) ?? '';
  }

  async setName(name: string): Promise<void> {
    this.name = name.trim().slice(0, 60);
    await this.#session.store.setSetting(NAME_KEY, this.name);
    this.#announce();
  }

  /** Shows others which board this person has selected. */
  setSelected(board: string | null): void {
    this.#board = board ?? undefined;
    this.#announce();
  }

  /** Publishes the open workspace on `server`; false, with the reason said, when it cannot. */
  async publish(server: string): Promise<boolean> {
    try {
      const binding = await publishOn(server);
      await this.#session.setShare(binding);
      const summary = this.#session.openSummary;
      const doc = this.#session.document;
      if (summary && doc) await this.#attach({ summary, doc });
      return true;
    } catch (error) {
      this.#fail(error);
      return false;
    }
  }

  /** Revokes a link and puts a new one in its place. */
  async renew(role: 'editor' | 'viewer'): Promise<boolean> {
    const binding = this.binding;
    if (!binding?.links) return false;
    try {
      const token = await renewLink(binding, role);
      await this.#session.setShare({ ...binding, links: { ...binding.links, [role]: token } });
      return true;
    } catch (error) {
      this.#fail(error);
      return false;
    }
  }

  /** Keeps the workspace in this browser only: it no longer syncs. */
  async stop(): Promise<void> {
    this.#disconnect();
    await this.#session.setShare(undefined);
  }

  /** Opens the shared workspace a #join link names: the copy here, or a new one from the server. */
  async join(hash: string, name: string): Promise<boolean> {
    const link = readJoinLink(hash);
    if (!link) {
      this.#session.notice = { tone: 'error', key: 'share.badLink' };
      return false;
    }
    const { binding } = link;
    const here = this.#session.workspaces.find(
      (w) => w.share?.server === binding.server && w.share.doc === binding.doc,
    );
    if (here) {
      await this.#session.switchTo(here.id);
      // A new link (after a renewal) replaces the old token; the publisher keeps theirs.
      if (here.share?.token !== binding.token && here.share?.role !== 'owner') {
        await this.#session.setShare(binding);
        await this.#attach({ summary: this.#session.openSummary!, doc: this.#session.document! });
      }
      return true;
    }
    const state = await this.#fetch(link);
    if (!state) return false;
    const title = link.name ?? name;
    if (!(await this.#session.openShared(title, state, link.binding))) return false;
    this.#session.notice = { tone: 'info', key: 'share.joined', params: { name: title } };
    return true;
  }

  /** The shared workspace as the server has it, fetched once into a document of its own. */
  async #fetch(link: { binding: ShareBinding }): Promise<Uint8Array | undefined> {
    const live = await loadLive();
    const doc = new live.Doc();
    let refused: string | undefined;
    let connection: Connection | undefined;
    try {
      const arrived = new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), ARRIVAL_MS);
        void this.#connect(link.binding, doc, {
          onSynced: () => (clearTimeout(timer), resolve(true)),
          onRefused: (reason) => ((refused = reason), clearTimeout(timer), resolve(false)),
        }).then((c) => (connection = c));
      });
      const ok = await arrived;
      if (!ok || doc.getMap('meta').size === 0) {
        this.#session.notice = {
          tone: 'error',
          key:
            refused === 'app-version'
              ? 'share.outdated'
              : refused
                ? 'share.joinRefused'
                : 'share.joinUnreachable',
          params: { server: link.binding.server },
          ...(refused === 'app-version' ? { action: 'reload' as const } : {}),
        };
        return undefined;
      }
      return live.encodeStateAsUpdate(doc);
    } finally {
      connection?.destroy();
      doc.destroy();
    }
  }

  async #attach(opened?: { summary: WorkspaceSummary; doc: Y.Doc }): Promise<void> {
    const generation = ++this.#generation;
    this.#disconnect();
    this.status = 'off';
    const share = opened?.summary.share;
    if (!opened || !share) return;
    this.status = 'connecting';
    const { doc } = opened;
    const connection = await this.#connect(share, doc, {
      onStatus: (status) => {
        if (generation !== this.#generation || this.status === 'refused') return;
        if (status === 'disconnected') this.status = 'offline';
        else if (status === 'connecting' && this.status !== 'offline') this.status = 'connecting';
      },
      onSynced: () => {
        if (generation !== this.#generation) return;
        this.status = 'online';
        this.#settled();
      },
      onRefused: (reason) => {
        if (generation !== this.#generation) return;
        this.status = reason === 'app-version' ? 'outdated' : 'refused';
        this.#session.notice =
          reason === 'app-version'
            ? { tone: 'error', key: 'share.outdated', action: 'reload' }
            : {
                tone: 'error',
                key: reason === 'revoked' ? 'share.revoked' : 'share.refused',
                action: 'export-workspace',
              };
        this.#disconnect();
      },
      onRejected: () => {
        if (generation === this.#generation)
          this.#session.notice = { tone: 'error', key: 'share.rejected' };
      },
    });
    if (generation !== this.#generation) {
      connection.destroy();
      return;
    }
    this.#connection = connection;
    this.#session.acceptChangesFrom(connection.provider);
    doc.on('update', (_update: Uint8Array, origin: unknown) => {
      if (generation !== this.#generation) return;
      if (origin === connection.provider || origin === 'storage') return;
      if (this.status !== 'online' || connection.provider.hasUnsyncedChanges) this.waiting += 1;
    });
    connection.provider.on('unsyncedChanges', () => this.#settled());
    connection.provider.awareness?.on('change', () => this.#heardPeers());
    this.#announce();
  }

  /** Everything made here has reached the server: nothing is waiting any more. */
  #settled(): void {
    const provider = this.#connection?.provider;
    if (provider && this.status === 'online' && provider.isSynced && !provider.hasUnsyncedChanges)
      this.waiting = 0;
  }

  #announce(): void {
    const awareness = this.#connection?.provider.awareness;
    if (!awareness) return;
    awareness.setLocalStateField('user', {
      name: this.name,
      colour: COLOURS[awareness.clientID % COLOURS.length],
    });
    awareness.setLocalStateField('board', this.#board ?? null);
  }

  #heardPeers(): void {
    const awareness = this.#connection?.provider.awareness;
    if (!awareness) return;
    const peers: Peer[] = [];
    for (const [id, state] of awareness.getStates()) {
      if (id === awareness.clientID) continue;
      const user = state['user'] as { name?: unknown; colour?: unknown } | undefined;
      if (!user) continue;
      peers.push({
        id,
        name: typeof user.name === 'string' ? user.name : '',
        colour: typeof user.colour === 'string' ? user.colour : COLOURS[0]!,
        ...(typeof state['board'] === 'string' ? { board: state['board'] } : {}),
      });
    }
    this.peers = peers;
  }

  #disconnect(): void {
    this.#connection?.destroy();
    this.#connection = undefined;
    this.peers = [];
    this.waiting = 0;
    if (this.status !== 'refused' && this.status !== 'outdated') this.status = 'off';
  }

  #fail(error: unknown): void {
    const failure: ShareFailure = error instanceof ShareError ? error.failure : 'unreachable';
    this.#session.notice = { tone: 'error', key: `share.failed.${failure}` };
  }
}
