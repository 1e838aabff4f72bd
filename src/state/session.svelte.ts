import { bandLayout } from '../core/layout/band-layout';
import { parseLandscape } from '../core/io/landscape-format';
import type { Edit } from '../core/edits/types';
import type { Problem } from '../core/model/problems';
import type { Landscape } from '../core/model/types';
import { readWorkspace } from '../core/workspace/format';
import { canRedo, canUndo } from '../core/workspace/history';
import type { Workspace, WorkspaceSummary } from '../core/workspace/types';
import {
  createWorkspace,
  editWorkspace,
  redoWorkspace,
  undoWorkspace,
} from '../core/workspace/workspace';
import type { Result } from '../core/model/problems';
import type { WorkspaceRepository } from '../persistence/repository';
import type { MessageKey } from '../i18n/catalogue';
import type { Scenario } from '../core/scenarios/types';
import type { TrackerEntry } from '../core/scenarios/tracker';

/** Something the app tells the user: a catalogue message and, for refusals, every problem. */
export interface Notice {
  tone: 'error' | 'info';
  key: MessageKey;
  params?: Record<string, string | number>;
  problems?: Problem[];
  file?: string;
}

/** The landscape new workspaces start from, with the built-in scenarios and tracker. */
export interface SeedContent {
  landscape: Landscape;
  scenarios?: Scenario[];
  tracker?: TrackerEntry[];
}

export interface SessionDeps {
  repository: WorkspaceRepository;
  /** Loads the seed, when a workspace is first made from it. */
  seed: () => Promise<SeedContent>;
  now?: () => string;
  newId?: () => string;
}

const CURRENT_KEY = 'currentWorkspace';
const isoNow = () => new Date().toISOString();

/**
 * The user's workspaces and the one open now. Every change goes through here: it is applied as
 * a pure edit, recorded for undo and saved, in that order, so the saved state never lags.
 */
export class Session {
  workspace = $state.raw<Workspace | undefined>(undefined);
  workspaces = $state.raw<WorkspaceSummary[]>([]);
  notice = $state.raw<Notice | undefined>(undefined);
  /** Writes not yet confirmed by storage; the interface says "Saving…" until it is zero. */
  pendingSaves = $state(0);

  readonly canUndo = $derived(this.workspace !== undefined && canUndo(this.workspace.history));
  readonly canRedo = $derived(this.workspace !== undefined && canRedo(this.workspace.history));

  readonly #repository: WorkspaceRepository;
  readonly #seed: () => Promise<SeedContent>;
  readonly #now: () => string;
  readonly #newId: () => string;
  #saving: Promise<void> = Promise.resolve();

  constructor(deps: SessionDeps) {
    this.#repository = deps.repository;
    this.#seed = deps.seed;
    this.#now = deps.now ?? isoNow;
    this.#newId = deps.newId ?? (() => crypto.randomUUID());
  }

  /** False when storage is unavailable: the seed can be explored but not changed. */
  get editable(): boolean {
    return this.#repository.persistent;
  }

  /** Opens the workspace used last, or makes the first one from the seed. */
  async start(): Promise<void> {
    this.workspaces = await this.#repository.list();
    const last = await this.#repository.getSetting<string>(CURRENT_KEY);
    const id = this.workspaces.find((w) => w.id === last)?.id ?? this.workspaces[0]?.id;
    const loaded = id ? await this.#load(id) : undefined;
    if (loaded) this.workspace = loaded;
    else await this.createFromSeed('Wales');
    if (!this.#repository.persistent) this.notice = { tone: 'info', key: 'storage.unavailable' };
  }

  /** Resolves when every change so far has been written. */
  flush(): Promise<void> {
    return this.#saving;
  }

  apply(edit: Edit): boolean {
    const current = this.workspace;
    if (!current || !this.editable) return false;
    return this.#commit(editWorkspace(current, edit, this.#now()));
  }

  undo(): void {
    if (this.workspace && this.editable) this.#commit(undoWorkspace(this.workspace, this.#now()));
  }

  redo(): void {
    if (this.workspace && this.editable) this.#commit(redoWorkspace(this.workspace, this.#now()));
  }

  async createFromSeed(name: string): Promise<void> {
    const seed = await this.#seed();
    await this.#open(
      this.#fresh(name, seed.landscape, {
        scenarios: seed.scenarios ?? [],
        tracker: seed.tracker ?? [],
      }),
    );
  }

  /** Opens a landscape (from a file or a spreadsheet bundle) as a new workspace. */
  async openLandscape(name: string, landscape: Landscape): Promise<void> {
    await this.#open(this.#fresh(name, landscape));
  }

  /**
   * Opens an imported workspace as a new one. It keeps its content and history; it gets a new
   * id when one of that id is already here, so an import never overwrites anything.
   */
  async openWorkspace(imported: Workspace): Promise<void> {
    const taken = this.workspaces.some((w) => w.id === imported.id);
    await this.#open(taken ? { ...imported, id: this.#newId() } : imported);
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
      },
    });
  }

  async duplicate(name: string): Promise<void> {
    const current = this.workspace;
    if (!current) return;
    const copy: Workspace = {
      ...structuredClone(current),
      id: this.#newId(),
      name,
      createdAt: this.#now(),
      updatedAt: this.#now(),
    };
    await this.#open(copy);
  }

  async rename(name: string): Promise<void> {
    const current = this.workspace;
    const trimmed = name.trim();
    if (!current || !trimmed || !this.editable) return;
    this.workspace = { ...current, name: trimmed, updatedAt: this.#now() };
    this.#save(this.workspace);
    this.workspaces = this.workspaces.map((w) =>
      w.id === current.id ? { ...w, name: trimmed } : w,
    );
  }

  async switchTo(id: string): Promise<void> {
    if (id === this.workspace?.id) return;
    await this.#saving;
    const loaded = await this.#load(id);
    if (!loaded) return;
    this.workspace = loaded;
    await this.#remember(id);
  }

  /** Deletes a workspace; when it was the open one, opens another (or a fresh one from the seed). */
  async remove(id: string): Promise<void> {
    if (!this.editable) return;
    await this.#saving;
    await this.#repository.remove(id);
    this.workspaces = this.workspaces.filter((w) => w.id !== id);
    if (this.workspace?.id !== id) return;
    const next = this.workspaces[0];
    const loaded = next ? await this.#load(next.id) : undefined;
    if (loaded) {
      this.workspace = loaded;
      await this.#remember(loaded.id);
    } else await this.createFromSeed('Wales');
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
      },
    });
  }

  /**
   * Opens a landscape file as a new workspace. A file that fails validation is refused with
   * every problem listed, and the open workspace is left as it was.
   */
  async openLandscapeFile(fileName: string, text: string): Promise<boolean> {
    const parsed = parseLandscape(text);
    if (!parsed.ok) {
      this.notice = {
        tone: 'error',
        key: 'file.refused',
        params: { file: fileName, count: parsed.problems.length },
        problems: parsed.problems,
        file: fileName,
      };
      return false;
    }
    await this.openLandscape(fileName.replace(/\.json$/i, ''), parsed.value);
    this.notice = { tone: 'info', key: 'file.opened', params: { file: fileName } };
    return true;
  }

  dismissNotice(): void {
    this.notice = undefined;
  }

  /** Loads a stored workspace through the format reader, which migrates older records. */
  async #load(id: string): Promise<Workspace | undefined> {
    const stored = await this.#repository.load(id);
    if (!stored) return undefined;
    const read = readWorkspace(stored);
    if (read.ok) return read.value;
    this.notice = {
      tone: 'error',
      key: 'storage.unreadable',
      params: { name: stored.name },
      problems: read.problems,
    };
    return undefined;
  }

  #fresh(
    name: string,
    landscape: Landscape,
    extra: { scenarios?: Scenario[]; tracker?: TrackerEntry[] } = {},
  ): Workspace {
    return createWorkspace({
      id: this.#newId(),
      name,
      landscape,
      positions: bandLayout(landscape),
      now: this.#now(),
      ...extra,
    });
  }

  async #open(workspace: Workspace): Promise<void> {
    this.workspace = workspace;
    this.workspaces = [
      ...this.workspaces,
      {
        id: workspace.id,
        name: workspace.name,
        createdAt: workspace.createdAt,
        updatedAt: workspace.updatedAt,
      },
    ];
    this.#save(workspace);
    await this.#remember(workspace.id);
  }

  /** Records which workspace is open, in the same queue as saves, so "saved" covers it too. */
  #remember(id: string): Promise<void> {
    this.#queue(() => this.#repository.setSetting(CURRENT_KEY, id));
    return this.#saving;
  }

  #commit(result: Result<Workspace>): boolean {
    if (!result.ok) {
      this.notice = { tone: 'error', key: 'edit.refused', problems: result.problems };
      return false;
    }
    if (result.value === this.workspace) return false;
    this.workspace = result.value;
    this.#save(result.value);
    return true;
  }

  #save(workspace: Workspace): void {
    this.#queue(() => this.#repository.save(workspace));
  }

  /** Runs storage writes one after another, counting them while they are outstanding. */
  #queue(write: () => Promise<void>): void {
    this.pendingSaves += 1;
    this.#saving = this.#saving
      .then(write)
      .finally(() => (this.pendingSaves -= 1))
      .catch((error: unknown) => {
        this.notice = {
          tone: 'error',
          key: 'storage.saveFailed',
          params: { reason: error instanceof Error ? error.message : String(error) },
        };
      });
  }
}
