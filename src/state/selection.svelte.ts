import type { AreaCode, BoardId, OrganisationId } from '../core/model/types';

/** Boards to light up in the graph while the rest fade, and what lit them. */
export interface Highlight {
  boards: BoardId[];
  organisations: OrganisationId[];
  /** Which list item asked for it, so that item can show itself as chosen. */
  origin: string;
}

export const SIDE_VIEWS = ['details', 'duplication', 'load', 'footprints', 'scenarios'] as const;
export const MAIN_VIEWS = ['graph', 'map', 'tables', 'matrix', 'tracker'] as const;
export type MainView = (typeof MAIN_VIEWS)[number];
export type SideView = (typeof SIDE_VIEWS)[number];

/** What the user is looking at; shared by the graph, the map, the panels and the tables. */
export class Selection {
  board = $state<BoardId | null>(null);
  /** Every selected board: the one in `board` and any added with Ctrl/⌘-click, for merging. */
  boards = $state.raw<BoardId[]>([]);
  highlight = $state.raw<Highlight | null>(null);
  /** Which side panel is open. Choosing a board opens its details. */
  view = $state<SideView>('details');
  /** What the main area shows. */
  main = $state<MainView>('graph');
  /** The local authority picked on the map. */
  area = $state<AreaCode | null>(null);
  /** A request to bring a board into view; the graph answers it. `n` tells repeats apart. */
  reveal = $state.raw<{ board: BoardId; n: number } | null>(null);

  select(id: BoardId | null, options: { openDetails?: boolean } = {}): void {
    this.board = id;
    this.boards = id === null ? [] : [id];
    if (id !== null && options.openDetails !== false) this.view = 'details';
  }

  /** Adds a board to the selection, or takes it out if it is in. */
  toggle(id: BoardId): void {
    this.boards = this.boards.includes(id)
      ? this.boards.filter((b) => b !== id)
      : [...this.boards, id];
    this.board = this.boards.at(-1) ?? null;
  }

  /** Lights up a set of boards (a duplication, an organisation's boards); the same origin again clears it. */
  toggleHighlight(highlight: Highlight): void {
    this.highlight = this.highlight?.origin === highlight.origin ? null : highlight;
  }

  /** Selects a board and asks the graph to centre on it. */
  goTo(id: BoardId): void {
    this.select(id);
    this.main = 'graph';
    this.reveal = { board: id, n: (this.reveal?.n ?? 0) + 1 };
  }

  /** Picks a local authority (or none); its boards show in the footprints panel. */
  pickArea(code: AreaCode | null): void {
    this.area = code;
    if (code !== null) this.view = 'footprints';
  }

  clearHighlight(): void {
    this.highlight = null;
  }
}
