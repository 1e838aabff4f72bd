import { moveTile } from '../core/geography/auto-tiles';
import type { TileMap } from '../core/geography/tiles';
import type * as Y from 'yjs';
import type { Edit } from '../core/edits/types';
import { plainData } from '../core/plain-data';
import { bandLayout } from '../core/layout/band-layout';
import type { Problem, Result } from '../core/model/problems';
import {
  addBoardEdit,
  addMembershipEdit,
  addRelationEdit,
  editBoardEdit,
} from '../core/edits/intents';
import type { BoardChanges } from '../core/model/board-changes';
import { findBoard } from '../core/model/queries';
import type { BoardId, Landscape, OrganisationId } from '../core/model/types';
import type { RelationType, Role } from '../core/model/vocabulary';
import type { TrackerEntry } from '../core/scenarios/tracker';
import type { Scenario } from '../core/scenarios/types';
import {
  WORKSPACE_FORMAT,
  WORKSPACE_VERSION,
  type Position,
  type ShareBinding,
  type Workspace,
  type WorkspaceContent,
  type WorkspaceSummary,
} from '../core/workspace/types';
import { newContent } from '../core/workspace/workspace';
import type { TabChannel, TabMessage } from '../document/tab-channel';
import type { MessageKey } from '../i18n/catalogue';
import type { HistoryWrite, WorkspaceStore } from '../persistence/repository';
import type { OpenedDocument } from './open-document';
import { loadLive, type LiveDocument } from './load-live';
import type { Journal } from './journal';
import { SaveQueue, type SaveOutcome, type SaveTarget } from './save-queue.svelte';
import { TabHistory } from './tab-history';
import { LARGE_CONTENT, LARGE_TEXT, type OpeningFile } from './file-worker';
import { LARGE_STORED, type Decoded } from './stored-decoder';
import { nextTask, whenIdle } from './next-task';

/** How opening a stored workspace ended: whether it was shown, read-only, before it failed. */
type StoredOpening = 'opened' | 'not opened' | 'shown, not opened';

/** The open workspace's live document, with the module that works on it. */
type OpenWorkspace = OpenedDocument & { summary: WorkspaceSummary; live: LiveDocument };

/** Something the app tells the user: a catalogue message and, for refusals, every problem. */
export interface Notice {
  tone: 'error' | 'info';
  key: MessageKey;
  params?: Record<string, string | number>;
  problems?: Problem[];
  file?: string;
  /** A button the notice offers beside Dismiss. */
  action?: 'export-workspace' | 'reload' | 'retry-save';
}

/** The landscape new workspaces start from, with the built-in scenarios and tracker. */
export interface SeedContent {
  landscape: Landscape;
  scenarios?: Scenario[];
  tracker?: TrackerEntry[];
}

export interface SessionDeps {
  store: WorkspaceStore;
  /** Loads the seed, when a workspace is first made from it. */
  seed: () => Promise<SeedContent>;
  now?: () => string;
  newId?: () => string;
  /** This tab's identity, kept across a reload so its undo history comes back with it. */
  tab?: string;
  /** Tabs that are open now, whose histories must not be taken over. */
  liveTabs?: () => Promise<ReadonlySet<string>>;
  /** How this tab talks to the others; none where there are no other tabs. */
  channel?: TabChannel;
  /** This app's build number, announced to other tabs so an older one stops writing. */
  build?: number;
  /** Keeps edits on their way to storage safe across a reload. */
  journal?: Journal;
  /**
   * Reads landscape text into a new workspace off the main thread, and writes its document
   * there; without it the page does both.
   */
  open?: (file: Blob | string) => Promise<Result<OpeningFile>>;
  /** Encodes a new workspace's document off the main thread; without it the page does. */
  encode?: (content: WorkspaceContent) => Promise<Uint8Array>;
  /**
   * Decodes a large stored workspace off the main thread, to be shown while the page opens its
   * live document; without it the page opens the document before showing anything.
   */
  decodeStored?: (updates: Uint8Array[]) => Promise<Decoded>;
}

const CURRENT_KEY = 'currentWorkspace';
/** Where tabs cannot be told apart, only this one counts as open. */
const onlyThisTab = (tab: string): ReadonlySet<string> => new Set([tab]);
const isoNow = () => new Date().toISOString();
/** Marks this tab's own transactions, the only ones it stores and sends to other tabs. */
const LOCAL = Symbol('local');

/**
 * The user's workspaces and the one open now. The open workspace is a Yjs document; every
 * change goes through here: it is checked as a pure edit by the core, written into the
 * document as one transaction of the records it changed, stored with its undo step, and sent
 * to the other tabs. Changes from other tabs arrive through the document and are settled the
 * same way in every tab, so the landscape shown is always valid.
 */
export class Session {
  workspace = $state.raw<Workspace | undefined>(undefined);
  workspaces = $state.raw<WorkspaceSummary[]>([]);
  notice = $state.raw<Notice | undefined>(undefined);
  /** A newer version of the app has opened: this tab must reload before it writes. */
  outdated = $state(false);
  /** The workspace was written by a newer app: it is shown read-only. */
  newerSchema = $state(false);
  /** A named version shown read-only in place of the workspace as it is now. */
  viewing = $state.raw<{ id: string; name: string } | undefined>(undefined);
  /** The open workspace is shared with this browser to view only. */
  shareReadOnly = $state(false);
  /** The open workspace's summary, with where it is shared. */
  openSummary = $state.raw<WorkspaceSummary | undefined>(undefined);
  /**
   * A workspace shown, read-only, while its live document is put together from its parts
   * (`done` of `total`): a stored one being opened, or a new one (`storing`) being stored.
   */
  opening = $state.raw<{ name: string; done: number; total: number; storing: boolean } | undefined>(
    undefined,
  );

  readonly canUndo = $derived(this.workspace !== undefined && this.workspace.history.cursor > 0);
  readonly canRedo = $derived(
    this.workspace !== undefined &&
      this.workspace.history.cursor < this.workspace.history.entries.length,
  );

  readonly #store: WorkspaceStore;
  readonly #seed: () => Promise<SeedContent>;
  readonly #now: () => string;
  readonly #newId: () => string;
  readonly #tab: string;
  readonly #liveTabs: () => Promise<ReadonlySet<string>>;
  readonly #channel: TabChannel | undefined;
  readonly #build: number;
  readonly #saves: SaveQueue;
  readonly #files: Pick<SessionDeps, 'open' | 'encode' | 'decodeStored'>;
  /** Resolves once a workspace is first on screen, or start-up has ended without one. */
  readonly shown: Promise<void>;
  #wasShown = () => {};
  /** Settles when a large file being opened is stored (or refused); nothing else opens before. */
  #opened: Promise<void> = Promise.resolve();
  #open: OpenWorkspace | undefined;
  #outbox: Uint8Array[] = [];
  /** Changes from a sync server, stored together at the end of the task they came in. */
  #inbox: Uint8Array[] = [];
  readonly #remoteOrigins = new WeakSet<object>();
  /** Who is told when a workspace opens or closes (a list: it is not state to render). */
  #openHandlers: ((opened?: { summary: WorkspaceSummary; doc: Y.Doc }) => void)[] = [];
  /** Set when a merge left something out: the view must be settled after every change. */
  #settling = false;

  constructor(deps: SessionDeps) {
    this.#store = deps.store;
    this.#seed = deps.seed;
    this.#now = deps.now ?? isoNow;
    this.#newId = deps.newId ?? (() => crypto.randomUUID());
    this.#tab = deps.tab ?? this.#newId();
    this.#liveTabs = deps.liveTabs ?? (async () => onlyThisTab(this.#tab));
    this.#channel = deps.channel;
    this.#build = deps.build ?? 0;
    this.#files = {
      ...(deps.open ? { open: deps.open } : {}),
      ...(deps.encode ? { encode: deps.encode } : {}),
      ...(deps.decodeStored ? { decodeStored: deps.decodeStored } : {}),
    };
    this.shown = new Promise((resolve) => (this.#wasShown = resolve));
    this.#saves = new SaveQueue(this.#store, deps.journal, (o) => this.#heard(o), this.#now);
    this.#channel?.listen((message) => this.#hear(message));
  }

  /** False when this tab may not change anything: no storage, an older app, a newer workspace. */
  get editable(): boolean {
    return (
      this.#store.persistent &&
      !this.outdated &&
      !this.newerSchema &&
      !this.viewing &&
      !this.shareReadOnly &&
      !this.opening
    );
  }

  /** Opens the workspace used last, or makes the first one from the seed. */
  async start(): Promise<void> {
    this.workspaces = await this.#store.list();
    const last = await this.#store.getSetting<string>(CURRENT_KEY);
    const id = this.workspaces.find((w) => w.id === last)?.id ?? this.workspaces[0]?.id;
    if (!id || !(await this.#switch(id))) await this.createFromSeed('Wales');
    if (!this.#store.persistent) this.notice = { tone: 'info', key: 'storage.unavailable' };
    this.#channel?.post({ type: 'build', build: this.#build });
    // Shown by now, or refused with the reason said.
    this.#wasShown();
  }

  /** Writes not yet confirmed by storage; the interface says "Saving…" until it is zero. */
  get pendingSaves(): number {
    return this.#saves.pending;
  }

  /** Edits kept in this tab only because storage refused them; said plainly until kept. */
  get unsaved(): Edit[] {
    return this.#saves.unsaved;
  }

  /** Resolves when every change so far has been written (or has failed and been reported). */
  flush(): Promise<void> {
    return this.#saves.flush();
  }

  apply(edit: Edit): boolean {
    const current = this.workspace;
    if (!current || !this.#open || !this.#writable()) return false;
    // What reaches the document and storage is plain data, never a reactive proxy.
    const plain = plainData(edit);
    const applied = this.#open.live.applyEdit(current, plain);
    if (!applied.ok) {
      this.notice = { tone: 'error', key: 'edit.refused', problems: applied.problems };
      return false;
    }
    const history = this.#open.history.record(applied.value.entry);
    this.#write(current, applied.value.content, history, plain);
    return true;
  }

  undo(): void {
    this.#step('undo');
  }

  redo(): void {
    this.#step('redo');
  }

  /** Adds a board from the editor's fields at `position`; its id, or nothing when refused. */
  addBoard(changes: BoardChanges, position: Position): BoardId | undefined {
    const landscape = this.workspace?.landscape;
    if (!landscape) return undefined;
    const { id, edit } = addBoardEdit(landscape, changes, this.#now(), position);
    return this.apply(edit) ? id : undefined;
  }

  editBoard(id: BoardId, changes: BoardChanges): boolean {
    const board = this.workspace && findBoard(this.workspace.landscape, id);
    return !!board && this.apply(editBoardEdit(board, changes, this.#now()));
  }

  removeBoard(id: BoardId): boolean {
    return this.apply({ kind: 'remove-board', id });
  }

  addMembership(board: BoardId, organisation: OrganisationId, role: Role, seats: number): boolean {
    return this.apply(addMembershipEdit(board, organisation, role, seats, this.#now()));
  }

  removeMembership(board: BoardId, organisation: OrganisationId): boolean {
    return this.apply({ kind: 'remove-membership', board, organisation });
  }

  addRelation(from: BoardId, to: BoardId, type: RelationType): boolean {
    return this.apply(addRelationEdit(from, to, type, this.#now()));
  }

  removeRelation(from: BoardId, to: BoardId, type: RelationType): boolean {
    return this.apply({ kind: 'remove-relation', from, to, type });
  }

  /** Moves the tile of `code` one step on the map as drawn (`tiles`), swapping with any there. */
  moveTile(tiles: TileMap, code: string, dCol: number, dRow: number): boolean {
    const places = moveTile(tiles, code, dCol, dRow);
    return places !== undefined && this.apply({ kind: 'place-tiles', tiles: places });
  }

  /** Puts every moved tile back where the tile layout has it. */
  resetTiles(): boolean {
    const moved = this.workspace?.tileNudges ?? [];
    return this.apply({
      kind: 'place-tiles',
      tiles: Object.fromEntries(moved.map((t) => [t.code, null])),
    });
  }

  async createFromSeed(name: string): Promise<void> {
    const seed = await this.#seed();
    await this.#create(
      name,
      this.#fresh(seed.landscape, { scenarios: seed.scenarios ?? [], tracker: seed.tracker ?? [] }),
    );
  }

  /** Opens a landscape (from a file or a spreadsheet bundle) as a new workspace. */
  async openLandscape(name: string, landscape: Landscape): Promise<boolean> {
    return this.#create(name, this.#fresh(landscape));
  }

  /**
   * Opens an imported workspace as a new one, with its content and history. It is said to be
   * open only once it is stored; a workspace that storage refuses is reported, not listed.
   */
  async openWorkspace(imported: Workspace): Promise<boolean> {
    const taken = this.workspaces.some((w) => w.id === imported.id);
    return this.#create(imported.name, imported, {
      id: taken ? this.#newId() : imported.id,
      createdAt: imported.createdAt,
      history: TabHistory.from(this.#tab, imported.history),
    });
  }

  /** Replaces the open workspace's landscape, as one edit that undo takes back. */
  replaceLandscape(landscape: Landscape): boolean {
    const current = this.workspace;
    if (!current) return false;
    return this.apply({
      kind: 'replace-content',
      content: {
        landscape,
        positions: bandLayout(landscape),
        ignoredDuplications: [],
        scenarios: current.scenarios,
        tracker: current.tracker,
        pinned: [],
        // A new landscape may have other areas: tiles are laid out for it afresh.
        tileNudges: [],
      },
    });
  }

  async duplicate(name: string): Promise<void> {
    const current = this.workspace;
    if (!current) return;
    await this.#create(name, current, { history: TabHistory.from(this.#tab, current.history) });
  }

  async rename(name: string): Promise<void> {
    const current = this.workspace;
    const trimmed = name.trim();
    if (!current || !trimmed || !this.#writable()) return;
    const updatedAt = this.#now();
    this.workspace = { ...current, name: trimmed, updatedAt };
    this.workspaces = this.workspaces.map((w) =>
      w.id === current.id ? { ...w, name: trimmed, updatedAt } : w,
    );
    if (this.#open)
      this.openSummary = this.#open.summary = { ...this.#open.summary, name: trimmed };
    await this.#saves.queue(() => this.#store.rename(current.id, trimmed, updatedAt));
    this.#channel?.post({ type: 'workspaces' });
  }

  async switchTo(id: string): Promise<void> {
    if (id === this.workspace?.id) return;
    await this.#saves.flush();
    if (await this.#switch(id)) await this.#remember(id);
  }

  /** Deletes a workspace; when it was the open one, opens another (or a fresh one from the seed). */
  async remove(id: string): Promise<void> {
    if (!this.#writable()) return;
    await this.#saves.flush();
    await this.#saves.queue(() => this.#store.remove(id));
    this.workspaces = this.workspaces.filter((w) => w.id !== id);
    this.#channel?.post({ type: 'workspaces' });
    if (this.workspace?.id !== id) return;
    this.#close();
    const next = this.workspaces[0];
    if (!next || !(await this.#switch(next.id))) await this.createFromSeed('Wales');
    else await this.#remember(next.id);
  }

  /** Puts the seed landscape back in the open workspace, as one edit that undo takes back. */
  async resetToSeed(): Promise<boolean> {
    const { landscape } = await this.#seed();
    return this.apply({
      kind: 'replace-content',
      content: {
        landscape: structuredClone(landscape),
        positions: bandLayout(landscape),
        ignoredDuplications: [],
        // The seed replaces the landscape; the user's scenarios and tracker are kept.
        scenarios: this.workspace?.scenarios ?? [],
        tracker: this.workspace?.tracker ?? [],
        pinned: [],
        // A new landscape may have other areas: tiles are laid out for it afresh.
        tileNudges: [],
      },
    });
  }

  /**
   * Opens a landscape file as a new workspace; a large one is read off the main thread. A file
   * that fails validation is refused with every problem listed, and the open workspace is left
   * as it was.
   */
  async openLandscapeFile(fileName: string, file: Blob | string): Promise<boolean> {
    const name = fileName.replace(/\.json$/i, '');
    const size = typeof file === 'string' ? file.length : file.size;
    if (this.#files.open && size >= LARGE_TEXT) {
      const read = await this.#files.open(file);
      if (!read.ok) return this.#refuseFile(fileName, read.problems);
      if (!(await this.#openLarge(name, read.value))) return false;
    } else {
      const { parseLandscape } = await import('../core/io/landscape-format');
      const parsed = parseLandscape(typeof file === 'string' ? file : await file.text());
      if (!parsed.ok) return this.#refuseFile(fileName, parsed.problems);
      if (!(await this.openLandscape(name, parsed.value))) return false;
    }
    this.notice = { tone: 'info', key: 'file.opened', params: { file: fileName } };
    return true;
  }

  #refuseFile(file: string, problems: Problem[]): false {
    this.notice = {
      tone: 'error',
      key: 'file.refused',
      params: { file, count: problems.length },
      problems,
      file,
    };
    return false;
  }

  /**
   * Opens a large file as a new workspace in two steps. Its content is shown, read-only, as soon
   * as it is read; its document, written in parts off the page, is then put together here a
   * part a task (so the page keeps answering) and stored, and from then on it can be changed.
   */
  async #openLarge(name: string, file: OpeningFile): Promise<boolean> {
    await this.#opened;
    // Drawn in a task of its own, apart from receiving the content.
    await nextTask();
    const { content } = file;
    const now = this.#now();
    const summary: WorkspaceSummary = { id: this.#newId(), name, createdAt: now, updatedAt: now };
    const previous = this.#open?.summary.id;
    let settle = () => {};
    this.#opened = new Promise((resolve) => (settle = resolve));
    let doc: Y.Doc | undefined;
    let live: LiveDocument | undefined;
    let stored = false;
    try {
      this.workspaces = [...this.workspaces, summary];
      this.#showRead(summary, content, { name, done: 0, total: 1, storing: true });
      const [parts, loaded] = await Promise.all([file.parts, loadLive()]);
      live = loaded;
      doc = await live.assemble(parts, {
        progress: (done, total) => (this.opening = { name, done, total, storing: true }),
      });
      // Storage says for itself why it could not keep the workspace.
      stored = await this.#storeNew(summary, parts);
    } catch (error) {
      this.notice = {
        tone: 'error',
        key: 'storage.createFailed',
        params: { name, reason: error instanceof Error ? error.message : String(error) },
      };
    }
    if (!stored || !doc || !live) {
      doc?.destroy();
      this.workspaces = this.workspaces.filter((w) => w.id !== summary.id);
      this.workspace = undefined;
      this.opening = undefined;
      settle();
      if (previous) await this.#switch(previous);
      return false;
    }
    this.opening = undefined;
    // Another tab's list, heard meanwhile, came from storage without it.
    this.workspaces = [...this.workspaces.filter((w) => w.id !== summary.id), summary];
    this.#channel?.post({ type: 'workspaces' });
    const opened = {
      doc,
      view: new live.DocumentView(doc, content),
      content,
      history: new TabHistory(this.#tab),
      newerSchema: false,
    };
    this.#adopt(opened, summary, live, false);
    settle();
    await this.#remember(summary.id);
    return true;
  }

  /** Shows a named version read-only, in every view, until `closeVersion`. */
  viewVersion(version: { id: string; name: string }, content: WorkspaceContent): void {
    if (!this.#open) return;
    this.viewing = version;
    this.#show(content);
  }

  /** Back from a named version to the workspace as it is now. */
  closeVersion(): void {
    this.viewing = undefined;
    if (this.#open) this.#show(this.#contentNow());
  }

  /**
   * Opens a shared workspace as a new one of this browser's, from the state a server sent.
   * Its name says where it came from; it stays bound to the server.
   */
  openShared(name: string, state: Uint8Array, share: ShareBinding): Promise<boolean> {
    return this.#create(name, undefined, { state, share });
  }

  /** Records where the open workspace is shared, or that it no longer is. */
  async setShare(share: ShareBinding | undefined): Promise<void> {
    const open = this.#open;
    if (!open) return;
    const id = open.summary.id;
    await this.#saves.queue(() => this.#store.setShare(id, share));
    const { share: _old, ...rest } = open.summary;
    const summary: WorkspaceSummary = share ? { ...rest, share } : rest;
    if (this.#open?.summary.id === id) {
      this.#open.summary = summary;
      this.openSummary = summary;
      this.shareReadOnly = share?.role === 'viewer';
    }
    this.workspaces = this.workspaces.map((w) => (w.id === id ? summary : w));
    this.#channel?.post({ type: 'workspaces' });
  }

  /** Changes a sync server makes to the open document come with `origin`: stored, then shown. */
  acceptChangesFrom(origin: object): void {
    this.#remoteOrigins.add(origin);
  }

  /** Tells `handler` of every workspace opened from now on (and of none, when it closes). */
  onOpen(handler: (opened?: { summary: WorkspaceSummary; doc: Y.Doc }) => void): () => void {
    this.#openHandlers = [...this.#openHandlers, handler];
    if (this.#open) handler({ summary: this.#open.summary, doc: this.#open.doc });
    return () => {
      this.#openHandlers = this.#openHandlers.filter((h) => h !== handler);
    };
  }

  /** Opens content (a restored version) as a new workspace of its own. */
  openCopy(name: string, content: WorkspaceContent): Promise<boolean> {
    return this.#create(name, content);
  }

  /** Writes the whole open workspace again: after storage refused a change, once it has room. */
  retrySave(): void {
    if (this.#open) this.#saves.retry(this.#target(this.#open));
  }

  dismissNotice(): void {
    this.notice = undefined;
  }

  /** The open workspace's document, for whatever else shares it (versions, a sync server). */
  get document(): Y.Doc | undefined {
    return this.#open?.doc;
  }

  get store(): WorkspaceStore {
    return this.#store;
  }

  #writable(): boolean {
    if (this.outdated) this.notice = { tone: 'error', key: 'app.outdated', action: 'reload' };
    return this.editable;
  }

  #step(which: 'undo' | 'redo'): void {
    const open = this.#open;
    const current = this.workspace;
    if (!open || !current || !this.#writable()) return;
    const entry = which === 'undo' ? open.history.toUndo : open.history.toRedo;
    if (!entry) return;
    const { live } = open;
    const rebased = (which === 'undo' ? live.undoEdit : live.redoEdit)(entry, current);
    const applied = rebased.ok ? live.applyEdit(current, rebased.value) : rebased;
    if (!applied.ok) {
      // What the step would take back has changed beyond it (deleted elsewhere): say so, drop it.
      this.notice = { tone: 'error', key: `edit.${which}Refused`, problems: applied.problems };
      this.#saves.save(this.#target(open), [], open.history.forget(which));
      this.#show(this.#contentNow());
      return;
    }
    const history = which === 'undo' ? open.history.undone() : open.history.redone();
    this.#write(current, applied.value.content, history, rebased.ok ? rebased.value : entry.edit);
  }

  /** Writes an edit's result into the document as one transaction, then stores and sends it. */
  #write(before: WorkspaceContent, after: WorkspaceContent, history: HistoryWrite, edit: Edit) {
    const open = this.#open!;
    open.live.writeContent(open.doc, before, after, LOCAL);
    const updates = this.#outbox.splice(0);
    if (updates.length)
      this.#channel?.post({
        type: 'update',
        ws: open.summary.id,
        update: open.live.mergeUpdates(updates),
      });
    // Stored first: the write then goes out before the page draws the edit.
    this.#saves.save(this.#target(open), updates, history, edit);
    this.#show(this.#contentNow());
  }

  #target(open: OpenWorkspace): SaveTarget {
    return {
      ws: open.summary.id,
      state: () => open.live.encodeStateAsUpdate(open.doc),
      history: open.history,
    };
  }

  /** What storage said of a save, told to the user. */
  #heard(outcome: SaveOutcome): void {
    if (outcome.kind === 'saved-again') this.notice = { tone: 'info', key: 'storage.savedAgain' };
    else if (outcome.kind === 'outdated') {
      this.outdated = true;
      this.notice = { tone: 'error', key: 'app.outdated', action: 'reload' };
    } else
      this.notice = {
        tone: 'error',
        key: 'storage.saveFailed',
        params: { reason: outcome.reason, count: outcome.count },
        action: 'export-workspace',
      };
  }

  /** The document's content, settled if a merge has ever needed it. */
  #contentNow(): WorkspaceContent {
    const { view, live } = this.#open!;
    return this.#settling ? live.settleContent(view.content) : view.content;
  }

  /** Shows `content` read-only in place of the open workspace, while its document is opened. */
  #showRead(
    summary: WorkspaceSummary,
    content: WorkspaceContent,
    opening: NonNullable<Session['opening']>,
  ): void {
    this.#close();
    this.viewing = undefined;
    this.newerSchema = false;
    this.shareReadOnly = false;
    this.openSummary = summary;
    this.opening = opening;
    this.#display(summary, content, { entries: [], cursor: 0 }, summary.updatedAt);
  }

  #show(content: WorkspaceContent): void {
    const open = this.#open!;
    const history = this.viewing ? { entries: [], cursor: 0 } : open.history.history;
    this.#display(open.summary, content, history, this.#now());
  }

  /** Puts `content` on screen as the workspace `summary` names. */
  #display(
    summary: WorkspaceSummary,
    content: WorkspaceContent,
    history: Workspace['history'],
    updatedAt: string,
  ): void {
    const { id, name, createdAt } = summary;
    this.workspace = {
      ...content,
      format: WORKSPACE_FORMAT,
      version: WORKSPACE_VERSION,
      id,
      name,
      createdAt,
      updatedAt,
      history,
    };
    this.#wasShown();
  }

  #hear(message: TabMessage): void {
    if (message.type === 'workspaces') {
      void this.#store.list().then((list) => {
        this.workspaces = list;
        // A rename, or sharing, in another tab shows here too.
        const open = this.#open;
        const now = open && list.find((w) => w.id === open.summary.id);
        if (!open || !now || !this.workspace) return;
        if (now.name !== open.summary.name) {
          open.summary = { ...open.summary, name: now.name };
          this.workspace = { ...this.workspace, name: now.name };
        }
        if (JSON.stringify(now.share) !== JSON.stringify(open.summary.share)) {
          open.summary = now;
          this.shareReadOnly = now.share?.role === 'viewer';
          for (const handler of this.#openHandlers) handler({ summary: now, doc: open.doc });
        }
        this.openSummary = open.summary;
      });
      return;
    }
    if (message.type === 'build') {
      if (message.build > this.#build && !this.outdated) {
        this.outdated = true;
        this.notice = { tone: 'error', key: 'app.outdated', action: 'reload' };
      }
      return;
    }
    const open = this.#open;
    if (!open || message.ws !== open.summary.id) return;
    open.live.applyUpdate(open.doc, message.update, open.live.FROM_TAB);
    this.#merged();
  }

  /** Shows what a change from elsewhere made of the workspace, settled as every copy settles it. */
  #merged(): void {
    const { view, live } = this.#open!;
    const raw = view.content;
    const settled = live.settleContent(raw, this.workspace);
    if (settled.landscape !== raw.landscape) this.#settling = true;
    // A version on screen stays as it was; the workspace shows the change on the way back.
    if (!this.viewing) this.#show(settled);
  }

  /** Stores a server's changes (other tabs hear them from the server too) and shows them. */
  #fromServer(update: Uint8Array): void {
    this.#inbox.push(update);
    if (this.#inbox.length > 1) return;
    queueMicrotask(() => {
      const open = this.#open;
      const updates = this.#inbox.splice(0);
      if (!open || !updates.length) return;
      this.#saves.save(this.#target(open), [open.live.mergeUpdates(updates)]);
      this.#merged();
    });
  }

  #fresh(
    landscape: Landscape,
    extra: { scenarios?: Scenario[]; tracker?: TrackerEntry[] } = {},
  ): WorkspaceContent {
    // A copy of what it is given: the seed's objects are shared by every workspace made from it.
    return {
      ...newContent(structuredClone(landscape), bandLayout(landscape)),
      scenarios: structuredClone(extra.scenarios ?? []),
      tracker: structuredClone(extra.tracker ?? []),
    };
  }

  /** Stores a new workspace and opens it; false, with the reason said, when it cannot be kept. */
  async #create(
    name: string,
    content: WorkspaceContent | undefined,
    options: {
      id?: string;
      createdAt?: string;
      history?: TabHistory;
      state?: Uint8Array;
      share?: ShareBinding;
    } = {},
  ): Promise<boolean> {
    const now = this.#now();
    const summary: WorkspaceSummary = {
      id: options.id ?? this.#newId(),
      name,
      createdAt: options.createdAt ?? now,
      updatedAt: now,
      ...(options.share ? { share: options.share } : {}),
    };
    // At start-up the first view does not wait for the document to be written and stored.
    const first = content !== undefined && this.workspace === undefined;
    if (first) this.#showRead(summary, content, { name, done: 0, total: 1, storing: true });
    let state: Uint8Array | undefined;
    const stored = await this.#storeNew(
      summary,
      async () =>
        (state =
          options.state ??
          (this.#files.encode && content!.landscape.boards.length >= LARGE_CONTENT
            ? await this.#files.encode(content!)
            : (await loadLive()).encodeContent(content!))),
      options.history,
    );
    if (!stored) {
      if (first) [this.workspace, this.opening] = [undefined, undefined];
      return false;
    }
    this.workspaces = [...this.workspaces, summary];
    this.#channel?.post({ type: 'workspaces' });
    // The first view goes on showing the same objects: the document reads as the content shown.
    const written = first && state ? { updates: [state], content: content! } : undefined;
    if (!(await this.#switch(summary.id, written))) return false;
    await this.#remember(summary.id);
    return true;
  }

  /** Stores a new workspace's document; false, with the reason said, when it cannot be kept. */
  async #storeNew(
    summary: WorkspaceSummary,
    states: Uint8Array[] | (() => Promise<Uint8Array>),
    history?: TabHistory,
  ): Promise<boolean> {
    let stored = true;
    await this.#saves.queue(async () => {
      try {
        const updates = typeof states === 'function' ? [await states()] : states;
        await this.#store.create(summary, updates, history?.everything());
      } catch (error) {
        stored = false;
        this.notice = {
          tone: 'error',
          key: 'storage.createFailed',
          params: {
            name: summary.name,
            reason: error instanceof Error ? error.message : String(error),
          },
        };
      }
    });
    return stored;
  }

  /**
   * Opens a stored workspace in place of the open one; false when it cannot be read. A large
   * one is shown read-only as soon as it is decoded off the main thread, and can be changed
   * once its live document is open.
   */
  async #switch(
    id: string,
    written?: { updates: Uint8Array[]; content: WorkspaceContent },
  ): Promise<boolean> {
    await this.#opened;
    const summary = this.workspaces.find((w) => w.id === id);
    if (!summary) return false;
    const previous = this.#open?.summary.id;
    let settle = () => {};
    this.#opened = new Promise((resolve) => (settle = resolve));
    let outcome: StoredOpening;
    try {
      outcome = await this.#openStored(summary, written);
    } finally {
      settle();
    }
    // What was shown read-only and could not be opened gives way to the workspace open before.
    if (outcome === 'shown, not opened' && previous && previous !== id)
      await this.#switch(previous);
    return outcome === 'opened';
  }

  /** `#switch`'s work, once no other opening is under way. */
  async #openStored(
    summary: WorkspaceSummary,
    written?: { updates: Uint8Array[]; content: WorkspaceContent },
  ): Promise<StoredOpening> {
    const { id, name } = summary;
    const start = performance.now();
    const tabs = await this.#liveTabs();
    await this.#saves.recover(id, tabs, this.#tab);
    const loading = loadLive();
    let updates = written?.updates ?? (await this.#store.readUpdates(id));
    const bytes = updates.reduce((n, update) => n + update.byteLength, 0);
    let reading = { name, done: 0, total: updates.length, storing: false };
    let shown = false;
    // A large workspace is decoded by a worker and shown; the page then puts its live document
    // together from the same updates, in the moments the page is idle. (Both at once, on two
    // cores, took longer.)
    let known = written?.content;
    if (!known && this.#files.decodeStored && bytes >= LARGE_STORED) {
      const read = await this.#files.decodeStored(updates).catch(() => undefined);
      // The updates went to the worker; if it failed, they are read again.
      updates = read?.updates ?? (await this.#store.readUpdates(id));
      if (read) {
        this.#showRead(summary, read.content, reading);
        shown = true;
        // Settling left something out: the document is read afresh, as it reads.
        if (!read.leftOut) known = read.content;
      }
    }
    const live = await loading;
    const opened = await live.openDocument(
      this.#store,
      id,
      this.#tab,
      tabs,
      updates.length
        ? {
            updates,
            content: known,
            progress: (done, total) => {
              reading = { ...reading, done, total };
              if (shown) this.opening = reading;
            },
            // Once it is on screen, the picture is drawn first; the document is put together
            // in the moments between.
            ...(shown ? { pace: whenIdle } : {}),
          }
        : undefined,
    );
    if (!opened?.ok) {
      if (opened)
        this.notice = {
          tone: 'error',
          key: 'storage.unreadable',
          params: { name },
          problems: opened.problems,
        };
      if (!shown) return 'not opened';
      [this.workspace, this.opening] = [undefined, undefined];
      return 'shown, not opened';
    }
    this.#close();
    this.viewing = undefined;
    this.opening = undefined;
    // The content shown is the document's: the same objects, so nothing is drawn again.
    this.#adopt(opened.value, summary, live, true);
    performance.measure('tirwedd:open-workspace', {
      start,
      detail: { boards: opened.value.content.landscape.boards.length },
    });
    return 'opened';
  }

  /** Makes `opened` the open workspace; `show` false when its content is on screen already. */
  #adopt(
    opened: OpenedDocument,
    summary: WorkspaceSummary,
    live: LiveDocument,
    show: boolean,
  ): void {
    this.#open = { ...opened, summary, live };
    this.openSummary = summary;
    this.shareReadOnly = summary.share?.role === 'viewer';
    // Settling is needed after every change only once a merge has left something out.
    this.#settling = opened.content.landscape !== opened.view.content.landscape;
    this.newerSchema = opened.newerSchema;
    opened.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === LOCAL) this.#outbox.push(update);
      else if (typeof origin === 'object' && origin !== null && this.#remoteOrigins.has(origin))
        this.#fromServer(update);
    });
    this.#saves.reset();
    if (show) this.#show(opened.content);
    for (const handler of this.#openHandlers) handler({ summary, doc: opened.doc });
  }

  #close(): void {
    if (this.#open) for (const handler of this.#openHandlers) handler(undefined);
    this.#open?.doc.destroy();
    this.#open = undefined;
    this.#inbox = [];
  }

  /** Records which workspace is open, in the same queue as saves, so "saved" covers it too. */
  #remember(id: string): Promise<void> {
    return this.#saves.queue(() => this.#store.setSetting(CURRENT_KEY, id));
  }
}
