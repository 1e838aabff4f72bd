import type { Node } from '@xyflow/svelte';
import { containingRegion } from '../../core/geography/footprint';
import { bandLayout, NODE_HEIGHT, NODE_WIDTH } from '../../core/layout/band-layout';
import type { Board, BoardId, Landscape } from '../../core/model/types';
import type { Level, Status } from '../../core/model/vocabulary';
import type { Position, Positions } from '../../core/workspace/types';
import { regionColour } from '../../core/io/svg/graph-style';

export interface BoardNodeData extends Record<string, unknown> {
  label: string;
  acronym?: string;
  level: Level;
  status: Status;
  colour: string;
  /** Text for screen readers: name, level and region. */
  description: string;
  /** Faded because something else is highlighted. */
  dimmed: boolean;
  /** How the open scenario changed this board. */
  mark?: { kind: string; label: string };
  /** What the sources do not support: the board itself, or all its members. */
  evidence?: EvidenceMark;
  statusLabel: string;
}

/** A board drawn as illustrative (`board`) or as having only illustrative members (`members`). */
export interface EvidenceMark {
  kind: 'board' | 'members';
  label: string;
}

export type BoardNode = Node<BoardNodeData, 'board'>;

export interface NodeInputs {
  landscape: Landscape;
  positions: Positions;
  selected: ReadonlySet<BoardId>;
  /** Change marks of the open scenario, with their labels in the interface language. */
  marks: ReadonlyMap<BoardId, { kind: string; label: string }> | null;
  statusLabel: (status: Status) => string;
  /** A board's mark when its own record or its members the sources do not support. */
  evidence: (id: BoardId) => EvidenceMark | undefined;
  /** Boards lit up by an analysis; every other board fades. */
  highlight: ReadonlySet<BoardId> | null;
  /** Boards in view after filters and focus; null shows every board. */
  visible: ReadonlySet<BoardId> | null;
  name: (record: Board) => string;
  describe: (board: Board, region: string | undefined) => string;
  /** The boards to make nodes of: those mounted in view. */
  only: ReadonlySet<BoardId>;
}

/**
 * Turns the boards in view into Svelte Flow nodes. Unchanged boards keep the very same node
 * object from one call to the next, so the graph re-renders only what an edit touched.
 */
export function createNodeBuilder() {
  let cache = new Map<
    BoardId,
    {
      board: Board;
      position: Position | undefined;
      selected: boolean;
      node: BoardNode;
      key: string;
    }
  >();
  let fallback: { landscape: Landscape; positions: Record<BoardId, Position> } | undefined;

  return function build(inputs: NodeInputs): BoardNode[] {
    const { landscape, positions, selected } = inputs;
    const police =
      landscape.regionSystems.find((s) => s.id === 'police')?.regions.map((r) => r.name) ?? [];
    const next = new Map<
      BoardId,
      {
        board: Board;
        position: Position | undefined;
        selected: boolean;
        node: BoardNode;
        key: string;
      }
    >();
    const nodes = landscape.boards.flatMap((board) => {
      if (!inputs.only.has(board.id)) return [];
      const stored = positions[board.id];
      let position = stored;
      if (!position) {
        if (fallback?.landscape !== landscape)
          fallback = { landscape, positions: bandLayout(landscape) };
        position = fallback.positions[board.id]!;
      }
      const isSelected = selected.has(board.id);
      const dimmed = inputs.highlight !== null && !inputs.highlight.has(board.id);
      const label = inputs.name(board);
      const hidden = inputs.visible !== null && !inputs.visible.has(board.id);
      const mark = inputs.marks?.get(board.id);
      const evidence = inputs.evidence(board.id);
      const key = `${label}|${dimmed}|${hidden}|${mark?.label ?? ''}|${evidence?.label ?? ''}|${inputs.statusLabel(board.status)}`;
      const prior = cache.get(board.id);
      if (
        prior &&
        prior.board === board &&
        prior.position === position &&
        prior.selected === isSelected &&
        prior.key === key
      ) {
        next.set(board.id, prior);
        return prior.node;
      }
      const region = containingRegion(landscape, board.footprint, 'police');
      const description = inputs.describe(board, region);
      const node: BoardNode = {
        id: board.id,
        type: 'board',
        position,
        width: NODE_WIDTH,
        height: NODE_HEIGHT,
        selected: isSelected,
        hidden,
        ariaLabel: description,
        data: {
          label,
          acronym: board.acronym,
          level: board.level,
          status: board.status,
          colour: regionColour(police, region),
          description,
          dimmed,
          mark,
          evidence,
          statusLabel: inputs.statusLabel(board.status),
        },
      };
      next.set(board.id, { board, position, selected: isSelected, node, key });
      return node;
    });
    cache = next;
    return nodes;
  };
}
