import type { BoundarySet } from '../core/geography/boundaries';
import type { Landscape } from '../core/model/types';
import type { Problem } from '../core/model/problems';
import type { WorkspaceStore } from '../persistence/repository';

import type { Measure } from '../figures/measures';
export { MEASURES, type Measure } from '../figures/measures';

/** A boundary file read and checked, waiting for the user to accept it. */
export interface PendingBoundaries {
  fileName: string;
  text: string;
  set: BoundarySet;
}

const key = (workspaceId: string) => `boundaries:${workspaceId}`;
// The boundary reader (and TopoJSON with it) loads only when someone uses real boundaries.
const loadReader = () => import('../core/geography/boundaries');

/**
 * The map's settings: what colours it, which region system is outlined, and the boundary file
 * a user has loaded for a workspace. The file is kept in the browser's storage with the
 * workspace (never in the project), and only after the user accepts it.
 */
export class MapState {
  measure = $state<Measure>('boards');
  outline = $state('police');
  boundaries = $state.raw<BoundarySet | null>(null);
  pending = $state.raw<PendingBoundaries | null>(null);
  problems = $state.raw<{ fileName: string; problems: Problem[] } | null>(null);

  readonly #repository: WorkspaceStore;

  constructor(repository: WorkspaceStore) {
    this.#repository = repository;
  }

  /** Reads a user's boundary file; nothing changes until `accept`. */
  async read(fileName: string, text: string, landscape: Landscape): Promise<void> {
    const { readBoundaries } = await loadReader();
    const result = readBoundaries(text, landscape);
    this.pending = null;
    this.problems = null;
    if (result.ok) this.pending = { fileName, text, set: result.value };
    else this.problems = { fileName, problems: result.problems };
  }

  async accept(workspaceId: string): Promise<void> {
    if (!this.pending) return;
    this.boundaries = this.pending.set;
    const text = this.pending.text;
    this.pending = null;
    await this.#repository.setSetting(key(workspaceId), text);
  }

  cancel(): void {
    this.pending = null;
    this.problems = null;
  }

  /** Goes back to the schematic tiles and forgets the file for this workspace. */
  async useTiles(workspaceId: string): Promise<void> {
    this.boundaries = null;
    await this.#repository.setSetting(key(workspaceId), null);
  }

  /** Loads the boundary file kept with a workspace, if any. */
  async load(workspaceId: string, landscape: Landscape): Promise<void> {
    this.pending = null;
    this.problems = null;
    const text = await this.#repository.getSetting<string | null>(key(workspaceId));
    const result = text ? (await loadReader()).readBoundaries(text, landscape) : undefined;
    this.boundaries = result?.ok ? result.value : null;
  }
}
