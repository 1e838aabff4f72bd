import type { BoardId, OrganisationId } from '../core/model/types';

/** Boards to light up in the graph while the rest fade, and what lit them. */
export interface Highlight {
  boards: BoardId[];
  organisations: OrganisationId[];
  /** Which list item asked for it, so that item can show itself as chosen. */
  origin: string;
}

export const SIDE_VIEWS = ['details', 'duplication', 'load'] as const;
export type SideView = (typeof SIDE_VIEWS)[number];

/** What the user is looking at; shared by the graph, the map, the panels and the tables. */
export class Selection {
  board = $state<BoardId | null>(null);
  highlight = $state.raw<Highlight | null>(null);
  /** Which side panel is open. Choosing a board opens its details. */
  view = $state<SideView>('details');

  select(id: BoardId | null): void {
    this.board = id;
    if (id !== null) this.view = 'details';
  }

  /** Lights up a set of boards (a duplication, an organisation's boards); the same origin again clears it. */
  toggleHighlight(highlight: Highlight): void {
    this.highlight = this.highlight?.origin === highlight.origin ? null : highlight;
  }

  clearHighlight(): void {
    this.highlight = null;
  }
}
