import type { EvidenceLevel } from '../core/analysis/evidence-filter';
import { compareLandscapes, type Comparison } from '../core/scenarios/compare';
import { recordChanges, type RecordChange } from '../core/workspace/record-changes';
import type { WorkspaceContent } from '../core/workspace/types';
import type { VersionSummary } from '../persistence/repository';
import { loadLive } from './load-live';
import type { Session } from './session.svelte';

const isoNow = () => new Date().toISOString();

/** `now` stands for the workspace as it is, beside its named versions. */
export const NOW = 'now';

export interface VersionComparison {
  comparison: Comparison;
  changes: RecordChange[];
}

/**
 * Named versions of the open workspace ("As agreed at the March board"): each keeps the whole
 * document as it stood, so it can be opened read-only, compared with another version or with
 * now, or restored as a workspace of its own.
 */
export class Versions {
  list = $state.raw<VersionSummary[]>([]);

  readonly #session: Session;
  readonly #newId: () => string;
  readonly #now: () => string;

  constructor(session: Session, deps: { newId?: () => string; now?: () => string } = {}) {
    this.#session = session;
    this.#newId = deps.newId ?? (() => crypto.randomUUID());
    this.#now = deps.now ?? isoNow;
  }

  /** Reads the open workspace's versions, oldest first. */
  async refresh(): Promise<void> {
    const id = this.#session.workspace?.id;
    this.list = id ? await this.#session.store.listVersions(id) : [];
  }

  /** Names the workspace as it is now; false when there is nothing to name or storage refuses. */
  async name(name: string): Promise<boolean> {
    const doc = this.#session.document;
    const ws = this.#session.workspace?.id;
    const trimmed = name.trim();
    if (!doc || !ws || !trimmed) return false;
    await this.#session.flush();
    const version = { id: this.#newId(), ws, name: trimmed, at: this.#now() };
    try {
      const { encodeStateAsUpdate } = await loadLive();
      await this.#session.store.addVersion(version, encodeStateAsUpdate(doc));
    } catch (error) {
      this.#session.notice = {
        tone: 'error',
        key: 'versions.failed',
        params: { reason: error instanceof Error ? error.message : String(error) },
      };
      return false;
    }
    await this.refresh();
    return true;
  }

  /** The content of a version, or of the workspace now. */
  async content(id: string): Promise<WorkspaceContent | undefined> {
    if (id === NOW) return await this.#liveContent();
    const [state, { decodeContent }] = await Promise.all([
      this.#session.store.readVersion(id),
      loadLive(),
    ]);
    return state && decodeContent(state);
  }

  /** Figures and records that differ from `from` to `to` (version ids, or `NOW`). */
  async compare(
    from: string,
    to: string,
    region?: string,
    evidence: EvidenceLevel = 'all',
  ): Promise<VersionComparison | undefined> {
    const [a, b] = await Promise.all([this.content(from), this.content(to)]);
    if (!a || !b) return undefined;
    return {
      comparison: compareLandscapes(a.landscape, b.landscape, {
        evidence,
        ...(region ? { region } : {}),
      }),
      changes: recordChanges(a.landscape, b.landscape),
    };
  }

  async open(id: string): Promise<void> {
    const version = this.list.find((v) => v.id === id);
    const content = await this.content(id);
    if (version && content) this.#session.viewVersion({ id, name: version.name }, content);
  }

  /** Restores a version as a new workspace, named after the workspace and the version. */
  async restore(id: string): Promise<boolean> {
    const version = this.list.find((v) => v.id === id);
    const workspace = this.#session.workspace;
    const content = await this.content(id);
    if (!version || !workspace || !content) return false;
    this.#session.closeVersion();
    return this.#session.openCopy(`${workspace.name} — ${version.name}`, content);
  }

  async #liveContent(): Promise<WorkspaceContent | undefined> {
    const doc = this.#session.document;
    if (!doc) return undefined;
    const { decodeContent, encodeStateAsUpdate } = await loadLive();
    return decodeContent(encodeStateAsUpdate(doc));
  }
}
