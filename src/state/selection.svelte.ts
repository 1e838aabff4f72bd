import type { BoardId } from '../core/model/types';

/** Which board the user is looking at; shared by the graph and the details panel. */
export class Selection {
  board = $state<BoardId | null>(null);

  select(id: BoardId | null): void {
    this.board = id;
  }
}
