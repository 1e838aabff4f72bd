import type { WorkspaceStore } from '../persistence/repository';

const TILES_KEY = 'overviewTiles';
const LINKS_KEY = 'duplicationLinks';

/**
 * How the graph shows the landscape: summary tiles when zoomed out or boards at every zoom, and
 * whether duplication links are drawn. Both are the person's choices, kept between visits.
 */
export class OverviewState {
  /** Zoomed out, each level-by-region cell becomes one summary tile. */
  tiles = $state(true);
  /** Pairs the duplication analysis flags, drawn as links between their boards. */
  links = $state(true);

  readonly #store: WorkspaceStore;

  constructor(store: WorkspaceStore) {
    this.#store = store;
  }

  async load(): Promise<void> {
    this.tiles = (await this.#store.getSetting<boolean>(TILES_KEY)) ?? true;
    this.links = (await this.#store.getSetting<boolean>(LINKS_KEY)) ?? true;
  }

  async setTiles(on: boolean): Promise<void> {
    this.tiles = on;
    await this.#store.setSetting(TILES_KEY, on);
  }

  async setLinks(on: boolean): Promise<void> {
    this.links = on;
    await this.#store.setSetting(LINKS_KEY, on);
  }
}
